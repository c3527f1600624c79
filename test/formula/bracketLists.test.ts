/**
 * Worked examples written with bracketed lists, update arrows and the sign
 * function (docs/readings/matrices.md): the perceptron example of akkefa-ml-notes
 * (test/corpus, lines 1388–1415), the tf-idf and back-propagation examples
 * around it, and D2L's geometry chapter. Every value here is small integer
 * arithmetic or σ of one decimal (σ(0.5) = 0.62246, σ(0.6) = 0.64566, python3).
 */
import { describe, expect, it } from 'vitest';
import { analyzeFormula as analyzeWithin, analyzeNote as analyzeNoteWithin } from '../../src/core/formula';
import { scaled } from '../support/timeScale';

const budget = { timeLimitMs: scaled(5000) };
const analyzeFormula = (source: string) => analyzeWithin(source, budget);
const note = (formulas: readonly string[]) => analyzeNoteWithin(formulas.map((f) => `$${f}$`).join('\n\n'), budget);
const claimVerdicts = async (source: string) => (await analyzeFormula(source)).claims.map((c) => c.verdict);

describe('bracketed lists as vectors', () => {
  it('reads [a, b] as a row, [a, b]^T as a column and a list of lists as a matrix by rows', async () => {
    const row = await analyzeFormula('[2, 3] = [2, 3]');
    expect(row.sides[0]!.array).toMatchObject({ rows: 1, cols: 2, certainShape: false });
    const column = await analyzeFormula('[2, 3]^T = [2, 3]^T');
    expect(column.sides[0]!.array).toMatchObject({ rows: 2, cols: 1 });
    const matrix = await analyzeFormula('[[0.15, 0.2], [0.25, 0.3]] = [[0.15, 0.2], [0.25, 0.3]]');
    expect(matrix.sides[0]!.array).toMatchObject({ rows: 2, cols: 2 });
    expect(matrix.sides[0]!.array!.cells.map((c) => c.value)).toEqual([0.15, 0.2, 0.25, 0.3]);
  });

  it('judges the perceptron update element by element', async () => {
    expect(await claimVerdicts('\\mathbf{w} \\leftarrow [2, 3]^T + 1 \\cdot (-1) \\cdot [1, 1]^T = [1, 2]^T')).toEqual(['holds']);
    expect(await claimVerdicts('\\mathbf{w} \\leftarrow [1, 2]^T + 1 \\cdot (-1) \\cdot [2, 0]^T = [-1, 2]^T')).toEqual(['holds']);
  });

  it('two-element rows may be intervals: a claim between them that fails element by element is undecided', async () => {
    // Interval arithmetic: [1, 2] − [0, 1] = [0, 2], and −[0, 1] = [−1, 0].
    const report = await analyzeFormula('[1, 2] - [0, 1] = [0, 2]');
    expect(report.verdict).toBe('none');
    expect(report.claims[0]!.reason).toBe('cannot evaluate: lists of two numbers in brackets may be intervals, whose arithmetic differs ([a, b] − [c, d] = [a − d, b − c])');
    expect(await claimVerdicts('-[0, 1] = [-1, 0]')).toEqual(['none']);
    // Three elements, or a transposed pair, are vectors.
    expect(await claimVerdicts('[1, 2, 3] - [0, 1, 1] = [1, 1, 1]')).toEqual(['fails']);
    expect(await claimVerdicts('[1, 2]^T - [0, 1]^T = [0, 2]^T')).toEqual(['fails']);
  });

  it('a wrong element fails and is named', async () => {
    const report = await analyzeFormula('[1, 2]^T + 1 \\cdot (-1) \\cdot [2, 0]^T = [-1, 3]^T');
    expect(report.verdict).toBe('fails');
    expect(report.claims[0]!.array?.message).toBe('element (2, 1) is 2 on the left and 3 on the right');
  });

  it('reads a row times a column as their dot product, a number', async () => {
    expect(await claimVerdicts('[2, 3] \\cdot [4, 1]^T + 1 = 12')).toEqual(['holds']);
    expect(await claimVerdicts('[2, 3] \\cdot [4, 1]^T + 1 = 13')).toEqual(['fails']);
  });

  it('two rows multiplied against a number (a dot product?) and a number against a list stay undecided', async () => {
    expect(await claimVerdicts('[2, 3] \\cdot [4, 1] = 11')).toEqual(['none']);
    expect(await claimVerdicts('0.5 = [0.5, 0.6]')).toEqual(['none']);
    // A row against a column of the same elements: notes write both with the same brackets.
    expect(await claimVerdicts('[1, 2] = [1, 2]^T')).toEqual(['none']);
  });

  it('keeps the written digits of each element: σ(0.5), σ(0.6) as rounded and cut to 3 digits hold', async () => {
    const report = await analyzeFormula('[\\frac{1}{1 + e^{-0.5}}, \\frac{1}{1 + e^{-0.6}}] = [0.622, 0.645]');
    expect(report.verdict).toBe('holds');
  });

  it('an interval or a set is no claim, and names in a list leave it undecided', async () => {
    expect((await analyzeFormula('x \\in [0, 1]')).claims).toEqual([]);
    expect(await claimVerdicts('\\sigma(x) \\in [0, 1]')).toEqual([]);
    expect(await claimVerdicts('[a, b] = [0, 1]')).toEqual(['none']);
    expect(await claimVerdicts('[0, 1]^2 = [0, 1] \\times [0, 1]')).toEqual(['none']);
  });

  it('a name bound to a list confirms a later claim (D2L: w = [2, 1]^T, 1/‖w‖ = 1/√5), never refutes one', async () => {
    const [, holds] = await note(['\\mathbf{w}=[2,1]^\\top', '\\frac{1}{\\|\\mathbf{w}\\|} = \\frac{1}{\\sqrt{5}}']);
    expect(holds!.verdict).toBe('holds');
    const [, reused] = await note(['\\mathbf{w}=[2,1]^\\top', '\\frac{1}{\\|\\mathbf{w}\\|} = \\frac{1}{\\sqrt{6}}']);
    expect(reused!.verdict).toBe('none');
    expect(reused!.claims[0]!.reason).toContain('matrices bound earlier in the note (w)');
  });
});

