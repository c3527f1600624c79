#!/usr/bin/env node
// Dependency check for what the .vsix ships (docs/spec.md §6, "what ships is known").
//
// The .vsix carries only esbuild's bundles (dist/extension.js, dist/worker.js,
// dist/scan-worker.js, media/dist/panel.js; see .vscodeignore), so the packages
// that matter are the ones esbuild pulls into them. This script
//   1. rebuilds those four bundles in memory with a metafile and lists every
//      npm package (name@version) whose files end up inside, plus externals;
//   2. asks the registry for `npm audit --omit=dev`;
//   3. fails (exit 1) if an advisory of moderate or worse hits a shipped package
//      and is not explained in EXPLAINED below.
// When the registry cannot answer audits (some mirrors refuse the bulk POST), it
// says so and prints the shipped list to check by hand; `--require-audit` makes
// that an error (exit 2).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const esbuild = require('esbuild');

/** Advisories judged harmless for what ships: "package": "why". Empty today. */
const EXPLAINED = {};

const SHIPPED = [
  { entry: 'src/extension/main.ts', platform: 'node', external: ['vscode', '@resvg/resvg-js'] },
  { entry: 'src/extension/worker/runWorker.ts', platform: 'node', external: ['vscode', '@resvg/resvg-js'] },
  { entry: 'src/extension/scanWorker/scanWorker.ts', platform: 'node', external: ['vscode'] },
  { entry: 'src/webview/main.ts', platform: 'browser', external: [] },
];

/** The package a node_modules path belongs to ("@scope/name" or "name") and its folder (nested copies included). */
function packageOf(file) {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const width = parts[at + 1].startsWith('@') ? 2 : 1;
  return { name: parts.slice(at + 1, at + 1 + width).join('/'), dir: parts.slice(0, at + 1 + width).join('/') };
}

function versionIn(dir) {
  return JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')).version;
}

/** Packages bundled into (or required at run time by) the shipped bundles, with versions and bytes. */
async function shippedPackages() {
  const found = new Map();
  for (const { entry, platform, external } of SHIPPED) {
    const result = await esbuild.build({
      entryPoints: [path.join(root, entry)], bundle: true, write: false, metafile: true, platform,
      format: platform === 'node' ? 'cjs' : 'iife', external, logLevel: 'silent', absWorkingDir: root,
    });
    const output = Object.values(result.metafile.outputs)[0];
    for (const [file, info] of Object.entries(output.inputs)) {
      const pkg = packageOf(file);
      if (!pkg) continue;
      const key = `${pkg.name}@${versionIn(pkg.dir)}`;
      const seen = found.get(key) ?? { name: pkg.name, bytes: 0, bundles: new Set() };
      seen.bytes += info.bytesInOutput;
      seen.bundles.add(entry);
      found.set(key, seen);
    }
    for (const imported of Object.values(result.metafile.inputs).flatMap((i) => i.imports)) {
      if (imported.external && imported.path !== 'vscode' && !imported.path.startsWith('node:') && !require('node:module').builtinModules.includes(imported.path)) {
        const key = `${imported.path}@${versionIn(path.join('node_modules', imported.path))}`;
        const seen = found.get(key) ?? { name: imported.path, bytes: 0, bundles: new Set(), external: true };
        seen.bundles.add(`${entry} (external)`);
        found.set(key, seen);
      }
    }
  }
  return [...found.entries()]
    .map(([key, v]) => ({ name: v.name, version: key.slice(v.name.length + 1), bytes: v.bytes, bundles: [...v.bundles], external: Boolean(v.external) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `npm audit --omit=dev --json`, or the reason it could not run. */
function audit() {
  let text;
  try {
    text = execFileSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (e) {
    text = e.stdout ?? '';
  }
  try {
    const json = JSON.parse(text);
    if (json.vulnerabilities) return { ok: true, vulnerabilities: json.vulnerabilities };
    return { ok: false, reason: json.message ?? json.error?.summary ?? 'no vulnerabilities field in the answer' };
  } catch {
    return { ok: false, reason: 'npm audit printed no JSON' };
  }
}

const RANK = { info: 0, low: 1, moderate: 2, high: 3, critical: 4 };

const packages = await shippedPackages();
console.log('Packages in the shipped bundles (dist/extension.js, dist/worker.js, dist/scan-worker.js, media/dist/panel.js):');
for (const p of packages) {
  const size = p.external ? 'external, not in the .vsix' : `${(p.bytes / 1024).toFixed(0)} KB`;
  console.log(`  ${`${p.name}@${p.version}`.padEnd(40)} ${size.padEnd(28)} ${p.bundles.join(', ')}`);
}

const result = audit();
if (!result.ok) {
  console.log(`\nnpm audit could not run here: ${result.reason}`);
  console.log('Check the list above against https://github.com/advisories by hand.');
  process.exit(process.argv.includes('--require-audit') ? 2 : 0);
}
const shipped = new Set(packages.map((p) => p.name));
const problems = [];
for (const [name, v] of Object.entries(result.vulnerabilities)) {
  if ((RANK[v.severity] ?? 0) < RANK.moderate) continue;
  const line = `${name} (${v.severity}): ${shipped.has(name) ? 'SHIPPED' : 'not in the bundles'}${EXPLAINED[name] ? ` — explained: ${EXPLAINED[name]}` : ''}`;
  console.log(line);
  if (shipped.has(name) && !EXPLAINED[name]) problems.push(line);
}
console.log(problems.length ? `\n${problems.length} unexplained advisory(ies) in shipped code` : '\nNo moderate-or-worse advisory in shipped code.');
process.exit(problems.length ? 1 : 0);
