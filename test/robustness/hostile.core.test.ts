/**
 * The hostile-notes corpus through the pure core: every note is parsed
 * (blocks, specs, math) within its stated time with sane, located results,
 * and the attacks that target a parser get a clear error instead of work.
 */
import { describe, expect, it } from 'vitest';
import { expectDuration, scaled } from '../support/timing';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { parseBlock } from '../../src/core/spec/parse';
import { findMath } from '../../src/core/formula/find/findMath';
import { analyzeNote, MAX_FORMULA_LENGTH } from '../../src/core/formula';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import { deepLatex, deepYaml, hostileCorpus, manyFormulas } from '../fixtures/hostile/corpus';
import { expectSaneBlocks, expectSaneParse, expectSaneSpans } from './invariants';

/** Wall time of `f` in ms, with its result. */
function timed<T>(f: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
}

describe('every hostile note parses within its stated time, with sane results', () => {
  for (const note of hostileCorpus()) {
    it(`${note.name} (${note.attack}) — timed, gross bound ${note.parseMs} ms`, () => {
      const { value, ms } = timed(() => {
        const blocks = findBlocks(note.text);
        return { blocks, parsed: blocks.map((b) => parseBlock(note.text, b)), spans: findMath(note.text) };
      });
      console.log(`hostile core: ${note.name}: ${note.text.length} chars, ${value.blocks.length} blocks, ${value.spans.length} formulas, ${ms.toFixed(0)} ms`);
      expectDuration(`${note.name}: findBlocks + parseBlock + findMath`, ms, note.parseMs);
      expectSaneBlocks(note.text, value.blocks);
      for (const p of value.parsed) expectSaneParse(note.text, p);
      expectSaneSpans(note.text, value.spans);
    });
  }
});

describe('regressions found by this suite', () => {
  it('findMath maps 100,000 formulas in one 25,000-line paragraph in linear time (was 18 s: a backwards scan per formula)', () => {
    const note = manyFormulas(100_000);
    const { value, ms } = timed(() => findMath(note));
    expect(value).toHaveLength(100_000);
    expect(value[99_999]!.line).toBe(25_000);
    expectDuration('findMath over 100,000 formulas in one paragraph', ms, 60_000);
  });
});

describe('regressions: unclosed ```math fences at the end of a note', () => {
  // Found by fuzz.parsers: the span's content started before its opening fence, or ended past the span.
  it.each([
    ['```math\n', { start: 0, contentStart: 8, contentEnd: 8, end: 8 }],
    ['> ```math', { start: 2, contentStart: 9, contentEnd: 9, end: 9 }],
    ['text\n\n```math\nx = 1', { start: 6, contentStart: 14, contentEnd: 19, end: 19 }],
  ])('%j', (note, expected) => {
    const [span] = findMath(note);
    expect(span).toMatchObject(expected);
    expectSaneSpans(note, findMath(note));
  });
});

describe('messages a note author can act on', () => {
  it("a '---' line inside a block is explained in the block's terms, not the YAML library's", () => {
    const [parsed] = parseNote('```gradexp\ndepth: 3\n---\nwidth: 4\n```\n');
    expect(parsed!.errors.map((e) => e.message)).toEqual(["YAML: a gradexp block holds one YAML mapping; a '---' or '...' line would start a second one"]);
    expect(parsed!.errors[0]!.line).toBe(3);
  });
});

describe('parser attacks are refused with a message, not worked through', () => {
  it('10,000 nested flow sequences: one error naming the nesting limit', () => {
    const [parsed] = parseNote(deepYaml('flow', 10_000));
    expect(parsed!.errors).toHaveLength(1);
    expect(parsed!.errors[0]!.message).toMatch(/nested more than 32 deep/);
  });

  it('1,000 nested block mappings (a 1 MB body): refused by size on the opening fence', () => {
    const [parsed] = parseNote(deepYaml('block', 1_000));
    expect(parsed!.errors).toHaveLength(1);
    expect(parsed!.errors[0]!.message).toMatch(/block body is \d+ KB; the limit is 64 KB/);
    expect(parsed!.errors[0]!.line).toBe(3);
  });

  it('billion-laughs aliases: never expanded, the keys are reported as unknown', () => {
    const { value: [parsed], ms } = timed(() => parseNote(deepYaml('aliases', 10)));
    expectDuration('billion-laughs aliases parsed', ms, 5_000);
    expect(parsed!.series).toHaveLength(0);
    expect(parsed!.errors.map((e) => e.message)).toContain("unknown key 'a9'");
  });

  it('markup in keys and values is quoted back in messages (escaping is the renderers\' job, tested elsewhere)', () => {
    const note = hostileCorpus().find((n) => n.name === 'markup-in-blocks')!.text;
    const messages = parseNote(note).flatMap((p) => p.errors.map((e) => e.message));
    expect(messages).toContain("unknown key '<img src=x onerror=alert(9)>'");
    expect(messages).toContain("depth must be a whole number, got '<b onmouseover=alert(11)>'");
  });

  it('5,000-deep LaTeX: every formula refused by length before the engine parses it', async () => {
    const { value, ms } = await timedAsync(() => analyzeNote(deepLatex(5_000)));
    expectDuration('5,000-deep LaTeX refused', ms, 30_000);
    expect(value).toHaveLength(5);
    // Whole formulas over 10,000 characters are refused before splitting; shorter ones by the 2,000-character side cap.
    const expected = (r: { source: string }) => `cannot evaluate: the formula is longer than ${r.source.length > MAX_FORMULA_LENGTH ? MAX_FORMULA_LENGTH : 2000} characters`;
    for (const r of value) expect(r.error).toBe(expected(r));
    expect(value.some((r) => r.source.length > MAX_FORMULA_LENGTH)).toBe(true);
  });

  it('LaTeX nested 61 deep (under the length cap): refused by the nesting guard', async () => {
    const report = (await analyzeNote(`$${'{'.repeat(61)}1${'}'.repeat(61)} = 1$`))[0]!;
    expect(report.error).toBe('cannot evaluate: the formula nests deeper than 60 levels');
  });

  it('10,000 formulas (about 5,200 distinct) are all analysed (timed; each under the 250 ms budget)', async () => {
    const note = manyFormulas(10_000);
    const { value, ms } = await timedAsync(() => analyzeNote(note));
    console.log(`hostile core: analyzeNote on 10,000 formulas: ${ms.toFixed(0)} ms`);
    expect(value).toHaveLength(10_000);
    expect(value.filter((r) => r.verdict === 'fails').length).toBeGreaterThan(0);
    expectDuration('analyzeNote on 10,000 formulas', ms, 300_000);
  }, scaled(900_000));

  it('a block nested in a list inside a quote, with CRLF, runs and locates its errors', async () => {
    const note = '> - ```gradexp\r\n>   experiment: power\r\n>   n: 3\r\n>   widht: 2\r\n>   ```\r\n';
    const [parsed] = parseNote(note);
    expect(parsed!.errors).toEqual([expect.objectContaining({ line: 4, column: 5, message: expect.stringMatching(/^unknown key 'widht'/) })]);
    const run = await runParsedBlock(note, parsed!);
    expect(run.errors).toHaveLength(1);
  });
});

async function timedAsync<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await f();
  return { value, ms: performance.now() - started };
}
