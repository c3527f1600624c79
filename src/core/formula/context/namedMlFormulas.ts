/**
 * The standard formulas of deep learning a study note states by name, each with the variants the
 * literature and the frameworks really use (docs/readings/named-ml-formulas.md has the table). Notes state
 * them in their own letters, mostly as update rules or definitions that no identity check can judge
 * (`S_{dv} = \beta_2 V_{dv} + (1-\beta_2) g^2` binds S), and their errors are slips in a form every
 * reader knows: Adam's step without the root of v̂ (labml.ai's annotated Adam), a second moment that
 * decays the first (tensorflow/docs, optimizers_core), an n-step return bootstrapped with γ^T where it
 * summed T − t rewards (Practical_RL, week 6), attention scaled by d_k, a normalisation by the variance.
 *
 * A claim is tied to an entry only when the note names the formula — in the formula's own line, in the
 * two written lines before it, or in its section before it — and its right side has the entry's shape
 * in the claim's own letters. Then it holds when the shape is one of the entry's variants, and fails
 * only when it is none of them and differs from the nearest by the entry's recognised slip; the reading
 * names the formula and the variant compared. Any other shape stays as it was: an unusual variant the
 * table does not list is never failed. Only undecided `=` claims are read.
 */
import type { ClaimReport, FormulaReport, MathSpan } from '../types';
import { sectionTextBefore } from '../find/noteSections';
import { TextMemo } from '../read/textMemo';
import { NAMED_SYSTEMS_RESULTS } from './namedSystemsResults';

/** What an entry concludes of one claim. */
interface Judgement {
  readonly verdict: 'holds' | 'fails';
  readonly reading: string;
}

/** The claim as an entry sees it: both sides in the compact form of `compact`, and the note around it. */
export interface NamedClaim {
  /** `=`, or `\\sim` for a weight drawn from a named initialisation (`W \\sim \\mathcal{U}(-a, a)`). */
  readonly relation: string;
  readonly left: string;
  readonly right: string;
  /** The formula's line, the two written lines before and its section before it: where a name stands. */
  readonly naming: string;
  /** The section's text before the formula and after it up to the next heading (other states of an update). */
  readonly section: string;
  /** The formula's line, the two written lines before it and its section's heading only. */
  readonly recent: string;
}

/** One standard formula: the words that name it and the judgement of a claim in its shape. */
export interface NamedMlFormula {
  readonly name: string;
  readonly named: RegExp;
  /** The relations the entry reads besides `=`. */
  readonly relations?: readonly string[];
  readonly judge: (claim: NamedClaim) => Judgement | undefined;
}

