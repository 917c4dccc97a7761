#!/usr/bin/env python3
"""Writes the small, self-made fixtures of tests/fixtures/real-data/: each reproduces one failure that real data
(the IRA 2017 tweets, CooRTweet's german_elections) showed, without any of that data. Deterministic: rerunning
gives the same bytes. usage: make_fixtures.py [OUT_DIR] (default tests/fixtures/real-data). Stdlib only."""
import csv
import os
import sys

ARCHIVE = ["tweetid", "userid", "user_screen_name", "user_reported_location", "follower_count", "following_count",
           "tweet_language", "tweet_text", "tweet_time", "is_retweet", "retweet_userid", "retweet_tweetid",
           "hashtags", "urls", "user_mentions"]


def tweet(tid, user, text, time, urls=(), hashtags=(), retweet_of=""):
    return [tid, user, user, "Unknown", "120", "80", "English", text, time, "True" if retweet_of else "False", "",
            retweet_of, repr(list(hashtags)), repr(list(urls)), "[]"]


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def truncated_link():
    # Cut tweets end in "https://t.…": three accounts share that "link" minutes apart on three days.
    rows = []
    for day in range(1, 4):
        for a in range(3):
            rows.append(tweet(f"tl{day}{a}", f"acct{a}", f"Breaking news, read this https://t.\u2026",
                              f"2017-03-0{day} 10:0{a}", urls=["https://t.\u2026"]))
    return rows


def pair_outside_clusters():
    # trio1-3 copy-paste four texts in the same minute (a cluster of 3); pair1-2 do the same twice as a pair
    # (below the minimum cluster size of 3, so exported as unclustered edge ends, with 4 posts each).
    rows = []
    for k in range(4):
        for a in range(1, 4):
            rows.append(tweet(f"tr{k}{a}", f"trio{a}", f"Trio text number {k} #together", f"2017-05-1{k} 09:1{k}",
                              hashtags=["together"]))
        for a in range(1, 3):
            rows.append(tweet(f"pa{k}{a}", f"pair{a}", f"Pair text number {k}", f"2017-05-1{k} 18:2{k}"))
    return rows


def junk_domains():
    # Links cut before the first dot: hosts "t", "www" and "" are not domains, yet count as such today.
    rows = []
    for k, url in enumerate(["https://t", "https://www", "https://", "https://t"]):
        for a in range(3):
            rows.append(tweet(f"jd{k}{a}", f"acct{a}", f"see {url}", f"2017-06-0{k + 1} 12:0{a}", urls=[url]))
    return rows


def shares_long():
    # Three accounts (two platforms) share two objects of each kind within 60 s: every kind should give edges.
    rows = []
    t0 = 1629589000
    for kind in ["url", "hashtag", "domain", "image"]:
        for o in range(2):
            for a, account in enumerate(["fb_1", "tw_2", "tw_3"]):
                rows.append([f"{kind}_{o}", account, f"post_{kind}{o}{a}", str(t0 + 10 * a), kind])
            t0 += 3600
    return rows


def wide_repeats():
    # The german_elections layout. Row 2 repeats row 1 exactly (the real table does so for 18,740 posts); post 11
    # has two images (two rows differing only in phash_id); post 12 carries no object; post 13 has no post_id.
    return [
        ["fb_1", "10", "7", "", "3", "", "1629589000"],
        ["fb_1", "10", "7", "", "3", "", "1629589000"],
        ["tw_2", "11", "7", "5", "3", "21", "1629589020"],
        ["tw_2", "11", "7", "5", "3", "22", "1629589020"],
        ["tw_3", "12", "", "", "", "", "1629589030"],
        ["tw_3", "", "", "", "", "", "1629589040"],
        ["tw_3", "14", "7", "5", "3", "21", "1629589045"],
    ]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "real-data")
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "truncated-link_tweets_csv_hashed.csv"), ARCHIVE, truncated_link())
    write(os.path.join(out, "pair-outside-clusters_tweets_csv_hashed.csv"), ARCHIVE, pair_outside_clusters())
    write(os.path.join(out, "junk-domains_tweets_csv_hashed.csv"), ARCHIVE, junk_domains())
    write(os.path.join(out, "shares-long.csv"), ["object_id", "account_id", "content_id", "timestamp_share", "object_kind"], shares_long())
    write(os.path.join(out, "wide-repeats.csv"),
          ["account_id", "post_id", "url_id", "hashtag_id", "domain_id", "phash_id", "timestamp"], wide_repeats())
    write(os.path.join(out, "category-labels.csv"), ["account", "label"],
          [["trio1", "RightTroll"], ["trio2", "RightTroll"], ["trio3", "LeftTroll"], ["pair1", "NewsFeed"], ["pair2", "NewsFeed"]])


if __name__ == "__main__":
    main()
