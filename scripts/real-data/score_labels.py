#!/usr/bin/env python3
"""Scores a clustering against per-account labels (e.g. the IRA account_category): coverage, purity and NMI.

`networkgraph evaluate` scores flagged accounts against one positive label and gives NMI over clustered accounts
only; for a labelled real dataset where every account is an operation account (the IRA release) what matters is
how many labelled accounts land in a cluster and how well clusters follow the categories, so we compute it here.

usage: score_labels.py MEMBERSHIP LABELS [--min-size N] [--flagged-only]
  MEMBERSHIP  `networkgraph export csv` membership CSV (account_id, cluster_id, ..., flagged), or a plain
              'node community' file (`networkgraph communities --out`)
  LABELS      CSV account,label with a header (the first two columns are used)
  --min-size  ignore clusters smaller than N accounts (default 1; the analysis keeps clusters of >= 3)

  coverage  labelled accounts in a kept cluster / labelled accounts
  purity    sum over clusters of its largest label count / labelled accounts in clusters
  NMI       mutual information / mean of the entropies (as networkgraph evaluate), over labelled clustered accounts
Stdlib only.
"""
import argparse
import collections
import csv
import math
import sys


def read_membership(path, flagged_only=False):
    with open(path, newline="", encoding="utf-8") as f:
        first = f.readline()
        f.seek(0)
        if "," in first:
            rows = list(csv.DictReader(f))
            return {r["account_id"]: r["cluster_id"] for r in rows
                    if r.get("cluster_id") and (not flagged_only or r.get("flagged", "").lower() == "true")}
        return dict(line.split()[:2] for line in f if line.strip())


def read_labels(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows, None)
        return {r[0]: r[1] for r in rows if len(r) >= 2 and r[1]}


def nmi(found, known):
    n = len(found)
    if n == 0:
        return float("nan")
    rows, cols = collections.Counter(found), collections.Counter(known)
    cells = collections.Counter(zip(found, known))
    h = lambda c: -sum(v / n * math.log(v / n) for v in c.values())
    hu, hv = h(rows), h(cols)
    if hu == 0 and hv == 0:
        return 1.0
    mi = sum(v / n * math.log(v * n / (rows[a] * cols[b])) for (a, b), v in cells.items())
    return max(0.0, min(1.0, mi / ((hu + hv) / 2)))


def score(membership, labels, min_size=1):
    sizes = collections.Counter(membership.values())
    kept = {a: c for a, c in membership.items() if sizes[c] >= min_size}
    clustered = [a for a in kept if a in labels]
    by_cluster = collections.defaultdict(collections.Counter)
    for a in clustered:
        by_cluster[kept[a]][labels[a]] += 1
    majority = sum(c.most_common(1)[0][1] for c in by_cluster.values())
    return {
        "labelled_accounts": len(labels),
        "clusters": len(set(kept.values())),
        "accounts_in_clusters": len(kept),
        "labelled_in_clusters": len(clustered),
        "coverage": len(clustered) / len(labels) if labels else float("nan"),
        "purity": majority / len(clustered) if clustered else float("nan"),
        "nmi": nmi([kept[a] for a in clustered], [labels[a] for a in clustered]),
    }


def describe(s):
    return (f"clusters {s['clusters']}, accounts in clusters {s['accounts_in_clusters']}, labelled "
            f"{s['labelled_in_clusters']} of {s['labelled_accounts']}: coverage {s['coverage']:.3f}, "
            f"purity {s['purity']:.3f}, NMI {s['nmi']:.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("membership")
    ap.add_argument("labels")
    ap.add_argument("--min-size", type=int, default=1)
    ap.add_argument("--flagged-only", action="store_true")
    args = ap.parse_args()
    labels = read_labels(args.labels)
    print("all clusters:     " + describe(score(read_membership(args.membership, args.flagged_only), labels, args.min_size)))
    if args.membership.endswith(".csv") and not args.flagged_only:
        print("flagged clusters: " + describe(score(read_membership(args.membership, True), labels, args.min_size)))


if __name__ == "__main__":
    sys.exit(main())
