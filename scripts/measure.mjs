// Measures the source tree for docs/architecture.md: files and lines per area,
// the longest functions, and the import graph between folders.
// Usage: node scripts/measure.mjs [--json]
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.join(root, 'src');

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The folder a file counts in: src/<area>/<folder> for core and extension, src/<area> otherwise. */
function groupOf(file) {
  const parts = path.relative(src, file).split(path.sep);
  if ((parts[0] === 'core' || parts[0] === 'extension') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  if (parts[0] === 'core' || parts[0] === 'extension') return `${parts[0]}/(top)`;
  return parts[0];
}

const files = walk(src);
let lines = 0;
const functions = [];
const edges = new Map();
/** Core modules imported by code outside the core (adapters). */
const coreImportsFromAdapters = new Set();
let adapterImportSites = 0;

for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const rel = path.relative(root, file);
  const visit = (node) => {
    let name;
    if (ts.isFunctionDeclaration(node) && node.body) name = node.name?.text ?? '(anonymous)';
    else if (ts.isMethodDeclaration(node) && node.body) name = `${node.parent.name?.text ?? ''}.${node.name.getText(sf)}`;
    else if (ts.isConstructorDeclaration(node) && node.body) name = `${node.parent.name?.text ?? ''}.constructor`;
    else if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent)) name = node.parent.name.getText(sf);
    if (name) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      functions.push({ name, file: rel, line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const specifiers = [];
  const collect = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const from = groupOf(file);
  for (const s of specifiers) {
    if (!s.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), s);
    const to = groupOf(target.endsWith('.ts') ? target : `${target}.ts`);
    if (!from.startsWith('core') && to.startsWith('core')) {
      coreImportsFromAdapters.add(path.relative(src, target).replace(/\/index$/, ''));
      adapterImportSites++;
    }
    if (from === to) continue;
    const key = `${from} -> ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}

functions.sort((a, b) => b.lines - a.lines);
const result = {
  files: files.length,
  lines,
  longestFunctions: functions.slice(0, 10),
  coreModulesImportedByAdapters: [...coreImportsFromAdapters].sort(),
  adapterImportSitesIntoCore: adapterImportSites,
  folderEdges: [...edges].sort((a, b) => a[0].localeCompare(b[0])).map(([edge, count]) => ({ edge, count })),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`files: ${result.files} (.ts under src/), lines: ${result.lines}`);
  console.log('\nlongest functions:');
  for (const f of result.longestFunctions) console.log(`  ${String(f.lines).padStart(4)}  ${f.name}  (${f.file}:${f.line})`);
  console.log(`\ncore modules imported from outside the core: ${result.coreModulesImportedByAdapters.length} (${result.adapterImportSitesIntoCore} import sites)`);
  for (const m of result.coreModulesImportedByAdapters) console.log(`  ${m}`);
  console.log('\nimports between folders (import and export-from statements, type-only ones included):');
  for (const e of result.folderEdges) console.log(`  ${e.edge}: ${e.count}`);
}
