/**
 * Readings that let a careful reader see an error the checker used to leave
 * undecided (docs/readings/worked-examples.md, "Errors a careful reader sees"): a worked
 * example's own values (workedExample.ts), a step restating the previous step's
 * left side (restatedLeftSide.ts), a value quoted back (restatedValue.ts), a row
 * added to a matrix (matrix.ts), ε as a dual unit (dualReading.ts). Each may only
 * fail where every reading fails; the variants check that it does not otherwise.
 * Formulas from akkefa-ml-notes and handson-ml3 (test/corpus); values checked with
 * python3: 0.4·0.622 + 0.45·0.645 + 0.6 = 1.13905, 0.751·σ′(1.105) = 0.14040,
 * 0.4 − 0.5·0.139·0.622 = 0.35677, 0.45 − 0.5·0.139·0.645 = 0.40517,
 * −1/0.470·0.470·0.530·½·0.269·0.731 = −0.052109, −2.128·0.470·0.500·0.269·0.731 = −0.098335.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

/** Each formula display math in its own paragraph, after `prose` (the note's first section). */
const note = (prose: string, formulas: string[], between = 'Then:') => `${prose}\n\n${formulas.map((f) => `$$\n${f}\n$$`).join(`\n\n${between}\n\n`)}\n`;
const verdicts = async (text: string) => (await judgeNote(text)).map((r) => r.verdict);

const TOY = 'Initialization, with a sigmoid activation: the target is $y = 0$, $W^{(2)} = [0.4, 0.45]$, $b^{(1)} = [0.35], b^{(2)} = 0.6$, $a^{(1)} = [0.622, 0.645]$.';

describe("a worked example's own values (workedExample.ts)", () => {
  it('a wrong dot product of the values the section wrote fails', async () => {
    const r = await judgeNote(note(TOY, ['z^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.105']));
    const last = r[r.length - 1]!;
    expect(last.verdict).toBe('fails');
    expect(last.claims[1]!.left.value).toBeCloseTo(1.13905, 5);
    expect(last.claims[1]!.reading).toContain("as this section's worked example gave them");
  });

  it('the right value holds, and one within the rounding of the inputs never fails', async () => {
    expect((await verdicts(note(TOY, ['z^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.139']))).at(-1)).toBe('holds');
    // 1.140 is 0.1% off: ten times the inputs' rounding (0.0005/0.622) covers it.
    expect((await verdicts(note(TOY, ['z^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.140']))).at(-1)).not.toBe('fails');
  });

  it('values bound in another section may confirm, never refute', async () => {
    const text = `${TOY}\n\n## Another example\n\n$$\nz^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.105\n$$\n`;
    expect((await verdicts(text)).at(-1)).toBe('none');
  });

  it('a name the section bound twice is not trusted', async () => {
    const text = `${TOY} Later $a^{(1)} = [0.7, 0.8]$.\n\n$$\nz^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.105\n$$\n`;
    expect((await verdicts(text)).at(-1)).toBe('none');
  });

  it('σ is the sigmoid only where the section says so', async () => {
    const steps = ['z^{(2)} = 1.105', '\\hat{y} = \\sigma(z^{(2)}) = 0.751', "\\delta^{(2)} = (\\hat{y} - y) \\cdot \\sigma'(z^{(2)}) = 0.139"];
    expect((await verdicts(note('The target is $y = 0$; we use a sigmoid activation.', steps))).at(-1)).toBe('fails');
    expect((await verdicts(note('The target is $y = 0$.', steps))).at(-1)).toBe('none');
  });

  it('an update far off fails, one within ten times the rounding of its inputs does not, the right one holds', async () => {
    const prose = `${TOY} Learning rate $\\eta = 0.5$; $\\delta^{(2)} = 0.139$.`;
    expect((await verdicts(note(prose, ['W^{(2)} = W^{(2)} - \\eta \\delta^{(2)} a^{(1)} = [0.25, 0.42]']))).at(-1)).toBe('fails');
    // 0.357 written 0.37 is 3.6% off; δ = 0.139 and a = 0.622 may carry 0.44% of rounding, ten times that is 4.4%.
    expect((await verdicts(note(prose, ['W^{(2)} = W^{(2)} - \\eta \\delta^{(2)} a^{(1)} = [0.37, 0.42]']))).at(-1)).toBe('none');
    expect((await verdicts(note(prose, ['W^{(2)} = W^{(2)} - \\eta \\delta^{(2)} a^{(1)} = [0.357, 0.405]']))).at(-1)).toBe('holds');
  });

  it('a whole number after names the section reused is a fact about a new object, not a step', async () => {
    // ByteGeniusBot/MIT-18.06-Linear-Algebra-Notes-From-Zhihu, Chapter_21.md: λ₁ = 4, λ₂ = 2 for A, then a rotation Q.
    const text = '# Eigenvalues\n\nFor A we find $\\lambda_1=4$ and $\\lambda_2=2$.\n\nThe rotation Q has trace and determinant giving $\\lambda_1+\\lambda_2=0$, $\\lambda_1\\lambda_2=1$.\n';
    expect((await verdicts(text)).slice(-2)).toEqual(['none', 'none']);
  });

  it('a formula instantiating a general one with numbers is no written result', async () => {
    // `n` bound to 3 earlier in the section is not the n of the binomial coefficient.
    const text = note('Three heads: $n = 3$.', ['{n \\choose k} = {5 \\choose 3} = 10']);
    expect((await verdicts(text)).at(-1)).not.toBe('fails');
  });
});

