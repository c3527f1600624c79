/**
 * Derivations and symbolic series in real notes, judged link by link
 * (docs/readings/derivation-rows.md): a link whose sides can both be read is decided on
 * its own; one with a name the note never defines (E, P(X=k), f) stays
 * undecided. Formulas from the labelled corpus (test/corpus/notes).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { splitFormula } from '../../src/core/formula/split';
import { normalizeLatex } from '../../src/core/formula/read/preprocess';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);

describe('series in a parameter, link by link (akkefa-ml-notes)', () => {
  it('the Poisson mean: the readable links hold, those through E and P are undecided', async () => {
    const latex = 'E(X)=\\sum_{k=0}^{\\infty} k P(X=k)=\\sum_{k=0}^{\\infty} k \\frac{\\lambda^{k}}{k !} e^{-\\lambda}=\\lambda \\sum_{k=1}^{\\infty} \\frac{\\lambda^{k-1}}{(k-1) !} e^{-\\lambda} = \\lambda';
    expect(await verdicts(latex)).toEqual(['none', 'none', 'holds', 'holds']);
  });

  it('E(X²) = … = λ(λ+1)^e fails in its last link', async () => {
    const latex = 'E\\left(X^{2}\\right)=\\sum_{k=0}^{\\infty} k^{2} P(X=k)=\\sum_{k=0}^{\\infty} k^{2} \\frac{\\lambda^{k}}{k !} e^{-\\lambda}=\\lambda(\\lambda+1)^{e}';
    expect(await verdicts(latex)).toEqual(['none', 'none', 'fails']);
    expect(await verdicts('\\sum_{k=0}^{\\infty} k^{2} \\frac{\\lambda^{k}}{k !} e^{-\\lambda}=\\lambda(\\lambda+1)')).toEqual(['holds']);
  });

  it('the geometric mean in an aligned derivation, with \\frac{1} p', async () => {
    const latex = '\\begin{aligned}E[X] &= \\sum_{k=1}^{\\infty} k P(X=k) \\\\ &= \\sum_{k=1}^{\\infty} k (1-p)^{k-1}p \\\\ &= \\frac{1} p\\end{aligned}';
    expect(await verdicts(latex)).toEqual(['none', 'none', 'holds']);
  });

  it('the binomial mean with {n \\choose k}', async () => {
    const latex = '\\begin{aligned}E[X] &=\\sum_{k} k P(X=k) \\\\ &=\\sum_{k=0}^n k {n \\choose k}p^{k}(1-p)^{n-k} \\\\ &= n * p\\end{aligned}';
    expect(await verdicts(latex)).toEqual(['none', 'none', 'holds']);
    expect(await verdicts('\\sum_{k=0}^n k {n \\choose k}p^{k}(1-p)^{n-k} = (n+1) p')).toEqual(['fails']);
  });
});

describe('the notation these series use', () => {
  it('a relation inside parentheses belongs to its side', () => {
    const [statement] = splitFormula('E(X)=\\sum_{k=0}^{\\infty} k P(X=k)');
    expect(statement!.sides.map((s) => s.text)).toEqual(['E(X)', '\\sum_{k=0}^{\\infty} k P(X=k)']);
    // A bracket of an interval pairs with nothing: the claim after it is still split.
    expect(splitFormula('x \\in [0, 1) = 2')[0]!.relations).toEqual(['=']);
  });

  it('{n \\choose k}, k ! and \\frac{1} p are read as TeX sets them', () => {
    expect(normalizeLatex('{n \\choose k}')).toBe('\\mathrm{Binomial}(n, k)');
    expect(normalizeLatex('\\frac{\\lambda^{k}}{(k-1) !}')).toBe('\\frac{\\lambda^{k}}{(k-1)!}');
    expect(normalizeLatex('\\frac{1} p')).toBe('\\frac{1}{p}');
    expect(normalizeLatex('\\frac{1} \\lambda')).toBe('\\frac{1}{\\lambda}');
    // A command with an argument is no one-token denominator: left to the engine.
    expect(normalizeLatex('\\frac{a} \\sqrt{2}')).toBe('\\frac{a} \\sqrt{2}');
    // A negative thin space is no factorial.
    expect(normalizeLatex('a \\! b')).toBe('a   b');
  });
});

describe('a derivation with one wrong link, in its note (akkefa-ml-notes)', () => {
  const note = [
    '$$',
    'x = 1',
    '$$',
    '',
    '$$',
    'y=f(x)=x^2',
    '$$',
    '',
    '$$',
    'm = \\frac{y_2-y_1}{x_2-x_1} \\\\ = \\frac{f(x+h)-f(x)}{(x+h)-x} \\\\ = \\frac{(x+h)^2-x^2}{(x+h)-x} \\\\ = \\frac{x^2 + h^2 + 2xh -x^2}{x-x -h} \\\\ = \\frac{h (2x + h)}{h} \\\\ = 2x',
    '$$',
  ].join('\n');

  it('x − x − h fails whether x is the 1 from earlier or any number; the limit step 2x stays undecided', async () => {
    const reports = await judgeNote(note);
    const chain = reports[reports.length - 1]!;
    expect(chain.verdict).toBe('fails');
    expect(chain.claims.map((c) => c.verdict)).toEqual(['none', 'none', 'holds', 'fails', 'fails', 'none']);
  });

  it("f(x) = x^2 after x = 1 defines a function of its own x", async () => {
    const reports = await judgeNote(note);
    expect(reports[1]!.defines?.find((d) => d.name === 'f')?.body).toEqual(['Power', 'x', 2]);
  });

  it('a link that holds at the earlier x = 1 but not for every x is not failed', async () => {
    const reports = await judgeNote('$x = 1$ and $x h = h$');
    expect(reports[1]!.verdict).not.toBe('fails');
  });
});
