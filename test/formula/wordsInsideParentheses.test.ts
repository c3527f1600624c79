import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Words inside parentheses are what the parentheses hold (split.ts INSIDE_PARENTHESES): an event
// written in words, `P(\text{spam} \mid \text{"FREE"})`, is one side, not a `\text{…}` between two statements.
const claims = async (note: string) => (await judgeNote(note)).flatMap((f) => f.claims.map((c) => `${c.left.source} | ${c.right.source} | ${c.verdict}`));

// A worked spam filter of a public ML study note (found by the code search), verbatim.
const SPAM_FILTER = [
  'Given:',
  '- 20% of emails are spam: $P(\\text{spam}) = 0.20$',
  '- 80% of spam emails contain "FREE": $P(\\text{\\"FREE\\"} \\mid \\text{spam}) = 0.80$',
  '',
  '$$P(\\text{spam} \\mid \\text{\\"FREE\\"}) = \\frac{(0.80)(0.20)}{0.24} = \\frac{0.16}{0.24} = 66.7\\%$$',
  '',
].join('\n');

describe('words inside parentheses', () => {
  it('an event in words is the whole left side of its claim', async () => {
    expect(await claims(SPAM_FILTER)).toEqual([
      'P(\\text{spam}) | 0.20 | none',
      'P(\\text{\\"FREE\\"} \\mid \\text{spam}) | 0.80 | none',
      'P(\\text{spam} \\mid \\text{\\"FREE\\"}) | \\frac{(0.80)(0.20)}{0.24} | none',
      '\\frac{(0.80)(0.20)}{0.24} | \\frac{0.16}{0.24} | holds',
      '\\frac{0.16}{0.24} | 66.7\\% | holds',
    ]);
  });

  it("Bayes' rule over events in words holds; a planted slip in the worked value still fails", async () => {
    const bayes = '$$P(\\text{spam} \\mid \\text{free}) = \\frac{P(\\text{free} \\mid \\text{spam}) P(\\text{spam})}{P(\\text{free})}$$\n';
    expect(await claims(bayes)).toEqual([
      'P(\\text{spam} \\mid \\text{free}) | \\frac{P(\\text{free} \\mid \\text{spam}) P(\\text{spam})}{P(\\text{free})} | holds',
    ]);
    expect((await claims(SPAM_FILTER.replace('= 66.7', '= 76.7'))).at(-1)).toBe('\\frac{0.16}{0.24} | 76.7\\% | fails');
  });

  it('words between two statements still separate them', async () => {
    expect(await claims('$x = 2 \\text{ and } 2^{10} = 1024$\n')).toEqual(['x | 2 | none', '2^{10} | 1024 | holds']);
  });
});