describe('a row added to a matrix of another shape', () => {
  const prose = 'With a sigmoid: $x = 1$, $\\eta = 0.5$, $W^{(1)} = [[0.15, 0.2], [0.25, 0.3]]$, $\\delta^{(1)} = [0.013, 0.014]$.';

  it('fails only when it fails added to each row and down each column', async () => {
    // Rows: 0.2435 in row 2, column 1; columns: 0.243. The note wrote 0.236.
    expect((await verdicts(note(prose, ['W^{(1)} = W^{(1)} - \\eta \\delta^{(1)} x = [[0.144, 0.19], [0.236, 0.286]]']))).at(-1)).toBe('fails');
    // Down each column, as the author subtracted: every element agrees.
    expect((await verdicts(note(prose, ['W^{(1)} = W^{(1)} - \\eta \\delta^{(1)} x = [[0.1435, 0.1935], [0.243, 0.293]]']))).at(-1)).not.toBe('fails');
  });

  it('added to each row, as numpy does, it may hold on its own', async () => {
    const r = await judgeFormula('\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} + [10, 20] = \\begin{bmatrix} 11 & 22 \\\\ 13 & 24 \\end{bmatrix}');
    expect(r.verdict).toBe('holds');
    expect((await judgeFormula('\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} + [10, 20] = \\begin{bmatrix} 11 & 12 \\\\ 23 & 24 \\end{bmatrix}')).verdict).toBe('none');
  });
});

describe("a step restating the previous step's left side (restatedLeftSide.ts)", () => {
  const first = '\\frac{\\partial L}{\\partial W_{21}} = -\\frac{1}{0.470} \\cdot 0.470(1 - 0.470) \\cdot \\frac{1}{2} \\cdot 0.269(1 - 0.269) \\cdot 1';

  it('a step that drops a factor fails, naming the step it continues', async () => {
    const r = await judgeNote(note('Substituting:', [first, '\\frac{\\partial L}{\\partial W_{21}} = -2.128 \\cdot 0.470 \\cdot 0.500 \\cdot 0.269 \\cdot 0.731'], 'Simplifying:'));
    expect(r.map((x) => x.verdict)).toEqual(['none', 'fails']);
    expect(r[1]!.claims[0]!.reading).toMatch(/^as the next step of line 3,/);
  });

  it('a result stated for a name squared fails as that step, never at a random value of the name', async () => {
    // 0boluan0/Notes_on_Economic_Statistics, 多元统计分析 06 (Hotelling's T²): the matrix as written gives 10.34, the note says 13.6.
    const computed = 'T^2 = 11 \\cdot \\begin{bmatrix} -9.36 & 13.27 \\end{bmatrix} \\begin{bmatrix} 0.0055 & 0.0012 \\\\ -0.0012 & 0.0026 \\end{bmatrix} \\begin{bmatrix} -9.36 \\\\ 13.27 \\end{bmatrix}.';
    const r = await judgeNote(note('计算步骤：', [computed, 'T^2 = 13.6.'], '计算得：'));
    const claim = r[1]!.claims[0]!;
    expect(claim.verdict).toBe('fails');
    expect(claim.reading).toMatch(/^as the next step of line 3, where T\^2 = 10\.34/);
    expect(claim.identity).toBeUndefined();
    expect(claim.reason).toBeUndefined();
    // The value the written matrix gives is no failure.
    expect((await judgeNote(note('计算步骤：', [computed, 'T^2 = 10.34.'], '计算得：')))[1]!.claims[0]!.verdict).not.toBe('fails');
  });

  it('a step that agrees (up to its rounded decimals) is left as it was', async () => {
    const r = await judgeNote(note('Substituting:', [first, '\\frac{\\partial L}{\\partial W_{21}} = -2.128 \\cdot 0.249 \\cdot 0.5 \\cdot 0.197'], 'Simplifying:'));
    expect(r.map((x) => x.verdict)).toEqual(['none', 'none']);
  });

  it('prose that starts another case, or a number in it, separates the two', async () => {
    const other = '\\frac{\\partial L}{\\partial W_{21}} = -2.128 \\cdot 0.470 \\cdot 0.500 \\cdot 0.269 \\cdot 0.731';
    expect(await verdicts(note('Substituting:', [first, other], 'For the second weight:'))).toEqual(['none', 'none']);
    expect(await verdicts(note('Substituting:', [first, other], 'With 3 samples:'))).toEqual(['none', 'none']);
  });
});

