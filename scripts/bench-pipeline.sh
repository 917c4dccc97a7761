#!/usr/bin/env bash
# The pipeline benchmark of issue 16: generates N posts once (cached), ingests them into a fresh store, runs analyze,
# and prints per stage (read, share table and graphs, communities, clusters, snapshot) the wall time, the CPU time and
# the peak RSS so far, as the analysis logs them ("Stage NAME: W s wall, C s CPU, peak RSS M MB"), plus the whole
# commands' wall time and peak RSS (/usr/bin/time -v) and the machine's load (other work on it skews wall times).
#
# usage: scripts/bench-pipeline.sh N [analyze options...]     e.g. scripts/bench-pipeline.sh 1000000
# environment:
#   BENCH_DIR  where the generated data (cached per N and seed), store and logs go (default /tmp/ng-bench)
#   SEED       the scenario seed (default 3)
#   NG         the command to run (default: the Release build of this checkout, built when missing)
set -uo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 POSTS [analyze options...]" >&2
  exit 2
fi
posts=$1
shift
seed=${SEED:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH_DIR:-/tmp/ng-bench}
source "$root/scripts/lib/ng-command.sh"
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

gen=$bench/gen-$posts-seed$seed
run=$bench/run-$posts
mkdir -p "$bench"
if [[ ! -f $gen/.done ]]; then
  rm -rf "$gen"
  echo "generating $posts posts (seed $seed) into $gen ..."
  $NG generate --seed "$seed" --posts "$posts" --out "$gen" > /dev/null || exit 1
  touch "$gen/.done"
fi

rm -rf "$run"
mkdir -p "$run"
db=$run/store.db

# Runs a command under /usr/bin/time -v; prints "wall_seconds cpu_seconds peak_mb exit_code".
timed() {
  local name=$1
  shift
  /usr/bin/time -v -o "$run/$name.time" "$@" > "$run/$name.log" 2>&1
  local rc=$?
  local wall cpu peak
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$run/$name.time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$run/$name.time")
  peak=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$run/$name.time")
  echo "$wall $cpu $peak $rc"
}

echo "load before: $(uptime)"
read -r iwall icpu ipeak irc < <(timed ingest $NG ingest "$gen" --db "$db")
[[ $irc -eq 0 ]] || { echo "ingest failed (exit $irc), see $run/ingest.log" >&2; exit 1; }
read -r awall acpu apeak arc < <(timed analyze $NG analyze --db "$db" "$@")
[[ $arc -eq 0 ]] || { echo "analyze failed (exit $arc), see $run/analyze.log" >&2; exit 1; }
echo "load after:  $(uptime)"

echo
echo "| $posts posts | wall s | CPU s | peak RSS MB |"
echo "|---|---:|---:|---:|"
printf '| ingest | %s | %s | %s |\n' "$iwall" "$icpu" "$ipeak"
sed -n 's/.*Stage \(.*\): \([0-9.]*\) s wall, \([0-9.]*\) s CPU, peak RSS \([0-9]*\) MB.*/| \1 | \2 | \3 | \4 |/p;
        s/.*Stage \(.*\): \([0-9.]*\) s wall, peak RSS \([0-9]*\) MB.*/| \1 (on its own thread) | \2 | | \3 |/p' "$run/analyze.log"
printf '| **analyze** | **%s** | **%s** | **%s** |\n' "$awall" "$acpu" "$apeak"
