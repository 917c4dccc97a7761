#!/usr/bin/env bash
# Validates the GEXF/GraphML files the C# export tests wrote (official schema, networkx and graphology read-back).
set -uo pipefail
cd "$(dirname "$0")/../.."
exec bash scripts/check-exports.sh "${NG_EXPORT_SAMPLES_DIR:?set by scripts/test.sh}"
