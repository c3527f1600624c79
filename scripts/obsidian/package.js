// `npm run package:obsidian`: the release of the Obsidian plugin, shaped as community-plugin
// releases are: the three files as separate assets (what Obsidian's installer downloads from a
// GitHub release) and gradexp-VERSION.zip holding the folder gradexp/ to unzip into
// .obsidian/plugins/. Run after a production build (the npm script builds first).
const fs = require('node:fs');
const path = require('node:path');
const { OUT } = require('./build.js');
const { zipStored } = require('./zip.js');

const FILES = ['manifest.json', 'main.js', 'styles.css'];
const release = path.join(path.dirname(OUT), 'obsidian-release');

const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
fs.rmSync(release, { recursive: true, force: true });
fs.mkdirSync(release, { recursive: true });
const entries = FILES.map((name) => {
  const data = fs.readFileSync(path.join(OUT, name));
  fs.writeFileSync(path.join(release, name), data);
  return { name: `${manifest.id}/${name}`, data };
});
const zip = path.join(release, `${manifest.id}-${manifest.version}.zip`);
fs.writeFileSync(zip, zipStored(entries));
console.log(`${path.relative(process.cwd(), release)}/: ${FILES.join(', ')} and ${path.basename(zip)}`);
