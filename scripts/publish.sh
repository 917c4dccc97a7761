#!/usr/bin/env bash
# Publishes networkgraph for this machine into artifacts/networkgraph (or $1): Release, self-contained, and the whole
# program, the .NET libraries included, compiled ahead of time into one ReadyToRun composite image (see
# src/NetworkGraph.Cli/NetworkGraph.Cli.csproj). Prints the path of the executable; run it as
# `artifacts/networkgraph/networkgraph <command>`. The benchmark and real-data scripts run this build. The composite
# compile takes a minute or two of CPU whenever a library changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/artifacts/networkgraph}
dotnet publish "$root/src/NetworkGraph.Cli" -c Release --use-current-runtime --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$out" -v quiet -clp:ErrorsOnly -nologo >&2
echo "$out/networkgraph"
