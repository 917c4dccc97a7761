#!/usr/bin/env bash
# Opens each sample report the C# tests wrote (NG_REPORT_SAMPLES_DIR, else networkgraph-report-samples under the
# temp folder) in headless Chromium, offline, and checks: no console error or CSP violation while it renders; the
# rendered DOM holds no script, image or event handler from the planted payloads, shows them as text, and has its
# cluster sections and charts; a 1280x2000 screenshot is a real, non-blank PNG. A hostile control page must be
# caught by the same checks, so a check that cannot fail would show here. Last line: "report-check: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
dir="${NG_REPORT_SAMPLES_DIR:-${TMPDIR:-/tmp}/networkgraph-report-samples}"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
passed=0
failed=0
ok() { echo "ok   $*"; passed=$((passed + 1)); }
bad() { echo "FAIL $*"; failed=$((failed + 1)); }
finish() { echo "report-check: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

if [ -z "$chromium" ]; then bad "chromium not found (scripts/install-test-deps.sh installs it)"; finish; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# render FILE NAME: dump the DOM and the console log, then take a screenshot, each with a fresh profile.
render() {
  local file=$1 name=$2
  local flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --disable-extensions --disable-default-apps --no-default-browser-check
    --hide-scrollbars --enable-logging=stderr --v=0 --virtual-time-budget=3000)
  timeout 90 "$chromium" "${flags[@]}" --user-data-dir="$work/$name-dom" --dump-dom "file://$file" >"$work/$name.dom" 2>"$work/$name.log"
  timeout 90 "$chromium" "${flags[@]}" --user-data-dir="$work/$name-shot" --window-size=1280,2000 --screenshot="$work/$name.png" "file://$file" \
    >/dev/null 2>>"$work/$name.log"
}

# console_errors NAME: console errors, uncaught exceptions and policy violations Chromium logged.
console_errors() { grep -E 'CONSOLE|Uncaught|Refused to|Content Security Policy' "$work/$1.log" | grep -Eiv 'DevTools listening' || true; }

# dom_problems NAME EXPECTED_JSON: what is wrong with the rendered DOM (empty when nothing).
dom_problems() {
  python3 - "$work/$1.dom" "${2:-}" <<'PY'
import json, sys
from html.parser import HTMLParser
dom = open(sys.argv[1], encoding="utf-8", errors="replace").read()
expected = json.load(open(sys.argv[2], encoding="utf-8")) if len(sys.argv) > 2 and sys.argv[2] else {}
class Walk(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.text, self.sections, self.charts, self.skip = [], [], 0, 0, 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "object", "embed", "image", "foreignobject", "base", "form"):
            self.problems.append(f"<{tag}> element in the DOM")
        for k, v in attrs:
            if k.startswith("on"): self.problems.append(f"event handler {k} on <{tag}>")
            if k.startswith("data-pwned"): self.problems.append("a payload ran (data-pwned set)")
            if k in ("src", "srcset") or (k == "href" and not (v or "").startswith("#")): self.problems.append(f"{k}={v!r} on <{tag}>")
        cls = (a.get("class") or "").split()
        if tag == "section" and "cluster" in cls: self.sections += 1
        if tag == "svg" and "chart" in cls: self.charts += 1
        if tag in ("style", "title"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("style", "title"): self.skip = max(0, self.skip - 1)
    def handle_data(self, data):
        if not self.skip: self.text.append(data)
w = Walk(); w.feed(dom)
text = "".join(w.text)
problems = list(dict.fromkeys(w.problems))
for p in expected.get("payloads", []):
    if p not in text: problems.append(f"payload not shown as text: {p[:40]!r}")
if "flaggedSections" in expected and w.sections != expected["flaggedSections"]:
    problems.append(f"{w.sections} cluster sections, expected {expected['flaggedSections']}")
if w.charts < expected.get("minCharts", 0): problems.append(f"{w.charts} charts, expected at least {expected['minCharts']}")
if expected and len(text.strip()) < 500: problems.append("page rendered almost no text")
print("\n".join(problems))
PY
}

# png_problem NAME: why the screenshot is not a usable 1280x2000 picture (empty when it is).
png_problem() {
  python3 - "$work/$1.png" <<'PY'
import struct, sys, zlib
try: data = open(sys.argv[1], "rb").read()
except OSError: print("no screenshot written"); sys.exit()
if data[:8] != b"\x89PNG\r\n\x1a\n": print("not a PNG"); sys.exit()
w, h, depth, ctype = struct.unpack(">IIBB", data[16:26])
if (w, h) != (1280, 2000): print(f"screenshot is {w}x{h}, expected 1280x2000"); sys.exit()
idat, pos = b"", 8
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8]); pos += 8
    if kind == b"IDAT": idat += data[pos:pos + n]
    pos += n + 4
raw = zlib.decompress(idat)
# Distinct byte values over the decoded scanlines: a blank or single-colour page has very few.
if len(set(raw[::7])) < 40: print(f"screenshot looks blank ({len(set(raw[::7]))} distinct values)")
PY
}

shopt -s nullglob
samples=("$dir"/*.html)
if [ ${#samples[@]} -eq 0 ]; then bad "no sample report in $dir (dotnet test writes them)"; finish; fi

for file in "${samples[@]}"; do
  name=$(basename "$file" .html)
  render "$file" "$name"
  errors=$(console_errors "$name")
  if [ -z "$errors" ]; then ok "$name: renders with no console error or policy violation"; else bad "$name: console says: $(head -n 3 <<<"$errors")"; fi
  expected="$file.expected.json"
  [ -f "$expected" ] || expected=""
  problems=$(dom_problems "$name" "$expected")
  if [ -z "$problems" ]; then ok "$name: payloads are inert text; sections and charts present"; else bad "$name: $(tr '\n' ';' <<<"$problems")"; fi
  problem=$(png_problem "$name")
  if [ -z "$problem" ]; then
    cp "$work/$name.png" "$dir/$name.png"
    ok "$name: screenshot $dir/$name.png ($(stat -c %s "$dir/$name.png") bytes)"
  else
    bad "$name: $problem"
  fi
done

# The control page carries the payloads unescaped and no policy: every detector must catch it.
cat >"$work/control.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title></head><body><p>bio: <img src=x onerror="document.body.setAttribute('data-pwned','1')"></p>
<script>document.body.setAttribute('data-pwned', '2'); undefinedFunctionOfTheControlPage();</script></body></html>
HTML
render "$work/control.html" control
if [ -n "$(console_errors control)" ]; then ok "control: the console check catches a script error"; else bad "control: a script error went unnoticed"; fi
if grep -q 'data-pwned' <<<"$(dom_problems control "")"; then ok "control: the DOM check catches a payload that ran"; else bad "control: a payload that ran went unnoticed"; fi
finish
