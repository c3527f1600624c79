/**
 * Generators of hostile-but-plausible notes for the fuzz suite. Pure random
 * strings almost never form a fence or a formula, so most inputs are built
 * from the tokens the parsers react to (fences, containers, YAML and LaTeX
 * syntax, odd code points), mixed with raw random text.
 */
import fc from 'fast-check';

/** Code points that have broken parsers before: BOM, NUL, lone surrogates, separators, astral. */
export const oddChar = fc.constantFrom('\uFEFF', '\0', '\uD800', '\uDC00', '\u2028', '\u00A0', '😀', '\u0301', '\x1b', '\f', '\v');

const markdownToken = fc.constantFrom(
  '```', '````', '~~~', '```gradexp', '~~~gradexp', '````gradexp', '```gradexp title', '```Gradexp', '``` gradexp',
  '```math', '   ```gradexp', '    ```gradexp', '> ', '>', '- ', '* ', '1. ', '  ', '\t', '<div>', '</div>', '<!--', '-->',
  '---', '| a | b |', '|---|---|', '[^1]', '![400](img.png)', '#tag', '`', '\\', '\\`',
);

const yamlToken = fc.constantFrom(
  'depth: ', 'width: ', 'batch: ', 'activation: ', 'init: ', 'dtype: ', 'experiment: ', 'plot: ', 'range: ', 'base: ', 'n: ',
  'seed: ', 'title: ', 'weights: ', 'widht: ', 'sigmoid', 'relu', 'leaky-relu(0.1)', 'normal(0, 1)', 'xavier', 'fp16', 'bf16',
  'matmul-chain', 'power', 'activation', '[', ']', '{', '}', ', ', ': ', '- ', '&a ', '*a', '!!str ', '!!binary ', '|', '>-',
  "'", '"', '# ', '1', '100', '1e309', '-0', '.inf', '.nan', 'NaN', '0x10', '1_000', '2.5', '-3', 'true', 'null', '~', '<<: *a',
);

const latexToken = fc.constantFrom(
  '1', '0', '2.5', '10', '1.5', '^', '_', '{', '}', '(', ')', '\\left(', '\\right)', '+', '-', '\\times', '\\cdot', '/',
  '\\frac', '\\sqrt', '\\exp', '\\ln', '\\log', '\\sum_{i=1}^{5}', '\\prod_{k=1}^{3}', '\\pi', 'e', 'x', '\\mathbf{h}', '=',
  '\\approx', '<', '\\le', '\\ge', '\\neq', '\\quad', '\\text{and}', '6e(-8)', '1e309', '\\begin{cases}', '\\end{cases}', '&',
  '\\\\', '%', '!', '\\infty', '[', ']', '|', '10^{10^{10}}', '\\href{javascript:alert(1)}{x}', '\\htmlData{a=b}{x}',
  '\\def\\a{\\a\\a}\\a', '\\rule{1e9em}{1em}', '\\url{javascript:x}', '\\includegraphics{x.png}', '\\mathrm{d}', ',',
);

const rawText = fc.string({ maxLength: 8, unit: 'grapheme-ascii' });
const anyUnicode = fc.string({ maxLength: 6, unit: 'binary' });

/** One of CommonMark's line endings, mostly LF. */
export const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A line of a note: tokens of every kind glued together. */
const noteLine = fc
  .array(fc.oneof({ weight: 4, arbitrary: markdownToken }, { weight: 3, arbitrary: yamlToken }, { weight: 3, arbitrary: latexToken },
    { weight: 2, arbitrary: fc.constantFrom('$', '$$', '\\$', ' ') }, { weight: 2, arbitrary: rawText }, { weight: 1, arbitrary: oddChar },
    { weight: 1, arbitrary: anyUnicode }), { maxLength: 10 })
  .map((parts) => parts.join(''));

/** Joins lines with random line endings. */
function joinLines(lines: readonly string[], breaks: readonly string[]): string {
  return lines.map((l, i) => l + (i < lines.length - 1 ? breaks[i % breaks.length] : '')).join('');
}

/** Whole notes of structural noise (up to ~40 lines). */
export const noisyNote = fc
  .tuple(fc.array(noteLine, { maxLength: 40 }), fc.array(lineBreak, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([lines, breaks, bom]) => (bom ? '\uFEFF' : '') + joinLines(lines, breaks));

/** A YAML body line: a key and a noisy value, or noise. */
const yamlLine = fc.oneof(
  fc.tuple(yamlToken, fc.array(fc.oneof(yamlToken, rawText, oddChar), { maxLength: 5 })).map(([k, v]) => k + v.join('')),
  fc.array(fc.oneof(yamlToken, rawText), { maxLength: 6 }).map((p) => p.join('')),
  fc.constantFrom('depth: 3', 'width: 4', 'activation: [sigmoid, relu]', 'dtype: [fp16, bf16, fp32]', 'experiment: power', 'base: [1.5, 0.8]'),
);

/** A gradexp fence (maybe in a container, maybe unclosed) with a YAML-ish body, amid prose. */
export const blockNote = fc
  .record({
    before: fc.array(noteLine, { maxLength: 3 }),
    prefix: fc.constantFrom('', '', '> ', '- ', '1. ', '  ', '>\t', '> > '),
    fence: fc.constantFrom('```', '~~~', '````', '```'),
    info: fc.constantFrom('gradexp', 'gradexp', 'gradexp extra words', 'gradexp{}'),
    body: fc.array(yamlLine, { maxLength: 14 }),
    closed: fc.boolean(),
    breaks: fc.array(lineBreak, { minLength: 1, maxLength: 3 }),
    after: fc.array(noteLine, { maxLength: 3 }),
  })
  .map((r) => {
    const lines = [...r.before, r.prefix + r.fence + r.info, ...r.body.map((l) => r.prefix + l)];
    if (r.closed) lines.push(r.prefix + r.fence);
    return joinLines([...lines, ...r.after], r.breaks);
  });

/** LaTeX-like formula sources, from tokens and raw text. */
export const latexSource = fc
  .array(fc.oneof({ weight: 6, arbitrary: latexToken }, { weight: 1, arbitrary: rawText }, { weight: 1, arbitrary: oddChar }), { maxLength: 24 })
  .map((parts) => parts.join(''));

/** Notes dense with math delimiters in every context markdown-it distinguishes. */
export const mathNote = fc
  .tuple(
    fc.array(fc.oneof(
      fc.constantFrom('$', '$$', '$$\n', '\n$$\n', '\\$', '`', '```', '```math\n', '\n', '\r\n', '> ', '- ', '\t', '| a | $x$ |\n', '<div>', '$(', '$.', ' '),
      latexSource, oddChar), { maxLength: 40 }),
    fc.boolean(),
  )
  .map(([parts, bom]) => (bom ? '\uFEFF' : '') + parts.join(''));
