/**
 * Vectors and matrices in claims (matrix.ts, matrixSide.ts, matrixClaims.ts), with
 * the formulas of the corpus notes and reference values from numpy
 * (fixtures/matrixReference.py writes fixtures/matrixReference.json).
 */
import { describe, expect, it } from 'vitest';
import { analyzeFormula as analyzeWithin, analyzeNote as analyzeNoteWithin } from '../../src/core/formula';
import { scaled } from '../support/timeScale';
import { failureText } from '../../src/core/claimWords';
import { verdictText } from '../../src/shared/formulaHover';
import reference from './fixtures/matrixReference.json';

/** A crowded test machine must not turn a verdict into "took too long" (the 250 ms default is the editor's). */
const budget = { timeLimitMs: scaled(5000) };
const analyzeFormula = (source: string) => analyzeWithin(source, budget);
const analyzeNote = (note: string) => analyzeNoteWithin(note, budget);

/** A bmatrix as the notes write it inside Markdown: rows broken by a doubled `\\\\`. */
function bmatrix(rows: readonly (readonly number[])[], rowBreak = '\\\\\\\\'): string {
  return `\\begin{bmatrix} ${rows.map((r) => r.map((x) => String(x)).join(' & ')).join(` ${rowBreak} `)} \\end{bmatrix}`;
}

const column = (xs: readonly number[]) => xs.map((x) => [x]);

/** The trace example of deeplearningbook-notes.md (lines 296–346). */
const TRACE_NOTE = [
  '$$\n\\bs{A}=\n\\begin{bmatrix}\n    4 & 12 \\\\\\\\\n    7 & 6\n\\end{bmatrix}\n$$',
  '$$\n\\bs{B}=\n\\begin{bmatrix}\n    1 & -3 \\\\\\\\\n    4 & 3\n\\end{bmatrix}\n$$',
  '$$\n\\bs{C}=\n\\begin{bmatrix}\n    6 & 6 \\\\\\\\\n    2 & 5\n\\end{bmatrix}\n$$',
  `$$\n\\bs{ABC}=\n${bmatrix(reference.ABC)}\n$$`,
  `$$\n\\bs{CAB}=\n${bmatrix(reference.CAB)}\n$$`,
  `$$\n\\bs{BCA}=\n${bmatrix(reference.BCA)}\n$$`,
  `$$\n\\Tr(\\bs{ABC}) = \\Tr(\\bs{CAB}) = \\Tr(\\bs{BCA}) =  ${reference.traceABC}\n$$`,
].join('\n\n');

describe('reading matrices', () => {
  it('reads a doubled row break (\\\\\\\\ in Markdown) as one row break', async () => {
    const report = await analyzeFormula(`${bmatrix([[5, 1], [3, 3]])} = ${bmatrix([[5, 1], [3, 3]], '\\\\')}`);
    expect(report.sides[0]!.array).toMatchObject({ rows: 2, cols: 2, certainShape: true });
    expect(report.sides[0]!.array!.cells.map((c) => c.value)).toEqual([5, 1, 3, 3]);
    expect(report.verdict).toBe('holds');
  });

  it('reads pmatrix like bmatrix and a vmatrix as its determinant', async () => {
    expect((await analyzeFormula('\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}')).verdict).toBe('holds');
    expect((await analyzeFormula('\\begin{vmatrix} 5 & 6 \\\\ 8 & 0 \\end{vmatrix} = -48')).verdict).toBe('holds');
  });

  it('refuses rows of different lengths with a clear message', async () => {
    const report = await analyzeFormula('\\begin{bmatrix} 1 & 2 \\\\ 3 \\end{bmatrix} = 1');
    expect(report.sides[0]!.error).toBe('cannot evaluate: the rows of a matrix have different lengths (2 and 1)');
    expect(report.verdict).toBe('none');
  });

  it('refuses a product whose inner sizes differ', async () => {
    const report = await analyzeFormula(`${bmatrix([[1, 2], [3, 4]])}${bmatrix([[1, 2, 3]])} = 1`);
    expect(report.sides[0]!.error).toBe('cannot evaluate: a 2×2 matrix times a 1×3 row vector: the inner sizes differ');
  });
});