describe('a value quoted back (restatedValue.ts)', () => {
  const computedFirst = 'The sigmoid gives $$h_1 = \\sigma(0) = \\frac{1}{1 + e^0} = 0.500$$';

  it('fails when the prose says it quotes an earlier result and the value differs', async () => {
    const r = await judgeNote(`${computedFirst}\n\nUsing the previously calculated output $h_1 \\approx 0.622$:\n`);
    expect(r.at(-1)!.verdict).toBe('fails');
    expect(r.at(-1)!.claims[0]!.reading).toContain('as the value of h_1 found at line 1');
  });

  it('the same value, or no cue in its sentence, or a bare earlier binding: no verdict', async () => {
    expect((await verdicts(`${computedFirst}\n\nUsing the previously calculated output $h_1 \\approx 0.50$:\n`)).at(-1)).toBe('none');
    expect((await verdicts(`${computedFirst}\n\nThe above fits use another input. Now take $h_1 \\approx 0.622$:\n`)).at(-1)).toBe('none');
    expect((await verdicts('The domain is $x = 25$.\n\nAs we found before, values at $x=5$ are uncorrelated.\n')).at(-1)).toBe('none');
  });

  it('reads the line that introduces a list of quoted values', async () => {
    const text = `${computedFirst}\n\n- From the previous steps, we know that:\n  - $h_1 \\approx 0.622$\n`;
    expect((await verdicts(text)).at(-1)).toBe('fails');
  });
});

describe('ε as a dual unit (dualReading.ts)', () => {
  it('a quotient of dual numbers with a sign slip fails in both readings', async () => {
    const r = await judgeFormula('\\dfrac{a_1 + b_1\\epsilon}{a_2 + b_2\\epsilon} = \\dfrac{a_1}{a_2} + \\dfrac{a_1 b_2 - b_1 a_2}{{a_2}^2}\\epsilon');
    expect(r.verdict).toBe('fails');
  });

  it('a true dual identity, false for real ε, stays undecided', async () => {
    const quotient = await judgeFormula('\\dfrac{a_1 + b_1\\epsilon}{a_2 + b_2\\epsilon} = \\dfrac{a_1}{a_2} + \\dfrac{b_1 a_2 - a_1 b_2}{{a_2}^2}\\epsilon');
    expect(quotient.verdict).toBe('none');
    expect(quotient.claims[0]!.reason).toBe('cannot evaluate: ε may be a dual unit or an infinitesimal, its square 0');
    expect((await judgeFormula('(a + b\\epsilon)(c + d\\epsilon) = ac + (ad + bc)\\epsilon')).verdict).toBe('none');
  });
});

describe('a multinomial coefficient', () => {
  it('`{9 \\choose 3,3,2}` is 9!/(3!·3!·2!) = 5040, not a false alarm (brianSalk/probability-notes)', async () => {
    expect((await judgeFormula('{9 \\choose 3} {6 \\choose 3} {3 \\choose 2} {1 \\choose 1} = { 9 \\choose 3,3,2}')).verdict).toBe('holds');
    expect((await judgeFormula('{ 9 \\choose 3,3,2} = 5000')).verdict).toBe('fails');
    expect((await judgeFormula('{5 \\choose 3} = 10')).verdict).toBe('holds');
  });
});

