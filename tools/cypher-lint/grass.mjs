// Checks a GraSS style sheet the way Neo4j Browser reads it: "selector { key: value; ... }" rules, single quotes
// around strings, no comments (the Browser has no comment syntax: text outside braces becomes part of the next
// selector). Every selector must name node/relationship plus labels or types of our vocabulary, and every key must
// be one the Browser styles with.
const nodeKeys = new Set(['diameter', 'color', 'border-color', 'border-width', 'text-color-internal', 'font-size', 'caption']);
const relationshipKeys = new Set(['color', 'shaft-width', 'font-size', 'padding', 'text-color-external', 'text-color-internal', 'caption']);

export function parseGrass(text) {
  const rules = [];
  const problems = [];
  let selector = '';
  let body = '';
  let inBody = false;
  let inString = false;
  let line = 1;
  let ruleLine = 1;
  for (const c of text) {
    if (c === '\n') {
      line++;
    }
    if (c === "'") {
      inString = !inString;
      if (inBody) {
        body += c;
      }
      continue;
    }
    if (!inString && c === '{') {
      if (inBody) {
        problems.push(`${line}: '{' inside a rule`);
      }
      inBody = true;
      ruleLine = line;
      continue;
    }
    if (!inString && c === '}') {
      if (!inBody) {
        problems.push(`${line}: '}' without a rule`);
      }
      rules.push({ selector, body, line: ruleLine });
      selector = '';
      body = '';
      inBody = false;
      continue;
    }
    if (inBody) {
      body += c;
    } else if (!/\s/.test(c)) {
      selector += c;
    }
  }
  if (inBody || inString || selector !== '') {
    problems.push(`${line}: unterminated rule, string or stray text at the end`);
  }
  return { rules, problems };
}

export function checkGrass(text, vocabulary) {
  const { rules, problems } = parseGrass(text);
  const labels = new Set(vocabulary.labels);
  const types = new Set(vocabulary.relationshipTypes);
  const seen = new Set();
  for (const rule of rules) {
    const [tag, ...classes] = rule.selector.split('.');
    const known = tag === 'node' ? labels : tag === 'relationship' ? types : null;
    if (known === null) {
      problems.push(`${rule.line}: selector '${rule.selector}' must start with node or relationship`);
      continue;
    }
    classes.filter(c => !known.has(c)).forEach(c => problems.push(`${rule.line}: '${c}' is not a ${tag === 'node' ? 'label' : 'relationship type'} of the model`));
    if (seen.has(rule.selector)) {
      problems.push(`${rule.line}: selector '${rule.selector}' appears twice`);
    }
    seen.add(rule.selector);
    const keys = tag === 'node' ? nodeKeys : relationshipKeys;
    for (const declaration of rule.body.split(';').map(d => d.trim()).filter(d => d !== '')) {
      const colon = declaration.indexOf(':');
      const key = colon < 0 ? declaration : declaration.slice(0, colon).trim();
      const value = colon < 0 ? '' : declaration.slice(colon + 1).trim();
      if (!keys.has(key)) {
        problems.push(`${rule.line}: '${key}' is not a ${tag} style key`);
      } else if (value === '' || value === "''") {
        problems.push(`${rule.line}: '${key}' has no value (the Browser ignores it)`);
      } else if (/color$/.test(key) && !/^#[0-9A-Fa-f]{6}$/.test(value)) {
        problems.push(`${rule.line}: '${key}: ${value}' is not a #RRGGBB colour`);
      } else if (/(diameter|width|size|padding)$/.test(key) && !/^\d+px$/.test(value)) {
        problems.push(`${rule.line}: '${key}: ${value}' is not a pixel size`);
      }
    }
  }
  if (rules.length === 0) {
    problems.push('1: no rules');
  }
  return problems;
}
