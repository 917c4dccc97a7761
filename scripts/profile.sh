#!/usr/bin/env bash
# Profiles `analyze` of a copy of STORE with perf, on the composite build published with its method map, and prints the
# flat profile with precompiled frames named (scripts/profile/r2rprof.py). Needs perf (Debian: linux-perf).
# usage: scripts/profile.sh STORE [r2rprof.py options, e.g. --inclusive --top 80 --having ReadClusterPosts]
# The perf data and script output stay in $PROFILE_DIR (default: a temporary directory, printed) for more views.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
store=${1:?usage: scripts/profile.sh STORE [r2rprof.py options]}
shift
command -v perf > /dev/null || { echo "perf is not installed (apt-get install linux-perf)" >&2; exit 1; }
out=$root/artifacts/networkgraph-symbols
# The composite compile is skipped when its inputs are unchanged, and then writes no map: start it afresh (so do not
# run this beside a publish or benchmark of the same checkout).
rm -rf "$root/src/NetworkGraph.Cli/obj/Release/net10.0/linux-x64/R2R"
dotnet publish "$root/src/NetworkGraph.Cli" -c Release --use-current-runtime --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -p:PublishReadyToRunEmitSymbols=true \
  -o "$out" -v quiet -clp:ErrorsOnly -nologo >&2
dir=${PROFILE_DIR:-$(mktemp -d)}
mkdir -p "$dir"
# The store with its write-ahead log, if it has one (what it holds is part of the store until checkpointed).
cp "$store" "$dir/store.db"
for suffix in -wal -shm; do
  if [[ -f "$store$suffix" ]]; then cp "$store$suffix" "$dir/store.db$suffix"; fi
done
echo "profiling into $dir" >&2
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g -o "$dir/perf.data" \
  "$out/networkgraph" analyze --db "$dir/store.db" > "$dir/analyze.log" 2>&1
perf script -i "$dir/perf.data" --show-mmap-events 2> /dev/null > "$dir/perf.txt"
python3 "$root/scripts/profile/r2rprof.py" "$out/networkgraph.r2r.dll" "$out/networkgraph.r2r.ni.r2rmap" "$@" < "$dir/perf.txt"
