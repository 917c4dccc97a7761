#!/usr/bin/env bash
# Lints every Cypher file and Browser-guide block in cypher/ with @neo4j-cypher/language-support (tools/cypher-lint).
# First proves the linter still rejects known-bad inputs (--self-test), then lints the repository.
# Last line: "cypher-lint: N passed, M failed" (N = files and guide blocks checked); non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
tool=tools/cypher-lint

if [ ! -d "$tool/node_modules/@neo4j-cypher/language-support" ]; then
  (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || {
    echo "npm ci in $tool failed"
    echo "cypher-lint: 0 passed, 1 failed"
    exit 1
  }
fi

if ! node "$tool/lint.mjs" --self-test; then
  echo "the linter accepted a known-bad input: its verdicts cannot be trusted"
  echo "cypher-lint: 0 passed, 1 failed"
  exit 1
fi

node "$tool/lint.mjs" --root .
