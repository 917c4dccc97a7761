#!/usr/bin/env bash
# Validates docker/docker-compose.yml with docker-compose (Debian package) and checks the wiring analysts rely on.
set -uo pipefail
cd "$(dirname "$0")/../.."
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" >/tmp/compose-check.out 2>&1; then echo "ok   $name"; passed=$((passed + 1));
  else echo "FAIL $name"; sed 's/^/     /' /tmp/compose-check.out; failed=$((failed + 1)); fi
}
config=$(mktemp)
check "docker-compose config validates" bash -c "NEO4J_PASSWORD=x docker-compose -f docker/docker-compose.yml config > '$config'"
check "neo4j has the GDS plugin" grep -q 'graph-data-science' "$config"
check "browser offers guide and style at login" grep -q 'post__connect__cmd' "$config"
check "worker reaches neo4j over bolt" grep -q 'bolt://neo4j:7687' "$config"
check "worker mounts inbox and data volumes" bash -c "grep -q '/inbox' '$config' && grep -q '/data' '$config'"
check "Dockerfile runs as a non-root user" grep -qE '^USER [a-z]' docker/Dockerfile
check "Dockerfile is multi-stage" bash -c "[ \$(grep -c '^FROM ' docker/Dockerfile) -ge 2 ]"
check "guide and style files exist" bash -c "ls cypher/guide/networkgraph.md cypher/style.grass"
rm -f "$config"
echo "compose: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
