import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance } from 'markdown-it';
import * as katexPluginModule from '@vscode/markdown-it-katex';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import {
  isGradexpInfo,
  markdownItGradexp,
  PREVIEW_PLACEHOLDER,
  previewKey,
  type GradexpPreviewOptions,
} from '../../src/core/preview/markdownItGradexp';
import type { BlockRun } from '../../src/core/types';
import { errorRun, fakeRenderSvg, sampleRun } from './fixtures';

type KatexPlugin = (md: MarkdownItInstance, options?: Record<string, unknown>) => MarkdownItInstance;
// The package is CommonJS with `exports.default`; depending on interop the function sits one level down.
const mod = katexPluginModule as unknown as { default: KatexPlugin | { default: KatexPlugin } };
const katexPlugin: KatexPlugin = typeof mod.default === 'function' ? mod.default : mod.default.default;

const note = [
  '# Vanishing gradients', // line 0
  '',
  '```gradexp', // line 2
  'title: Sigmoid vanishes, ReLU holds',
  'activation: [sigmoid, relu]',
  '```',
  '',
  '```python', // line 7
  'print("hi")',
  '```',
  '',
].join('\n');

const blockText = 'title: Sigmoid vanishes, ReLU holds\nactivation: [sigmoid, relu]';

function withRuns(runs: Record<string, BlockRun>, cheap?: (c: string) => BlockRun | undefined): GradexpPreviewOptions {
  return { lookup: (c) => runs[c], computeCheap: cheap, renderSvg: fakeRenderSvg };
}

function render(source: string, options: GradexpPreviewOptions, setup?: (md: MarkdownItInstance) => void): string {
  const md = new MarkdownIt();
  setup?.(md);
  md.use(markdownItGradexp, options);
  return md.render(source);
}

function elements(html: string, test: (e: Element) => boolean): Element[] {
  return DomUtils.findAll(test, parseDocument(html).children);
}

const byClass = (cls: string) => (e: Element) => (e.attribs.class ?? '').split(' ').includes(cls);

/** VS Code's preview adds data-line + code-line to every block token; this mimics that core rule. */
function vscodeSourceMap(md: MarkdownItInstance): void {
  md.core.ruler.push('source_map_data_attribute', (state) => {
    for (const token of state.tokens) {
      if (token.map && token.type !== 'inline') {
        token.attrSet('data-line', String(token.map[0]));
        token.attrJoin('class', 'code-line');
      }
    }
    return true;
  });
}

