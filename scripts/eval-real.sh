#!/usr/bin/env bash
# Runs the whole job on a folder of real data: ingest -> graph build -> analyze -> evaluate -> export (csv, report),
# each stage timed (wall clock, peak RSS through /usr/bin/time -v), and prints what came out: rows, rejects, edges
# per kind, clusters, flagged accounts. Not run in CI: the data is public but not ours (see docs and
# scripts/real-data/ for how to fetch and convert it).
#
# usage: scripts/eval-real.sh DIR [analyze options...]
#   DIR holds the converted data files (every *.csv and *.csv.gz except labels.csv) and, optionally, labels.csv
#   (account,label: e.g. the IRA account_category) to score the clusters against.
#   Extra arguments go to `graph build` and `analyze` (e.g. --kinds co-retweet,co-tweet --window 60s,1h).
# environment:
#   OUT  where the store, logs and exports go (default DIR/eval-out; emptied first)
#   NG   the command to run (default: the Release build of this checkout, built when missing)
set -uo pipefail

if [[ $# -lt 1 || ! -d "$1" ]]; then
  echo "usage: $0 DIR [analyze options...]  (DIR: a folder of converted real data)" >&2
  exit 2
fi
dir=$(cd "$1" && pwd)
shift
root=$(cd "$(dirname "$0")/.." && pwd)
out=${OUT:-$dir/eval-out}
source "$root/scripts/lib/ng-command.sh"
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
db=$out/store.db
# a JSON log per run: unexpected exceptions land there with their stack trace
export NETWORKGRAPH__Logging__JsonFile=${NETWORKGRAPH__Logging__JsonFile:-$out/log/ng-.json}
mapfile -t inputs < <(find "$dir" -maxdepth 1 \( -type f -o -type l \) \( -name '*.csv' -o -name '*.csv.gz' \) ! -name labels.csv | sort)
if [[ ${#inputs[@]} -eq 0 ]]; then
  echo "no *.csv data files in $dir" >&2
  exit 1
fi
labels=$dir/labels.csv
[[ -f $labels ]] || labels=

failed=0
# stage NAME ARGS...: runs `$NG ARGS...`, keeps stdout/stderr/time in $out/NAME.*, prints one timing line.
stage() {
  local name=$1
  shift
  /usr/bin/time -v -o "$out/$name.time" $NG "$@" >"$out/$name.out" 2>"$out/$name.err"
  local rc=$?
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$name.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$name.time")
  printf '%-14s exit %-3s wall %-9s peak RSS %6d MB\n' "$name" "$rc" "$wall" "$(( ${rss:-0} / 1024 ))"
  if [[ $rc -ne 0 ]]; then
    failed=1
    if [[ ! -s "$out/$name.err" ]]; then
      echo "  !! exit $rc with no error message (silent failure); last output line: $(tail -n 1 "$out/$name.out")"
    fi
    tail -n 5 "$out/$name.err" | sed 's/^/  stderr: /'
  fi
  return $rc
}

echo "== $dir -> $out"
printf '  input: %s\n' "${inputs[@]#"$dir"/}"
echo "== stages"
stage ingest ingest "${inputs[@]}" --db "$db" --rejects "$out/rejects.jsonl"
stage graph-build graph build --db "$db" "$@"
stage analyze analyze --db "$db" "$@"
# evaluate scores an operation's accounts (label "operation"); category labels (IRA account_category) have none,
# which evaluate refuses by name, so those are scored by score_labels.py below instead.
if [[ -n $labels ]] && cut -d, -f2 "$labels" | grep -qix 'operation'; then
  stage evaluate evaluate --db "$db" --truth "$labels"
fi
stage export-csv export csv --db "$db" --snapshot latest --out "$out/csv"
stage export-report export report --db "$db" --snapshot latest --out "$out/report"

echo "== ingest"
sed 's/^/  /' "$out/ingest.out" | head -n 20
echo "  reject lines in rejects.jsonl: $(wc -l <"$out/rejects.jsonl" 2>/dev/null || echo 0)"
echo "== edges per kind (graph build)"
sed 's/^/  /' "$out/graph-build.out" | head -n 30
echo "== clusters (analyze)"
sed 's/^/  /' "$out/analyze.out" | head -n 40
if [[ -n $labels ]]; then
  if [[ -f $out/evaluate.out ]]; then
    echo "== evaluate (against $labels)"
    sed 's/^/  /' "$out/evaluate.out" | head -n 20
  fi
  members=$(find "$out/csv" -name '*membership.csv' | head -n 1)
  if [[ -n $members ]]; then
    echo "== coverage, purity, NMI against the labels (scripts/real-data/score_labels.py)"
    python3 "$root/scripts/real-data/score_labels.py" "$members" "$labels" | sed 's/^/  /'
  fi
fi
echo "== files: $out"
exit $failed