describe('a comma between two bindings', () => {
  it('separates them: `b^{(1)} = [0.35], b^{(2)} = 0.6` binds b^(2) to 0.6', async () => {
    const r = await judgeFormula('b^{(1)} = [0.35], b^{(2)} = 0.6');
    expect(r.defines?.find((d) => d.name === 'b^(2)')?.body).toBe(0.6);
    expect(r.defines?.some((d) => d.name === 'b^(1)' && d.body === 0.6)).toBe(false);
  });

  it('a comma inside a list or before a non-binding stays where it is', async () => {
    expect((await judgeFormula('f(x, y) = x + y, x = 1')).claims.length).toBeGreaterThan(0);
    const list = await judgeFormula('W = [[0.15, 0.2], [0.25, 0.3]]');
    expect(list.defines?.[0]?.name).toBe('W');
  });
});

describe('a sum or product that never uses its index (indexSlip.ts)', () => {
  const alone = async (f: string) => (await judgeNote(`$$${f}$$`))[0]!;
  // ermongroup/cs228-notes (cs228-notes in test/corpus): the author meant p(w_i).
  it('p(w_n) under a product over i is named as a slip of the index, neither failed nor held', async () => {
    const r = await alone('p(S) = \\prod_{i=1}^n p(w_n).');
    expect(r.verdict).toBe('none');
    expect(r.claims[0]!.doubted).toBe(true);
    expect(r.claims[0]!.reason).toBe('cannot evaluate: the product over i never uses i: its body has the subscript n, the bound, where i belongs; read as a slip of the index, what it means is not judged');
  });

  it('a body using its index, or a constant term without the bound as subscript, is no slip', async () => {
    expect((await alone('p(S) = \\prod_{i=1}^n p(w_i)')).verdict).not.toBe('fails');
    expect((await alone('x = \\sum_{k=0}^K\\theta_kT_K(y)')).verdict).not.toBe('fails');
    expect((await alone('\\sum_{i=1}^{n} \\frac{1}{n} = 1')).verdict).not.toBe('fails');
    expect((await alone('a = \\sum_{j=1}^{J} \\sum_{i \\in R_{J}} y_i')).verdict).not.toBe('fails');
  });
});

describe('Z as the standard normal variable (standardNormal.ts)', () => {
  const section = (prose: string, formula: string) => judgeNote(`${prose}\n\n$$${formula}$$\n`);

  it('a tail probability is looked up where the section speaks of the normal distribution', async () => {
    // P(Z > 6.4127) = 7.1e-11 (python3: 0.5*erfc(6.4127/sqrt(2))), two decades below 1e-8.
    const tail = await section('The sample mean is normal, so we standardize.', 'P(Z > 6.4127) \\approx 0.00000001');
    expect(tail[0]!.verdict).toBe('fails');
    expect(tail[0]!.claims[0]!.reading).toContain('with Z the standard normal variable');
    expect((await section('A z-test at the 5% level:', 'P(Z > 1.96) = 0.025'))[0]!.verdict).toBe('holds');
    expect((await section('Under $\\mathcal{N}(0, 1)$:', 'P(Z \\leq -1.645) \\approx 0.05')).at(-1)!.verdict).toBe('holds');
  });

  it('elsewhere, or where the note gives Z a value, Z is no standard normal', async () => {
    expect((await section('Let Z count the heads.', 'P(Z > 1.96) = 0.5'))[0]!.verdict).toBe('none');
    const bound = await judgeNote('Normal noise, and $Z = 3$.\n\n$$P(Z > 1.96) = 0.5$$\n');
    expect(bound.at(-1)!.verdict).not.toBe('fails');
  });
});

describe('steps that are separate cases (kmerrill61/Statistics-Notes)', () => {
  it('formulas that each end in their written result restate a name for another case', async () => {
    const text = '> $$ P(O) = \\frac{3}{10} = 0.3 $$\n> $$ P(O) = \\frac{2}{9} = 0.2222 $$\n> $$ P(O) = \\frac{3}{9} = 0.3333 $$\n';
    expect(await verdicts(text)).toEqual(['holds', 'holds', 'holds']);
  });
});

describe('an unescaped % after the last number of a display formula (luweiagi/machine-learning-notes)', () => {
  it('is the percent its author meant, though TeX reads it as a comment', async () => {
    const text = '$$\n\\frac{\\lambda_1}{\\lambda_1+\\lambda_2}=\\frac{2.5}{2.5+0.5}=83.3%\n$$\n';
    expect(await verdicts(text)).toEqual(['holds']);
    expect(await verdicts('$$\n\\frac{2.5}{2.5+0.5}=73.3%\n$$\n')).toEqual(['fails']);
  });
});
