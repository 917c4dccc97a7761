# Sourced by the benchmark and real-data scripts: sets NG to the command that runs networkgraph, unless the caller set
# it already: this checkout, published by scripts/publish.sh into artifacts/networkgraph (built again each time, so
# never an older build: incremental, though a changed library means the composite image is compiled again).
if [[ -z "${NG:-}" ]]; then
  NG=$("$root/scripts/publish.sh") || exit 1
fi