/** The cheap test on a formula's source: one of the letters every entry writes. */
export const WRITES_ML_FORMULA = /\\(?:beta|rho|gamma|mu|hat|sqrt)(?![A-Za-z])|d_|_\s*\{?\s*(?:\\(?:text|mathrm|rm)\s*\{?\s*)?(?:in|out)\b|fan|[nqdN](?:\\?_|\^)\{?[[(]?l(?:-1)?\b/;

/** Words that put a formula forward as someone else's mistake or contrast: no entry reads it. */
const CONTRASTED = /\b(?:unlike|instead of|rather than|incorrect|wrong|mistake|naive|bug)\b/i;

// ---------------------------------------------------------------- the compact form of a side

/**
 * A side without spacing, `\left`/`\right`, a trailing `\triangleright \text{comment}`, `\cdot`, and with
 * `\beta_{1}` as `\beta_1`, `{}` around one token dropped where harmless: `\beta_1V_{dv\_i}+(1-\beta_1)\frac{dL}{dv}`.
 */
/** Sides made compact so far (a side recurs in many formulas of a vault). */
const compacted = new TextMemo(compact);

export function compact(side: string): string {
  return side
    .replace(/(?:\\triangleright|\\quad|\\qquad|\\[;,:!]|\s)*\\text\s*\{[^{}]*\}\s*$/, '')
    .replace(/\\(?:triangleright)\s*$/, '')
    .replace(/\\(?:left|right|big|Big|bigg|Bigg)(?![A-Za-z])/g, '')
    .replace(/\\(?:displaystyle|mathrm|operatorname)(?![A-Za-z])\s*(?=\{)/g, '')
    .replace(/\\(?:[;,:!]|quad|qquad)/g, '')
    .replace(/\\cdot(?![A-Za-z])/g, '')
    .replace(/\\(?:mathbf|boldsymbol|bm|mathit)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\varepsilon(?![A-Za-z])/g, '\\epsilon')
    .replace(/\\hat\s*\{\s*([A-Za-z])\s*\}|\\hat\s+([A-Za-z])|\\hat([A-Z])/g, (_m, a, b, c) => `\\hat{${a ?? b ?? c}}`)
    .replace(/_\{\s*([A-Za-z0-9])\s*\}/g, '_$1')
    .replace(/\\hat\{([A-Za-z])_([A-Za-z0-9])\}/g, '\\hat{$1}_$2')
    .replace(/\s+/g, '')
    .replace(/[.,]+$/, '');
}

/** A subscript: `_t`, `_{t-1}`, `_{dv\_i}` (one level of braces inside). */
const SUBSCRIPT = String.raw`(?:_(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))`;
/** A named quantity: a letter or Greek letter, perhaps hatted, with a subscript: `m_{t-1}`, `\hat{v}_t`, `V_{dv\_i}`. */
const QUANTITY = String.raw`(?:\\hat\{[A-Za-z]\}|\\[A-Za-z]+|[A-Za-z])${SUBSCRIPT}?`;
/** A decay rate: β, β₁, β₂, ρ, γ, μ (momentum's and RMSProp's letters). */
const DECAY = String.raw`(?:\\beta(?:_[12])?|\\rho|\\gamma|\\mu)`;

/** The name of a quantity without its subscript: `V_{dv\_i}` → `V`, `\hat{v}_t` → `\hat{v}`. */
function baseOf(quantity: string): string {
  const sub = new RegExp(`${SUBSCRIPT}$`).exec(quantity);
  return sub ? quantity.slice(0, sub.index) : quantity;
}

/** The subscript's offset from the time index: `t` → 0, `t-1` → −1, `{t+1}` → 1; undefined when it is no such index. */
function timeOffset(quantity: string): { index: string; offset: number } | undefined {
  const sub = new RegExp(`${SUBSCRIPT}$`).exec(quantity)?.[0].replace(/^_\{?|\}$/g, '');
  if (sub === undefined) return { index: '', offset: 0 };
  const m = /^([tkn])(?:([+-])(\d))?$/.exec(sub);
  if (!m) return undefined;
  return { index: m[1]!, offset: m[2] ? (m[2] === '-' ? -1 : 1) * Number(m[3]) : 0 };
}

// ---------------------------------------------------------------- the entries

/**
 * An exponential moving average — momentum's velocity, Adam's first and second moments, RMSProp's mean
 * square: `S_t = \beta S_{t-1} + (1-\beta) x` (the weights sum to one; PyTorch's `v = βv + g` and the
 * step-folded `v = βv - ηg` are the other variants, not read here). It holds when the decayed state is
 * the one updated (same name, its previous or same index) with one β on both terms. It fails on two
 * slips: the two terms weighted by different rates (β₁ and 1 − β₂), and a state that decays another
 * average of the same update (tensorflow/docs: `S = \beta_2 V + (1-\beta_2) g^2`, V being the first moment).
 */
const MOVING_AVERAGE: NamedMlFormula = {
  name: 'an exponential moving average',
  named: /\b(?:adam\w*|rmsprop|rmsp|momentum|moving average|ewma|ema|adadelta|nadam|first moment|second moment|velocity)\b/i,
  judge: ({ left, right, section, naming }) => {
    const form = movingAverage(right);
    if (!form || !new RegExp(`^${QUANTITY}$`).test(left)) return undefined;
    const { decay, rest, state } = form;
    if (decay !== rest && decay.startsWith('\\beta_') && rest.startsWith('\\beta_')) {
      return fails(`it weighs the old value by β and the new one by 1 − β with the same β; this weighs them by ${greek(decay)} and 1 − ${greek(rest)}`);
    }
    if (decay !== rest) return undefined;
    if (baseOf(state) === baseOf(left)) {
      // The previous or the same time index (`m_t`, `m_{t-1}`), or one subscript that is no time (`V_{dv\_i}` twice).
      const a = timeOffset(left);
      const b = timeOffset(state);
      const sameName = left === state;
      if (!sameName && (!a || !b || a.index !== b.index || !(a.offset - b.offset === 0 || a.offset - b.offset === 1))) return undefined;
      // The input must be the one the named average takes: the gradient for the first moment and
      // momentum, its square for the second moment and RMSProp; a wrong one is left undecided.
      if (!takesItsInput(decay, form.input, naming)) return undefined;
      return { verdict: 'holds', reading: 'as an exponential moving average S ← βS + (1 − β)x (momentum, Adam and RMSProp moments)' };
    }
    // The decayed state is another average's: that average is updated in the same section, and the
    // updated one's own name appears nowhere on the right. `\bar m_t = \beta_1 m_t + (1-\beta_1) g_t`
    // (Nadam's look-ahead) decays another average on purpose: a decorated name of the state is left alone.
    if (letterOf(state) === letterOf(left)) return undefined;
    if (!updatedInSection(section, state, left) || right.includes(baseOf(left))) return undefined;
    return fails(`it decays the state it updates, ${plainName(left)} ← β${plainName(left)} + (1 − β)x; this decays ${plainName(state)}, the state of another average`);
  },
};

/** `\beta S + (1-\beta) x` in either order: the decay, the rate of the new term, the decayed state and the input x. */
function movingAverage(right: string): { decay: string; rest: string; state: string; input: string } | undefined {
  const old = `(${DECAY})(${QUANTITY})`;
  const fresh = String.raw`\(1-(${DECAY})\)(.+)`;
  let m = new RegExp(`^${old}\\+${fresh}$`).exec(right);
  if (m) return { decay: m[1]!, state: m[2]!, rest: m[3]!, input: m[4]! };
  m = new RegExp(String.raw`^\(1-(${DECAY})\)(.+?)\+${old}$`).exec(right);
  if (m) return { decay: m[3]!, state: m[4]!, rest: m[1]!, input: m[2]! };
  return undefined;
}

/** An input written squared: `g_t^2`, `(\frac{dL}{dv})^2`, `g_t \odot g_t`. */
const SQUARED = /\^\{?2\}?$|^(.+)\\odot\1$/;
/** Words that name an average of squares: RMSProp's, AdaDelta's, Adam's second moment. */
const OF_SQUARES = /\b(?:rmsprop|rmsp|adadelta|second moment|mean square|squared gradients?)\b/i;

/**
 * Whether the input is the one the named average takes: β₁ (Adam's first moment) the gradient,
 * β₂ (Adam's second moment) its square; a bare β, ρ, γ or μ the square only in a section on an
 * average of squares that speaks of no momentum, the plain input only in one on momentum alone.
 */
function takesItsInput(decay: string, input: string, naming: string): boolean {
  const squared = SQUARED.test(input);
  if (decay === '\\beta_1') return !squared;
  if (decay === '\\beta_2') return squared;
  const ofSquares = OF_SQUARES.test(naming);
  const ofMomentum = /\bmomentum\b/i.test(naming);
  if (ofSquares && !ofMomentum) return squared;
  if (ofMomentum && !ofSquares) return !squared;
  return false;
}

/** The one letter of a name, without decoration or subscript: `\bar{m}_t` → m, `V_{dv}` → v. */
function letterOf(quantity: string): string {
  return baseOf(quantity).replace(/\\(?:hat|bar|tilde)\{?([A-Za-z])\}?/, '$1').toLowerCase();
}

/** Whether `state` is the left side of another moving average in the section's text. */
function updatedInSection(section: string, state: string, left: string): boolean {
  const escaped = state.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  for (const formula of section.match(/\$[^$]+\$/g) ?? []) {
    const [l, r] = splitAtEquals(formula.replace(/^\$+|\$+$/g, ''));
    if (l === undefined || r === undefined) continue;
    const cl = compact(l);
    if (cl === left || !new RegExp(`^${escaped}$`).test(cl)) continue;
    const form = movingAverage(compact(r));
    if (form && baseOf(form.state) === baseOf(state)) return true;
  }
  return false;
}

/**
 * Adam's bias correction (Kingma & Ba 2015, Algorithm 1): `\hat m_t = \frac{m_t}{1-\beta_1^t}`,
 * `\hat v_t = \frac{v_t}{1-\beta_2^t}` — the average started at 0 carries the weight 1 − β^t after t steps.
 * It holds when the hatted name is the average divided, at the same index, by 1 − β to a power of that
 * index (`t`, `t+1`), with β₁ for m and β₂ for v or s when the rate is numbered. The slip (1 − β)^t
 * fails in context/biasCorrection.ts; other shapes stay as they were.
 */
const BIAS_CORRECTION: NamedMlFormula = {
  name: "Adam's bias correction",
  named: /\b(?:adam\w*|bias[- ]?correct\w*)|偏差/i,
  judge: ({ left, right }) => {
    const hatted = new RegExp(`^\\\\hat\\{([A-Za-z])\\}(${SUBSCRIPT})?$`).exec(left);
    if (!hatted) return undefined;
    const m = new RegExp(String.raw`^\\[dt]?frac\{([A-Za-z])(${SUBSCRIPT})?\}\{1-(${DECAY})\^(\{[^{}]*\}|[A-Za-z])\}$`).exec(right);
    if (!m) return undefined;
    const [, letter, index = '', decay, power] = m;
    if (letter !== hatted[1] || index !== (hatted[2] ?? '')) return undefined;
    const timeLetter = timeOffset(`x${index}`)?.index;
    if (timeLetter !== undefined && timeLetter !== '' && !unbrace(power!).startsWith(timeLetter)) return undefined;
    if ((decay === '\\beta_1' && letter !== 'm') || (decay === '\\beta_2' && !/^[vsVS]$/.test(letter!))) return undefined;
    return { verdict: 'holds', reading: "as Adam's bias correction: the average divided by 1 − β^t" };
  },
};

/**
 * Adam's step (Kingma & Ba 2015, Algorithm 1): the bias-corrected first moment over the root of the
 * bias-corrected second, `\alpha \frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon}`, with ε outside the root
 * (the paper, PyTorch) or inside it (`\sqrt{\hat v_t + \epsilon}`, TensorFlow 1's epsilon-hat), or
 * without ε; with the corrections folded into α the plain m_t and v_t stand for them. The slip: the
 * second moment without its root (`\frac{\hat m_t}{\hat v_t}`, labml.ai's annotated Adam). Nothing is
 * confirmed: a step's other factors (α, the sign, θ) are the note's own.
 */
const ADAM_STEP: NamedMlFormula = {
  name: "Adam's step",
  named: /\badam\w*\b/i,
  judge: ({ right }) => {
    // `\frac{\eta}{\hat{v}_t + \epsilon}\hat{m}_t`: the rate over the second moment, times the first.
    const rate = /\\frac\{(?:\\eta|\\alpha|lr)(?:_t)?\}\{\\hat\{v\}(_[A-Za-z0-9]|_\{[^{}]*\})?(?:\+\\epsilon)?\}\\hat\{m\}(_[A-Za-z0-9]|_\{[^{}]*\})?$/.exec(right);
    if (rate && rate[1] === rate[2]) return fails('it divides m̂ by √v̂ + ε (or √(v̂ + ε)); this divides by v̂ without its square root');
    const m = /\\frac\{(\\hat\{m\}|m)(_[A-Za-z0-9]|_\{[^{}]*\})?\}\{((?:[^{}]|\{[^{}]*\})*)\}/.exec(right);
    if (!m) return undefined;
    const [, first, index = '', denominator] = m;
    const second = first === 'm' ? 'v' : '\\hat{v}';
    const secondIndex = index.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    // v̂ (+ ε) without any root: the slip.
    if (new RegExp(String.raw`^\\hat\{v\}${secondIndex}(?:\+\\epsilon)?$`).test(denominator!) && second === '\\hat{v}') {
      return fails('it divides m̂ by √v̂ + ε (or √(v̂ + ε)); this divides by v̂ without its square root');
    }
    return undefined;
  },
};

/**
 * The n-step return and the advantage built on it (Sutton & Barto §7.1; Schulman et al. 2016, GAE):
 * `\sum_{l=0}^{n-1} \gamma^l r_{t+l} + \gamma^n V(s_{t+n})` — the bootstrap is discounted by as many
 * factors of γ as rewards were summed, and its state is that many steps ahead (rewards indexed
 * r_{t+l} or r_{t+l+1} alike). It holds when exponent, count and state agree; it fails when the count
 * and the state agree and the exponent is another (Practical_RL: T − t rewards, s_T, and γ^T).
 */
const N_STEP_RETURN: NamedMlFormula = {
  name: 'the n-step return',
  named: /\b(?:return|advantage|bootstrap\w*|gae|td|n-step|temporal[- ]difference|value targets?|returns?|advantages?)\b/i,
  judge: ({ right }) => {
    const m = new RegExp(
      String.raw`\\sum_\{?([a-z]'?)=0\}?\^(\{[^{}]*\}|[A-Za-z0-9])\\gamma\^\{?\1\}?r_\{?t\+\1(?:\+1)?\}?\)?\+\\gamma\^(\{[^{}]*\}|[A-Za-z0-9])(?:\\hat\{[VvQ]\}|[VvQ])(?:\^[A-Za-z\\]+|\^\{[^{}]*\}|_[A-Za-z\\]+)*\(s_(\{[^{}]*\}|[A-Za-z0-9])`,
    ).exec(right.replace(/^\(/, ''));
    if (!m) return undefined;
    const [, , upper, exponent, stateIndex] = m;
    const count = linear(`${unbrace(upper!)}+1`);
    const power = linear(unbrace(exponent!));
    const ahead = linear(`${unbrace(stateIndex!)}-t`);
    if (!count || !power || !ahead) return undefined;
    if (same(count, power) && same(count, ahead)) {
      return { verdict: 'holds', reading: 'as the n-step return: n rewards discounted by γ^l, then γ^n V(s_{t+n})' };
    }
    if (same(count, ahead) && !same(count, power)) {
      return fails(`it sums n = ${show(count)} rewards and bootstraps from the state n steps ahead, so the bootstrap is discounted by γ^n = γ^{${show(count)}}; this writes γ^{${unbrace(exponent!)}}`);
    }
    return undefined;
  },
};

/**
 * Scaled dot-product attention (Vaswani et al. 2017): `softmax(QK^T / \sqrt{d_k}) V`, the scale written
 * `\sqrt{d_k}`, `\sqrt{d}`, `\sqrt{d_{head}}` or `\sqrt{d_{model}/h}`. The slip: the scale without its
 * root, `QK^T / d_k`. Nothing is confirmed (definitions are no claims to hold).
 */
const ATTENTION: NamedMlFormula = {
  name: 'scaled dot-product attention',
  named: /\b(?:attention|transformer|self-attention)\b/i,
  judge: ({ right }) => {
    if (!/softmax/i.test(right)) return undefined;
    const m = /\\frac\{(?:[A-Z]|\\mathbf\{[A-Z]\})(?:_[A-Za-z0-9])?(?:[A-Z]|\\mathbf\{[A-Z]\})(?:_[A-Za-z0-9])?\^(?:\{?T\}?|\{?\\top\}?|\{?\\intercal\}?)\}\{(d(?:_k|_\{k\}|_\{model\}|_\{head\}|_h)?)\}/.exec(right);
    if (!m) return undefined;
    return fails(`it divides QKᵀ by √${m[1]}; this divides by ${m[1]} without its square root`);
  },
};

/**
 * Batch, layer and instance normalisation (Ioffe & Szegedy 2015; Ba et al. 2016): `\frac{x - \mu}{\sqrt{\sigma^2 + \epsilon}}`,
 * or `\frac{x-\mu}{\sigma + \epsilon}` (ε outside, some implementations), or without ε. The slip: the
 * variance without its root, `\frac{x - \mu}{\sigma^2 + \epsilon}`.
 */
const NORMALISATION: NamedMlFormula = {
  name: 'batch or layer normalisation',
  named: /\b(?:batch[- ]?norm\w*|layer[- ]?norm\w*|instance[- ]?norm\w*|group[- ]?norm\w*|rms[- ]?norm\w*)\b/i,
  judge: ({ right }) => {
    const m = /\\frac\{[^{}]*?(?:\{[^{}]*\}[^{}]*?)*-\\mu(?:_[A-Za-z0-9]|_\{[^{}]*\})?\}\{\\sigma(?:_[A-Za-z0-9]|_\{[^{}]*\})?\^2(?:_[A-Za-z0-9]|_\{[^{}]*\})?(\+\\epsilon)?\}/.exec(right);
    if (!m) return undefined;
    return fails(`it divides x − μ by √(σ² + ε); this divides by σ²${m[1] ? ' + ε' : ''} without its square root`);
  },
};

/**
 * Weight initialisation (Glorot & Bengio 2010; He et al. 2015; LeCun et al. 1998), n_in and n_out the
 * fans (`n_{in}`, `fan_{in}`, `n_{\text{in}}`): Xavier's variance 2/(n_in + n_out) or its one-sided
 * 1/n_in, 1/n_out, He's 2/n_in (fan-in mode) or 2/n_out (fan-out mode), LeCun's 1/n_in; the standard
 * deviation their root; the uniform bound √(3·variance): √(6/(n_in + n_out)), √(6/n_in), √(3/n_in).
 * The left side says which of the three the claim states (`Var(W)`, `\sigma^2`; `\sigma`, `std`; `a`,
 * `r`, `limit`). It holds when its value at two pairs of fans is one of the named initialisations'
 * (all of them when the lines name several), and fails when it is none and one of them halved,
 * doubled, inverted or squared (a root left out) — He's 2/n written 1/n, Xavier's bound without its root.
 * Only the formula's own line and the two before name it: a section compares several schemes.
 */
const INITIALISATION: NamedMlFormula = {
  name: 'a weight initialisation',
  relations: ['=', '\\sim'],
  // "He" capitalised only: the pronoun is no initialisation.
  named: /\b(?:[Xx]avier|XAVIER|[Gg]lorot|He|HE|[Kk]aiming|MSRA|[Ll]e[Cc]un)\b/,
  judge: ({ relation, left, right, recent }) => {
    const drawn = relation === '\\sim' ? drawnFrom(right) : undefined;
    if (relation === '\\sim' && !drawn) return undefined;
    const quantity = drawn ? drawn.quantity : initialisedQuantity(left);
    if (!quantity) return undefined;
    const schemes = INIT_SCHEMES.filter((s) => s.named.test(recent));
    if (schemes.length === 0) return undefined;
    const fans = fanFunction(drawn ? drawn.side : right);
    if (!fans) return undefined;
    const value = fans.value;
    const variants = schemes.flatMap((s) => s.variances.map((v) => ({ scheme: s.name, form: v[1], at: (n: number, m: number) => asQuantity(quantity, v[0](n, m)) })));
    // One fan whose side the note's layer index does not say (`n_l` alone): both fans are it.
    const points: Array<[number, number]> = fans.single ? [[7, 7], [13, 13]] : [[7, 11], [13, 5]];
    const equal = (f: (n: number, m: number) => number) => points.every(([n, m]) => close(value(n, m), f(n, m)));
    const match = variants.find((v) => equal(v.at));
    if (match) return { verdict: 'holds', reading: `as ${match.scheme}'s ${quantity} (${quantityForm(quantity, match.form)})` };
    const slips: Array<[string, (x: number) => number]> = [['half of it', (x) => x / 2], ['twice it', (x) => 2 * x], ['its reciprocal', (x) => 1 / x], ['it without its square root', (x) => x * x]];
    for (const v of variants) {
      for (const [slip, f] of slips) {
        if (equal((n, m) => f(v.at(n, m)))) return fails(`${v.scheme}'s ${quantity} is ${quantityForm(quantity, v.form)}; this is ${slip}`);
      }
    }
    return undefined;
  },
};

/** The schemes an initialisation's name may mean, each with its variances as a function of the fans. */
const INIT_SCHEMES: ReadonlyArray<{ name: string; named: RegExp; variances: ReadonlyArray<[(n: number, m: number) => number, string]> }> = [
  { name: 'Xavier initialisation', named: /\b(?:xavier|glorot)\b/i, variances: [[(n, m) => 2 / (n + m), '2/(n_in + n_out)'], [(n) => 1 / n, '1/n_in'], [(_n, m) => 1 / m, '1/n_out']] },
  { name: 'He initialisation', named: /\b(?:He|HE|[Kk]aiming|MSRA)\b/, variances: [[(n) => 2 / n, '2/n_in'], [(_n, m) => 2 / m, '2/n_out']] },
  { name: 'LeCun initialisation', named: /\blecun\b/i, variances: [[(n) => 1 / n, '1/n_in']] },
];

type InitQuantity = 'variance' | 'standard deviation' | 'uniform bound';

/** What the left side of an initialisation states: `Var(W)`, `\sigma_w^2` a variance; `\sigma`, `std(W)` a deviation; `a`, `limit` a bound. */
function initialisedQuantity(written: string): InitQuantity | undefined {
  const left = written.replace(/\\(?:text|mathrm|operatorname|displaystyle)/g, '').replace(/\{(Var|var|std|Std|SD|limit|bound)\}/g, '$1');
  if (/^(?:Var|var|\\mathbb\{V\})[([][^()[\]]*[)\]]$|^\\sigma(?:_[A-Za-z]|_\{[^{}]*\})?\^2(?:_[A-Za-z]|_\{[^{}]*\})?$/.test(left)) return 'variance';
  if (/^\\sigma(?:_[A-Za-z]|_\{[^{}]*\})?$|^(?:std|Std|SD)\([^()]*\)$/.test(left)) return 'standard deviation';
  if (/^(?:[arcb]|limit|bound)$/.test(left)) return 'uniform bound';
  return undefined;
}

function asQuantity(quantity: InitQuantity, variance: number): number {
  return quantity === 'variance' ? variance : quantity === 'standard deviation' ? Math.sqrt(variance) : Math.sqrt(3 * variance);
}

function quantityForm(quantity: InitQuantity, variance: string): string {
  if (quantity === 'variance') return variance;
  if (quantity === 'standard deviation') return `√(${variance})`;
  // The bound √(3·variance) as the papers write it: √(6/(n_in + n_out)), √(3/n_in).
  const [numerator, denominator] = variance.split('/');
  return `√(${3 * Number(numerator)}/${denominator})`;
}

function close(a: number, b: number): boolean {
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
}

/**
 * What a weight is drawn from, `\mathcal{U}(-a, a)` / `U[-a, a]` (the bound a) or `\mathcal{N}(0, v)` (the
 * variance v), as the quantity and its side; undefined for any other distribution or a normal written with
 * its deviation (`\mathcal{N}(\mu = 0, \sigma = …)`).
 */
function drawnFrom(right: string): { quantity: InitQuantity; side: string } | undefined {
  const m = /^(\\mathcal\{[UN]\}|U|N|\\mathcal\{U\}|Uniform|\{Uniform\}|\\text\{Uniform\})([([])(.*)([)\]])$/.exec(right);
  if (!m) return undefined;
  const parts = topLevelCommas(m[3]!);
  if (parts.length !== 2) return undefined;
  const [first, second] = parts as [string, string];
  if (/U/.test(m[1]!)) {
    const bound = unbraced(second);
    return unbraced(first) === `-${bound}` || unbraced(first) === `-{${bound}}` ? { quantity: 'uniform bound', side: bound } : undefined;
  }
  if (!/^0$/.test(first) || /=|\\sigma/.test(second)) return undefined;
  return { quantity: 'variance', side: second };
}

function unbraced(text: string): string {
  return /^\{[^{}]*\}$/.test(text) ? text.slice(1, -1) : text;
}

/** A list split at its top-level commas. */
function topLevelCommas(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * The fans in layer letters (Ng's `n^{[l-1]}` and `n^{[l]}`, `q_{l-1}` and `q_l`, `n_{l}` and `n_{l+1}`): of two
 * indices the lower is the fan-in and the higher the fan-out; one index alone is a fan of either side.
 */
const LAYER_FAN = /\b([nqdN])(?:\^\{?\[(l(?:[-+]1)?)\]\}?|\^\{?\((l(?:[-+]1)?)\)\}?|_\{\[?(l(?:[-+]1)?)\]?\}|_(l)(?![A-Za-z0-9]))/g;

/** A fan: `n_{in}`, `n_in`, `fan_{in}`, `fan\_in`, `n_{\text{in}}`, `\text{fan}_{\text{in}}`, `d_{in}` (after compact). */
const FAN = /(?:\\(?:text|mathrm|rm)\{(?:n|fan)\}|n|fan|d)\\?_(?:\{(?:\\(?:text|mathrm|rm)\{(in|out)\}|(in|out))\}|(in|out))/g;

/**
 * The side as a function of the fans (n_in, n_out), when it is written only with them, numbers, `+ - /`,
 * products, `\frac` and `\sqrt`; undefined otherwise.
 */
function fanFunction(side: string): { value: (n: number, m: number) => number; single: boolean } | undefined {
  const plain = side.replace(/\\_/g, '_').replace(/\\(?:mathrm|text|rm)\s*\{(fan)\s*_\s*(in|out)\}/g, '$1_{$2}').replace(/\{(fan)_(in|out)\}/g, '$1_{$2}');
  let text = plain.replace(FAN, (_m, a?: string, b?: string, c?: string) => ((a ?? b ?? c) === 'in' ? 'N' : 'M'));
  const layers = [...text.matchAll(LAYER_FAN)];
  let single = false;
  if (layers.length > 0) {
    if (/[NM]/.test(text)) return undefined;
    const index = (m: RegExpMatchArray) => m[2] ?? m[3] ?? m[4] ?? m[5]!;
    const offsets = [...new Set(layers.map((m) => { const i = index(m); return i === 'l' ? 0 : i === 'l-1' ? -1 : 1; }))].sort((a, b) => a - b);
    if (new Set(layers.map((m) => m[1])).size !== 1 || offsets.length > 2 || (offsets.length === 2 && offsets[1]! - offsets[0]! !== 1)) return undefined;
    single = offsets.length === 1;
    text = text.replace(LAYER_FAN, (_m0, _l, a?: string, b?: string, c?: string, d?: string) => {
      const offset = (a ?? b ?? c ?? d) === 'l' ? 0 : (a ?? b ?? c ?? d) === 'l-1' ? -1 : 1;
      return offset === offsets[0] ? 'N' : 'M';
    });
  }
  text = text.replace(/\\dfrac|\\tfrac/g, '\\frac').replace(/\\over(?![A-Za-z])/g, '/');
  if (!/[NM]/.test(text)) return undefined;
  const value = letterArithmetic(text, 'NM');
  return value && { value: single ? (n: number) => value({ N: n, M: n }) : (n: number, m: number) => value({ N: n, M: m }), single };
}

/**
 * A side written with one-letter variables from `letters` (capitals), numbers, `+ - /`, `\times`, products,
 * `\frac`, `\sqrt`, powers and brackets, as a function of the letters' values; undefined when it writes
 * anything else. Shared by the initialisations (the fans as N, M) and the named metrics (namedMetrics.ts).
 */
export function letterArithmetic(text: string, letters: string): ((values: Readonly<Record<string, number>>) => number) | undefined {
  const others = new RegExp(`[A-Za-z]`, 'g');
  if ([...text.replace(/\\(?:frac|sqrt|times)/g, '').matchAll(others)].some((m) => !letters.includes(m[0]))) return undefined;
  return (values) => {
    const parser: ArithmeticParser = { text, at: 0, values, letters };
    const value = sum(parser);
    return parser.at === text.length ? value : NaN;
  };
}

interface ArithmeticParser { text: string; at: number; values: Readonly<Record<string, number>>; letters: string }

function sum(p: ArithmeticParser): number {
  let value = product(p);
  while (p.text[p.at] === '+' || p.text[p.at] === '-') {
    const sign = p.text[p.at++] === '+' ? 1 : -1;
    value += sign * product(p);
  }
  return value;
}

function product(p: ArithmeticParser): number {
  let value = atom(p);
  for (;;) {
    if (p.text[p.at] === '/') { p.at++; value /= atom(p); continue; }
    if (p.text.startsWith('\\times', p.at)) { p.at += 6; value *= atom(p); continue; }
    const next = p.text[p.at];
    if (next !== undefined && (/[\\({\d]/.test(next) || p.letters.includes(next))) { value *= atom(p); continue; }
    return value;
  }
}

function atom(p: ArithmeticParser): number {
  const t = p.text;
  let value: number;
  if (t.startsWith('\\frac', p.at)) {
    p.at += 5;
    const a = group(p);
    value = a / group(p);
  } else if (t.startsWith('\\sqrt', p.at)) {
    p.at += 5;
    value = Math.sqrt(group(p));
  } else if (t[p.at] === '(' || t[p.at] === '{') {
    value = group(p);
  } else if (t[p.at] !== undefined && /[A-Za-z]/.test(t[p.at]!) && p.letters.includes(t[p.at]!)) {
    value = p.values[t[p.at++]!] ?? NaN;
  } else {
    const digits = /^\d+(?:\.\d+)?/.exec(t.slice(p.at));
    if (!digits) { p.at = t.length + 1; return NaN; }
    p.at += digits[0].length;
    value = Number(digits[0]);
  }
  if (t[p.at] === '^') {
    p.at++;
    const exponent = t[p.at] === '{' ? group(p) : Number(t[p.at++]);
    value = value ** exponent;
  }
  return value;
}

/** A `{…}` or `(…)` group's value. */
function group(p: ArithmeticParser): number {
  const open = p.text[p.at];
  const close = open === '{' ? '}' : open === '(' ? ')' : undefined;
  if (!close) { p.at = p.text.length + 1; return NaN; }
  p.at++;
  const value = sum(p);
  if (p.text[p.at] !== close) { p.at = p.text.length + 1; return NaN; }
  p.at++;
  return value;
}

/** The table, in the order the entries are tried (the bias correction's slip is context/biasCorrection.ts). */
const NAMED_ML_FORMULAS: readonly NamedMlFormula[] = [MOVING_AVERAGE, BIAS_CORRECTION, ADAM_STEP, N_STEP_RETURN, ATTENTION, NORMALISATION, INITIALISATION];

/**
 * The whole table: these entries, then the systems results' (namedSystemsResults.ts, which imports this
 * module's helpers — the table is joined when first read, not when the modules load).
 */
let table: readonly NamedMlFormula[] | undefined;
export function namedMlTable(): readonly NamedMlFormula[] {
  return (table ??= [...NAMED_ML_FORMULAS, ...NAMED_SYSTEMS_RESULTS]);
}

// ---------------------------------------------------------------- small helpers

function fails(slip: string): Judgement {
  return { verdict: 'fails', reading: slip };
}

function greek(symbol: string): string {
  return symbol.replace(/\\beta_?/, 'β').replace(/\\rho/, 'ρ').replace(/\\gamma/, 'γ').replace(/\\mu/, 'μ');
}

function plainName(quantity: string): string {
  return quantity.replace(/\\hat\{(\w)\}/g, '$1̂').replace(/\\_/g, '_').replace(/[{}]/g, '');
}

function unbrace(text: string): string {
  return text.replace(/^\{|\}$/g, '');
}

/** `T-1-t+1` as coefficients of its letters and a constant, or undefined when it is not such a sum. */
function linear(text: string): Map<string, number> | undefined {
  const terms = new Map<string, number>();
  const s = text.replace(/\s+/g, '');
  if (!/^[+-]?(?:[A-Za-z]|\d+)(?:[+-](?:[A-Za-z]|\d+))*$/.test(s)) return undefined;
  for (const [, sign, term] of s.matchAll(/([+-]?)([A-Za-z]|\d+)/g)) {
    const k = sign === '-' ? -1 : 1;
    const key = /\d/.test(term!) ? '' : term!;
    terms.set(key, (terms.get(key) ?? 0) + k * (key === '' ? Number(term) : 1));
  }
  for (const [key, value] of [...terms]) if (value === 0) terms.delete(key);
  return terms;
}

function same(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

function show(terms: ReadonlyMap<string, number>): string {
  // Positive letters first, then negative ones, the constant last: T−t, n−1.
  const rank = ([k, v]: [string, number]) => (k === '' ? 2 : v > 0 ? 0 : 1);
  const parts = [...terms].sort((a, b) => rank(a) - rank(b) || a[0].localeCompare(b[0]));
  return parts.map(([k, v], i) => `${v < 0 ? '−' : i > 0 ? '+' : ''}${k === '' ? Math.abs(v) : Math.abs(v) === 1 ? k : `${Math.abs(v)}${k}`}`).join('');
}

/** `a = b` split at its one top-level `=`, or [undefined, undefined]. */
function splitAtEquals(formula: string): [string | undefined, string | undefined] {
  const parts = formula.split(/(?<![<>!\\])=(?!=)/);
  return parts.length === 2 ? [parts[0], parts[1]] : [undefined, undefined];
}

/** The formula's line up to it and the two written lines before, and its section before it. */
function namingText(note: string, span: MathSpan): { naming: string; section: string } {
  const lineEnd = note.indexOf('\n', span.end);
  const own = note.slice(span.start, lineEnd < 0 ? note.length : lineEnd);
  const before = sectionTextBefore(note, span.start, 3000);
  const after = note.slice(span.end, span.end + 1500);
  const nextHeading = after.search(/\n#+ /);
  return { naming: `${before}\n${own}`, section: `${before}${note.slice(span.start, span.end)}${nextHeading < 0 ? after : after.slice(0, nextHeading)}` };
}

/** The relations a claim of the table may write. */
const READ_RELATIONS = new Set(['=', '\\sim', '\\approx']);

/** The report with each undecided `=` claim in the shape of a named standard formula judged by its table entry. */
export function withNamedMlFormulas(note: string, span: MathSpan, report: FormulaReport): FormulaReport['claims'] {
  if (!report.claims.some((c) => c.verdict === 'none' && READ_RELATIONS.has(c.relation))) return report.claims;
  const { naming, section } = namingText(note, span);
  const written = naming.split('\n').filter((l) => l.trim() !== '');
  // The formula's line, the two written lines before, and the heading of its section (`## Xavier initialization`).
  const heading = /^ {0,3}#{1,6}\s/.test(written[0] ?? '') ? written[0]! : '';
  const recent = [heading, ...written.slice(-3)].join('\n');
  if (CONTRASTED.test(written.slice(-3).join('\n'))) return report.claims;
  // The entries the text names, asked once per formula (not once per claim): most formulas name none.
  const entries = namedMlTable().filter((entry) => entry.named.test(naming));
  if (entries.length === 0) return report.claims;
  return report.claims.map((claim) => {
    if (claim.verdict !== 'none' || !READ_RELATIONS.has(claim.relation)) return claim;
    const named: NamedClaim = { relation: claim.relation, left: compacted.of(claim.left.source), right: compacted.of(claim.right.source), naming, section, recent };
    for (const entry of entries) {
      // A `\\sim` claim is a weight's initialisation only; an `\\approx` one a parameter count or compute.
      if (claim.relation !== '=' && !(entry.relations ?? ['=']).includes(claim.relation)) continue;
      const judgement = entry.judge(named);
      if (judgement) return judged(claim, entry, judgement);
    }
    return claim;
  });
}

function judged(claim: ClaimReport, entry: NamedMlFormula, judgement: Judgement): ClaimReport {
  const { reason: _reason, fix: _fix, ...rest } = claim;
  if (judgement.verdict === 'holds') return { ...rest, verdict: 'holds', reading: judgement.reading };
  return { ...rest, verdict: 'fails', reading: `as ${entry.name}: ${judgement.reading}`, slip: `${entry.name}: ${judgement.reading}` };
}
