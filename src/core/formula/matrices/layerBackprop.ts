/**
 * The backward pass of a network written in layer notation, checked on a small random network.
 *
 * Deep-learning notes set up a network as `z^{[l]} = W^{[l]}a^{[l-1]} + b^{[l]}`, `a^{[l]} = g^{[l]}(z^{[l]})`
 * (Andrew Ng's bracket indices; `^{(l)}` elsewhere, `z^{[l+1]} = W^{[l+1]}a^{[l]} + b^{[l+1]}`, the row form
 * `z^{[l]} = a^{[l-1]}W^{[l]} + b^{[l]}`) and then write the backward pass:
 * `\frac{\partial L}{\partial a^{[l]}} = (W^{[l+1]})^T\frac{\partial L}{\partial z^{[l+1]}}`,
 * `\frac{\partial L}{\partial z^{[l]}} = \frac{\partial L}{\partial a^{[l]}} \odot {g^{[l]}}'(z^{[l]})`,
 * `\frac{\partial L}{\partial W^{[l]}} = \frac{\partial L}{\partial z^{[l]}}(a^{[l-1]})^T`,
 * `\delta^{(l)} = ((W^{(l+1)})^T\delta^{(l+1)}) \odot \sigma'(z^{(l)})` (newfacade-ml-notes, D2L-style notes).
 *
 * A careful reader checks them on a network of that shape: five layers with 2–4 units, random
 * weights, biases and input, the note's activation (σ, tanh) or, when the note keeps g abstract,
 * two different smooth ones, and a random smooth loss of the output (the claims at a symbolic
 * layer l, l±1 hold for any loss). Every gradient the claim writes is a central finite difference
 * of the forward pass (step 1e-5, error ~1e-10); `\delta^{[l]}` is the gradient by the
 * pre-activation when the note defines it so. The sides are evaluated as matrices — juxtaposition a
 * matrix product (binding tighter than ⊙), `\odot`/`\circ` entrywise, `^T` a transpose, `\cdot`
 * either — at distinct layer sizes and at equal ones.
 *
 * Conventions: a gradient by a vector written as a column or a row, by a matrix shaped as the
 * matrix or its transpose, a Jacobian in numerator or denominator layout — each combination is
 * tried. Holds when one combination fits and agrees (1e-6 of the values' size) everywhere. Fails
 * only when the note's forward pass binds every symbol and every combination differs by more
 * than a tenth of the values' size at equal layer sizes, where all shapes fit (a missing
 * transpose, a dropped ⊙ factor, the activation for its derivative), and never agrees at distinct
 * sizes. Anything else — an unknown symbol, an output layer `[N]`, a loss or label (`\hat y`, y),
 * a slice `[…]_1^{d}` — stays undecided.
 */
import type { ClaimReport, FormulaReport, MathSpan } from '../types';
import { seeded } from '../identity/identity';

