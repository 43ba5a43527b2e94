'use strict';
// The two peers, each made ready once from the export and then asked for one situation's verdict.
const { ZenEngine } = require('@gorules/zen-engine');
const { Engine } = require('json-rules-engine');
const t = require('./translate');

async function zen(rules) {
  const engine = new ZenEngine();
  const decision = engine.createDecision(Buffer.from(JSON.stringify(t.zenDecision(rules))));
  return async (facts) => (await decision.evaluate(t.zenFacts(facts))).result.verdict;
}

async function jre(rules) {
  const engine = new Engine(t.jreRules(rules), { allowUndefinedFacts: true });
  return async (facts) => {
    const { events } = await engine.run(t.jreFacts(facts));
    return events.map((e) => e.params).sort((a, b) => a.place - b.place)[0].verdict;
  };
}

module.exports = { zen, jre };
