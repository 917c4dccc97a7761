#!/usr/bin/env bash
# Checks every exported sample in DIR (written by the C# test ExportSampleFilesTests, each FILE with a
# FILE.expected.json sidecar):
#   *.gexf     schema (official GEXF 1.3 RELAX NG via shared/gexf-schema/validate.sh), declared columns,
#              read-back with networkx (nx.read_gexf) and graphology-gexf, compared with the sidecar;
#   *.graphml  read-back with networkx (nx.read_graphml), compared with the sidecar.
# Prints one line per check (PASS/FAIL/SKIP), then `export-checks: N passed, M failed[, K skipped]`;
# exits non-zero when any check failed. Install the tools first with scripts/install-export-deps.sh.
# Usage: check-exports.sh DIR
# Environment: GEXF_VALIDATE (path of validate.sh), NETWORKX_PYTHON (a python with networkx).
set -u
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
readers="$root/tests/export-readers"
# The shared kit sits beside the checkout (../shared); a clone made elsewhere finds it at /work/shared.
validate="${GEXF_VALIDATE:-$root/../shared/gexf-schema/validate.sh}"
if [ -z "${GEXF_VALIDATE:-}" ] && [ ! -f "$validate" ] && [ -f /work/shared/gexf-schema/validate.sh ]; then
  validate=/work/shared/gexf-schema/validate.sh
fi
passed=0 failed=0 skipped=0

# Echo reader output lines and count them by their first word.
tally() {
  local line
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    echo "$line"
    case "$line" in
      PASS*) passed=$((passed + 1)) ;;
      SKIP*) skipped=$((skipped + 1)) ;;
      *) failed=$((failed + 1)) ;;
    esac
  done <<< "$1"
}

# Run a reader; a non-zero exit other than 77 (skip) without a FAIL line of its own still counts as a failure.
run_reader() {
  local label="$1" name="$2"; shift 2
  local out rc
  out="$("$@" 2>&1)"; rc=$?
  local lines; lines="$(grep -E '^(PASS|FAIL|SKIP) ' <<< "$out")"
  tally "$lines"
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 77 ] && ! grep -q '^FAIL ' <<< "$lines"; then
    tally "FAIL $label $name: exited $rc: $(tail -n 1 <<< "$out")"
  fi
}

pick_python() {
  if [ -n "${NETWORKX_PYTHON:-}" ]; then echo "$NETWORKX_PYTHON"; return; fi
  local py
  for py in /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import networkx' >/dev/null 2>&1; then echo "$py"; return; fi
  done
}

python="$(pick_python)"
[ -d "$dir" ] || { tally "FAIL setup: $dir is not a folder"; }
[ -x "$validate" ] || [ -f "$validate" ] || tally "FAIL setup: GEXF validator not found at $validate"
command -v xmllint >/dev/null 2>&1 || tally "FAIL setup: xmllint missing (run scripts/install-export-deps.sh)"
[ -n "$python" ] || tally "FAIL setup: no python3 with networkx (run scripts/install-export-deps.sh)"
command -v node >/dev/null 2>&1 || tally "FAIL setup: node missing (run scripts/install-export-deps.sh)"
[ -d "$readers/node_modules/graphology-gexf" ] || tally "FAIL setup: graphology-gexf missing (run scripts/install-export-deps.sh)"

shopt -s nullglob
gexf_files=("$dir"/*.gexf)
graphml_files=("$dir"/*.graphml)
[ ${#gexf_files[@]} -gt 0 ] || tally "FAIL setup: no .gexf files in $dir (run the C# sample test first)"

for f in "${gexf_files[@]}"; do
  name="$(basename "$f")"
  if [ ! -f "$f.expected.json" ]; then tally "FAIL sidecar $name: $name.expected.json missing"; continue; fi
  if out="$(sh "$validate" "$f" 2>&1)"; then
    tally "PASS schema $name: valid GEXF 1.3 (RELAX NG)"
  else
    tally "FAIL schema $name: $(grep -v 'fails to validate' <<< "$out" | head -n 3 | tr '\n' ' ')"
  fi
  [ -n "$python" ] && run_reader networkx "$name" "$python" "$readers/read_networkx.py" "$f" "$f.expected.json"
  run_reader graphology "$name" node "$readers/read-graphology.cjs" "$f" "$f.expected.json"
done

for f in "${graphml_files[@]}"; do
  name="$(basename "$f")"
  if [ ! -f "$f.expected.json" ]; then tally "FAIL sidecar $name: $name.expected.json missing"; continue; fi
  [ -n "$python" ] && run_reader networkx "$name" "$python" "$readers/read_networkx.py" "$f" "$f.expected.json"
done

summary="export-checks: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