describe('lists carried through a worked example (akkefa-ml-notes, lines 77–123)', () => {
  const FORWARD = ['z^{(1)} = W^{(1)} \\cdot x + b^{(1)} = [0.5, 0.6]', 'a^{(1)} = \\sigma(z^{(1)}) = [0.622, 0.645]'];

  it('a chain ending in a written list binds its decorated name; σ of it acts element by element', async () => {
    const [first, second] = await note(FORWARD);
    expect(first!.defines?.find((d) => d.body !== undefined)).toMatchObject({ name: 'z^(1)', body: ['List', 0.5, { num: '0.6' }] });
    expect(second!.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
    expect(second!.claims[1]!.reading).toContain('with σ as the logistic sigmoid applied element by element');
  });

  it('a wrong list with the bound vector and the assumed σ stays undecided', async () => {
    const [, second] = await note([FORWARD[0]!, 'a^{(1)} = \\sigma(z^{(1)}) = [0.622, 0.7]']);
    expect(second!.verdict).toBe('none');
    expect(second!.claims[1]!.reason).toContain('matrices bound earlier in the note (z^(1))');
  });

  it('σ of a written list: holds element by element, never fails (σ may mean something else)', async () => {
    expect(await claimVerdicts('\\sigma([0.5, 0.6]) = [0.622, 0.645]')).toEqual(['holds']);
    const wrong = await analyzeFormula('\\sigma([0.5, 0.6, 0]) = [0.622, 0.7, 0.5]');
    expect(wrong.verdict).toBe('none');
    expect(wrong.claims[0]!.reason).toBe('cannot evaluate: it does not hold with σ as the logistic sigmoid applied element by element, which the note may mean otherwise');
    expect(await claimVerdicts('\\text{ReLU}([-1, 2]) = [0, 2]')).toEqual(['holds']);
  });

  it('a name bound to a list against a written column of the same numbers is undecided, not a mismatch', async () => {
    const [, column] = await note(['\\mathbf{v} = [1, 2]', '\\mathbf{v} = \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}']);
    expect(column!.verdict).toBe('none');
  });

  it('`W^{(2)} = [0.4, 0.45]` is a binding, not a claim, each time it is written', async () => {
    const reports = await note(['W^{(2)} = [0.4, 0.45]', 'W^{(2)} = [0.4, 0.45]', 'W^{(2)} \\cdot [1, 1]^T = 0.85']);
    expect(reports.map((r) => r.verdict)).toEqual(['none', 'none', 'holds']);
  });

  it('the hidden-layer error with bound numbers, σ′ of a vector and an element-wise product (akkefa line 113)', async () => {
    // 0.139 · [0.4, 0.45] ⊙ [σ′(0.5), σ′(0.6)] = [0.013066, 0.014310] (python3).
    const reports = await note([
      'z^{(1)} = W^{(1)} \\cdot x + b^{(1)} = [0.5, 0.6]',
      'W^{(2)} = [0.4, 0.45]',
      "\\delta^{(2)} = (\\hat{y} - y) \\cdot \\sigma'(z^{(2)}) = 0.139",
      "\\delta^{(1)} = \\delta^{(2)} W^{(2)} \\cdot \\sigma'(z^{(1)}) = [0.013, 0.014]",
    ]);
    const claim = reports[3]!.claims[1]!;
    expect(claim.verdict).toBe('holds');
    expect(claim.reading).toContain('with the product of two rows taken element by element, the derivative of σ as the logistic sigmoid applied element by element');
    expect(claim.right.array && claim.left.array?.cells.map((c) => Number(c.value.toFixed(6)))).toEqual([0.013066, 0.01431]);
  });

  it('two rows multiplied with \\times may be a cross product: not read element by element', async () => {
    expect(await claimVerdicts('[1, 2, 3] \\cdot [1, 1, 1] = [1, 2, 3]')).toEqual(['holds']);
    expect(await claimVerdicts('[1, 2, 3] \\times [1, 1, 1] = [1, 2, 3]')).toEqual(['none']);
    const wrong = await analyzeFormula('[1, 2, 3] \\cdot [1, 1, 1] = [1, 2, 4]');
    expect(wrong.verdict).toBe('none');
    expect(wrong.claims[0]!.reason).toBe('cannot evaluate: it does not hold with the product of two rows taken element by element, which the note may mean otherwise');
  });

  it('an update that is wrong only with bound values stays undecided (akkefa line 119)', async () => {
    // 0.4 − 0.5·0.139·0.622 = 0.357, 0.45 − 0.5·0.139·0.645 = 0.405: wrong, but only with the bound values.
    const reports = await note([
      'W^{(2)} = [0.4, 0.45]', 'a^{(1)} = [0.622, 0.645]', '\\delta^{(2)} = 0.139', '\\eta = 0.5',
      'W^{(2)} = W^{(2)} - \\eta \\delta^{(2)} a^{(1)} = [0.37, 0.42]',
    ]);
    expect(reports[4]!.verdict).toBe('none');
    expect(reports[4]!.claims[1]!.reason).toBe(
      'cannot evaluate: it does not hold with the matrices and numbers bound earlier in the note (W^(2), a^(1), delta^(2), eta), whose names may have been reused',
    );
  });
});

describe('the sign function', () => {
  it('evaluates sign and sgn of numbers and of a dot product', async () => {
    expect(await claimVerdicts('\\text{sign}([2, 3] \\cdot [4, 1]^T + 1) = \\text{sign}(8 + 3 + 1) = \\text{sign}(12) = +1')).toEqual(['holds', 'holds', 'holds']);
    expect(await claimVerdicts('\\text{sign}([1, 2] \\cdot [2, 0]^T + 0) = \\text{sign}(2) = +1')).toEqual(['holds', 'holds']);
    expect(await claimVerdicts('\\operatorname{sgn}(-0.3) = -1')).toEqual(['holds']);
    expect(await claimVerdicts('\\text{sign}(6) = -1')).toEqual(['fails']);
  });

  it('sign(0) = 0 holds; sign(0) = 1 is a convention (perceptrons), undecided', async () => {
    expect(await claimVerdicts('\\text{sign}(\\mathbf{w} \\cdot \\mathbf{x}_1 + b) = \\text{sign}(0) = 0')).toEqual(['none', 'holds']);
    const convention = await analyzeFormula('\\text{sign}(3 - 3) = +1');
    expect(convention.verdict).toBe('none');
    expect(convention.claims[0]!.reason).toBe('cannot evaluate: it applies sign to 0, which is 0 by one convention and +1 or −1 by others');
  });

  it('a sign whose argument is within rounding of 0 has no value', async () => {
    const report = await analyzeFormula('\\text{sign}(0.1 + 0.2 - 0.3) = 1');
    expect(report.verdict).toBe('none');
  });
});

describe('update arrows', () => {
  it('judges the chain right of ← and not the arrow', async () => {
    const report = await analyzeFormula('b \\leftarrow 1 + (-1) = 0');
    expect(report.claims.map((c) => [c.left.source, c.right.source, c.verdict])).toEqual([['1 + (-1)', '0', 'holds']]);
    expect(await claimVerdicts('b \\leftarrow 0 + (-1) = -1')).toEqual(['holds']);
    expect(await claimVerdicts('b \\gets 0 + (-1) = 1')).toEqual(['fails']);
  });

  it('the old value of the name is unknown unless the note bound it; then it only confirms', async () => {
    expect(await claimVerdicts('b \\leftarrow b + 1 \\cdot (+1) = 1')).toEqual(['none']);
    const bound = await note(['b = 0', 'b \\leftarrow b + 1 \\cdot (+1) = 1']);
    expect(bound[1]!.verdict).toBe('holds');
    const reused = await note(['b = 0', 'b \\leftarrow b + 1 \\cdot (+1) = 2']);
    expect(reused[1]!.verdict).toBe('none');
  });

  it('binds the name to the chain’s written end for the formulas after it', async () => {
    const [, next] = await note(['b \\leftarrow 1 + (-1) = 0', 'b + 2 = 2']);
    expect(next!.verdict).toBe('holds');
    expect(next!.claims[0]!.reading).toContain('b \\leftarrow 1 + (-1) = 0');
  });

  it('an arrow after a relation stays in its side, unread as before', async () => {
    expect(await claimVerdicts('x = 1 \\leftarrow 2')).toEqual(['none']);
  });
});
