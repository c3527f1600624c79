/**
 * A synthetic vault shaped like D2L's chapters, generated deterministically
 * (same notes, byte for byte, on every run and machine): 200 notes of prose,
 * code fences (whose `$` are not math), lists, tables, inline and display
 * math — mostly symbolic (`\mathbf{W}^\top \mathbf{x}`, `\sum_i`, fractions,
 * aligned environments), some numeric claims, a few of them false — about
 * 37 formulas a note, 7,400 in all. Many short symbols (`$\mathbf{x}$`, `$n$`)
 * recur across notes, as in the book; the longer formulas differ per note.
 */

/** One note of the vault. */
export interface VaultNote {
  readonly name: string;
  readonly text: string;
}

/** A small seeded generator (mulberry32): the vault must not depend on Math.random. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['linear regression', 'softmax regression', 'multilayer perceptrons', 'weight decay', 'dropout', 'numerical stability', 'convolutions', 'pooling', 'batch normalization', 'residual networks', 'recurrent networks', 'GRUs', 'LSTMs', 'attention', 'transformers', 'optimization', 'momentum', 'Adam', 'learning-rate schedules', 'computer vision'];
const VECTORS = ['x', 'h', 'o', 'y', 'w', 'b', 'z', 'q', 'k', 'v', 'a', 'g', 'u', 'e'];
const MATRICES = ['W', 'X', 'H', 'Q', 'K', 'V', 'A', 'B', 'M', 'U', 'P', 'S'];
const GREEK = ['\\alpha', '\\beta', '\\gamma', '\\eta', '\\lambda', '\\sigma', '\\theta', '\\phi', '\\epsilon', '\\mu', '\\tau', '\\rho'];
const FUNCS = ['\\sigma', '\\tanh', '\\mathrm{ReLU}', '\\mathrm{softmax}', '\\phi', 'f', 'g'];
const PROSE = [
  'The gradient of the loss with respect to the parameters tells us how to update them.',
  'In practice we process minibatches rather than single examples, to exploit vectorized hardware.',
  'This choice matters: a poor initialization can make training stall or diverge.',
  'We now make this precise, and then implement it from scratch before using the high-level API.',
  'Note that the bias term can be absorbed into the weights by appending a constant feature.',
  'Recall that the chain rule lets us compute derivatives of compositions one factor at a time.',
  'Intuitively, the model averages the values, weighting each by how well its key matches the query.',
  'As the number of layers grows, products of many Jacobians either vanish or explode.',
  'Regularization trades a little training accuracy for better generalization.',
  'The same idea reappears in later chapters, in a more general form.',
];
const CODE = [
  ['```python', 'import torch', 'from torch import nn', '', 'net = nn.Sequential(nn.Flatten(), nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))', "price = '$5'  # dollar signs in code are not math", '```'],
  ['```python', 'def softmax(X):', '    X_exp = torch.exp(X)', '    partition = X_exp.sum(1, keepdims=True)', '    return X_exp / partition  # $broadcasting$ applies here', '```'],
  ['```bash', 'pip install d2l==1.0.3', 'echo "$HOME/$USER"', '```'],
  ['```python', 'x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)', 'y = torch.sigmoid(x)', 'y.backward(torch.ones_like(x))', '```'],
];

/** Build the vault: `notes` notes (default 200), deterministic in `seed`. */
export function d2lVault(notes = 200, seed = 20261206): VaultNote[] {
  return Array.from({ length: notes }, (_, n) => ({ name: `chapter-${String(n + 1).padStart(3, '0')}.md`, text: d2lNote(n, rng(seed + n * 7919)) }));
}

