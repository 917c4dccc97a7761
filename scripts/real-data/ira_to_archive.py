#!/usr/bin/env python3
"""Converts the FiveThirtyEight IRA tweets, split per author (bet4a/russian-troll-tweets-by-author, read from a
bare git directory), into the Twitter information-operations archive layout that `networkgraph ingest` reads.

Writes into OUT:
  ira<year>_tweets_csv_hashed.csv  one row per tweet of the chosen year (publish_date)
  ira<year>_users_csv_hashed.csv   one row per author with tweets that year (profile from authors.csv + last tweet)
  labels.csv                       account,label (account_category, Linvill & Warren's hand coding)
  conversion.json                  what was read, skipped and written

Stdlib only. The data is not ours: never commit OUT.

The split has no tweet ids and no retweeted-tweet ids, so (see /work/shared/REAL-DATA.md):
  tweetid          = a stable hash of the row (author, time, text, post type, counts)
  retweet_tweetid  = a stable hash of the normalised retweeted text (a retweet's content is the original text)
and hashtags, urls, mentions are parsed from the text (mentions of known handles map to their author_id). URLs lose
trailing punctuation and the ellipsis of a truncated tweet unless --raw-urls is given (80 of the 2017 tweets end in
a cut link such as 'https://t.\u2026', whose host is not a valid IDN name).
"""
import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import unicodedata

csv.field_size_limit(sys.maxsize)

TWEET_COLUMNS = [
    "tweetid", "userid", "user_display_name", "user_screen_name", "user_reported_location",
    "user_profile_description", "follower_count", "following_count", "account_creation_date", "account_language",
    "tweet_language", "tweet_text", "tweet_time", "in_reply_to_userid", "in_reply_to_tweetid",
    "quoted_tweet_tweetid", "is_retweet", "retweet_userid", "retweet_tweetid", "hashtags", "urls", "user_mentions",
]
USER_COLUMNS = [
    "userid", "user_display_name", "user_screen_name", "user_reported_location", "user_profile_description",
    "follower_count", "following_count", "account_creation_date", "account_language",
]

HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
MENTION = re.compile(r"(?<![\w])@(\w{1,15})")
URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
RT_PREFIX = re.compile(r"^RT @(\w{1,15}):\s*")
SPACES = re.compile(r"\s+")
TRAILING = ".,;:!?)]}'\u2026"


