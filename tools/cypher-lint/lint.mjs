// Lints every Cypher file under cypher/ and every ```cypher block of the Browser guides with the Neo4j language
// support linter, against a schema made of the GDS procedure signatures the package ships (its test mock schema)
// and our own graph vocabulary (vocabulary.json). Errors and warnings both fail: with the full vocabulary loaded,
// a warning means a misspelt label, type, property, procedure or an undeclared parameter. Each file is linted as
// Cypher 5 and as Cypher 25. The GraSS style sheet (style.grass) is checked against the same vocabulary.
//
//   node lint.mjs [--root DIR] [FILE...]   lint the repository (or the given files)
//   node lint.mjs --self-test              prove the linter rejects known-bad inputs and accepts a good one
//
// The last line is always "cypher-lint: N passed, M failed"; the exit code is non-zero when M > 0.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { checkGrass } from './grass.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const versions = ['CYPHER 5', 'CYPHER 25'];
const vocabulary = JSON.parse(readFileSync(join(here, 'vocabulary.json'), 'utf8'));
const paramLine = /^\s*(?:\/\/\s*)?(:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>.*)$/;

function schemaFor(parameters, version) {
  return {
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
    labels: vocabulary.labels,
    relationshipTypes: vocabulary.relationshipTypes,
    propertyKeys: [...vocabulary.propertyKeys, ...vocabulary.mapKeys],
    parameters,
    defaultLanguage: version,
  };
}

// The units to lint in one source: a .cypher file is one unit (its statements separated by ';'); a guide gives one
// unit per ```cypher block. ':param name => value' lines (in // comments of a file, or as guide commands) declare
// the parameters the unit may use, and are themselves linted as console commands.
function unitsOf(path, text) {
  const units = [];
  if (path.endsWith('.md')) {
    const fence = /^```cypher[^\n]*\n([\s\S]*?)^```/gm;
    let m;
    while ((m = fence.exec(text)) !== null) {
      const line = text.slice(0, m.index).split('\n').length + 1;
      units.push({ name: `${path}:${line}`, query: m[1], line });
    }
  } else {
    units.push({ name: path, query: text, line: 1 });
  }
  return units;
}

function declaredParameters(text) {
  const parameters = {};
  const commands = [];
  text.split('\n').forEach((line, index) => {
    const m = paramLine.exec(line);
    if (m) {
      parameters[m[2]] = null;
      commands.push({ command: m[1], line: index + 1 });
    }
  });
  return { parameters, commands };
}

function diagnosticsOf(query, parameters, firstLine, only = versions) {
  const found = [];
  for (const version of only) {
    const { diagnostics } = lintCypherQuery(query, schemaFor(parameters, version), { consoleCommandsEnabled: true });
    for (const d of diagnostics) {
      const kind = d.severity === 1 ? 'error' : 'warning';
      const at = `${firstLine + d.range.start.line}:${d.range.start.character + 1}`;
      found.push(`${at} ${kind} (${version}): ${d.message}`);
    }
  }
  return [...new Set(found)];
}

// Lints one source text; guides share one parameter scope (a :param slide sets values for the slides after it).
export function lintSource(path, text) {
  if (path.endsWith('.grass')) {
    return [{ name: path, problems: checkGrass(text, vocabulary) }];
  }
  const results = [];
  const { parameters, commands } = declaredParameters(text);
  for (const unit of unitsOf(path, text)) {
    const problems = diagnosticsOf(unit.query, parameters, unit.line);
    if (!path.endsWith('.md')) {
      // A :param value is an expression the Browser evaluates; one Cypher version is enough to check it.
      for (const c of commands) {
        problems.push(...diagnosticsOf(c.command, parameters, c.line, versions.slice(0, 1)));
      }
    }
    results.push({ name: unit.name, problems });
  }
  if (results.length === 0) {
    results.push({ name: path, problems: ['1:1 error: no Cypher found'] });
  }
  return results;
}

function filesUnder(dir) {
  return readdirSync(dir).sort().flatMap(entry => {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      return filesUnder(full);
    }
    const guide = full.endsWith('.md') && full.includes(join('cypher', 'guide'));
    return full.endsWith('.cypher') || full.endsWith('.grass') || guide ? [full] : [];
  });
}

function report(results) {
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    if (r.problems.length === 0) {
      passed++;
      console.log(`ok    ${r.name}`);
    } else {
      failed++;
      console.log(`FAIL  ${r.name}`);
      r.problems.forEach(p => console.log(`      ${p}`));
    }
  }
  return { passed, failed };
}

function lintRepository(root, files) {
  const paths = files.length > 0 ? files.map(f => resolve(f)) : filesUnder(join(root, 'cypher'));
  const results = paths.flatMap(p => lintSource(relative(root, p), readFileSync(p, 'utf8')));
  return report(results);
}

// Each case must come out as expected; a linter that accepted everything would fail the first four.
const selfTestCases = [
  { name: 'syntax error', expectClean: false, text: 'MATCH (a:Account RETURN a.id AS id' },
  { name: 'misspelt label', expectClean: false, text: 'MATCH (a:Acount) RETURN a.id AS id' },
  { name: 'undeclared parameter', expectClean: false, text: 'MATCH (a:Account {id: $accountId}) RETURN a.handle AS handle' },
  { name: 'unknown GDS procedure', expectClean: false, text: "CALL gds.leidn.write('g', {}) YIELD communityCount RETURN communityCount" },
  { name: 'bad guide block', expectClean: false, path: 'cypher/guide/self-test.md', text: '# x\n\n```cypher\nMATCH (a:Account) RETRN a\n```\n' },
  { name: 'style sheet with a comment', expectClean: false, path: 'self-test.grass', text: '/* c */\nnode.Account {\n  color: #FFFFFF;\n}\n' },
  { name: 'style sheet with an unknown label', expectClean: false, path: 'self-test.grass', text: 'node.Acount {\n  color: #FFFFFF;\n}\n' },
  {
    name: 'valid file with GDS call and declared parameter',
    expectClean: true,
    text: "// :param graphName => 'g'\nCALL gds.louvain.write($graphName, {writeProperty: 'ngCommunity'}) YIELD communityCount\nRETURN communityCount",
  },
];

function selfTest() {
  let passed = 0;
  let failed = 0;
  for (const c of selfTestCases) {
    const results = lintSource(c.path ?? `self-test/${c.name}.cypher`, c.text);
    const clean = results.every(r => r.problems.length === 0);
    const ok = clean === c.expectClean;
    console.log(`${ok ? 'ok  ' : 'FAIL'}  self-test: ${c.name} -> ${clean ? 'clean' : 'rejected'}`);
    ok ? passed++ : failed++;
  }
  return { passed, failed };
}

const args = process.argv.slice(2);
let root = resolve(here, '..', '..');
const files = [];
let selfTestMode = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--self-test') {
    selfTestMode = true;
  } else if (args[i] === '--root') {
    root = resolve(args[++i]);
  } else {
    files.push(args[i]);
  }
}

const { passed, failed } = selfTestMode ? selfTest() : lintRepository(root, files);
console.log(`cypher-lint${selfTestMode ? '-self-test' : ''}: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
