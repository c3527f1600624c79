// Writes the key reference table (generated from src/core/spec/schema.ts) into
// docs/blocks.md between <!-- keys:start --> and <!-- keys:end -->.
// The TypeScript source is bundled in memory with esbuild, so no build step is needed.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await build({
  entryPoints: [join(root, 'src/core/spec/reference.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
});
const source = bundle.outputFiles[0].text;
const { replaceKeyReference, KEY_REFERENCE_MARKERS } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
);
const docPath = join(root, 'docs', 'blocks.md');
const doc = readFileSync(docPath, 'utf8');
if (!doc.includes(KEY_REFERENCE_MARKERS.start) || !doc.includes(KEY_REFERENCE_MARKERS.end)) {
  console.error(`docs/blocks.md lacks the ${KEY_REFERENCE_MARKERS.start} … ${KEY_REFERENCE_MARKERS.end} markers`);
  process.exit(1);
}
const updated = replaceKeyReference(doc);
if (updated === doc) {
  console.log('docs/blocks.md key reference is up to date');
} else {
  writeFileSync(docPath, updated);
  console.log('docs/blocks.md key reference updated');
}
