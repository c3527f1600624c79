/**
 * An expectation under a normal distribution the claim names: `\mathbb{E}_{x\sim\mathcal{N}(\mu,\sigma^2)}[x] = \mu`
 * (caojiahao-dl-notes), `\mathbb{E}_{x\sim\mathcal{N}(\mu,\sigma^2)}[x^2] = \mu^2 + \sigma^2`. A reader computes it
 * as the integral of g(x) against the density; this reading writes it as 20-point Gauss–Hermite quadrature,
 * E[g(x)] = Σₖ wₖ g(μ + √(2σ²) tₖ), exact (to rounding) for every polynomial g of degree up to 39 and
 * accurate for smooth g, so that the identity check compares it at random μ and σ as any other side.
 *
 * It only confirms (gaussianDensity.ts): a g far from a polynomial (|x|, a step) may not be integrated
 * well enough to agree, and the claim then stays as it was.
 */
import { closingBracket, splitOutsideBrackets } from '../read/outsideBrackets';

/** `\mathbb{E}_{x \sim \mathcal{N}(`, `E_{x\sim N(`: the expectation's subscript up to the distribution's bracket. */
const NORMAL_EXPECTATION = /(?:\\mathbb\s*\{\s*E\s*\}|(?<![\\A-Za-z])E)\s*_\s*\{\s*([A-Za-z]|\\[a-z]+)\s*\\sim\s*(?:\\mathcal\s*(?:\{\s*N\s*\}|N)|N)\s*(?:\\left\s*)?\(/g;

/** Positive Gauss–Hermite nodes of order 20 and their weights divided by √π (numpy's hermgauss(20)); the rule is symmetric. */
const NODES = [0.24534070830090124, 0.7374737285453944, 1.234076215395323, 1.7385377121165861, 2.2549740020892757, 2.7888060584281305, 3.3478545673832163, 3.944764040115625, 4.603682449550744, 5.387480890011233];
const WEIGHTS = ['0.2607930634495549', '0.16173933398399998', '0.0615063720639769', '0.013997837447101022', '0.00183010313108049', '1.2882627996192928\\times10^{-4}', '4.402121090230851\\times10^{-6}', '6.127490259982928\\times10^{-8}', '2.4820623623151755\\times10^{-10}', '1.2578006724379234\\times10^{-13}'];


/** Top-level pieces of the distribution's arguments (`\mu, \sigma^2` → two). */
function parameters(content: string): string[] {
  return splitOutsideBrackets(content, ',').map((p) => p.replace(/\\right\s*$/, '').trim());
}

/**
 * `latex` with each expectation under a named normal written as its quadrature sum; the text as it was when it
 * has none; undefined when one is not read (a bold or matrix argument, the drawn letter also used with a
 * subscript inside, a bracket never closed).
 */
export function normalExpectationsWritten(latex: string): string | undefined {
  let out = '';
  let from = 0;
  for (const m of latex.matchAll(NORMAL_EXPECTATION)) {
    if (m.index! < from) return undefined;
    const letter = m[1]!;
    const open = m.index! + m[0].length - 1;
    const close = closingBracket(latex, open);
    if (close < 0) return undefined;
    const [mean, variance, ...rest] = parameters(latex.slice(open + 1, close));
    if (rest.length > 0 || !mean || !variance || /\\(?:mathbf|boldsymbol|bm|Sigma)|(?<![\\A-Za-z])I(?![A-Za-z])/.test(mean + variance)) return undefined;
    // The subscript's closing brace, then the bracket of the expectation's argument.
    const after = /^\s*\}\s*(\\left\s*)?([[(])/.exec(latex.slice(close + 1));
    if (!after) return undefined;
    const argumentOpen = close + 1 + after[0].length - 1;
    const argumentClose = closingBracket(latex, argumentOpen);
    if (argumentClose < 0) return undefined;
    const body = latex.slice(argumentOpen + 1, argumentClose).replace(/\\right\s*$/, '');
    // A command (`\\epsilon`) starts where its backslash is; a letter only where no name runs into it.
    const name = letter.startsWith('\\') ? `\\${letter}` : `(?<![\\\\A-Za-z])${letter}`;
    const uses = new RegExp(`${name}(?![A-Za-z])`, 'g');
    if (new RegExp(`${name}\\s*_`).test(body)) return undefined;
    // After a name (`\\sigma\\epsilon`) the point is multiplied, never an argument: `\\sigma(…)` would be the sigmoid.
    const at = (sign: '+' | '-', node: number): string => body.replace(uses, (_m, offset: number) =>
      `${/[A-Za-z}]\s*$/.test(body.slice(0, offset)) ? '\\cdot ' : ''}\\left(${mean} ${sign} \\sqrt{2\\cdot \\left(${variance}\\right)}\\cdot ${node}\\right)`);
    const terms = NODES.flatMap((node, k) => [`${WEIGHTS[k]}\\left(${at('-', node)}\\right)`, `${WEIGHTS[k]}\\left(${at('+', node)}\\right)`]);
    out += `${latex.slice(from, m.index)}\\left(${terms.join(' + ')}\\right)`;
    from = argumentClose + 1;
  }
  return out + latex.slice(from);
}
