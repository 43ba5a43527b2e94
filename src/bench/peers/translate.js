'use strict';
// Translates nocontact's rule conditions (the plain trees Export.java takes from the shipped rules)
// into each peer's own format. Nothing here knows a rule: every rule comes from the export.
const fs = require('fs');

function load(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// GoRules ZEN: one decision table, hit policy "first" (the first rule that applies decides, as in
// a nocontact profile), one expression column over the whole input.
function zenExpression(c) {
  if (c.always) return 'true';
  if (c.all) return '(' + c.all.map(zenExpression).join(' and ') + ')';
  if (c.any) return '(' + c.any.map(zenExpression).join(' or ') + ')';
  if (c.not) return 'not (' + zenExpression(c.not) + ')';
  const f = zenName(c.fact);
  if ('is' in c) return `${f} == ${JSON.stringify(c.is)}`;
  if ('in' in c) return `${f} in ${JSON.stringify(c.in)}`;
  if ('atLeast' in c) return `(${f} != null and ${f} >= ${c.atLeast})`;
  if ('atMost' in c) return `(${f} != null and ${f} <= ${c.atMost})`;
  if ('includesAny' in c) return `(${f} != null and some(${f}, # in ${JSON.stringify(c.includesAny)}))`;
  if ('known' in c) return c.known ? `${f} != null` : `${f} == null`;
  throw new Error('unknown condition ' + JSON.stringify(c));
}

function zenDecision(rules) {
  const at = { x: 0, y: 0 };
  return {
    contentType: 'application/vnd.gorules.decision',
    nodes: [
      { id: 'in', type: 'inputNode', name: 'situation', position: at },
      {
        id: 'table', type: 'decisionTableNode', name: 'profile', position: at,
        content: {
          hitPolicy: 'first',
          inputs: [{ id: 'when', name: 'when' }],
          outputs: [{ id: 'verdict', name: 'verdict', field: 'verdict' }, { id: 'rule', name: 'rule', field: 'rule' }],
          rules: rules.map((r, i) => ({
            _id: 'r' + i, when: zenExpression(r.when), verdict: JSON.stringify(r.verdict), rule: JSON.stringify(r.id),
          })),
        },
      },
      { id: 'out', type: 'outputNode', name: 'verdict', position: at },
    ],
    edges: [
      { id: 'e1', sourceId: 'in', targetId: 'table', type: 'edge' },
      { id: 'e2', sourceId: 'table', targetId: 'out', type: 'edge' },
    ],
  };
}

// ZEN reads "a.b" as a path into nested objects, and some facts are both a value and the start of
// another's name ("ties" and "ties.count"): each fact is one flat field, its dots made underscores.
function zenName(fact) {
  return fact.replace(/\./g, '_');
}

function zenFacts(facts) {
  const flat = {};
  for (const [name, value] of Object.entries(facts)) flat[zenName(name)] = value;
  return flat;
}

// json-rules-engine: each rule with its condition tree; all are run, and the first in the
// profile's order that applied decides (its event carries its place).
const ALWAYS = { fact: 'nocontact.always', operator: 'equal', value: true };
function jreCondition(c) {
  if (c.always) return ALWAYS;
  if (c.all) return { all: c.all.map(jreCondition) };
  if (c.any) return { any: c.any.map(jreCondition) };
  if (c.not) return { not: jreCondition(c.not) };
  const fact = c.fact;
  if ('is' in c) return { fact, operator: 'equal', value: c.is };
  if ('in' in c) return { fact, operator: 'in', value: c.in };
  if ('atLeast' in c) return { fact, operator: 'greaterThanInclusive', value: c.atLeast };
  if ('atMost' in c) return { fact, operator: 'lessThanInclusive', value: c.atMost };
  if ('includesAny' in c) return { any: c.includesAny.map((value) => ({ fact, operator: 'contains', value })) };
  if ('known' in c) return { fact, operator: c.known ? 'notEqual' : 'equal', value: null };
  throw new Error('unknown condition ' + JSON.stringify(c));
}

function jreRules(rules) {
  return rules.map((r, place) => {
    const when = jreCondition(r.when);
    return {
      name: r.id,
      conditions: when.all || when.any ? when : { all: [when] },
      event: { type: 'verdict', params: { place, verdict: r.verdict, rule: r.id } },
    };
  });
}

function jreFacts(facts) {
  return { ...facts, 'nocontact.always': true };
}

module.exports = { load, zenDecision, zenFacts, jreRules, jreFacts };
