/**
 * Derivatives along a computation graph the note writes out (graphDerivatives.ts):
 * the forward pass and loss of large-scale-lm-tutorials' ZeRO notebook (test/corpus),
 * whose backward pass drops the sign of dL/dz_2. With every node bound once and the
 * target y bound nowhere, the substitutions and constants are the graph's own, and a
 * wrong derivative fails; with a name reused or a constant bound, it may only hold.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { graphMayRefute } from '../../src/core/formula/identity/graphDerivatives';
import type { FunctionDefinition } from '../../src/core/formula/types';

const GRAPH = [
  '$z_1 = w_1 \\cdot x \\; $ (FWD: layer1)',
  '',
  '$z_2 = w_2 \\cdot z_1 \\; $ (FWD: layer2)',
  '',
  '$L = \\frac{(y - z_2)^2}{2} \\; $ (Loss computation)',
  '',
].join('\n');

/** The verdict of the last formula of the graph followed by `claim`. */
async function verdictAfter(prefix: string, claim: string): Promise<string | undefined> {
  const reports = await judgeNote(`${prefix}\n${claim}\n`);
  return reports[reports.length - 1]?.verdict;
}

describe('a derivative along a computation graph', () => {
  it('holds when right, as the note writes the local gradients', async () => {
    expect(await verdictAfter(GRAPH, '$\\frac{dz_2}{dw_2} = z_1 \\;$ (BWD-weight: layer2)')).toBe('holds');
    expect(await verdictAfter(GRAPH, '$\\frac{dz_1}{dw_1} = x \\; $ (BWD-weight: layer1)')).toBe('holds');
    expect(await verdictAfter(GRAPH, '$\\frac{dL}{dz_2} = z_2 - y$')).toBe('holds');
    expect(await verdictAfter(GRAPH, '$\\frac{dL}{dw_2} = (z_2 - y) \\cdot z_1$')).toBe('holds');
    expect(await verdictAfter(GRAPH, '$\\frac{dL}{dw_1} = (z_2 - y) \\cdot w_2 \\cdot x$')).toBe('holds');
  });

  it('fails with the note\'s dropped sign, at the node and through the substituted nodes', async () => {
    expect(await verdictAfter(GRAPH, '$\\frac{dL}{dz_2} =  y - z_2 \\; $ (BWD-activation: layer2)')).toBe('fails');
    expect(await verdictAfter(GRAPH, '$\\frac{dL}{dw_2} = (y - z_2) \\cdot z_1$')).toBe('fails');
    expect(await verdictAfter(GRAPH, '$\\frac{dL}{dw_1} = (y - z_2) \\cdot w_2 \\cdot x$')).toBe('fails');
    expect(await verdictAfter(GRAPH, '$\\frac{dz_2}{dw_2} = w_2$')).toBe('fails');
  });

  it('never fails the chain rule, whose right side keeps z_2 a variable that the left side substituted', async () => {
    expect(await verdictAfter(GRAPH, '$\\frac{dL}{dw_2} = \\frac{dL}{dz_2} \\cdot \\frac{dz_2}{dw_2}$')).not.toBe('fails');
    expect(await verdictAfter(GRAPH, '$\\frac{dL}{dw_1} = \\frac{dL}{dz_2} \\cdot \\frac{dz_2}{dz_1} \\cdot \\frac{dz_1}{dw_1}$')).not.toBe('fails');
  });

  it('may only hold when a constant is bound in the note, or a node is bound twice', async () => {
    // y defined through a function of z_2 the note does not give: holding it constant is then a reading, not a fact.
    expect(await verdictAfter(`$y = g(z_2)$\n\n${GRAPH}`, '$\\frac{dL}{dz_2} = y - z_2$')).not.toBe('fails');
    // L defined twice: the claim may be about either.
    expect(await verdictAfter(`${GRAPH}\n$L = \\frac{(y + z_2)^2}{2}$\n`, '$\\frac{dL}{dz_2} = y - z_2$')).not.toBe('fails');
  });

  it('may only hold when it substitutes a bound name the differentiated node is not built from', async () => {
    const withOther = `${GRAPH}\n$q = w_2 + 1$\n`;
    expect(await verdictAfter(withOther, '$\\frac{dL}{dz_2} = (z_2 - y) q$')).not.toBe('fails');
  });
});

