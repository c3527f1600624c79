/**
 * What the hostile notes turn into, everywhere they are shown: the core's
 * chart SVG, the Markdown preview (our plugin beside VS Code's math plugin,
 * as VS Code loads them), the panel's HTML document and the CLI's HTML
 * report. Each output is parsed with htmlparser2 and must hold no script,
 * event attribute, javascript: URL or animation element.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance } from 'markdown-it';
import * as katexPluginModule from '@vscode/markdown-it-katex';
import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import { renderChartSvg } from '../../src/core/chart';
import { analyzeNote } from '../../src/core/formula';
import { markdownItGradexp } from '../../src/core/preview/markdownItGradexp';
import { runCheap } from '../../src/extension/preview/cheapRun';
import { buildPanelHtml } from '../../src/extension/panel/html';
import type { BlockInfo } from '../../src/shared/noteParse';
import { buildPanelState } from '../../src/shared/panelStateBuilder';
import type { BlockRunState } from '../../src/shared/blockState';
import { renderHtmlReport } from '../../src/cli/report/html';
import { formatNumber } from '../../src/core/display';
import type { BlockRun } from '../../src/core/types';
import { hostileCorpus, type HostileNote } from '../fixtures/hostile/corpus';
import { elementsNamed, unsafeMarkup } from './markupSafety';

type KatexPlugin = (md: MarkdownItInstance, options?: object) => void;
const katexModule = katexPluginModule as unknown as { default: KatexPlugin | { default: KatexPlugin } };
const katexPlugin: KatexPlugin = typeof katexModule.default === 'function' ? katexModule.default : katexModule.default.default;

/** The small notes of the corpus (the huge ones test speed, not escaping). */
const NOTES: readonly HostileNote[] = hostileCorpus().filter((n) => n.text.length < 200_000);

async function runAll(text: string): Promise<BlockRun[]> {
  const runs: BlockRun[] = [];
  for (const parsed of parseNote(text)) runs.push(await runParsedBlock(text, parsed));
  return runs;
}

/** VS Code's preview: markdown-it with HTML on, its math plugin, then ours computing cheap blocks at once. */
function previewRenderer(): MarkdownItInstance {
  const md = new MarkdownIt({ html: true });
  md.use(katexPlugin, { globalGroup: true, enableFencedBlocks: true });
  markdownItGradexp(md, { lookup: () => undefined, computeCheap: (content) => runCheap(content, 2e7), renderSvg: (run) => renderChartSvg(run) });
  return md;
}