describe('claims between matrices, element by element', () => {
  it('holds the eigenvector product of deeplearningbook-notes to the 8 digits of its inputs', async () => {
    const source = '\\begin{bmatrix}\n    5 & 1\\\\\\\\\n    3 & 3\n\\end{bmatrix}\n\\begin{bmatrix}\n    0.70710678\\\\\\\\\n    0.70710678\n\\end{bmatrix}=\n\\begin{bmatrix}\n    4.24264069\\\\\\\\\n    4.24264069\n\\end{bmatrix}';
    const report = await analyzeFormula(source);
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toBe('element by element, to the 8 significant digits of its inputs');
    const cells = report.sides[0]!.array!.cells.map((c) => c.value);
    reference.Sv.forEach((x, k) => expect(cells[k]).toBeCloseTo(x, 14));
  });

  it('fails when one element fails under every reading, naming the element and both values', async () => {
    const report = await analyzeFormula(`${bmatrix([[5, 1], [3, 3]])}${bmatrix(column([0.70710678, 0.70710678]))} = ${bmatrix(column([4.24264069, 4.3]))}`);
    expect(report.verdict).toBe('fails');
    const claim = report.claims[0]!;
    expect(claim.array?.element).toEqual({ row: 2, col: 1, left: 3 * 0.70710678 + 3 * 0.70710678, right: 4.3 });
    expect(failureText(claim, (x) => String(x))).toContain('element (2, 1) is 4.24264068 on the left and 4.3 on the right');
  });

  it('holds ≈ when every element rounds to its written digits', async () => {
    const holds = await analyzeFormula(`${bmatrix([[5, 1], [3, 3]])}${bmatrix(column([0.70710678, 0.70710678]))} \\approx ${bmatrix(column([4.2, 4.24]))}`);
    expect(holds.verdict).toBe('holds');
  });

  it('is undecided when an element is undecided and none fails, naming the element', async () => {
    const report = await analyzeFormula('\\begin{bmatrix} 1 & \\sin(\\pi) \\end{bmatrix} = \\begin{bmatrix} 1 & 0 \\end{bmatrix}');
    expect(report.verdict).toBe('none');
    expect(report.claims[0]!.reason).toMatch(/^cannot evaluate: element \(1, 2\): float64 cannot decide this claim/);
  });

  it('holds scalar · tuple = tuple (ericwiener-ai-notes) and fails a wrong element', async () => {
    expect((await analyzeFormula('\\text{rates}=2 \\cdot(1,2,4)=(2,4,8)')).verdict).toBe('holds');
    const wrong = await analyzeFormula('2 \\cdot(1,2,4)=(2,4,9)');
    expect(wrong.verdict).toBe('fails');
    expect(wrong.claims[0]!.array?.element).toMatchObject({ row: 3, col: 1, left: 8, right: 9 });
  });

  it('adds, subtracts and scales matrices', async () => {
    expect((await analyzeFormula(`${bmatrix([[1, 2], [3, 4]])} + 2${bmatrix([[1, 0], [0, 1]])} = ${bmatrix([[3, 2], [3, 6]])}`)).verdict).toBe('holds');
    expect((await analyzeFormula(`${bmatrix([[1, 2], [3, 4]])} - ${bmatrix([[1, 2], [3, 4]])} = ${bmatrix([[0, 0], [0, 0]])}`)).verdict).toBe('holds');
    expect((await analyzeFormula(`\\frac{${bmatrix([[2, 4]])}}{2} = ${bmatrix([[1, 2]])}`)).verdict).toBe('holds');
  });

  it('transposes with ^T, ^\\top, ^\\intercal and ^\\text{T}', async () => {
    const expected = bmatrix(reference.AT);
    for (const t of ['^T', '^{T}', '^\\top', '^\\intercal', '^\\text{T}', '^{\\mathsf{T}}']) {
      const report = await analyzeFormula(`${bmatrix([[4, 12], [7, 6]])}${t} = ${expected}`);
      expect(report.verdict, `${t}: ${report.error}`).toBe('holds');
    }
  });

  it('inverts a matrix (numpy.linalg.inv) and multiplies out small powers', async () => {
    const P = [[2, -1, 0], [1, 3, 2], [0, 1, 4]];
    const report = await analyzeFormula(`${bmatrix(P)}^{-1} = ${bmatrix(reference.invP)}`);
    expect(report.verdict).toBe('holds');
    expect((await analyzeFormula(`${bmatrix(P)}^{-1} \\approx ${bmatrix(reference.invP.map((r) => r.map((x) => Number(x.toPrecision(4)))))}`)).verdict).toBe('holds');
    expect((await analyzeFormula(`${bmatrix([[4, 12], [7, 6]])}^2 = ${bmatrix(reference.A2)}`)).verdict).toBe('holds');
  });

  it('gives a singular matrix no inverse', async () => {
    const report = await analyzeFormula(`${bmatrix([[1, 2], [2, 4]])}^{-1} = ${bmatrix([[1, 0], [0, 1]])}`);
    expect(report.sides[0]!.error).toMatch(/^cannot evaluate: element \(1, 1\): the value is infinite in float64/);
    expect(report.verdict).toBe('none');
  });

  it('computes the pseudo-inverse A^+ of a tall matrix (numpy.linalg.pinv)', async () => {
    const note = `$$\\bs{T} = ${bmatrix([[1, 2], [3, 4], [5, 6]])}$$\n\n$$\\bs{T}^+ = ${bmatrix(reference.pinvT)}$$`;
    const [, claim] = await analyzeNote(note);
    expect(claim!.verdict).toBe('holds');
  });
});

