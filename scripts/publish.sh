#!/usr/bin/env bash
# Publishes networkgraph for this machine into artifacts/networkgraph (or $1): Release, framework-dependent, the
# third-party assemblies compiled ahead of time (ReadyToRun; see src/NetworkGraph.Cli/NetworkGraph.Cli.csproj). Run it
# as `dotnet artifacts/networkgraph/networkgraph.dll <command>`. The benchmark and real-data scripts run this build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/artifacts/networkgraph}
dotnet publish "$root/src/NetworkGraph.Cli" -c Release --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true -o "$out" -v quiet -clp:ErrorsOnly -nologo >&2
echo "$out/networkgraph.dll"
