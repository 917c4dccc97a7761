#!/usr/bin/env python3
"""Turns a wide share table (CooRTweet's german_elections layout: account_id, post_id, url_id, hashtag_id,
domain_id, phash_id, timestamp) into the long canonical share table that `networkgraph ingest` reads today:
object_id, account_id, content_id, timestamp_share, object_kind.

As CooRTweet's own example does (vignettes/reproduce_examples.Rmd), each object column is taken on its own, rows
without that object are dropped, repeated (object, account, content, time) rows are kept once, and object ids get
the kind as a prefix so that url 7 and hashtag 7 stay different objects. Rows are written in input order, kind by
kind. A summary (rows read, shares per kind, repeats dropped) goes to stdout as JSON.

Usage: wide_to_shares.py WIDE.csv OUT.csv
Stdlib only.
"""
import csv
import json
import sys

# wide column -> (object kind written, id prefix)
OBJECT_COLUMNS = [("url_id", "url"), ("hashtag_id", "hashtag"), ("domain_id", "domain"), ("phash_id", "image")]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: wide_to_shares.py WIDE.csv OUT.csv")
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    summary = {"rows_read": len(rows), "rows_without_post_id": sum(1 for r in rows if not r.get("post_id")),
               "rows_without_any_object": 0, "shares": {}, "repeats_dropped": {}}
    summary["rows_without_any_object"] = sum(1 for r in rows if not any(r.get(c) for c, _ in OBJECT_COLUMNS))
    with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["object_id", "account_id", "content_id", "timestamp_share", "object_kind"])
        for column, kind in OBJECT_COLUMNS:
            seen = set()
            written = repeats = 0
            for r in rows:
                value = r.get(column, "")
                if not value:
                    continue
                share = (f"{kind}_{value}", r["account_id"], r.get("post_id", ""), r["timestamp"], kind)
                if share in seen:
                    repeats += 1
                    continue
                seen.add(share)
                w.writerow(share)
                written += 1
            summary["shares"][kind] = written
            summary["repeats_dropped"][kind] = repeats
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