/** Cheap test on a formula's source: a derivative or δ, and a layer index `^{[l]}`, `^{(l+1)}`. */
export function writesLayerGradient(source: string): boolean {
  return /\\(?:partial|delta)/.test(source) && LAYER_INDEX.test(source);
}
const LAYER_INDEX = /\^\s*\{\s*[[(]\s*[a-z]\s*(?:[+-]\s*1\s*)?[\])]/;

export const LAYER_BACKPROP_READING = 'on a small random network of the note\u2019s layer notation, every gradient by finite differences of the forward pass';

class Unread extends Error {}

/** A layer symbol: its letter and the offset of its index from the claim's layer (`a^{[l-1]}` → a, -1). */
interface Layered { readonly name: string; readonly offset: number }

type Node =
  | { readonly k: 'grad'; readonly by: Layered }
  | { readonly k: 'jac'; readonly top: Layered; readonly by: Layered }
  | { readonly k: 'sym'; readonly at: Layered }
  | { readonly k: 'act'; readonly arg: Layered; readonly derivative: boolean; readonly fn: string }
  | { readonly k: 'T'; readonly x: Node }
  | { readonly k: 'mul' | 'had' | 'dot'; readonly a: Node; readonly b: Node };

/** Whitespace and spacing gone, commands kept apart from what follows (`\partial§L`), `(l)` indices as `[l]`, `\top` as T. */
function normalised(tex: string): string {
  return tex
    .replace(/\\(?:left|right|big|Big|bigg|Bigg)(?![a-zA-Z])/g, '')
    .replace(/\\[,;!: ]|\\q?quad/g, ' ')
    .replace(/\\(?:mathbf|boldsymbol|bm|mathrm|mathit|vec)\s*\{\s*([A-Za-z])\s*\}/g, '$1')
    .replace(/\\[dt]frac/g, '\\frac')
    .replace(/\\prime/g, "'")
    .replace(/\\(?:top|intercal|mathsf\s*\{\s*T\s*\}|mathrm\s*\{\s*T\s*\})/g, 'T')
    .replace(/\\([a-zA-Z]+)\s*/g, '\\$1§')
    .replace(/\s+/g, '')
    .replace(/\^\{\(([a-z](?:[+-]1)?)\)/g, '^{[$1]')
    .replace(/\\partial§\{((?:[^{}]|\{[^{}]*\})*)\}/g, '\\partial§$1');
}

/** What the note's forward pass binds. */
interface Setup {
  /** `z = W a + b` (col), `z = W^T a + b` (colT), `z = a W + b` (row). */
  readonly form: 'col' | 'colT' | 'row';
  readonly pre: string;
  readonly act: string;
  readonly weight: string;
  readonly bias: string;
  /** The activation: a named one, or abstract (`g`, `\theta`), by the names the note writes for it. */
  readonly activation: 'sigmoid' | 'tanh' | 'abstract';
  readonly activationNames: ReadonlySet<string>;
  /** δ's definition: the gradient by the pre-activation. */
  readonly delta: boolean;
}

const AT = (name: string) => String.raw`(${name})\^\{\[([a-z])((?:[+-]1)?)\]\}`;
/** A vector's letter: lowercase (capitals `Z^{[l]} = W^{[l]}A^{[l-1]} + b^{[l]}` are batches of examples, whose bias gradient sums). */
const LETTER = '[a-z]';
const FORWARD: readonly [Setup['form'], RegExp][] = [
  ['col', new RegExp(`${AT(LETTER)}=${AT('[A-Z]')}${AT(LETTER)}\\+${AT(LETTER)}`, 'g')],
  ['colT', new RegExp(`${AT(LETTER)}=\\(${AT('[A-Z]')}\\)\\^(?:\\{T\\}|T)${AT(LETTER)}\\+${AT(LETTER)}`, 'g')],
  ['row', new RegExp(`${AT(LETTER)}=${AT(LETTER)}${AT('[A-Z]')}\\+${AT(LETTER)}`, 'g')],
];

const offsetOf = (sign: string | undefined): number => (sign === '+1' ? 1 : sign === '-1' ? -1 : 0);

/** The last forward pass the text before the claim writes, with its activation and δ. */
function setupOf(before: string): Setup | undefined {
  let best: { form: Setup['form']; m: RegExpMatchArray } | undefined;
  for (const [form, pattern] of FORWARD) {
    for (const m of before.matchAll(pattern)) if (!best || m.index! > best.m.index!) best = { form, m };
  }
  if (!best) return undefined;
  const m = best.m;
  // Groups: lhs (1-3), then W, a, b in the written order (row: a before W).
  const [lhs, first, second, bias] = [1, 4, 7, 10].map((g) => ({ name: m[g]!, letter: m[g + 1]!, offset: offsetOf(m[g + 2]) }));
  const [weight, act] = best.form === 'row' ? [second!, first!] : [first!, second!];
  const letters = new Set([lhs!.letter, weight.letter, act.letter, bias!.letter]);
  if (letters.size !== 1 || weight.offset !== lhs!.offset || bias!.offset !== lhs!.offset || act.offset !== lhs!.offset - 1) return undefined;
  if (new Set([lhs!.name, act.name, weight.name, bias!.name]).size !== 4) return undefined;
  const pre = lhs!.name;
  // `a^{[l]} = g^{[l]}(z^{[l]})`, `= \sigma(z^{[l]})`, `= g^{[l]}z^{[l]}`.
  const activation = new RegExp(String.raw`${act.name}\^\{\[[a-z](?:[+-]1)?\]\}=(\\sigma§|\\tanh§|\\theta§|\\phi§|g)(?:\^\{\[[a-z](?:[+-]1)?\]\})?\(?${pre}\^\{\[[a-z](?:[+-]1)?\]\}\)?(?![\^_A-Za-z(])`, 'g');
  const found = [...before.matchAll(activation)].at(-1)?.[1];
  const kind = found === '\\sigma§' ? 'sigmoid' : found === '\\tanh§' ? 'tanh' : 'abstract';
  const names = new Set(found && kind === 'abstract' ? [found] : found ? [found] : ['g']);
  const loss = String.raw`\\partial§(?:[LJECe]|\\ell§|\\mathcal§\{[LJEC]\})(?:_[a-z]|_\{[a-z]+\})?`;
  const by = String.raw`\\partial§${pre}\^\{\[[a-z](?:[+-]1)?\]\}`;
  // `\delta^{(l)} = \frac{\partial L}{\partial z^{(l)}}`, `\delta^{[l]} = \partial L/\partial z^{[l]}`.
  const delta = new RegExp(String.raw`\\delta§\^\{\[[a-z](?:[+-]1)?\]\}=(?:\\frac§\{${loss}\}\{${by}\}|${loss}/${by})`).test(before);
  return { form: best.form, pre, act: act.name, weight: weight.name, bias: bias!.name, activation: kind, activationNames: names, delta };
}

/** A recursive-descent reading of one side (see the file comment), against the setup's names. */
class SideParser {
  private p = 0;
  letter: string | undefined;
  loss: string | undefined;
  cdots = 0;
  constructor(private readonly s: string, private readonly setup: Setup) {}

  parse(): Node {
    const node = this.hadamard();
    if (this.p !== this.s.length) throw new Unread('trailing text');
    return node;
  }

  private eat(token: string): boolean {
    if (!this.s.startsWith(token, this.p)) return false;
    this.p += token.length;
    return true;
  }

  private hadamard(): Node {
    let node = this.product();
    for (;;) {
      if (this.eat('\\odot§') || this.eat('\\circ§')) node = { k: 'had', a: node, b: this.product() };
      else if (this.eat('\\cdot§')) {
        this.cdots++;
        node = { k: 'dot', a: node, b: this.product() };
      } else return node;
    }
  }

  private product(): Node {
    let node = this.postfix(this.primary());
    while (this.p < this.s.length && !/^(?:\\odot§|\\circ§|\\cdot§|\)|\]|\})/.test(this.s.slice(this.p))) node = { k: 'mul', a: node, b: this.postfix(this.primary()) };
    return node;
  }

  private postfix(node: Node): Node {
    if (this.eat('^T') || this.eat('^{T}')) return { k: 'T', x: node };
    return node;
  }

  /** `^{[l+1]}`: the offset, the letter checked the same throughout the claim. */
  private index(): number {
    const m = /^\^\{\[([a-z])((?:[+-]1)?)\]/.exec(this.s.slice(this.p));
    if (!m) throw new Unread('no layer index');
    if (this.letter !== undefined && this.letter !== m[1]) throw new Unread('two layer letters');
    this.letter = m[1];
    this.p += m[0].length;
    return offsetOf(m[2]);
  }

  /** A layer symbol `a^{[l-1]}`, its closing brace eaten, or `W^{[l]T}` with the transpose flagged. */
  private layered(): { at: Layered; transposed: boolean } {
    const m = /^([A-Za-z]|\\delta§)/.exec(this.s.slice(this.p));
    if (!m) throw new Unread('no symbol');
    this.p += m[0].length;
    const offset = this.index();
    const transposed = this.eat('T}');
    if (!transposed && !this.eat('}')) throw new Unread('layer index');
    return { at: { name: m[1] === '\\delta§' ? 'delta' : m[1]!, offset }, transposed };
  }

  private bound(at: Layered): Layered {
    const s = this.setup;
    if (at.name === 'delta' ? !s.delta : ![s.pre, s.act, s.weight, s.bias].includes(at.name)) throw new Unread(`unbound ${at.name}`);
    return at;
  }

  private primary(): Node {
    if (this.eat('(')) {
      const node = this.hadamard();
      if (!this.eat(')')) throw new Unread('unclosed (');
      return node;
    }
    if (this.eat('\\frac§{\\partial§')) return this.fraction();
    if (this.eat('\\nabla§_{')) return this.nabla();
    const activation = this.activation();
    if (activation) return activation;
    if (this.eat('{')) {
      const node = this.hadamard();
      if (!this.eat('}')) throw new Unread('unclosed {');
      return node;
    }
    const { at, transposed } = this.layered();
    const node: Node = { k: 'sym', at: this.bound(at) };
    return transposed ? { k: 'T', x: node } : node;
  }

  /** `\frac{\partial L}{\partial W^{[l]}}`, `\frac{\partial z^{[l+1]}}{\partial a^{[l]}}`. */
  private fraction(): Node {
    const loss = /^(\\ell§|\\mathcal§\{[LJEC]\}|[LJECe])(?:_\{?[a-z]{1,2}\}?)?(?:\([^()]*\))?\}/.exec(this.s.slice(this.p));
    let top: Layered | undefined;
    if (loss && !this.s.slice(this.p + loss[1]!.length).startsWith('^')) {
      if (this.loss !== undefined && this.loss !== loss[1]) throw new Unread('two losses');
      this.loss = loss[1];
      this.p += loss[0].length;
    } else {
      const t = this.layered();
      if (t.transposed || !this.eat('}')) throw new Unread('numerator');
      top = this.bound(t.at);
    }
    if (!this.eat('{\\partial§')) throw new Unread('denominator');
    const by = this.layered();
    if (by.transposed || !this.eat('}')) throw new Unread('denominator');
    const at = this.bound(by.at);
    if (at.name === 'delta') throw new Unread('by delta');
    if (top) {
      if (top.name === this.setup.weight || top.name === this.setup.bias || at.name === this.setup.weight || at.name === this.setup.bias || top.name === 'delta') throw new Unread('jacobian of a matrix');
      return { k: 'jac', top, by: at };
    }
    return { k: 'grad', by: at };
  }

  /** `\\nabla_{W^{(l)}} J`: the gradient by a layer symbol. */
  private nabla(): Node {
    const by = this.layered();
    if (by.transposed || !this.eat('}')) throw new Unread('nabla');
    const loss = /^(\\ell§|\\mathcal§\{[LJEC]\}|[LJECe])(?![A-Za-z^_(])/.exec(this.s.slice(this.p));
    if (!loss || (this.loss !== undefined && this.loss !== loss[1])) throw new Unread('nabla of what');
    this.loss = loss[1];
    this.p += loss[0].length;
    const at = this.bound(by.at);
    if (at.name === 'delta') throw new Unread('by delta');
    return { k: 'grad', by: at };
  }

  /** `{g^{[l]}}'(z^{[l]})`, `g^{[l]\prime}(z^{[l]})`, `g'(z^{[l]})`, `\sigma'(z^{(l)})`, `\sigma(z^{[l]})`. */
  private activation(): Node | undefined {
    const m = /^(\{)?(\\sigma§|\\tanh§|\\theta§|\\phi§|g)(\^\{\[[a-z](?:[+-]1)?\]('?)\})?(\})?('?)(?:\^\{?'\}?)?\(/.exec(this.s.slice(this.p));
    if (!m || Boolean(m[1]) !== Boolean(m[5])) return undefined;
    const fn = m[2]!;
    if (!this.setup.activationNames.has(fn) && !(fn === 'g' && m[3] && this.setup.activation === 'abstract')) throw new Unread(`unbound ${fn}`);
    const derivative = Boolean(m[4] || m[6] || /\^\{?'\}?\($/.test(m[0]));
    const start = this.p;
    this.p += m[0].length;
    if (m[3]) {
      const layer = /\[([a-z])/.exec(m[3])![1];
      if (this.letter !== undefined && this.letter !== layer) throw new Unread('two layer letters');
      this.letter = layer;
    }
    const arg = this.layered();
    if (arg.transposed || !this.eat(')') || arg.at.name !== this.setup.pre) throw new Unread('activation argument');
    if (m[3] && offsetOf(/([+-]1)?\]/.exec(m[3])![1]) !== arg.at.offset) throw new Unread('activation of another layer');
    void start;
    return { k: 'act', arg: arg.at, derivative, fn };
  }
}

/** A matrix value: rows, columns, entries row by row. */
interface Mat { readonly rows: number; readonly cols: number; readonly data: readonly number[] }
class Misfit extends Error {}

const transpose = (m: Mat): Mat => ({ rows: m.cols, cols: m.rows, data: m.data.map((_, k) => m.data[(k % m.rows) * m.cols + Math.floor(k / m.rows)]!) });
function times(a: Mat, b: Mat): Mat {
  if (a.cols !== b.rows) throw new Misfit();
  const data: number[] = [];
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < b.cols; j++) data.push(Array.from({ length: a.cols }, (_, k) => a.data[i * a.cols + k]! * b.data[k * b.cols + j]!).reduce((x, y) => x + y, 0));
  return { rows: a.rows, cols: b.cols, data };
}
function entrywise(a: Mat, b: Mat): Mat {
  if (a.rows !== b.rows || a.cols !== b.cols) throw new Misfit();
  return { rows: a.rows, cols: a.cols, data: a.data.map((v, k) => v * b.data[k]!) };
}

/** One combination of conventions (see the file comment). */
interface Convention { readonly vectorGradient: 'same' | 'transposed'; readonly matrixGradient: 'same' | 'transposed'; readonly jacobian: 'numerator' | 'denominator'; readonly cdot: 'mul' | 'had' }
const CONVENTIONS: readonly Convention[] = (['same', 'transposed'] as const).flatMap((vectorGradient) =>
  (['same', 'transposed'] as const).flatMap((matrixGradient) => (['numerator', 'denominator'] as const).flatMap((jacobian) => (['mul', 'had'] as const).map((cdot) => ({ vectorGradient, matrixGradient, jacobian, cdot })))));

type Activation = { readonly f: (x: number) => number; readonly df: (x: number) => number };
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const NAMED: Record<'sigmoid' | 'tanh', Activation> = {
  sigmoid: { f: sigmoid, df: (x) => sigmoid(x) * (1 - sigmoid(x)) },
  tanh: { f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
};
/** Smooth stand-ins for an abstract activation, different per layer: tanh(cx) + dx and a softplus. */
function abstractActivations(random: () => number, kind: number): Activation[] {
  return Array.from({ length: DEPTH + 1 }, () => {
    const c = 0.5 + random();
    const d = 0.1 + 0.4 * random();
    return kind === 0
      ? { f: (x) => Math.tanh(c * x) + d * x, df: (x) => c * (1 - Math.tanh(c * x) ** 2) + d }
      : { f: (x) => Math.log1p(Math.exp(c * x)) / c + d * x * x, df: (x) => sigmoid(c * x) + 2 * d * x };
  });
}

const DEPTH = 4;
/** The claim's layer l: l-1, l and l+1 are hidden layers, the loss is of layer DEPTH's output. */
const LAYER = 2;
const SIZES = { distinct: [3, 2, 4, 3, 2], equal: [3, 3, 3, 3, 3] } as const;
const STEP = 1e-5;

/** A random network of the setup's form and its forward pass, with one node (z, a, W or b of a layer) replaced. */
class Network {
  readonly weights: number[][];
  readonly biases: number[][];
  readonly input: number[];
  private readonly lossWeights: number[][];
  constructor(readonly sizes: readonly number[], readonly form: Setup['form'], readonly acts: readonly Activation[], random: () => number) {
    const r = () => 2 * random() - 1;
    this.weights = sizes.map((n, k) => (k === 0 ? [] : Array.from({ length: n * sizes[k - 1]! }, r)));
    this.biases = sizes.map((n) => Array.from({ length: n }, r));
    this.input = Array.from({ length: sizes[0]! }, r);
    this.lossWeights = [0, 1, 2].map(() => Array.from({ length: sizes[DEPTH]! }, r));
  }

  /** W's shape as the note writes it: n_l × n_{l-1} in `z = Wa + b`, n_{l-1} × n_l otherwise. */
  weightShape(k: number): [number, number] {
    return this.form === 'col' ? [this.sizes[k]!, this.sizes[k - 1]!] : [this.sizes[k - 1]!, this.sizes[k]!];
  }

  /** z and a of every layer and the loss, with `replace` put in for one node. */
  forward(replace?: { kind: 'pre' | 'act' | 'weight' | 'bias'; layer: number; value: readonly number[] }): { pre: number[][]; act: number[][]; loss: number } {
    const pre: number[][] = [[]];
    const act: number[][] = [replace?.kind === 'act' && replace.layer === 0 ? [...replace.value] : this.input];
    for (let k = 1; k <= DEPTH; k++) {
      const w = replace?.kind === 'weight' && replace.layer === k ? replace.value : this.weights[k]!;
      const b = replace?.kind === 'bias' && replace.layer === k ? replace.value : this.biases[k]!;
      const [rows, cols] = this.weightShape(k);
      const prev = act[k - 1]!;
      const z = replace?.kind === 'pre' && replace.layer === k
        ? [...replace.value]
        : Array.from({ length: this.sizes[k]! }, (_, i) => b[i]! + prev.reduce((s, v, j) => s + v * (this.form === 'col' ? w[i * cols + j]! : w[j * cols + i]!), 0));
      void rows;
      pre.push(z);
      act.push(replace?.kind === 'act' && replace.layer === k ? [...replace.value] : z.map((v) => this.acts[k]!.f(v)));
    }
    const out = act[DEPTH]!;
    const [c, d, e] = this.lossWeights as [number[], number[], number[]];
    const loss = out.reduce((s, v, i) => s + c[i]! * Math.tanh(v + e[i]!) + 0.5 * d[i]! * v * v, 0);
    return { pre, act, loss };
  }
}

type Kind = 'pre' | 'act' | 'weight' | 'bias';

/** The side's value on one network under one convention. */
class Evaluation {
  private readonly base: ReturnType<Network['forward']>;
  constructor(private readonly net: Network, private readonly setup: Setup, private readonly convention: Convention) {
    this.base = net.forward();
  }

  private kindOf(name: string): Kind {
    const s = this.setup;
    return name === s.pre ? 'pre' : name === s.act ? 'act' : name === s.weight ? 'weight' : 'bias';
  }

  private nodeValue(kind: Kind, layer: number): readonly number[] {
    if (layer < (kind === 'act' ? 0 : 1) || layer > DEPTH) throw new Unread('layer out of the network');
    return kind === 'pre' ? this.base.pre[layer]! : kind === 'act' ? this.base.act[layer]! : kind === 'weight' ? this.net.weights[layer]! : this.net.biases[layer]!;
  }

  /** A vector as the setup writes vectors: a column, a row in `z = aW + b`. */
  private vector(data: readonly number[], transposed = false): Mat {
    const column = (this.setup.form !== 'row') !== transposed;
    return column ? { rows: data.length, cols: 1, data } : { rows: 1, cols: data.length, data };
  }

  private gradient(at: Layered): Mat {
    const kind = at.name === 'delta' ? 'pre' : this.kindOf(at.name);
    const layer = LAYER + at.offset;
    const x = this.nodeValue(kind, layer);
    const g = x.map((_, i) => {
      const moved = (h: number) => this.net.forward({ kind, layer, value: x.map((v, j) => (j === i ? v + h : v)) }).loss;
      return (moved(STEP) - moved(-STEP)) / (2 * STEP);
    });
    if (kind !== 'weight') return this.vector(g, this.convention.vectorGradient === 'transposed');
    const [rows, cols] = this.net.weightShape(layer);
    const m = { rows, cols, data: g };
    return this.convention.matrixGradient === 'same' ? m : transpose(m);
  }

  private jacobian(top: Layered, by: Layered): Mat {
    const [topKind, byKind] = [this.kindOf(top.name), this.kindOf(by.name)];
    const [topLayer, byLayer] = [LAYER + top.offset, LAYER + by.offset];
    const x = this.nodeValue(byKind, byLayer);
    const n = this.nodeValue(topKind, topLayer).length;
    // Numerator layout: row i is top_i's gradient.
    const columns = x.map((_, j) => {
      const moved = (h: number) => {
        const run = this.net.forward({ kind: byKind, layer: byLayer, value: x.map((v, i) => (i === j ? v + h : v)) });
        return topKind === 'pre' ? run.pre[topLayer]! : run.act[topLayer]!;
      };
      const [up, down] = [moved(STEP), moved(-STEP)];
      return up.map((v, i) => (v - down[i]!) / (2 * STEP));
    });
    const numerator: Mat = { rows: n, cols: x.length, data: Array.from({ length: n * x.length }, (_, k) => columns[k % x.length]![Math.floor(k / x.length)]!) };
    return this.convention.jacobian === 'numerator' ? numerator : transpose(numerator);
  }

  value(node: Node): Mat {
    switch (node.k) {
      case 'grad': return this.gradient(node.by);
      case 'jac': return this.jacobian(node.top, node.by);
      case 'sym': {
        if (node.at.name === 'delta') return this.gradient(node.at);
        const kind = this.kindOf(node.at.name);
        const layer = LAYER + node.at.offset;
        const data = this.nodeValue(kind, layer);
        if (kind !== 'weight') return this.vector(data);
        const [rows, cols] = this.net.weightShape(layer);
        return { rows, cols, data };
      }
      case 'act': {
        const layer = LAYER + node.arg.offset;
        const g = this.net.acts[layer]!;
        return this.vector(this.nodeValue('pre', layer).map((v) => (node.derivative ? g.df(v) : g.f(v))));
      }
      case 'T': return transpose(this.value(node.x));
      case 'mul': return times(this.value(node.a), this.value(node.b));
      case 'had': return entrywise(this.value(node.a), this.value(node.b));
      case 'dot': return (this.convention.cdot === 'mul' ? times : entrywise)(this.value(node.a), this.value(node.b));
    }
  }
}

type Comparison = 'agrees' | 'differs' | 'misfit' | 'near';

function compare(left: Node, right: Node, net: Network, setup: Setup, convention: Convention): Comparison {
  const evaluation = new Evaluation(net, setup, convention);
  let l: Mat, r: Mat;
  try {
    [l, r] = [evaluation.value(left), evaluation.value(right)];
  } catch (error) {
    if (error instanceof Misfit) return 'misfit';
    throw error;
  }
  if (l.rows !== r.rows || l.cols !== r.cols) return 'misfit';
  const scale = Math.max(...l.data.map(Math.abs), ...r.data.map(Math.abs));
  const gap = Math.max(...l.data.map((v, k) => Math.abs(v - r.data[k]!)));
  if (!Number.isFinite(gap)) return 'near';
  if (gap <= 1e-6 * scale + 1e-9) return 'agrees';
  return gap > 0.1 * scale && scale > 1e-6 ? 'differs' : 'near';
}

const TRIALS = 2;

/** The verdict under every convention on random networks (see the file comment). */
function judge(left: Node, right: Node, setup: Setup, seed: string, cdots: number): 'holds' | 'fails' | undefined {
  const random = seeded(seed);
  const activations: Activation[][] = setup.activation === 'abstract'
    ? [abstractActivations(random, 0), abstractActivations(random, 1)]
    : [Array.from({ length: DEPTH + 1 }, () => NAMED[setup.activation as 'sigmoid' | 'tanh'])];
  const networks = (sizes: readonly number[]) => activations.flatMap((acts) => Array.from({ length: TRIALS }, () => new Network(sizes, setup.form, acts, random)));
  const [distinct, equal] = [networks(SIZES.distinct), networks(SIZES.equal)];
  let allDiffer = true;
  let fitted = false;
  for (const convention of CONVENTIONS) {
    if (cdots === 0 && convention.cdot === 'had') continue;
    const onDistinct = distinct.map((net) => compare(left, right, net, setup, convention));
    const onEqual = equal.map((net) => compare(left, right, net, setup, convention));
    if ([...onDistinct, ...onEqual].every((c) => c === 'agrees')) return 'holds';
    // A convention under which the claim's shapes never fit is not one the author used.
    if ([...onDistinct, ...onEqual].every((c) => c === 'misfit')) continue;
    fitted = true;
    if (!onEqual.every((c) => c === 'differs') || !onDistinct.every((c) => c === 'differs' || c === 'misfit')) allDiffer = false;
  }
  return fitted && allDiffer ? 'fails' : undefined;
}

/** A claim the forward pass binds: both sides read, one of them a gradient or δ, at a symbolic layer. */
function judgeClaim(claim: ClaimReport, setup: Setup): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const [ls, rs] = [normalised(claim.left.source), normalised(claim.right.source)];
  if (!/\\partial|\\delta/.test(ls + rs)) return claim;
  let left: Node, right: Node, cdots: number;
  try {
    const lp = new SideParser(ls, setup);
    left = lp.parse();
    const rp = new SideParser(rs, setup);
    right = rp.parse();
    if (lp.letter !== undefined && rp.letter !== undefined && lp.letter !== rp.letter) return claim;
    if (lp.loss !== undefined && rp.loss !== undefined && lp.loss !== rp.loss) return claim;
    cdots = lp.cdots + rp.cdots;
  } catch (error) {
    if (error instanceof Unread) return claim;
    throw error;
  }
  // `\delta^{(l)} = \frac{\partial e}{\partial s^{(l)}}`: δ's own definition decides nothing.
  const isDelta = (n: Node) => n.k === 'sym' && n.at.name === 'delta';
  if (isDelta(left) || isDelta(right)) {
    const other = isDelta(left) ? right : left;
    if (other.k === 'grad' && other.by.name === setup.pre) return claim;
  }
  let verdict: 'holds' | 'fails' | undefined;
  try {
    verdict = judge(left, right, setup, `${ls}=${rs}`, cdots);
  } catch (error) {
    if (error instanceof Unread) return claim;
    throw error;
  }
  if (!verdict) return claim;
  const { reason: _reason, fix: _fix, identity: _identity, ...rest } = claim;
  return { ...rest, verdict, reading: LAYER_BACKPROP_READING };
}

/** How far back the forward pass is looked for. */
const LOOK_BACK = 20_000;

/** The report's backward-pass claims checked on a random network of the note's forward pass. */
export function layerBackpropClaims(note: string, span: MathSpan, report: FormulaReport): readonly ClaimReport[] {
  if (!report.claims.some((c) => c.verdict === 'none' && c.relation === '=')) return report.claims;
  let before: string | undefined;
  return report.claims.map((claim) => {
    if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
    before ??= normalised(note.slice(Math.max(0, span.start - LOOK_BACK), span.start));
    const setup = setupOf(`${before}$${normalised(report.source.slice(0, Math.max(0, claim.left.offset + claim.left.source.length)))}`);
    return setup ? judgeClaim(claim, setup) : claim;
  });
}
