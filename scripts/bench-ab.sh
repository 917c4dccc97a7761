#!/usr/bin/env bash
# Compares builds (or settings) of `analyze` in alternating rounds on fresh copies of one store, the way the README's
# speed claims were judged: a virtual machine's speed drifts by 20% and more between spells, so runs taken one after the
# other in turn, not tables taken apart, tell two builds apart. Prints every run (wall, CPU, peak RSS, page faults) and
# per variant the minimum and median wall and CPU time.
#
# usage: scripts/bench-ab.sh STORE ROUNDS 'LABEL|ENV|COMMAND' ['LABEL|ENV|COMMAND' ...]
#   STORE    an ingested store (e.g. the one scripts/bench-pipeline.sh leaves in $BENCH_DIR/run-N/store.db)
#   ROUNDS   how many rounds; each round runs every variant once, in the order given
#   LABEL    a name for the variant; ENV: space-separated VAR=value settings for it (may be empty); COMMAND: the
#            networkgraph executable to run (e.g. a build from scripts/publish.sh)
# example: scripts/bench-ab.sh /tmp/ng-bench/run-1000000/store.db 5 'old||/tmp/pub-old/networkgraph' \
#            'new||/tmp/pub-new/networkgraph' 'new-gc0|DOTNET_GCConserveMemory=0|/tmp/pub-new/networkgraph'
# environment: BENCH_DIR where the copies go (default /tmp/ng-bench-ab); each is deleted after its run.
set -uo pipefail

if [[ $# -lt 3 || ! -f $1 || ! $2 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 STORE ROUNDS 'LABEL|ENV|COMMAND' ['LABEL|ENV|COMMAND' ...]" >&2
  exit 2
fi
store=$1
rounds=$2
shift 2
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }
work=${BENCH_DIR:-/tmp/ng-bench-ab}
mkdir -p "$work"
results=$work/results.tsv
: > "$results"

for ((round = 1; round <= rounds; round++)); do
  for variant in "$@"; do
    IFS='|' read -r label settings command <<< "$variant"
    copy=$work/$label
    rm -rf "$copy"
    mkdir -p "$copy"
    # The store with its write-ahead log, if it has one (what it holds is part of the store until checkpointed).
    cp "$store" "$copy/store.db"
    for suffix in -wal -shm; do
      if [[ -f $store$suffix ]]; then cp "$store$suffix" "$copy/store.db$suffix"; fi
    done
    # shellcheck disable=SC2086 # the settings are words on purpose
    env $settings /usr/bin/time -f "%e %U %S %M %R" -o "$copy/time" "$command" analyze --db "$copy/store.db" > "$copy/log" 2>&1
    status=$?
    # A command that fails has /usr/bin/time write a line about it first: the figures are on the last line.
    read -r wall user system rss faults < <(tail -n 1 "$copy/time")
    cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
    printf '%s\t%s\t%s\t%s\n' "$label" "$wall" "$cpu" "$status" >> "$results"
    printf 'round %d %-12s %6.2f s wall %6.2f s CPU %6d MB %8d faults%s\n' \
      "$round" "$label" "$wall" "$cpu" $((rss / 1024)) "$faults" "$([[ $status -ne 0 ]] && echo " (exit $status, log kept in $copy)")"
    [[ $status -eq 0 ]] && rm -rf "$copy"
  done
done

echo
echo "| variant | runs | wall min | wall median | CPU min | CPU median |"
echo "|---|---:|---:|---:|---:|---:|"
for variant in "$@"; do
  IFS='|' read -r label _ _ <<< "$variant"
  awk -F'\t' -v l="$label" '
    BEGIN { n = 0 }
    $1 == l && $4 == 0 { w[n] = $2; c[n] = $3; n++ }
    function median(a, k,   i, j, t) {
      for (i = 0; i < k; i++) for (j = i + 1; j < k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return k % 2 ? a[int(k / 2)] : (a[k / 2 - 1] + a[k / 2]) / 2
    }
    END {
      if (n == 0) { printf "| %s | 0 | | | | |\n", l; exit }
      printf "| %s | %d | %.2f | %.2f | ", l, n, min(w, n), median(w, n)
      printf "%.2f | %.2f |\n", min(c, n), median(c, n)
    }
    function min(a, k,   i, m) { m = a[0]; for (i = 1; i < k; i++) if (a[i] < m) m = a[i]; return m }
  ' "$results"
done
