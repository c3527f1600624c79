/**
 * The function a sentence names for the formula after it: "The derivative of
 * the sigmoid function is given here: $$\phi'(x)=\phi(x)(1-\phi(x))$$"
 * (t81-558-deep-learning, where φ was the tanh two sections before). A careful
 * reader takes φ to be the sigmoid there; so does this reading, when the
 * paragraph right before the formula names one activation (sigmoid or logistic,
 * tanh or hyperbolic tangent, ReLU, softplus) and the formula applies exactly
 * one function the reader does not already know (`\phi`, `g`, `\sigma`).
 *
 * The name is bound as a redefinition (types.ts: it may confirm a claim, never
 * refute it): a note may name the sigmoid and then write about its inverse.
 */
import { ASSUMED } from '../identity/identity';
import { CannotEvaluate, evaluate } from '../evaluate/interpret';
import type { FunctionDefinition } from '../types';
import { paragraphBefore } from '../find/noteSections';

/** How far back the naming sentence may start: the paragraph right before the formula. */
const LOOK_BACK = 300;

const ACTIVATIONS: readonly { readonly words: RegExp; readonly name: string; readonly body: FunctionDefinition['body'] }[] = [
  { words: /\b(?:sigmoid|logistic)\b/i, name: 'the sigmoid', body: ASSUMED.get('sigmoid')!.body },
  { words: /\b(?:tanh|hyperbolic tangent)\b/i, name: 'tanh', body: ['Tanh', 'x'] },
  { words: /\b(?:ReLU|rectified linear)\b/i, name: 'ReLU', body: ASSUMED.get('ReLU')!.body },
  { words: /\bsoftplus\b/i, name: 'softplus', body: ASSUMED.get('softplus')!.body },
];

/** Functions every reader knows: a formula applying only these names no function. */
const KNOWN = new Set(['exp', 'log', 'ln', 'lg', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'max', 'min', 'sqrt', 'left', 'frac', 'text', 'mathrm', 'operatorname']);
/**
 * A one-letter or Greek name applied to one variable, possibly primed: `g(z)`, `\phi'(x)`, `\sigma\left(z_a\right)`.
 * `a(1 - a)` is a product: its group is no variable.
 */
const APPLIED = /(?<![A-Za-z\\])(\\?[A-Za-z]+)\s*(?:'+|\^\s*\{?\s*\\prime\s*\}?)?\s*(?:\(|\\left\s*\()\s*\\?[A-Za-z]+(?:\s*_\s*(?:\{\s*[A-Za-z0-9]+\s*\}|[A-Za-z0-9]))?\s*(?:\)|\\right\s*\))/g;

/** The one function name `latex` applies that is no known function, if there is exactly one. */
function appliedName(latex: string): string | undefined {
  const names = new Set<string>();
  for (const m of latex.matchAll(APPLIED)) {
    const raw = m[1]!;
    const bare = raw.replace(/^\\/, '');
    if (KNOWN.has(bare)) continue;
    // One letter, or one Greek letter: `softmax(` or `\mathrm{GELU}(` name themselves.
    if (raw.startsWith('\\') ? !/^(?:phi|varphi|sigma|psi|theta|rho|kappa|eta|zeta|xi|chi|omega)$/.test(bare) : bare.length !== 1) return undefined;
    names.add(bare);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** The definition the prose before `start` gives the function `latex` applies, if it names exactly one activation. */
export function functionNamedBefore(note: string, start: number, latex: string): FunctionDefinition | undefined {
  const name = appliedName(latex);
  if (name === undefined) return undefined;
  const prose = paragraphBefore(note, start, LOOK_BACK);
  const named = ACTIVATIONS.filter((a) => a.words.test(prose));
  if (named.length !== 1) return undefined;
  const { name: what, body } = named[0]!;
  return { name, params: ['x'], body, source: `${name} as ${what} the text before it names`, redefined: true, named: what };
}

/** Where the note's own one-variable function and the named activation are compared: both signs, small and large. */
const PROBES = [-3.7, -1.3, -0.2, 0.6, 2.1, 4.9];

/**
 * Whether the note's own definition is the function the sentence names: "The sigmoid $\\sigma(x) = \\frac{1}{1+e^{-x}}$
 * has derivative $\\sigma'(x) = \\sigma(x)(1+\\sigma(x))$" defines what it names, and a claim wrong for it is wrong.
 * Compared by value, since the same function is written many ways (`e^{-x}`, `\\exp(-x)`).
 */
export function definesNamedFunction(own: FunctionDefinition, named: FunctionDefinition): boolean {
  if (own.body === undefined || own.params.length !== 1 || named.body === undefined) return false;
  const ownParam = own.params[0]!;
  for (const x of PROBES) {
    try {
      const budget = (): Parameters<typeof evaluate>[1] => ({ deadline: Number.POSITIVE_INFINITY, maxTerms: 1_000, steps: 0 });
      const a = evaluate(own.body, budget(), new Map([[ownParam, x]])).value;
      const b = evaluate(named.body, budget(), new Map([[named.params[0]!, x]])).value;
      if (!(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)))) return false;
    } catch (error) {
      if (error instanceof CannotEvaluate || error instanceof RangeError) return false;
      throw error;
    }
  }
  return true;
}
