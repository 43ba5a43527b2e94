'use strict';
// One whole process, as `nocontact check FILE` is one: node check.js zen|jre EXPORT.json FILE
// prints the verdict the peer gives the example FILE (its facts from the export).
const engines = require('./engines');
const { load } = require('./translate');

(async () => {
  const [kind, exportFile, file] = process.argv.slice(2);
  const data = load(exportFile);
  const situation = data.situations.find((s) => s.file === require('path').basename(file));
  if (!situation) throw new Error('no example ' + file + ' in ' + exportFile);
  const decide = await engines[kind](data.rules);
  console.log(await decide(situation.facts));
})().catch((e) => { console.error(e.message); process.exit(1); });
