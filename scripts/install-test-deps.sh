#!/usr/bin/env bash
# Installs, idempotently, what the test suite needs on a fresh machine: Debian packages for the
# cross-checks and the npm packages pinned by each folder's package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(libxml2-utils python3-networkx chromium docker-compose)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for dir in tests/bolt-crosscheck tests/export-readers tools/cypher-lint; do
  [ -f "$dir/package-lock.json" ] || continue
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "== npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
done