def stable_id(*parts):
    """A stable 16-hex-digit id: the first 64 bits of SHA-256 over the parts, joined by a unit separator."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def normalised_text(text):
    """The key of a retweeted text: NFC, without an `RT @user:` prefix, whitespace collapsed, case-folded."""
    text = RT_PREFIX.sub("", unicodedata.normalize("NFC", text))
    return SPACES.sub(" ", text).strip().casefold()


class Blobs:
    """Reads blobs of a bare git directory through one `git cat-file --batch` process."""

    def __init__(self, git_dir):
        self._proc = subprocess.Popen(["git", "-C", git_dir, "cat-file", "--batch"],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def read(self, spec):
        self._proc.stdin.write(spec.encode() + b"\n")
        self._proc.stdin.flush()
        header = self._proc.stdout.readline().decode().split()
        if len(header) < 3 or header[1] == "missing":
            return None
        data = self._proc.stdout.read(int(header[2]))
        self._proc.stdout.read(1)
        return data

    def close(self):
        self._proc.stdin.close()
        self._proc.wait()


def tree(git_dir, rev):
    out = subprocess.run(["git", "-C", git_dir, "ls-tree", "-r", rev], check=True, capture_output=True).stdout
    for line in out.decode().splitlines():
        meta, path = line.split("\t", 1)
        yield path, meta.split()[2]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", help="bare git dir of bet4a/russian-troll-tweets-by-author")
    ap.add_argument("out", help="output folder (created)")
    ap.add_argument("--year", default="2017", help="keep tweets whose publish_date starts with this (default 2017)")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--raw-urls", action="store_true",
                    help="keep URLs exactly as they end in the text (truncated tweets end in 'https://t.\u2026'); "
                         "by default trailing punctuation and the ellipsis are cut")
    args = ap.parse_args()

    import os
    os.makedirs(args.out, exist_ok=True)
    blobs = Blobs(args.git_dir)
    authors = list(csv.DictReader(io.StringIO(blobs.read(f"{args.rev}:authors.csv").decode("utf-8"))))
    by_id = {a["author_id"]: a for a in authors}
    handle_to_id = {}
    for a in sorted(authors, key=lambda a: a["author_id"]):
        handle_to_id.setdefault(a["author"].casefold(), a["author_id"])

    stats = {"author_files": 0, "author_files_missing": [], "author_files_unknown": [], "rows_read": 0,
             "rows_kept": 0, "rows_other_years": 0, "rows_bad_date": 0, "duplicate_rows": 0, "retweets": 0,
             "accounts": 0, "with_urls": 0, "with_hashtags": 0, "with_mentions": 0}
    seen = set()
    last_profile = {}
    tweets_path = os.path.join(args.out, f"ira{args.year}_tweets_csv_hashed.csv")
    with open(tweets_path, "w", newline="", encoding="utf-8", errors="surrogateescape") as tf:
        tw = csv.writer(tf)
        tw.writerow(TWEET_COLUMNS)
        for path, sha in tree(args.git_dir, args.rev):
            if "/" not in path or not path.endswith(".csv"):
                continue
            stats["author_files"] += 1
            data = blobs.read(sha)
            if data is None:
                stats["author_files_missing"].append(path)
                continue
            for row in csv.DictReader(io.StringIO(data.decode("utf-8", "surrogateescape"), newline="")):
                stats["rows_read"] += 1
                published = row.get("publish_date") or ""
                if not re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d", published):
                    stats["rows_bad_date"] += 1
                    continue
                if not published.startswith(args.year):
                    stats["rows_other_years"] += 1
                    continue
                author_id = row["author_id"]
                author = by_id.get(author_id)
                if author is None:
                    stats["author_files_unknown"].append(path)
                    author = {"author": author_id}
                content = row.get("content") or ""
                post_type = row.get("post_type") or ""
                tweet_id = stable_id(author_id, published, content, post_type, row.get("following") or "",
                                     row.get("followers") or "", row.get("updates") or "")
                if tweet_id in seen:
                    stats["duplicate_rows"] += 1
                seen.add(tweet_id)
                is_retweet = row.get("retweet") == "1" or post_type == "R"
                retweet_user = retweet_tweet = ""
                if is_retweet:
                    stats["retweets"] += 1
                    retweet_tweet = stable_id("retweeted-text", normalised_text(content))
                    prefix = RT_PREFIX.match(content)
                    if prefix:
                        retweet_user = handle_to_id.get(prefix.group(1).casefold(), prefix.group(1).casefold())
                hashtags = HASHTAG.findall(content)
                urls = URL.findall(content) if args.raw_urls else [u.rstrip(TRAILING) for u in URL.findall(content)]
                mentions = [handle_to_id.get(m.casefold(), m.casefold()) for m in MENTION.findall(content)]
                stats["with_urls"] += bool(urls)
                stats["with_hashtags"] += bool(hashtags)
                stats["with_mentions"] += bool(mentions)
                tw.writerow([
                    tweet_id, author_id, author["author"], author["author"], row.get("region") or "", "",
                    row.get("followers") or "", row.get("following") or "", "", "",
                    row.get("language") or "", content, published[:16], "", "",
                    "", "True" if is_retweet else "False", retweet_user, retweet_tweet,
                    repr(hashtags), repr(urls), repr(mentions),
                ])
                stats["rows_kept"] += 1
                last_profile[author_id] = (row.get("followers") or "", row.get("following") or "", row.get("region") or "")
    blobs.close()

    with open(os.path.join(args.out, f"ira{args.year}_users_csv_hashed.csv"), "w", newline="", encoding="utf-8") as uf, \
            open(os.path.join(args.out, "labels.csv"), "w", newline="", encoding="utf-8") as lf:
        uw, lw = csv.writer(uf), csv.writer(lf)
        uw.writerow(USER_COLUMNS)
        lw.writerow(["account", "label"])
        for author_id in sorted(last_profile):
            a = by_id.get(author_id, {"author": author_id, "account_category": ""})
            followers, following, region = last_profile[author_id]
            uw.writerow([author_id, a["author"], a["author"], region, "", followers, following, "", ""])
            if a.get("account_category"):
                lw.writerow([author_id, a["account_category"]])
    stats["accounts"] = len(last_profile)
    stats["author_files_unknown"] = sorted(set(stats["author_files_unknown"]))
    with open(os.path.join(args.out, "conversion.json"), "w", encoding="utf-8") as jf:
        json.dump(stats, jf, indent=2)
    summary = {k: (len(v) if isinstance(v, list) else v) for k, v in stats.items()}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
