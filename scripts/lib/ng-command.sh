# Sourced by the benchmark and real-data scripts: sets NG to the command that runs networkgraph, unless the caller set
# it already: the Release build of this checkout ($root, set by the caller), built when missing.
ng_dll=$root/src/NetworkGraph.Cli/bin/Release/net10.0/networkgraph.dll
if [[ -z "${NG:-}" ]]; then
  if [[ ! -f $ng_dll ]]; then
    dotnet build "$root/src/NetworkGraph.Cli" -c Release -v quiet -clp:ErrorsOnly || exit 1
  fi
  NG="dotnet $ng_dll"
fi