describe('numbers from matrices: determinants, norms, traces, dot products', () => {
  it('holds the determinants of handson-ml3, written with bars', async () => {
    expect((await analyzeFormula('\\left | \\begin{bmatrix} 5 & 6 \\\\ 8 & 0 \\end{bmatrix} \\right | = 5 \\times 0 - 6 \\times 8 = -48')).verdict).toBe('holds');
    const M = '\\begin{bmatrix} 1 & 2 & 3 \\\\ 4 & 5 & 6 \\\\ 7 & 8 & 0 \\end{bmatrix}';
    expect((await analyzeFormula(`\\det ${M} = ${reference.detM}`)).verdict).toBe('holds');
    expect((await analyzeFormula(`\\det(${M}) = 28`)).verdict).toBe('fails');
  });

  it('takes the norms ‖u‖₂, ‖u‖₁, ‖u‖_∞ and the Frobenius norm, in every spelling', async () => {
    const u = bmatrix(column([3, 4]));
    for (const norm of [`\\norm{${u}}`, `\\norm{${u}}_2`, `\\|${u}\\|`, `\\lVert ${u} \\rVert_2`, `\\left\\| ${u} \\right\\|`, `\\Vert ${u} \\Vert`]) {
      expect((await analyzeFormula(`${norm} = ${reference.normU}`)).verdict, norm).toBe('holds');
    }
    const w = bmatrix([[1, -6, 2]]);
    expect((await analyzeFormula(`\\norm{${w}}_1 = ${reference.norm1}`)).verdict).toBe('holds');
    expect((await analyzeFormula(`\\norm{${w}}_\\infty = ${reference.normInf}`)).verdict).toBe('holds');
    expect((await analyzeFormula(`\\norm{${bmatrix([[4, 12], [7, 6]])}}_F \\approx ${reference.frobeniusA.toPrecision(6)}`)).verdict).toBe('holds');
    expect((await analyzeFormula(`\\norm{${bmatrix([[4, 12], [7, 6]])}} = 1`)).sides[0]!.error).toMatch(/matrix norm other than the Frobenius norm/);
  });

  it('reads a row times a column as a number (x^T x of deeplearningbook-notes)', async () => {
    const report = await analyzeFormula(`${bmatrix([[2, 5, 3, 3]])} \\times ${bmatrix(column([2, 5, 3, 3]))} = ${reference.xTx}`);
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.left.value).toBe(reference.xTx);
  });

  it('refuses a product of two column vectors (dot or cross?)', async () => {
    const report = await analyzeFormula(`${bmatrix(column([1, 2, 3]))} \\cdot ${bmatrix(column([1, 2, 3]))} = 14`);
    expect(report.sides[0]!.error).toBe('cannot evaluate: a product of two column vectors (dot or cross product?) is not evaluated');
  });
});

