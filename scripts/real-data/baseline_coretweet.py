#!/usr/bin/env python3
"""The naive baseline of /work/shared/REAL-DATA.md, to compare `networkgraph analyze` with on the same accounts:
co-retweet keyed on the retweeted object (retweet_tweetid: for the converted IRA data, a hash of the normalised
retweeted text) within a window (default 1 h), weight = co-shares (pairs of shares, as CooRTweet counts them), communities by
our Leiden (modularity) through `networkgraph communities --edges`, scored like score_labels.py.

usage: baseline_coretweet.py TWEETS.csv LABELS.csv OUT_DIR [--window 3600] [--min-weight 1] [--seed 42]
                            [--min-size 3] [--ng "dotnet .../networkgraph.dll"]
Writes OUT_DIR/baseline.edges ('u v w' lines), OUT_DIR/baseline.nodes (index -> account) and
OUT_DIR/baseline.membership; prints the edge count and the scores. Stdlib only.
"""
import argparse
import calendar
import collections
import csv
import os
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_labels import describe, read_labels, score  # noqa: E402

csv.field_size_limit(sys.maxsize)


def seconds(text):
    return calendar.timegm(time.strptime(text[:16], "%Y-%m-%d %H:%M"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tweets")
    ap.add_argument("labels")
    ap.add_argument("out")
    ap.add_argument("--window", type=int, default=3600)
    ap.add_argument("--min-weight", type=int, default=1)
    ap.add_argument("--seed", default="42")
    ap.add_argument("--min-size", type=int, default=3)
    ap.add_argument("--ng", default="dotnet " + os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                             "src/NetworkGraph.Cli/bin/Release/net10.0/networkgraph.dll"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    shares = collections.defaultdict(list)
    seen = set()  # a repeated tweetid is one tweet, as ingest counts it
    with open(args.tweets, newline="", encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            if r["tweetid"] in seen:
                continue
            seen.add(r["tweetid"])
            if r["is_retweet"].lower() == "true" and r["retweet_tweetid"]:
                shares[r["retweet_tweetid"]].append((seconds(r["tweet_time"]), r["userid"]))

    # Weight = co-shares as CooRTweet counts them: every pair of shares of one object by two accounts within the
    # window (an account that shared the object three times and another twice co-shared it six times).
    weights = collections.Counter()
    for group in shares.values():
        group.sort()
        for i, (ti, ai) in enumerate(group):
            for tj, aj in group[i + 1:]:
                if tj - ti > args.window:
                    break
                if ai != aj:
                    weights[(ai, aj) if ai < aj else (aj, ai)] += 1

    index = {}
    edges_path = os.path.join(args.out, "baseline.edges")
    with open(edges_path, "w", encoding="utf-8") as f:
        for (a, b), w in sorted(weights.items()):
            if w >= args.min_weight:
                u, v = index.setdefault(a, len(index)), index.setdefault(b, len(index))
                f.write(f"{u} {v} {w}\n")
    names = {i: a for a, i in index.items()}
    with open(os.path.join(args.out, "baseline.nodes"), "w", encoding="utf-8") as f:
        f.writelines(f"{i} {names[i]}\n" for i in range(len(names)))
    kept = sum(1 for w in weights.values() if w >= args.min_weight)
    print(f"baseline co-retweet, window {args.window} s, min weight {args.min_weight}: {len(shares)} retweeted objects, "
          f"{kept} edges, {len(index)} accounts")

    membership_path = os.path.join(args.out, "baseline.membership")
    subprocess.run(shlex.split(args.ng) + ["communities", "--edges", edges_path, "--out", membership_path,
                                           "--algorithm", "leiden", "--quality", "modularity", "--seed", args.seed],
                   check=True, stdout=subprocess.DEVNULL)
    membership = {}
    with open(membership_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[0].isdigit():
                membership[names[int(parts[0])]] = parts[1]
    labels = read_labels(args.labels)
    print(f"communities of >= {args.min_size}: " + describe(score(membership, labels, args.min_size)))
    print("all communities:   " + describe(score(membership, labels, 1)))


if __name__ == "__main__":
    main()
