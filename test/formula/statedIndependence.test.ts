import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Rules of probability as real notes write them beyond the textbook spelling: the independence a rule
// needs stated in its own sentence (statedIndependence.ts), expectations in set braces and σ² of an
// expression (probabilityTokens.ts), a Wikipedia formula copied with its `{\displaystyle …}` wrapper (split.ts).
const verdicts = async (note: string) => (await judgeNote(note)).flatMap((f) => f.claims.map((c) => c.verdict));

describe('independence stated in the sentence (statedIndependence.ts)', () => {
  it('E[XY] = E[X]E[Y] followed by "if X and Y are independent" holds (geostatsguy/DataScienceInteractivePython)', async () => {
    // geostatsguy-demos, Interactive_Expectation: the bullet list of expectation rules.
    const note = '* Expectation of the product of two random variables $\\longrightarrow E\\left[XY\\right] = E\\left[X\\right]E\\left[Y\\right]$, if $X$ and $Y$ are independent\n';
    expect(await verdicts(note)).toEqual(['holds']);
  });

  it('H(X,Y) = H(X)+H(Y) after "If and only if X and Y are independent" holds (unpingco/Python-for-Probability-Statistics-and-Machine-Learning)', async () => {
    const note = ' If and only if $X$ and $Y$ are independent, entropy becomes\nadditive,\n\n$$\nH(X,Y) =  H(X)+H(Y)\n$$\n';
    expect(await verdicts(note)).toEqual(['holds']);
  });

  it('events the sentence calls independent are drawn independent (statedEventLaws.ts): the product rule holds', async () => {
    expect(await verdicts('When $A$ and $B$ are independent, $P(A \\cap B) = P(A)P(B)$.\n')).toEqual(['holds']);
  });

  it.each([
    // No independence stated: the rule is false in general.
    'Here $E[XY] = E[X]E[Y]$.\n',
    // Negated.
    'If $X$ and $Y$ are not independent, $E[XY] = E[X]E[Y]$.\n',
    // Independence of other variables than the claim's.
    'When $X$ and $Y$ are independent, $E[XZ] = E[X]E[Z]$.\n',
    // Wrong even under independence.
    'For independent $X$ and $Y$, $\\text{Var}(X-Y) = \\text{Var}(X) - \\text{Var}(Y)$.\n',
  ])('%s stays undecided', async (note) => {
    expect(await verdicts(note)).toEqual(['none']);
  });
});

describe('expectations in set braces and σ² of an expression (probabilityTokens.ts)', () => {
  // geostatsguy-demos, Interactive_Expectation: "Focus on the statistical expectation operators".
  const note = (latex: string) => `Now we can walk through various operators for random variables with expectation and variance.\n\n$$\n${latex}\n$$\n`;
  it.each([
    'E\\{X + c\\} = E\\{X \\} + c',
    'E\\{cY\\} = cE\\{Y\\}',
    'E\\{X - Y\\} = E\\{X\\} - E\\{Y\\}',
    '\\sigma^2_{X+c} = \\sigma^2_{X}',
    '\\sigma^2_{cY} = c^2 \\sigma^2_{Y}',
  ])('%s holds', async (latex) => {
    expect(await verdicts(note(latex))).toEqual(['holds']);
  });

  it.each(['E\\{X + c\\} = E\\{X \\} + 2c', '\\sigma^2_{cY} = c \\sigma^2_{Y}'])('the slip %s is not called holds', async (latex) => {
    expect(await verdicts(note(latex))).not.toContain('holds');
  });
});

describe('a Wikipedia formula with its {\\displaystyle …} wrapper (split.ts)', () => {
  it('Bayes theorem as tirthajyoti/Machine-Learning-with-Python copies it holds', async () => {
    const note = 'Bayes theorem:\n\n$${\\displaystyle P(A\\mid B)={\\frac {P(B\\mid A)\\,P(A)}{P(B)}},}$$\n';
    expect(await verdicts(note)).toEqual(['holds']);
  });

  it('a wrong formula in the wrapper fails', async () => {
    expect(await verdicts('So ${\\displaystyle x^2-1=(x-1)(x+2),}$ here.\n')).toEqual(['fails']);
  });

  it('a brace group that is not the whole formula is not opened, and no claim is made up', async () => {
    expect(await verdicts('So ${\\displaystyle x^2-1} = (x-1)(x+2)$ here.\n')).not.toContain('fails');
  });
});
