import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { Parser } from 'htmlparser2';
import { cli, ensureBuilt, ROOT } from './cliHarness';

beforeAll(ensureBuilt);

const BROKEN = 'test/fixtures/cli/broken.md';
const WEIGHTS = 'test/fixtures/cli/weights.md';
const EXAMPLE = 'examples/numerical-stability.md';

describe('gradexp run', () => {
  it('prints located errors like a compiler and exits 1, quickly, while good blocks still run', () => {
    const r = cli('run', BROKEN);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^test\/fixtures\/cli\/broken\.md:4:\d+: error: YAML: /),
      `${BROKEN}:8:1: error: unknown key 'widht' — did you mean 'width'?`,
      `${BROKEN}:13:10: error: width must be at least 1, got -3`,
      `${BROKEN}:17:10: error: depth must be at most 10000, got 1000000000`,
    ]);
    expect(r.stdout).toContain('fp16 overflow at step 16');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expectDuration('gradexp run on the broken note', r.ms, 30_000);
  });

  it('writes the JSON contract of docs/json.md with exactly its field names', () => {
    const r = cli('run', WEIGHTS, '--json');
    expect(r.code).toBe(1); // the second block names a missing file
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).sort()).toEqual(['blocks', 'file']);
    const [good, missing] = report.blocks;
    expect(Object.keys(good).sort()).toEqual(['errors', 'experiment', 'line', 'series']);
    expect(good).toMatchObject({ line: 3, experiment: 'mlp', errors: [] });
    expect(good.series.map((s: { label: string }) => s.label)).toEqual(['fp64', 'fp16']);
    const layer = good.series[0].layers[0];
    expect(Object.keys(layer).sort()).toEqual(['act', 'gradH', 'gradW', 'layer', 'nonfinite', 'zeros']);
    // Independent numpy float64 computation of the same 2-layer tanh network (see weights.json).
    expect(layer.gradW).toBeCloseTo(0.09476192675650362, 14);
    expect(good.series[0].layers[1].act).toBeCloseTo(2.2741389168772512, 14);
    expect(missing.errors).toEqual([{ line: 12, column: 10, message: "cannot read weights file './missing.json': no such file" }]);
  });

  it('writes non-finite values as the contract strings', () => {
    const r = cli('run', EXAMPLE, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const power = report.blocks.find((b: { experiment: string }) => b.experiment === 'power');
    const values = power.series[0].points.map((p: { value: unknown }) => p.value);
    expect(values).toContain('Infinity');
    expect(r.stdout).not.toMatch(/\bnull\b/);
  });

  it('writes SVG and PNG charts per block and a self-contained HTML report', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'gradexp-out-'));
    expect(cli('run', EXAMPLE, '--out', out, '--format', 'png').code).toBe(0);
    const pngs = readdirSync(out).filter((f) => f.endsWith('.png'));
    expect(pngs).toHaveLength(6);
    expect(readFileSync(path.join(out, pngs[0])).subarray(1, 4).toString()).toBe('PNG');
    expect(cli('run', EXAMPLE, '--out', out, '--format', 'html').code).toBe(0);
    const html = readFileSync(path.join(out, 'numerical-stability.html'), 'utf8');
    const seen = { svg: 0, script: 0, external: 0 };
    new Parser({
      onopentag(name, attrs) {
        if (name === 'svg') seen.svg++;
        if (name === 'script') seen.script++;
        for (const [k, v] of Object.entries(attrs)) if (!k.startsWith('xmlns') && /^(https?:)?\/\//.test(v)) seen.external++;
      },
    }).end(html);
    expect(seen).toEqual({ svg: 6, script: 0, external: 0 });
    expect(html).toContain('Formulas in this note');
  });

  it('rejects bad command lines with exit 2 and usage', () => {
    expect(cli('run').code).toBe(2);
    expect(cli('run', EXAMPLE, '--frmat', 'png').stderr).toContain('unknown option --frmat');
    expect(cli('run', EXAMPLE, '--format', 'gif', '--out', 'x').code).toBe(2);
    expect(cli('run', 'no-such-note.md').stderr).toContain("cannot read 'no-such-note.md'");
    expect(cli('frobnicate').code).toBe(2);
  });

  it('keeps the Compute Engine out of dist/cli.js (check and HTML reports load it from dist/cli-formulas.js), and KaTeX out of both', () => {
    const main = readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8');
    const formulas = readFileSync(path.join(ROOT, 'dist', 'cli-formulas.js'), 'utf8');
    // Strings that survive minification: the Compute Engine's own id, one of KaTeX's messages.
    expect(main).not.toContain('cortexjs.compute-engine');
    expect(formulas).toContain('cortexjs.compute-engine');
    // The CLI finds math (markdown-it's math plugin) but never renders it: KaTeX is left out (esbuild.js).
    for (const bundle of [main, formulas, readFileSync(path.join(ROOT, 'dist', 'check-worker.js'), 'utf8')]) {
      expect(bundle).not.toContain('KaTeX parse error');
    }
    // A usage error thrown in the other bundle is still a usage error (exit 2), not an internal one.
    const bad = cli('check', EXAMPLE, '--frmat');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --frmat');
  });
});
