#!/usr/bin/env bash
# Ingest benchmark (not a test): generated archive rows into a fresh SQLite store with the real command, reporting
# rows/s, wall and CPU time, and resident memory sampled every second (to show it stays flat).
#
# usage: scripts/bench-ingest.sh [POSTS]          default: 10000000
#   BENCH_DIR   where the data and the store go (default /tmp/ng-bench-ingest; 10 M posts need ~5 GB + ~2.5 GB)
#   RUNS        how many times to ingest into a fresh store (default 1)
#
# The data are generated once per POSTS (seed 42) and kept for later runs. The split of the cost between parsing
# and writing comes from: dotnet run -c Release --project tests/NetworkGraph.Benchmarks -- ingest-split FILE --rows N
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
POSTS=${1:-10000000}
WORK=${BENCH_DIR:-/tmp/ng-bench-ingest}
RUNS=${RUNS:-1}
DATA=$WORK/gen-$POSTS
DB=$WORK/bench.db

mkdir -p "$WORK"
dotnet build "$REPO/src/NetworkGraph.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$REPO/tests/NetworkGraph.Benchmarks" -c Release -v quiet -nologo >/dev/null
CLI=$REPO/src/NetworkGraph.Cli/bin/Release/net10.0/networkgraph
if [ ! -s "$DATA/big_tweets_csv_hashed.csv" ]; then
    "$REPO/tests/NetworkGraph.Benchmarks/bin/Release/net10.0/NetworkGraph.Benchmarks" generate --posts "$POSTS" --out "$DATA" --keep
fi

echo "input: $(du -h "$DATA/big_tweets_csv_hashed.csv" | cut -f1) tweets CSV, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
    rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.rejects.jsonl"
    /usr/bin/time -f "wall %e s, cpu %U s user + %S s system, peak rss %M KB" -o "$WORK/time.txt" \
        "$CLI" ingest "$DATA/big_tweets_csv_hashed.csv" "$DATA/big_users_csv_hashed.csv" --db "$DB" >"$WORK/ingest.log" 2>&1 &
    pid=$!
    samples=()
    while kill -0 "$pid" 2>/dev/null; do
        child=$(pgrep -P "$pid" networkgraph || true)
        if [ -n "$child" ] && [ -r "/proc/$child/status" ]; then
            samples+=("$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$child/status")")
        fi
        sleep 1
    done
    wait "$pid"
    echo "run $run: $(grep -o '[0-9,.]* rows/s' "$WORK/ingest.log"); $(cat "$WORK/time.txt")"
    echo "  rss MB each second: ${samples[*]}"
done
echo "store: $(du -h "$DB" | cut -f1)"
