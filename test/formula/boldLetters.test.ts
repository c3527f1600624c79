/**
 * Bold letters in a derivative read as the note's scalar names (read/boldLetters.ts):
 * dair-ai/ML-Notebooks, notebooks/comp_graphs.ipynb, Olah's graph c = a + b, d = b + 1, e = c·d
 * at a = 2, b = 1, where ∂e/∂a = ∂e/∂c · ∂c/∂a = d · 1 = 2.
 */
import { describe, expect, it } from 'vitest';
import { boldLettersAsPlain } from '../../src/core/formula/read/boldLetters';
import { judgeNote } from '../support/judging';

const GRAPH = 'We have $c=a+b$, $d=b+1$ and $e=c * d$, at $a=2$ and $b=1$.';
const verdictsOf = async (formula: string) => {
  const reports = await judgeNote(`${GRAPH}\n\n$$\n${formula}\n$$\n`);
  return reports[reports.length - 1]!.claims.map((c) => c.verdict);
};

describe('bold letters in a derivative', () => {
  it('reads the real chain with bold nodes as the plain one holds', async () => {
    const real = '\\frac{\\partial e}{\\partial \\boldsymbol{a}}=\\frac{\\partial e}{\\partial \\boldsymbol{c}} \\frac{\\partial \\boldsymbol{c}}{\\partial \\boldsymbol{a}} = 2 * 1';
    expect(await verdictsOf(real)).toEqual(['holds', 'holds']);
  });

  it('judges a wrong value no better than the plain reading does: never holds', async () => {
    const wrong = '\\frac{\\partial e}{\\partial \\boldsymbol{a}} = 3';
    const plain = '\\frac{\\partial e}{\\partial a} = 3';
    expect(await verdictsOf(wrong)).toEqual(await verdictsOf(plain));
    expect(await verdictsOf(wrong)).not.toContain('holds');
  });

  it('writes them plain only when every bold letter is a scalar name of the note', () => {
    const scalar = (n: string) => n === 'a' || n === 'c';
    expect(boldLettersAsPlain('\\partial \\boldsymbol{a} + \\mathbf{c}', scalar)).toBe('\\partial  a  +  c ');
    expect(boldLettersAsPlain('\\partial \\mathbf{x}^T \\mathbf{a}', scalar)).toBe('\\partial \\mathbf{x}^T \\mathbf{a}');
    expect(boldLettersAsPlain('\\partial a', scalar)).toBe('\\partial a');
  });
});
