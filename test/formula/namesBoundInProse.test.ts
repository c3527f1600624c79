/**
 * Names the prose gives numbers, carried into a claim left undecided for them (namesBoundInProse.ts).
 * Excerpts: ethen8181/machine-learning (deep_learning/softmax.ipynb, markdown cells: "(x=4)", then
 * $x - 112 = -108$: 4 − 112 = −108), jax-ml/scaling-book (transformers.md: L=64, D=8192 beside
 * $$B * T=4M$$; inference.md: "if $F$ is 16,384 and $B$ is 32"). The reading may confirm, never refute.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote, firstClaimOf } from '../support/judging';

const ETHEN_BEFORE =
  "Calculus tells us that the derivative of a function at a particular point is the rate of change/slope of the tangent to that part of the function. So let's use derivatives to help us get to the bottom of this function. The derivative of $f(x) = x^4 - 3x^3 + 2$ is $f'(x) = 4x^3 - 9x^2$. So if we plug in our random point from above (x=4) into the first derivative of $f(x)$ we get $f'(4) = 4(4)^3 - 9(4)^2 = 112$. So how does 112 tell us where to go?\n\n";
const ETHEN_CLAIM = (result: string) =>
  `We'll now formalize this: When we start with a random x and compute it's deriative $f'(x)$, our <b>new x</b> should then be proportional to $x - f'(x)$. The word proportional is there because we wish to control <em>to what degree</em> we move at each step, for example when we compute $f'(4)=112$, do we really want our new $x$ to be $x - 112 = ${result}$? No, if we jump all the way to -108, we're even farther from the minimum than we were before.\n`;

describe('a name the prose gives a number', () => {
  it('ethen8181: "(x=4)" in the prose, then $x - 112 = -108$ holds', async () => {
    const claim = await firstClaimOf(ETHEN_BEFORE + ETHEN_CLAIM('-108'), 'x - 112 = -108');
    expect(claim.verdict).toBe('holds');
    expect(claim.reading).toContain('with the numbers the prose gives its names ("x=4")');
  });

  it('a planted slip in the same step is not confirmed, nor failed', async () => {
    expect((await firstClaimOf(ETHEN_BEFORE + ETHEN_CLAIM('-107'), 'x - 112 = -107')).verdict).toBe('none');
    expect((await firstClaimOf(ETHEN_BEFORE + ETHEN_CLAIM('-116'), 'x - 112 = -116')).verdict).toBe('none');
  });

  it('without the prose binding the step stays undecided', async () => {
    const note = ETHEN_BEFORE.replace(' (x=4)', '') + ETHEN_CLAIM('-108');
    expect((await firstClaimOf(note, 'x - 112 = -108')).verdict).toBe('none');
  });

  it('a binding under another heading, or in a fenced code block, binds nothing', async () => {
    expect((await firstClaimOf(`${ETHEN_BEFORE}## Next\n\n${ETHEN_CLAIM('-108')}`, 'x - 112 = -108')).verdict).toBe('none');
    const code = 'We plug in a point:\n\n```python\nx = 4\n```\n\nOur new $x$ is $x - 112 = -108$.\n';
    expect((await firstClaimOf(code, 'x - 112 = -108')).verdict).toBe('none');
  });

  it('a name given two numbers in the section binds neither', async () => {
    const note = `${ETHEN_BEFORE.replace('(x=4)', '(x=4, and later x=5)')}${ETHEN_CLAIM('-108')}`;
    expect((await firstClaimOf(note, 'x - 112 = -108')).verdict).toBe('none');
  });

  it('"$F$ is 16,384 and $B$ is 32" (scaling-book inference.md) carries into a formula of the same sentence', async () => {
    const note = 'That means e.g. if $F$ is 16,384 and $B$ is 32, we can in theory do model parallelism up to $F / (B \\cdot 8) = 64$ ways without a meaningful hit in throughput.\n';
    const claim = await firstClaimOf(note, 'F / (B \\cdot 8) = 64');
    expect(claim.verdict).toBe('holds');
    expect(claim.reading).toContain('"$F$ is 16,384"');
    const slipped = 'That means e.g. if $F$ is 16,384 and $B$ is 32, we can in theory do model parallelism up to $F / (B \\cdot 8) = 32$ ways.\n';
    expect((await firstClaimOf(slipped, 'F / (B \\cdot 8) = 32')).verdict).toBe('none');
  });

  it('a number that is part of something else binds nothing ("$X$ is -1 or 1", "$n$ is 2 times")', async () => {
    expect((await firstClaimOf('For example, if $X$ is -1 or 1 with equal probability, then $X + 1 = 0$.\n', 'X + 1 = 0')).verdict).toBe('none');
    expect((await firstClaimOf('Here $n$ is 2 times the batch, so $n + 1 = 3$.\n', 'n + 1 = 3')).verdict).toBe('none');
  });

  it('scaling-book: L=64, D=8192 beside $$B * T=4M$$ leave 2·20·B·T·D·L undecided (B and T are not bound one by one)', async () => {
    const note =
      "Backpropagation as an algorithm trades memory for compute. Instead of a backward pass requiring $$O(n_\\text{layers}^2)$$ FLOPs, **it requires $$O(n_\\text{layers})$$ memory**, saving all intermediate activations generated during the forward pass. While this is better than quadratic compute, it's incredibly expensive memory-wise: a model with $$B * T=4M$$ (4M total tokens per batch), L=64, and D=8192 that avoids all unnecessary backward pass compute would have to save roughly $$2 * 20 * B * T * D * L = 84TB$$ of activations in bfloat16.\n";
    const reports = await judgeNote(note);
    expect(reports.at(-1)!.verdict).toBe('none');
  });

  it('a claim restating the number is a binding, not a computation', async () => {
    expect((await firstClaimOf('The level $\\alpha$ is 0.05 here, so we test at $\\alpha = 0.05$.\n', '\\alpha = 0.05')).verdict).toBe('none');
  });

  it('Chinese prose: "$\\eta$ 为 0.1" carries into the step', async () => {
    const note = '设学习率 $\\eta$ 为 0.1，梯度为 3，则步长 $\\eta \\times 3 = 0.3$。\n';
    expect((await firstClaimOf(note, '\\eta \\times 3 = 0.3')).verdict).toBe('holds');
    expect((await firstClaimOf(note.replace('= 0.3', '= 0.4'), '\\eta \\times 3 = 0.4')).verdict).toBe('none');
  });
});