describe('matrices bound earlier in the note', () => {
  it('binds \\bs{A} = … and holds products and traces of the bound matrices (deeplearningbook-notes)', async () => {
    const reports = await analyzeNote(TRACE_NOTE);
    expect(reports.map((r) => r.verdict)).toEqual(['none', 'none', 'none', 'holds', 'holds', 'holds', 'holds']);
    expect(reports[0]!.defines?.[0]).toMatchObject({ name: 'A', params: [] });
    expect(reports[6]!.claims.map((c) => c.verdict)).toEqual(['holds', 'holds', 'holds']);
  });

  it('never refutes with a bound matrix: names get reused', async () => {
    const reports = await analyzeNote(`${TRACE_NOTE}\n\n$$\\bs{ABC} = ${bmatrix([[360, 432], [180, 170]])}$$`);
    const last = reports[reports.length - 1]!;
    expect(last.verdict).toBe('none');
    expect(last.claims[0]!.reason).toBe('cannot evaluate: it does not hold with the matrices bound earlier in the note (A, B, C), whose names may have been reused');
  });

  it('rebinds a name defined again, and leaves free symbols free', async () => {
    const note = `$$\\bs{A} = ${bmatrix([[1, 2], [3, 4]])}$$\n\n$$\\bs{A} = ${bmatrix([[2, 0], [0, 2]])}$$\n\n$$\\bs{A}^{-1} = ${bmatrix([[0.5, 0], [0, 0.5]])}$$\n\n$$\\bs{Ax} = \\bs{b}$$`;
    const reports = await analyzeNote(note);
    expect(reports.map((r) => r.verdict)).toEqual(['none', 'none', 'holds', 'none']);
    expect(reports[3]!.claims[0]!.left.error).toBeUndefined();
  });

  it('holds a dot product x^T y of bound vectors', async () => {
    const note = `$$\\bs{x} = ${bmatrix(column([0, 2]))}$$\n\n$$\\bs{y} = ${bmatrix(column([2, 2]))}$$\n\n$$\\bs{x^\\text{T}y} = 0\\times2+2\\times2 = 4$$`;
    const reports = await analyzeNote(note);
    expect(reports[2]!.claims.map((c) => c.verdict)).toEqual(['holds', 'holds']);
  });
});

describe('shapes', () => {
  it('calls written matrices of different shapes a mismatch', async () => {
    const report = await analyzeFormula(`${bmatrix([[1, 2], [3, 4]])} = ${bmatrix([[1, 2, 3], [4, 5, 6]])}`);
    expect(report.verdict).toBe('mismatch');
    expect(failureText(report.claims[0]!, String)).toContain('the sides have different shapes: 2×2 matrix vs 2×3 matrix');
  });

  it('says in the hover which element fails and that shapes differ', async () => {
    const fails = await analyzeFormula('2 \\cdot(1,2,4)=(2,4,9)');
    expect(verdictText(fails.claims[0]!, String)).toBe('fails ✗ element (3, 1) is 8 on the left and 9 on the right (relative error 0.1111111111111111)');
    const shapes = await analyzeFormula(`${bmatrix([[1, 2], [3, 4]])} = ${bmatrix([[1, 2, 3], [4, 5, 6]])}`);
    expect(verdictText(shapes.claims[0]!, String)).toBe('shapes differ ✗: the sides have different shapes: 2×2 matrix vs 2×3 matrix');
  });

  it('leaves a row against a column, a tuple against a matrix, and a number against a matrix undecided', async () => {
    const row = await analyzeFormula(`${bmatrix([[1, 2]])} = ${bmatrix(column([1, 2]))}`);
    expect(row.verdict).toBe('none');
    expect(row.claims[0]!.reason).toBe('cannot evaluate: the sides have different shapes: 1×2 row vector vs 2×1 column vector');
    expect((await analyzeFormula(`(1, 2) = ${bmatrix([[1, 2]])}`)).verdict).toBe('none');
    expect((await analyzeFormula(`${bmatrix([[1, 2], [3, 4]])} = 10`)).verdict).toBe('none');
  });

  it('does not judge < or ≠ between matrices', async () => {
    const report = await analyzeFormula(`${bmatrix([[1, 2]])} < ${bmatrix([[3, 4]])}`);
    expect(report.claims[0]!.reason).toBe('cannot evaluate: < between vectors or matrices is not judged');
  });
});

describe('what stays scalar', () => {
  it('gives e^T no value (no transpose of a number), and keeps P(1, 2) a call', async () => {
    const power = await analyzeFormula('e^T = 5');
    expect([power.sides[0]!.value, power.verdict]).toEqual([null, 'none']);
    expect((await analyzeFormula('P(1, 2) = 0.5')).sides[0]!.array).toBeUndefined();
  });

  it('bounds the work: a 21×21 matrix is refused', async () => {
    const big = `\\begin{bmatrix}${Array.from({ length: 21 }, () => Array(21).fill('1').join('&')).join('\\\\')}\\end{bmatrix}`;
    const report = await analyzeFormula(`${big}^2 = 1`);
    expect(report.sides[0]!.error).toBe('cannot evaluate: a matrix of more than 400 elements');
  });
});