function d2lNote(n: number, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const vec = (): string => `\\mathbf{${pick(VECTORS)}}`;
  const mat = (): string => `\\mathbf{${pick(MATRICES)}}`;
  const idx = (): string => pick(['i', 'j', 'k', 't', 'l']);
  const sup = (): string => pick(['', `^{(${int(1, 4)})}`, `^{(t)}`, `^{(l)}`, '^\\top']);

  /** A symbolic formula like the book's; `n` and random choices keep most of them distinct per note. */
  const symbolic = (): string => {
    switch (int(0, 15)) {
      case 0:
        return `${mat()}^\\top ${vec()}${sup()}`;
      case 1:
        return `${vec()}${sup()} = ${pick(FUNCS)}(${mat()}${sup()} ${vec()} + ${vec()}${sup()})`;
      case 2:
        return `\\sum_{${idx()}=1}^{${pick(['n', 'd', 'm', 'T', 'q'])}} ${vec()}_${idx()} ${pick(GREEK)}_${idx()}`;
      case 3:
        return `\\frac{\\partial L}{\\partial ${mat()}${sup()}} = \\frac{\\partial L}{\\partial ${vec()}} ${vec()}^\\top`;
      case 4:
        return `\\hat{y}_${idx()} = \\frac{\\exp(o_${idx()})}{\\sum_{k} \\exp(o_k)}`;
      case 5:
        // Norms are costly to parse (the engine tries each \\| as an opening and a closing fence): D2L writes
        // mostly the short weight-decay form, now and then a full regularised loss.
        return random() < 0.2
          ? `\\|${vec()} - ${vec()}\\|_2^2 + \\frac{${pick(GREEK)}}{2} \\|${mat()}\\|_F^2`
          : `\\frac{${pick(GREEK)}}{2} \\|${vec()}\\|^2`;
      case 6:
        return `${mat()} \\in \\mathbb{R}^{${pick(['n', 'd', 'h', 'q'])} \\times ${pick(['d', 'h', 'k', 'v'])}}`;
      case 7:
        return `L(${mat()}, ${vec()}) = \\frac{1}{n} \\sum_{i=1}^{n} \\left(y^{(i)} - ${vec()}^\\top \\mathbf{x}^{(i)}\\right)^2`;
      case 8:
        return `\\mathrm{Var}[h_${idx()}] = n_\\mathrm{in} ${pick(GREEK)}^2 \\mathrm{Var}[x_${idx()}]`;
      case 9:
        return `${pick(GREEK)}_{t+1} = ${pick(GREEK)}_t - \\eta \\nabla_{${pick(GREEK)}} L(${pick(GREEK)}_t)`;
      case 10:
        return `\\mathrm{softmax}\\left(\\frac{${mat()} ${mat()}^\\top}{\\sqrt{d}}\\right) ${mat()}`;
      case 11:
        return `P(y_${idx()} \\mid ${vec()}) = \\prod_{t=1}^{T} p(x_t \\mid x_{t-1}, \\ldots, x_1)`;
      case 12:
        return `\\frac{\\partial \\mathbf{h}^{(${int(2, 9)})}}{\\partial \\mathbf{h}^{(${int(1, 2)})}} = \\prod_{l} \\mathrm{diag}(\\sigma'(${vec()}^{(l)})) ${mat()}^{(l)}`;
      case 13:
        return `\\mathbb{E}[${vec()}] = ${pick(GREEK)} \\cdot ${vec()} + (1 - ${pick(GREEK)}) \\cdot ${vec()}_{t-1}`;
      case 14:
        return `${vec()}_${idx()}^{(${n % 9})} \\odot ${vec()}`;
      default:
        return `\\max(0, ${vec()}^\\top ${vec()} + ${pick(GREEK)})`;
    }
  };

  /** A number the note claims, true or (rarely) false, D2L-style. */
  const numeric = (): string => {
    const k = int(2, 60);
    switch (int(0, 7)) {
      case 0: {
        const base = pick([0.9, 0.8, 1.1, 1.5, 0.5]);
        const v = base ** k;
        return `${base}^{${k}} \\approx ${random() < 0.06 ? (v * 3).toPrecision(2) : v.toPrecision(3)}`;
      }
      case 1:
        return `2^{${k % 20}} = ${2 ** (k % 20)}`;
      case 2:
        return `\\sqrt{${k}} \\approx ${Math.sqrt(k).toFixed(3)}`;
      case 3:
        return `e^{-${k % 10}} \\approx ${Math.exp(-(k % 10)).toPrecision(3)}`;
      case 4:
        return `${k} \\times ${k + 3} = ${k * (k + 3)}`;
      case 5:
        return `\\frac{1}{1 + e^{-${k % 8}}} \\approx ${(1 / (1 + Math.exp(-(k % 8)))).toFixed(4)}`;
      case 6:
        return `\\log(${k}) \\approx ${Math.log(k).toFixed(3)}`;
      default:
        return `${k * 64} \\cdot ${k * 4} = ${k * 64 * k * 4}`;
    }
  };

  const common = (): string => pick(['\\mathbf{x}', '\\mathbf{W}', 'n', 'd', '\\eta', '\\mathbf{h}^{(l)}', '\\sigma', 'L', '\\lambda', 'b', '\\mathbf{y}', 'x_i']);
  const inline = (): string => {
    const r = random();
    return `$${r < 0.35 ? common() : r < 0.88 ? symbolic() : numeric()}$`;
  };
  const sentence = (): string => {
    const words = pick(PROSE).split(' ');
    const at = int(1, words.length - 1);
    return [...words.slice(0, at), `(${inline()})`, ...words.slice(at)].join(' ');
  };
  const aligned = (): string => {
    const rows = Array.from({ length: int(2, 3) }, () => `${vec()}${sup()} &= ${symbolic().replace(/&/g, '')}`);
    return ['$$', '\\begin{aligned}', rows.join(' \\\\\n'), '\\end{aligned}', '$$'].join('\n');
  };

  const out: string[] = [`# ${n + 1}. ${pick(TOPICS)}`, ''];
  let formulas = 0;
  const target = int(33, 39);
  let section = 1;
  while (formulas < target) {
    const r = random();
    if (r < 0.08) {
      out.push(`## ${n + 1}.${section++} ${pick(TOPICS)}`, '');
    } else if (r < 0.5) {
      // A paragraph with two or three inline formulas.
      const count = int(2, 3);
      out.push(Array.from({ length: count }, sentence).join(' '), '');
      formulas += count;
    } else if (r < 0.66) {
      out.push('$$', random() < 0.3 ? numeric() : symbolic(), '$$', '');
      formulas++;
    } else if (r < 0.7) {
      out.push(aligned(), '');
      formulas++;
    } else if (r < 0.84) {
      // A list, as in the exercises.
      const items = int(2, 4);
      for (let i = 0; i < items; i++) out.push(`${i + 1}. Show that ${inline()} when ${inline()}.`);
      out.push('');
      formulas += 2 * items;
    } else if (r < 0.92) {
      out.push(...pick(CODE), '');
    } else {
      out.push('| quantity | value |', '| --- | --- |', `| ${inline()} | ${inline()} |`, `| ${inline()} | plain text |`, '');
      formulas += 3;
    }
  }
  return out.join('\n');
}