describe('markdownItGradexp', () => {
  it('renders a gradexp fence as the chart of its last run, with summaries', () => {
    const html = render(note, withRuns({ [blockText]: sampleRun() }));
    const [block] = elements(html, byClass('gradexp-preview'));
    expect(block).toBeDefined();
    expect(elements(html, (e) => e.name === 'svg')).toHaveLength(1);
    expect(html).toContain('×0.25 per layer');
    expect(html).not.toContain(PREVIEW_PLACEHOLDER);
  });

  it('shows a placeholder when there is no run and the block is not cheap', () => {
    const html = render(note, withRuns({}, () => undefined));
    expect(html).toContain(PREVIEW_PLACEHOLDER);
    expect(elements(html, (e) => e.name === 'svg')).toHaveLength(0);
    // The spec itself stays readable, folded away.
    expect(elements(html, byClass('gradexp-spec'))).toHaveLength(1);
  });

  it('computes a cheap block at once, but prefers the last real run', () => {
    const cheapCalls: string[] = [];
    const cheap = (c: string) => (cheapCalls.push(c), sampleRun('cheap one'));
    expect(render(note, withRuns({}, cheap))).toContain('cheap one');
    expect(cheapCalls).toEqual([blockText]);
    const html = render(note, withRuns({ [blockText]: sampleRun('from the editor') }, cheap));
    expect(html).toContain('from the editor');
    expect(cheapCalls).toHaveLength(1);
  });

  it('leaves other fences exactly as markdown-it renders them', () => {
    const plain = new MarkdownIt().render(note);
    const ours = render(note, withRuns({ [blockText]: sampleRun() }));
    const pythonBlock = /<pre><code class="language-python">[\s\S]*?<\/code><\/pre>/;
    expect(ours.match(pythonBlock)?.[0]).toBe(plain.match(pythonBlock)?.[0]);
    expect(ours).toContain('<h1>Vanishing gradients</h1>');
  });

  it('keeps data-line and code-line for scroll sync, from VS Code or the token map', () => {
    const inVscode = render(note, withRuns({}), vscodeSourceMap);
    const [a] = elements(inVscode, byClass('gradexp-preview'));
    expect(a?.attribs['data-line']).toBe('2');
    expect(a?.attribs.class?.split(' ')).toContain('code-line');
    const elsewhere = render(note, withRuns({}));
    const [b] = elements(elsewhere, byClass('gradexp-preview'));
    expect(b?.attribs['data-line']).toBe('2');
  });

  it('escapes hostile block text, titles and error messages', () => {
    const hostile = '```gradexp\ntitle: "</code></pre><script>alert(1)</script><img src=x onerror=alert(2)>"\n```\n';
    const hostileRun: BlockRun = {
      ...errorRun('<b onmouseover="alert(3)">bad</b>'),
      title: '"><script>alert(4)</script>',
      series: sampleRun().series,
    };
    for (const run of [undefined, hostileRun]) {
      const html = render(hostile, { lookup: () => run, renderSvg: fakeRenderSvg });
      expect(elements(html, (e) => e.name === 'script')).toHaveLength(0);
      expect(elements(html, (e) => e.name === 'img' || e.name === 'b')).toHaveLength(0);
      const handlers = elements(html, (e) => Object.keys(e.attribs).some((k) => k.startsWith('on')));
      expect(handlers).toHaveLength(0);
    }
  });

  it('shows a bidi override in a title as an escape in the chart\'s accessible name', () => {
    const html = render(note, { lookup: () => ({ ...sampleRun(), title: 'evil\u202Egnp.exe' }), renderSvg: fakeRenderSvg });
    const [chart] = elements(html, byClass('gradexp-chart'));
    expect(chart?.attribs['aria-label']).toBe('evil\\u202Egnp.exe');
  });

  it('refuses an unsafe SVG from the renderer instead of emitting it', () => {
    const evil = () => '<svg><script>alert(1)</script></svg>';
    const html = render(note, { lookup: () => sampleRun(), renderSvg: evil });
    expect(html).not.toContain('<script');
    expect(html).toContain('refused');
  });

  it('turns a throwing lookup or renderer into a message, and the rest of the note still renders', () => {
    const html = render(note, {
      lookup: () => {
        throw new Error('cache <exploded>');
      },
      renderSvg: fakeRenderSvg,
    });
    expect(html).toContain('could not show this block: cache &lt;exploded&gt;');
    expect(html).toContain('language-python');
    const html2 = render(note, {
      lookup: () => sampleRun(),
      renderSvg: () => {
        throw new Error('no chart');
      },
    });
    expect(html2).toContain('could not draw the chart: no chart');
  });

  it('shows located errors of a bad block', () => {
    const html = render(note, withRuns({ [blockText]: errorRun("unknown key 'widht' — did you mean 'width'?") }));
    expect(html).toContain('line 5:1 — unknown key &#39;widht&#39; — did you mean &#39;width&#39;?');
    expect(elements(html, (e) => e.name === 'svg')).toHaveLength(0);
  });

  it('stays cheap: 300 blocks render (timed; well under a frame budget each on an idle machine)', () => {
    const big = Array.from({ length: 300 }, (_, i) => `\`\`\`gradexp\ntitle: block ${i}\n\`\`\`\n`).join('\n');
    const run = sampleRun();
    const md = new MarkdownIt().use(markdownItGradexp, { lookup: () => run, renderSvg: fakeRenderSvg });
    const t0 = performance.now();
    const html = md.render(big);
    const ms = performance.now() - t0;
    expect(elements(html, byClass('gradexp-preview'))).toHaveLength(300);
    expectDuration('preview render of 300 blocks', ms, 10_000);
  });
});

describe('coexistence with VS Code math (@vscode/markdown-it-katex)', () => {
  const mathNote = [
    'Inline $1.5^{100} \\approx 4 \\times 10^{17}$ and display:',
    '',
    '$$h^t = \\sigma(W^t h^{t-1})$$',
    '',
    '```math',
    '\\frac{1}{2}',
    '```',
    '',
    '```gradexp',
    'title: cost is $5 and $6',
    '```',
  ].join('\n');

  for (const order of ['katex first', 'gradexp first'] as const) {
    it(`math and gradexp fences both render (${order})`, () => {
      const md = new MarkdownIt();
      const options = { lookup: () => sampleRun('$x$ title'), renderSvg: fakeRenderSvg };
      if (order === 'katex first') md.use(katexPlugin, { enableFencedBlocks: true }).use(markdownItGradexp, options);
      else md.use(markdownItGradexp, options).use(katexPlugin, { enableFencedBlocks: true });
      const html = md.render(mathNote);
      // KaTeX rendered the inline, the $$ block and the math fence.
      expect(elements(html, byClass('katex')).length).toBeGreaterThanOrEqual(3);
      expect(html).not.toContain('```math');
      // Our block is ours, and its dollar signs were not read as math.
      const [block] = elements(html, byClass('gradexp-preview'));
      expect(block).toBeDefined();
      expect(DomUtils.findAll(byClass('katex'), block ? [block] : [])).toHaveLength(0);
      expect(DomUtils.textContent(block!)).toContain('title: cost is $5 and $6');
    });
  }
});

describe('previewKey and isGradexpInfo', () => {
  it('normalises line endings, trailing spaces and surrounding blank lines', () => {
    expect(previewKey('\r\na: 1  \r\nb: 2\t\n\n')).toBe('a: 1\nb: 2');
    expect(previewKey(blockText + '\n')).toBe(blockText);
  });

  it('recognises gradexp info strings only', () => {
    expect(isGradexpInfo('gradexp')).toBe(true);
    expect(isGradexpInfo('  GradExp {title=x}')).toBe(true);
    expect(isGradexpInfo('gradexperiment')).toBe(false);
    expect(isGradexpInfo('python gradexp')).toBe(false);
    expect(isGradexpInfo('')).toBe(false);
  });
});
