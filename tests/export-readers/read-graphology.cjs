#!/usr/bin/env node
// Reads FILE.gexf with graphology-gexf and compares it with FILE.gexf.expected.json (written by the C# sample test).
// Prints one line, PASS/FAIL/SKIP, and exits 0 (pass), 1 (fail) or 77 (skip).
// Usage: node read-graphology.cjs FILE.gexf [SIDECAR.json]
'use strict';
const fs = require('fs');
const path = require('path');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

// Keys graphology-gexf fills from GEXF's own fields and viz elements rather than from declared attributes.
const NODE_BUILTINS = new Set(['label', 'color', 'size', 'x', 'y', 'z', 'shape', 'thickness']);
const EDGE_BUILTINS = new Set(['label', 'weight', 'kind', 'color', 'thickness', 'shape']);

function sameSet(actual, expected) {
  return actual.size === expected.size && [...expected].every(k => actual.has(k));
}

function main(file, sidecarFile) {
  const name = path.basename(file);
  const expected = JSON.parse(fs.readFileSync(sidecarFile, 'utf8'));
  if (expected.skip && expected.skip.graphology) {
    console.log(`SKIP graphology ${name}: ${expected.skip.graphology}`);
    return 77;
  }

  const graph = gexf.parse(Graph, fs.readFileSync(file, 'utf8'));
  const problems = [];
  if (graph.order !== expected.nodes) problems.push(`nodes ${graph.order} != ${expected.nodes}`);
  if (graph.size !== expected.edges) problems.push(`edges ${graph.size} != ${expected.edges}`);

  const nodeKeys = new Set();
  let uncoloured = 0;
  graph.forEachNode((node, attrs) => {
    Object.keys(attrs).filter(k => !NODE_BUILTINS.has(k)).forEach(k => nodeKeys.add(k));
    if (typeof attrs.color !== 'string' || typeof attrs.size !== 'number') uncoloured++;
  });
  if (!sameSet(nodeKeys, new Set(expected.usedNodeColumns)))
    problems.push(`node attributes [${[...nodeKeys].sort()}] != [${[...expected.usedNodeColumns].sort()}]`);
  if (uncoloured > 0) problems.push(`${uncoloured} nodes without viz colour and size`);

  const edgeKeys = new Set();
  const kinds = {};
  graph.forEachEdge((edge, attrs) => {
    Object.keys(attrs).filter(k => !EDGE_BUILTINS.has(k)).forEach(k => edgeKeys.add(k));
    kinds[attrs.kind] = (kinds[attrs.kind] || 0) + 1;
    if (typeof attrs.weight !== 'number' || Number.isNaN(attrs.weight)) problems.push(`edge ${edge} has no numeric weight`);
  });
  if (!sameSet(edgeKeys, new Set(expected.usedEdgeColumns)))
    problems.push(`edge attributes [${[...edgeKeys].sort()}] != [${[...expected.usedEdgeColumns].sort()}]`);
  const kindsText = JSON.stringify(Object.keys(kinds).sort().map(k => [k, kinds[k]]));
  const expectedKinds = JSON.stringify(Object.keys(expected.edgeKinds).sort().map(k => [k, expected.edgeKinds[k]]));
  if (kindsText !== expectedKinds) problems.push(`edge kinds ${kindsText} != ${expectedKinds}`);

  const labels = Object.entries(expected.labels || {});
  for (const [id, label] of labels) {
    if (!graph.hasNode(id)) problems.push(`node ${JSON.stringify(id)} missing`);
    else if (graph.getNodeAttribute(id, 'label') !== label)
      problems.push(`label of ${JSON.stringify(id)} is ${JSON.stringify(graph.getNodeAttribute(id, 'label'))}, expected ${JSON.stringify(label)}`);
  }

  if (problems.length > 0) {
    console.log(`FAIL graphology ${name}: ${problems.join('; ')}`);
    return 1;
  }
  console.log(`PASS graphology ${name}: ${graph.order} nodes, ${graph.size} edges, ` +
    `${nodeKeys.size}+${edgeKeys.size} attributes, ${Object.keys(kinds).length} kinds, ${labels.length} labels`);
  return 0;
}

const [file, sidecar] = process.argv.slice(2);
if (!file) {
  console.error('usage: node read-graphology.cjs FILE.gexf [SIDECAR.json]');
  process.exit(2);
}
try {
  process.exit(main(file, sidecar || `${file}.expected.json`));
} catch (err) {
  console.log(`FAIL graphology ${path.basename(file)}: ${String(err && err.message || err).split('\n')[0]}`);
  process.exit(1);
}
