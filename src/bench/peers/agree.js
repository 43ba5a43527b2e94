'use strict';
// The agreement check and the per-evaluation figures: node agree.js EXPORT.json VERDICTS.json
// VERDICTS.json: {"file": "verdict of `nocontact check`"} for every shipped example. Exit 1 on any
// disagreement.
const engines = require('./engines');
const { load } = require('./translate');

async function perEvaluation(decide, situations) {
  for (let i = 0; i < 2000; i++) await decide(situations[i % situations.length].facts);
  const n = 20000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await decide(situations[i % situations.length].facts);
  return Number((process.hrtime.bigint() - start) / BigInt(n));
}

(async () => {
  const data = load(process.argv[2]);
  const expected = load(process.argv[3]);
  let disagreements = 0;
  const figures = {};
  for (const kind of ['zen', 'jre']) {
    const decide = await engines[kind](data.rules);
    for (const s of data.situations) {
      const verdict = await decide(s.facts);
      const ok = verdict === expected[s.file];
      if (!ok) disagreements++;
      console.log(`${ok ? 'same' : 'DIFFERENT'}  ${kind}  ${s.file}: ${verdict} (nocontact check: ${expected[s.file]})`);
    }
    figures[kind] = await perEvaluation(decide, data.situations);
  }
  console.log(`per evaluation: nocontact ${data.nocontactNsPerEvaluation} ns, ZEN ${figures.zen} ns, `
    + `json-rules-engine ${figures.jre} ns`);
  console.log(disagreements === 0 ? 'agreement: every example, both peers' : `${disagreements} disagreements`);
  process.exit(disagreements === 0 ? 0 : 1);
})().catch((e) => { console.error(e.stack); process.exit(2); });
