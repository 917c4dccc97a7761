# Sourced by the benchmark and real-data scripts: sets NG to the command that runs networkgraph, unless the caller set
# it already: this checkout, published by scripts/publish.sh into artifacts/networkgraph (built again each time, so
# never an older build: incremental, a few seconds when nothing changed).
if [[ -z "${NG:-}" ]]; then
  ng_dll=$("$root/scripts/publish.sh") || exit 1
  NG="dotnet $ng_dll"
fi
