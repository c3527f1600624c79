/**
 * Norms written with `\|`: the engine cannot read the bar, and its error recovery
 * took time exponential in the number of bars — a chain of norms in an RL note
 * (qshf/rl-math-notes, _tutor/sections/03.3_bellman-optimality-equation.md, the
 * contraction proof's equation (3.4)) ran for minutes past every time limit, since
 * a parse cannot be interrupted. Past four bars a side is unreadable at once.
 */
import { describe, expect, it } from 'vitest';
import { latexReader } from '../../src/core/formula/read/engine';
import { analyzeNote } from '../../src/core/formula';

const CONTRACTION = String.raw`\begin{array}{l} \left\| x _ {m} - x _ {n} \right\| = \left\| x _ {m} - x _ {m - 1} + x _ {m - 1} - \dots - x _ {n + 1} + x _ {n + 1} - x _ {n} \right\| \\ \leq \left\| x _ {m} - x _ {m - 1} \right\| + \dots + \left\| x _ {n + 1} - x _ {n} \right\| \\ \leq \gamma^ {m - 1} \| x _ {1} - x _ {0} \| + \dots + \gamma^ {n} \| x _ {1} - x _ {0} \| \\ = \gamma^ {n} \left(\gamma^ {m - 1 - n} + \dots + 1\right) \| x _ {1} - x _ {0} \| \\ \leq \gamma^ {n} (1 + \dots + \gamma^ {m - 1 - n} + \gamma^ {m - n} + \gamma^ {m - n + 1} + \dots) \| x _ {1} - x _ {0} \| \\ = \frac {\gamma^ {n}}{1 - \gamma} \| x _ {1} - x _ {0} \|. \tag {3.4} \\ \end{array}`;

const head = (tree: unknown): unknown => (Array.isArray(tree) ? tree[0] : undefined);
const hasError = (tree: unknown): boolean => Array.isArray(tree) && (tree[0] === 'Error' || tree.some(hasError));

describe('norms written with \\|', () => {
  it('a side with more than four bars is unreadable without a parse, with the error a parse ends in', async () => {
    const reader = await latexReader();
    const three = String.raw`a \| x \| + b \| y \| + c \| z \|`;
    expect(reader.read(three)).toEqual(['Error', "'unexpected-command'", ['LatexString', "'\\|'"]]);
    expect(head(reader.read(String.raw`\left\| x \right\| + \left\| y \right\| + \left\| z \right\|`))).toBe('Error');
  });

  it('up to four bars are parsed as before (still unreadable: the engine has no \\| norm)', async () => {
    const reader = await latexReader();
    const two = reader.read(String.raw`a \| x \| + b \| y \|`);
    expect(head(two)).toBe('Add');
    expect(hasError(two)).toBe(true);
  });

  it('norms written with \\lVert … \\rVert are read, however many', async () => {
    const reader = await latexReader();
    const tree = reader.read(String.raw`\lVert x \rVert + \lVert y \rVert + \lVert z \rVert + \lVert w \rVert + \lVert v \rVert`);
    expect(hasError(tree)).toBe(false);
    expect(JSON.stringify(tree).match(/"Norm"/g)).toHaveLength(5);
  });

  it('the RL note\'s contraction chain is reported (undecided), not left running', async () => {
    const [report] = await analyzeNote(`Proof:\n\n$$\n${CONTRACTION}\n$$\n`);
    expect(report!.verdict).toBe('none');
    expect(report!.claims.every((c) => c.verdict === 'none')).toBe(true);
  });
});