describe('the chart SVG of every hostile block is inert', () => {
  for (const note of NOTES) {
    it(note.name, async () => {
      for (const run of await runAll(note.text)) {
        const svg = renderChartSvg(run);
        expect(unsafeMarkup(svg, { xml: true }), svg.slice(0, 200)).toEqual([]);
        expect(unsafeMarkup(svg)).toEqual([]);
      }
    });
  }

  it('titles with markup survive as text, not elements', async () => {
    const note = NOTES.find((n) => n.name === 'markup-in-blocks')!;
    const runs = await runAll(note.text);
    const svg = renderChartSvg(runs[0]!);
    expect(elementsNamed(svg, 'img')).toHaveLength(0);
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('the Markdown preview of every hostile note is inert', () => {
  for (const note of NOTES) {
    it(note.name, () => {
      const started = performance.now();
      const html = previewRenderer().render(note.text);
      expectDuration(`${note.name}: preview render`, performance.now() - started, 60_000);
      expect(unsafeMarkup(html)).toEqual([]);
    });
  }

  it('the preview shows the markup-laden titles and keys as text', () => {
    const note = NOTES.find((n) => n.name === 'markup-in-blocks')!;
    const html = previewRenderer().render(note.text);
    expect(elementsNamed(html, 'img')).toHaveLength(0);
    expect(elementsNamed(html, 'a')).toHaveLength(0);
    // Five blocks run; each shows a chart or the plugin's refusal notice, never raw markup.
    const charts = elementsNamed(html, 'div').filter((d) => d.attribs.class === 'gradexp-chart');
    const refusals = elementsNamed(html, 'p').filter((p) => p.attribs.class === 'gradexp-error');
    expect(charts.length + refusals.length).toBe(5);
  });

  // Regression: isSafeSvgMarkup once ran its
  // regexes over the whole SVG text, so an *escaped* title that merely mentions "javascript:" or "url("
  // makes the preview refuse a chart the chart core produced safely.
  it('draws a chart whose title only mentions javascript: or url( as text', () => {
    const md = previewRenderer();
    for (const title of ['Why javascript: numbers are float64', 'Loss curve (see url(x) in the CSS notes)']) {
      const html = md.render('```gradexp\ntitle: "' + title + '"\nexperiment: power\nn: 3\n```\n');
      expect(elementsNamed(html, 'div').filter((d) => d.attribs.class === 'gradexp-chart'), title).toHaveLength(1);
    }
  });

  it('KaTeX attack payloads in the preview give no link, no data-* from \\htmlData, no script', () => {
    const html = previewRenderer().render(NOTES.find((n) => n.name === 'katex-attacks')!.text);
    expect(elementsNamed(html, 'a')).toHaveLength(0);
    expect(elementsNamed(html, 'img')).toHaveLength(0);
    const dataAttributes = elementsNamed(html, 'span').flatMap((s) => Object.keys(s.attribs).filter((a) => a.startsWith('data-') && a !== 'data-line'));
    expect(dataAttributes).toEqual([]);
  });
});

/** The panel state the host would build for a note after running every block. */
async function panelStateFor(note: HostileNote) {
  const parsed = parseNote(note.text);
  const runs = await runAll(note.text);
  const infos: BlockInfo[] = parsed.map((p, index) => ({
    index, line: p.block.fenceLine, title: p.series[0]?.spec.title ?? '', experiment: p.experiment,
    dtype: p.series[0]?.spec.dtype ?? 'fp32', activations: [], errors: p.errors,
  }));
  const states = new Map<number, BlockRunState>(runs.map((run, i) => [i, { kind: 'done', content: parsed[i]!.block.content, run, svg: renderChartSvg(run) }]));
  return buildPanelState(`file:///${note.name}.md`, `${note.name} <script>alert(1)</script>.md`, infos, states, await analyzeNote(note.text), (x) => formatNumber(x));
}

describe("the panel's HTML document for every hostile note is inert", () => {
  const nonce = 'AbCdEfGhIjKlMnOpQrStUv12';
  const scriptUri = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/dist/panel.js';
  /** The one script the panel may hold: ours, by nonce and source, with no inline text. */
  const ourScript = (el: { name: string; attribs: Record<string, string>; children: unknown[] }) =>
    el.name === 'script' && el.attribs.nonce === nonce && el.attribs.src === scriptUri && el.children.length === 0;

  for (const note of NOTES) {
    it(note.name, async () => {
      const state = await panelStateFor(note);
      const html = buildPanelHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce, scriptUri, styleUris: [], state });
      expect(unsafeMarkup(html, { allow: ourScript })).toEqual([]);
      expect(elementsNamed(html, 'script')).toHaveLength(1);
      // The state travels in one attribute and comes back unchanged: nothing leaked into markup.
      const app = elementsNamed(html, 'main')[0]!;
      expect(JSON.parse(app.attribs['data-state']!)).toEqual(state);
    });
  }
});

describe("the CLI's HTML report for every hostile note is inert", () => {
  for (const note of NOTES) {
    it(note.name, async () => {
      const runs = await runAll(note.text);
      const formulas = (await analyzeNote(note.text)).map((r) => ({
        line: r.span.line, column: r.span.column, source: r.source, value: r.error ?? String(r.value), verdict: r.verdict,
      }));
      const html = renderHtmlReport({ file: `${note.name}<img src=x onerror=alert(1)>.md`, runs, charts: runs.map((r) => renderChartSvg(r)), formulas });
      expect(unsafeMarkup(html)).toEqual([]);
      expect(elementsNamed(html, 'img')).toHaveLength(0);
    });
  }
});

/** Payloads for every free-text field a run carries (labels, params, summaries, errors, dtype, plot). */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "' onmouseover='alert(3)",
  'javascript:alert(4)',
  '<svg><animate attributeName="href" to="javascript:alert(5)"/><set attributeName="onclick" to="alert(6)"/></svg>',
  ']]><script>alert(7)</script>',
  '</title><script>alert(8)</script>',
];

/** A run as it could arrive from a worker or a saved state: every string field hostile. */
function hostileRun(payload: string): BlockRun {
  const layers = [1, 2, 3].map((layer) => ({ layer, gradW: 10 ** -layer, gradH: 1, act: 1, nonfinite: 0, zeros: 0 }));
  const summary = { firstLastRatio: 0.01, growthPerStep: 0.1, overflowAt: null, underflowAt: null, text: `summary ${payload}` };
  return {
    line: 1, experiment: 'mlp', title: `title ${payload}`, dtype: 'fp32', plot: 'grad-norm', elapsedMs: 1,
    errors: [{ line: 1, column: 1, start: 0, end: 1, message: `error ${payload}` }],
    series: [{ label: `label ${payload}`, params: { [`key ${payload}`]: `value ${payload}` }, layers, summary }],
  };
}

describe('runs with markup in every string field (as a worker or saved state could send them)', () => {
  for (const payload of PAYLOADS) {
    it(payload, () => {
      const run = hostileRun(payload);
      const svg = renderChartSvg(run);
      expect(unsafeMarkup(svg, { xml: true })).toEqual([]);
      const md = new MarkdownIt({ html: true });
      markdownItGradexp(md, { lookup: () => run, renderSvg: (r) => renderChartSvg(r) });
      expect(unsafeMarkup(md.render('```gradexp\ndepth: 3\n```\n'))).toEqual([]);
      const report = renderHtmlReport({ file: `f ${payload}.md`, runs: [run], charts: [svg], formulas: [{ line: 1, column: 1, source: payload, value: payload, verdict: payload }] });
      expect(unsafeMarkup(report)).toEqual([]);
      expect(elementsNamed(report, 'img')).toHaveLength(0);
      const info: BlockInfo = { index: 0, line: 1, title: run.title, experiment: run.experiment, dtype: run.dtype, activations: [payload], errors: [] };
      const state = buildPanelState(`file:///${payload}`, payload, [info], new Map([[0, { kind: 'done', content: payload, run, svg }]]), [], String);
      const nonce = 'AbCdEfGhIjKlMnOpQrStUv12';
      const html = buildPanelHtml({ cspSource: 'vscode-resource:', nonce, scriptUri: 'vscode-resource:/panel.js', styleUris: [], state });
      expect(unsafeMarkup(html, { allow: (el) => el.name === 'script' && el.attribs.nonce === nonce && el.children.length === 0 })).toEqual([]);
      expect(JSON.parse(elementsNamed(html, 'main')[0]!.attribs['data-state']!)).toEqual(state);
    });
  }
});
