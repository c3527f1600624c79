/**
 * Definitions written with `:=`, `\coloneqq`, `\triangleq`, `\equiv`, `\doteq`, `\stackrel{def}{=}`,
 * `\overset{\Delta}{=}` bind the name they define like `=` (read/definingRelations.ts).
 */
import { describe, expect, it } from 'vitest';
import { withDefiningEquals } from '../../src/core/formula/read/definingRelations';
import { judgeNote } from '../support/judging';

const lastVerdict = async (note: string) => (await judgeNote(note)).at(-1)!.verdict;

describe('a defining relation after a name being defined', () => {
  const RELATIONS = [':=', '\\coloneqq', '\\triangleq', '\\equiv', '\\doteq', '\\stackrel{\\text{def}}{=}', '\\overset{\\Delta}{=}', '\\stackrel{def}{=}'];

  it.each(RELATIONS)('f(x) %s x^2 + 3x binds f: its derivative holds, a wrong one fails', async (relation) => {
    const note = (claim: string) => `$$f(x) ${relation} x^2 + 3x$$\n\nso\n\n$$${claim}$$\n`;
    expect(await lastVerdict(note("f'(x) = 2x + 3"))).toBe('holds');
    expect(await lastVerdict(note("f'(x) = 2x + 4"))).toBe('fails');
  });

  it('TianpeiLuke/SelfStudyNotes (Sigmoid Function as Activation): σ(x) := 1/(1 + exp(−x)), then σ(x) = 1 − σ(−x)', async () => {
    const note = (claim: string) => `>Let $$\\sigma(x) := \\frac{1}{1 + \\exp(-x)}$$ be a **logistic sigmoid function**.\n>\n>- $$${claim}$$\n`;
    expect(await lastVerdict(note('\\sigma(x) = 1 - \\sigma(-x)'))).toBe('holds');
    // σ is also the name of the usual sigmoid, which never refutes (as after `=`): a wrong claim is not decided.
    expect(await lastVerdict(note('\\sigma(x) = 1 + \\sigma(-x)'))).toBe('none');
  });

  it('a symbol, a hatted or subscripted name, and names in a list or after \\quad are defined too', () => {
    const spaced = (formula: string) => withDefiningEquals(formula).replace(/\s+/g, ' ');
    expect(spaced('s := a + b')).toBe('s = a + b');
    expect(spaced('\\hat m_t \\triangleq \\frac{m_t}{1-\\beta_1^t}')).toBe('\\hat m_t = \\frac{m_t}{1-\\beta_1^t}');
    expect(spaced('p(x) := a, \\quad q(x) := b')).toBe('p(x) = a, \\quad q(x) = b');
    expect(spaced('L_{CE}(p; q) \\equiv -\\log p')).toBe('L_{CE}(p; q) = -\\log p');
  });

  it('keeps the length of the formula: offsets stay valid', () => {
    const formula = 'k(x) \\stackrel{\\text{def}}{=} x^3';
    expect(withDefiningEquals(formula)).toHaveLength(formula.length);
  });

  it('leaves congruences, identities and other left sides alone', () => {
    for (const formula of ['a \\equiv 3 \\pmod 5', '\\sin^2 x + \\cos^2 x \\equiv 1', 'f(2) := 4', 'P(A|B) := \\frac{P(A \\cap B)}{P(B)}', 'x^2 + y \\triangleq z', 'a = b \\equiv c']) {
      expect(withDefiningEquals(formula)).toBe(formula);
    }
  });
});

describe('an accent without braces', () => {
  // Adam's bias correction as notes write it: `\hat m_t` is `\hat{m}_t`, one name the note binds.
  it('\\hat m_t defined from m_t binds like \\hat{m}_t: a restatement through it holds, a wrong one does not', async () => {
    const note = (claim: string) => `$$\\hat m_t = \\frac{m_t}{1-\\beta_1^t}$$\n\nso\n\n$$${claim}$$\n`;
    expect(await lastVerdict(note('\\hat m_t = \\frac{m_t}{1-\\beta_1^t} = \\frac{2 m_t}{2-2\\beta_1^t}'))).toBe('holds');
    expect(await lastVerdict(note('\\frac{\\partial \\hat m_t}{\\partial m_t} = \\frac{1}{1-\\beta_1^t}'))).toBe('holds');
    expect(await lastVerdict(note('\\frac{\\partial \\hat m_t}{\\partial m_t} = \\frac{1}{1+\\beta_1^t}'))).not.toBe('holds');
  });
});
