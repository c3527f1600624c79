import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { join } from 'node:path';

describe('the Compute Engine is loaded lazily', () => {
  it('is reached from the formula module only through dynamic import()', async () => {
    const result = await build({
      entryPoints: [join(__dirname, '../../src/core/formula/index.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      external: ['@cortex-js/compute-engine'],
      logLevel: 'silent',
    });
    const kinds = Object.values(result.metafile.inputs)
      .flatMap((input) => input.imports)
      .filter((imp) => imp.path === '@cortex-js/compute-engine')
      .map((imp) => imp.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['dynamic-import']));
  });
});