describe('derivations written for Markdown', () => {
  it('ends a row at a doubled row break \\\\\\\\ (deeplearningbook-notes, align*)', async () => {
    const report = await analyzeFormula('\\begin{align*}\n\\norm{\\bs{u}}_2 &=\\sqrt{|3|^2+|4|^2}\\\\\\\\\n&=\\sqrt{25}\\\\\\\\\n&=5\n\\end{align*}');
    expect(report.claims.map((c) => [c.right.source, c.verdict])).toEqual([['\\sqrt{|3|^2+|4|^2}', 'none'], ['\\sqrt{25}', 'holds'], ['5', 'holds']]);
  });

  it('keeps text in a superscript (x^\\text{T}) inside its side', async () => {
    const report = await analyzeFormula(`${bmatrix([[2, 5, 3, 3]])}^\\text{T} = ${bmatrix(column([2, 5, 3, 3]))}`);
    expect(report.claims).toHaveLength(1);
    expect(report.verdict).toBe('holds');
  });

  it('reads text in a subscript as part of the name (k_\\textrm{h} of D2L)', async () => {
    const report = await analyzeFormula('p_\\textrm{h} = k_\\textrm{h}-1');
    expect(report.claims).toHaveLength(1);
    expect(report.sides.map((s) => [s.symbols, s.error])).toEqual([[['h', 'p'], undefined], [['h', 'k'], undefined]]);
  });

  it('never fails a·-b^2, which authors mean as a·(-b)^2 (deeplearningbook-notes line 260): it holds so', async () => {
    const report = await analyzeFormula('6\\times -0.4472136^2 + 4\\times -0.4472136\\times 0.89442719 + 3 \\times 0.89442719^2 = 2');
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toContain('(-b)^2');
    const wrong = await analyzeFormula('6\\times -0.4472136^2 + 4\\times -0.4472136\\times 0.89442719 + 3 \\times 0.89442719^2 = 3');
    expect(wrong.verdict).toBe('none');
    expect(wrong.claims[0]!.reason).toBe('cannot evaluate: a·-b^2 may mean a·(-b)^2 or a·-(b^2); it fails read as -(b^2)');
  });
});

describe('linear-algebra course notes (apachecn/ailearning, MIT 18.06 in Chinese)', () => {
  it('a rotation by 90 written in degrees holds element by element', async () => {
    const report = await analyzeFormula('\\begin{bmatrix}\\cos 60&-\\sin 30\\\\\\sin 30&\\cos 60\\end{bmatrix} = \\begin{bmatrix}0.5&-0.5\\\\0.5&0.5\\end{bmatrix}');
    expect(report.verdict).toBe('holds');
    expect((await analyzeFormula('\\begin{bmatrix}\\cos 90&-\\sin 90\\\\\\sin 90&\\cos 90\\end{bmatrix} = \\begin{bmatrix}0&-1\\\\1&0\\end{bmatrix}')).verdict).not.toBe('fails');
  });

  it('a shape that differs from a matrix bound earlier is no mismatch: the name was reused', async () => {
    const note = [
      '$A=\\begin{bmatrix}-1 & 1 & 0 \\\\ 0 & -1 & 1 \\\\ -1 & 0 & 1 \\\\ -1 & 0 & 0 \\\\ 0 & 0 & -1\\end{bmatrix}$',
      '$A^T=\\begin{bmatrix}-1 & 0 & -1 & -1 & 0 \\\\ 1 & -1 & 0 & 0 & 0 \\\\ 0 & 1 & 1 & 0 & -1 \\\\ 0 & 0 & 0 & 1 & 1\\end{bmatrix}$',
      '',
    ].join('\n\n');
    const [, transpose] = await analyzeNote(note);
    expect(transpose!.verdict).toBe('none');
    expect(transpose!.claims[0]!.reason).toMatch(/shapes do not agree with the matrices bound earlier/);
  });

  it('a wrong product of written matrices still fails', async () => {
    // chapter03: the columns are multiples of (1, 2), so the matrix meant is [[1,3],[2,6]]; as written it is not singular along (3, -1).
    const report = await analyzeFormula('\\begin{bmatrix}1&2\\\\3&6\\end{bmatrix}\\begin{bmatrix}3\\\\-1\\end{bmatrix}=\\begin{bmatrix}0\\\\0\\end{bmatrix}');
    expect(report.verdict).toBe('fails');
  });
});
