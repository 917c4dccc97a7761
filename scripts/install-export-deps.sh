#!/usr/bin/env bash
# Installs what scripts/check-exports.sh needs: xmllint (libxml2-utils), Debian's networkx (python3-networkx),
# node/npm, and graphology-gexf from tests/export-readers/package-lock.json (npm ci). Idempotent: each step is
# skipped when already satisfied, so a second run takes well under a second.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
readers="$root/tests/export-readers"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

packages=()
command -v xmllint >/dev/null 2>&1 || packages+=(libxml2-utils)
dpkg -s python3-networkx >/dev/null 2>&1 || packages+=(python3-networkx)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
if [ ${#packages[@]} -gt 0 ]; then
  echo "install-export-deps: apt-get install ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# npm ci writes node_modules/.package-lock.json; reinstall only when it is missing or older than the lock file.
marker="$readers/node_modules/.package-lock.json"
if [ ! -f "$marker" ] || [ "$readers/package-lock.json" -nt "$marker" ] || [ ! -d "$readers/node_modules/graphology-gexf" ]; then
  echo "install-export-deps: npm ci in tests/export-readers"
  (cd "$readers" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "install-export-deps: xmllint, python3-networkx, node $(node --version) and graphology-gexf ready"
