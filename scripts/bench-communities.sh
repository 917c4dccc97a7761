#!/usr/bin/env bash
# Side-by-side community-detection benchmark: our Leiden/Louvain next to igraph and leidenalg on the
# shared kit's LFR graphs (/work/shared/bench, protocol in its README.md).
#
# usage: scripts/bench-communities.sh [DATASETS]      default: lfr-100k,lfr-1m
#   BENCH_DIR   where the kit is copied and results land (default /tmp/ng-bench-communities)
#   REPS        repetitions per runner (default 3; bench.py drops reps 2..3 when rep 1 took >= 120 s)
#   TIMEOUT     seconds per process (default 600 as in the kit; raise it on a loaded machine)
#
# Steps: copy the kit, run its setup.sh when igraph/leidenalg are missing (apt + npm, needs root),
# generate missing datasets (lfr-1m: ~2 min, ~3 GB RAM), build the benchmarks exe in Release, run bench.py.
# The whole lfr-100k + lfr-1m run takes ~15 min on 2 cores; run it under nohup and tail the log.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
KIT_SRC=${KIT_SRC:-/work/shared/bench}
WORK=${BENCH_DIR:-/tmp/ng-bench-communities}
DATASETS=${1:-lfr-100k,lfr-1m}
REPS=${REPS:-3}
TIMEOUT=${TIMEOUT:-600}
KIT=$WORK/kit
ARTIFACTS=$WORK/artifacts

mkdir -p "$WORK"
if [ ! -x "$KIT/bench.py" ]; then
    cp -r "$KIT_SRC" "$KIT"
    chmod -R u+w "$KIT"
fi

if ! /usr/bin/python3 -c 'import igraph, leidenalg' 2>/dev/null; then
    (cd "$KIT" && ./setup.sh)
fi

for ds in ${DATASETS//,/ }; do
    [ -f "$KIT/data/$ds/edges.txt" ] && continue
    echo "== generating $ds" >&2
    case "$ds" in
        karate)   (cd "$KIT" && /usr/bin/python3 gen/generate.py karate data/karate) ;;
        lfr-10k)  (cd "$KIT" && /usr/bin/python3 gen/generate.py lfr data/lfr-10k --n 10000 --avg-degree 16) ;;
        lfr-100k) (cd "$KIT" && /usr/bin/python3 gen/generate.py lfr data/lfr-100k --n 100000 --avg-degree 16) ;;
        lfr-1m)   (cd "$KIT" && /usr/bin/python3 gen/generate.py lfr data/lfr-1m --n 1000000 --avg-degree 16) ;;
        *) echo "unknown dataset $ds" >&2; exit 2 ;;
    esac
done

dotnet build "$REPO/tests/NetworkGraph.Benchmarks/NetworkGraph.Benchmarks.csproj" -c Release \
    --artifacts-path "$ARTIFACTS" -v quiet -nologo
DLL=$ARTIFACTS/bin/NetworkGraph.Benchmarks/release/NetworkGraph.Benchmarks.dll
OURS="dotnet $DLL leiden-runner {edges} {out} --seed {seed}"

OUT=$WORK/results-$(date +%Y%m%d-%H%M%S)
cd "$KIT"
# ours-leiden: 2 iterations, like igraph's and leidenalg's default n_iterations=2; both cores.
./bench.py --datasets "$DATASETS" --reps "$REPS" --timeout "$TIMEOUT" --out "$OUT" \
    --runners igraph-leiden,igraph-louvain,leidenalg-modularity \
    --extra "ours-leiden=$OURS --iterations 2" \
    --extra "ours-leiden-1thread=$OURS --iterations 2 --threads 1" \
    --extra "ours-louvain=$OURS --algorithm louvain"
echo "results: $OUT/table.md" >&2