describe('what the graph reading needs from the source', () => {
  it('a spacing command at the end of a definition is no statement separator', async () => {
    expect(await verdictAfter('$b_2 = w_2 \\cdot z_1 \\,$ here.\n', '$\\frac{db_2}{dw_2} = z_1$')).toBe('holds');
  });

  it('a size switch (\\Large) changes how big the formula is set, not what it says', async () => {
    // PyTorchStepByStep, Chapter 3 (test/corpus): 13/15 = 0.86667, written truncated.
    expect(await verdictAfter('', '$$\n\\Large \\text{Precision}(\\text{thresh}=0.40)=\\frac{13}{13+2}=0.8666\n$$')).toBe('holds');
    expect(await verdictAfter('', '$$\n\\Large\n\\left(\\frac{1}{10000^{\\frac{0}{8}}}, \\frac{1}{10000^{\\frac{2}{8}}}, \\frac{1}{10000^{\\frac{4}{8}}}\\right)=(1, 0.1, 0.01)\n$$')).toBe('holds');
    expect(await verdictAfter('', '$$\n\\Large\n\\left(\\frac{1}{10000^{\\frac{0}{8}}}, \\frac{1}{10000^{\\frac{2}{8}}}, \\frac{1}{10000^{\\frac{4}{8}}}\\right)=(1, 0.1, 0.001)\n$$')).toBe('fails');
    expect(await verdictAfter('', '$$\n\\large\n\\frac{0 - 0.5}{0.5}=-2\n$$')).toBe('fails');
  });
});

describe('when the graph rule lets a derivative refute', () => {
  const bound = (name: string, body: FunctionDefinition['body'], extra: Partial<FunctionDefinition> = {}): [string, FunctionDefinition] =>
    [name, { name, params: [], body, source: `${name} = …`, ...extra }];
  const graph = new Map([
    bound('z_1', ['Multiply', 'w_1', 'x']),
    bound('z_2', ['Multiply', 'w_2', 'z_1']),
    bound('L', ['Divide', ['Power', ['Subtract', 'y', 'z_2'], 2], 2]),
  ]);
  const sides = { left: new Set(['w_1', 'w_2', 'x', 'y']), right: new Set(['w_1', 'w_2', 'x', 'y']) };
  const dLdw2 = { differentiated: new Set(['L']), substituted: new Set(['z_2', 'z_1']), heldConstant: new Set(['w_1', 'x', 'y']), by: new Set(['w_2']) };

  it('along the graph: nodes bound once, constants bound nowhere', () => {
    expect(graphMayRefute(dLdw2, graph, sides)).toBe(true);
  });

  it('not when a constant held is bound in the note', () => {
    expect(graphMayRefute(dLdw2, new Map([...graph, bound('y', undefined)]), sides)).toBe(false);
  });

  it('not when a node was bound before', () => {
    expect(graphMayRefute(dLdw2, new Map([...graph, bound('z_2', ['Multiply', 'w_2', 'z_1'], { redefined: true })]), sides)).toBe(false);
  });

  it('not when a substituted name is no node the differentiated one is built from', () => {
    const q = { ...dLdw2, substituted: new Set(['z_2', 'z_1', 'q']) };
    expect(graphMayRefute(q, new Map([...graph, bound('q', ['Add', 'w_2', 1])]), sides)).toBe(false);
  });

  it('not when a node differentiated by is a variable on one side only', () => {
    const chain = { ...dLdw2, by: new Set(['w_2', 'z_2']) };
    expect(graphMayRefute(chain, graph, { left: sides.left, right: new Set([...sides.right, 'z_2']) })).toBe(false);
  });

  it('not for one formula, which shows no graph (`y = x^2 + z`: z may depend on x)', () => {
    const single = new Map([bound('y', ['Add', ['Power', 'x', 2], 'z'])]);
    const dydx = { differentiated: new Set(['y']), substituted: new Set<string>(), heldConstant: new Set(['z']), by: new Set(['x']) };
    expect(graphMayRefute(dydx, single, { left: new Set(['x', 'z']), right: new Set(['x']) })).toBe(false);
  });

  it('not without a substitution or a constant to excuse (identity.ts decides those as before)', () => {
    expect(graphMayRefute({ differentiated: new Set(['L']), substituted: new Set(), heldConstant: new Set() }, graph, sides)).toBe(false);
  });
});
