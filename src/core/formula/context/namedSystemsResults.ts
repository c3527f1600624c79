/**
 * The standard results of ML systems and training that notes state by name, as entries of the table in
 * namedMlFormulas.ts (docs/readings/named-systems-results.md). LLM and systems notes write them in their own letters
 * as definitions the identity check cannot judge, the left side being bound: the KV-cache size
 * `M_{KV} = 2 \times L \times n_h \times d_h \times s \times b \times \text{bytes}`, the training compute `C = 6ND`,
 * Little's law `L = \lambda W`, M/M/1's `W = \frac{1}{\mu - \lambda}`, the pipeline bubble
 * `\frac{p-1}{m+p-1}`, ring all-reduce's traffic `2\frac{N-1}{N}M`, Amdahl's speedup, perplexity `e^{H}`.
 *
 * Each entry knows the letters its result is written in (a role for each: layers, heads, the arrival rate),
 * reads a side only when every symbol in it has a role, and compares it with the result's accepted
 * variants at drawn values of the roles. It holds when a variant agrees at every draw; it fails only on
 * the entry's recognised slip (ring all-reduce's total traffic without its factor 2); anything else stays
 * undecided.
 */
import type { NamedMlFormula } from './namedMlFormulas';
import { compact, letterArithmetic } from './namedMlFormulas';

type Judgement = { verdict: 'holds' | 'fails'; reading: string } | undefined;

/** A side with `\text{…}`-like wrappers and escaped underscores dropped, `*` as `\times`, in compact form. */
export function plainSide(side: string): string {
  return compact(
    side
      .replace(/\\_/g, '_')
      .replace(/\\(?:text|textrm|textit|mathrm|mathit|operatorname|rm|mathsf)\s*\{([^{}]*)\}/g, '$1')
      .replace(/\\(?:ast|cdot|times)|\*/g, '×'),
  )
    .replace(/×$/, '')
    .replace(/^\{([A-Za-z]+)\}$/, '$1')
    .replace(/\\dfrac|\\tfrac/g, '\\frac');
}

/** A symbol's written forms: `n_{h}`, `n_h`, `n_{heads}`; the subscript given as alternatives. */
function symbol(base: string, subscripts?: string): string {
  return subscripts === undefined ? `${base}(?!_)` : `${base}_(?:\\{(?:${subscripts})\\}|(?:${subscripts})(?![A-Za-z]))`;
}

/**
 * The side with each symbol replaced by its role's letter, in the text `letterArithmetic` reads, or
 * undefined when the side writes a symbol no role has. `roles` are tried in order at each position:
 * the longer forms first.
 */
function inRoles(side: string, roles: ReadonlyArray<readonly [string, string]>): { text: string; used: Set<string> } | undefined {
  const patterns = roles.map(([source, letter]) => [new RegExp(source, 'y'), letter] as const);
  let text = '';
  const used = new Set<string>();
  let at = 0;
  while (at < side.length) {
    const rest = side.slice(at);
    const command = /^\\(?:frac|sqrt)(?![A-Za-z])/.exec(rest);
    if (command) { text += command[0]; at += command[0].length; continue; }
    if (rest[0] === '×') { text += '\\times'; at++; continue; }
    if (/^[0-9.+\-/(){}^[\]]/.test(rest)) { text += rest[0] === '[' ? '(' : rest[0] === ']' ? ')' : rest[0]; at++; continue; }
    let matched = false;
    for (const [pattern, letter] of patterns) {
      pattern.lastIndex = at;
      const m = pattern.exec(side);
      if (m && m[0].length > 0) { text += letter; used.add(letter); at += m[0].length; matched = true; break; }
    }
    if (!matched) return undefined;
  }
  return { text, used };
}

/** A side's value as a function of its roles' values. */
function valueOf(side: string, roles: ReadonlyArray<readonly [string, string]>): { at: (v: Readonly<Record<string, number>>) => number; used: Set<string> } | undefined {
  const read = inRoles(side, roles);
  if (!read) return undefined;
  const letters = [...new Set(roles.map(([, l]) => l))].join('');
  const f = letterArithmetic(read.text, letters);
  return f && { at: f, used: read.used };
}

function close(a: number, b: number): boolean {
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Three fixed draws of a model's free values. */
const DRAWS: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.37, 2.9, 7.3, 11.7],
  [0.61, 4.3, 13.1, 5.9],
  [0.23, 1.7, 9.7, 23.3],
];

/**
 * A relation between quantities that a model of the result gives values to: the claim holds when both
 * sides, each written in the roles, agree at every draw of the model.
 */
function agreeInModel(left: string, right: string, roles: ReadonlyArray<readonly [string, string]>, model: (d: readonly [number, number, number, number]) => Record<string, number>): boolean {
  const l = valueOf(left, roles);
  const r = valueOf(right, roles);
  if (!l || !r) return false;
  // A claim about the result relates at least two of its quantities (`L = \lambda W`), not one number.
  if (new Set([...l.used, ...r.used]).size < 2) return false;
  return DRAWS.every((d) => {
    const values = model(d);
    return close(l.at(values), r.at(values));
  });
}

// ---------------------------------------------------------------- queueing

/** Little's law's quantities: the mean number in the system (or queue), the arrival rate, the mean time. */
const LITTLE_ROLES: ReadonlyArray<readonly [string, string]> = [
  [symbol('[LNQ]', 'q|Q'), 'D'],
  [symbol('[WTR]', 'q|Q'), 'E'],
  [String.raw`\\lambda(?!_)`, 'B'],
  [String.raw`\\mu(?!_)`, 'U'],
  [String.raw`\\rho(?!_)`, 'R'],
  [String.raw`(?:\\mathbb\{E\}|E)\[N\]|\\bar\{N\}|[LN](?:_s)?(?![_A-Za-z])`, 'A'],
  [String.raw`(?:\\mathbb\{E\}|E)\[T\]|\\bar\{T\}|[WT](?:_s)?(?![_A-Za-z])`, 'C'],
];

/** An M/M/1 queue at draw d: λ < μ, and the results every queueing text gives. */
function mm1(d: readonly [number, number, number, number]): Record<string, number> {
  const lambda = d[1];
  const mu = d[1] / d[0];
  const rho = lambda / mu;
  return { B: lambda, U: mu, R: rho, A: rho / (1 - rho), C: 1 / (mu - lambda), D: (rho * rho) / (1 - rho), E: rho / (mu - lambda) };
}

/** Any stable queue: only Little's law ties its means (L = λW, L_q = λW_q). */
function littleOnly(d: readonly [number, number, number, number]): Record<string, number> {
  return { B: d[1], C: d[2], E: d[3], A: d[1] * d[2], D: d[1] * d[3], U: NaN, R: NaN };
}

/**
 * Little's law (L = λW, L_q = λW_q and their rearrangements), named "Little": the three means in any of
 * their usual letters (L, N, E[N]; W, T, R; λ). Holds only.
 */
const LITTLES_LAW: NamedMlFormula = {
  name: "Little's law",
  named: /\bLittle|利特尔|リトル/,
  judge: ({ left, right }) => (agreeInModel(plainSide(left), plainSide(right), LITTLE_ROLES, littleOnly) ? { verdict: 'holds', reading: "as Little's law: L = λW (and L_q = λW_q)" } : undefined),
};

/**
 * The M/M/1 queue (ρ = λ/μ, L = ρ/(1−ρ) = λ/(μ−λ), W = 1/(μ−λ), L_q = ρ²/(1−ρ), W_q = ρ/(μ−λ)), named
 * "M/M/1" in the formula's lines or in a section that names no other queue. Holds only.
 */
const MM1_QUEUE: NamedMlFormula = {
  name: 'the M/M/1 queue',
  named: /M\/M\/1(?![0-9])/,
  judge: ({ left, right, naming, recent }) => {
    if (!/M\/M\/1(?![0-9])/.test(recent) && /M\/M\/(?:[c-kmns2-9]|\\infty)|M\/G\/1|M\/D\/1|G\/G\/1/.test(naming)) return undefined;
    return agreeInModel(plainSide(left), plainSide(right), LITTLE_ROLES, mm1) ? { verdict: 'holds', reading: 'as the M/M/1 queue: ρ = λ/μ, L = ρ/(1 − ρ), W = 1/(μ − λ), L_q = ρ²/(1 − ρ), W_q = ρ/(μ − λ)' } : undefined;
  },
};

// ---------------------------------------------------------------- parallel training

/** The right side alone, as a function of the roles, compared with the result's forms. */
function formOf(right: string, roles: ReadonlyArray<readonly [string, string]>): { at: (v: Readonly<Record<string, number>>) => number; used: Set<string> } | undefined {
  return valueOf(plainSide(right), roles);
}

function matches(f: { at: (v: Readonly<Record<string, number>>) => number }, form: (v: Readonly<Record<string, number>>) => number, draw: (d: readonly [number, number, number, number]) => Record<string, number>): boolean {
  return DRAWS.every((d) => {
    const v = draw(d);
    return close(f.at(v), form(v));
  });
}

/** A left side that is a bound name only: no role letter of the entry's right side. */
function boundName(left: string, roles: ReadonlyArray<readonly [string, string]>): boolean {
  return inRoles(plainSide(left), roles) === undefined || plainSide(left).length > 12;
}

/** Pipeline stages (p, P, K as GPipe writes, S) and micro-batches (m, M). */
const BUBBLE_ROLES: ReadonlyArray<readonly [string, string]> = [
  [String.raw`[pPKS](?![_A-Za-z])`, 'P'],
  [String.raw`[mM](?![_A-Za-z])`, 'M'],
  // A stage's time on one micro-batch, which cancels from the fractions: `\frac{(p-1)\tau}{m\tau}`.
  [String.raw`\\tau(?!_)`, 'T'],
];
const BUBBLE_DRAW = (d: readonly [number, number, number, number]) => ({ P: d[2], M: d[3], T: d[1] });

/**
 * The pipeline bubble (GPipe; Megatron-LM's PTD-P): (p − 1)/(m + p − 1) of the total time, or (p − 1)/m of
 * the useful time, with p stages and m micro-batches; the utilisation m/(m + p − 1) when the left side
 * says utilisation or efficiency. Holds only.
 */
const PIPELINE_BUBBLE: NamedMlFormula = {
  name: 'the pipeline bubble',
  relations: ['=', '\\approx'],
  named: /bubble|气泡|流水线|pipeline/i,
  judge: ({ left, right }) => {
    if (!boundName(left, BUBBLE_ROLES)) return undefined;
    const f = formOf(right, BUBBLE_ROLES);
    if (!f || !f.used.has('P') || !f.used.has('M')) return undefined;
    const utilisation = /util|effic|利用|^U(?![A-Za-z])|\\eta/i.test(left);
    const forms: Array<(v: Readonly<Record<string, number>>) => number> = utilisation
      ? [(v) => v.M! / (v.M! + v.P! - 1)]
      : /bubble|气泡|空泡|^[fBb]/i.test(left) ? [(v) => (v.P! - 1) / (v.M! + v.P! - 1), (v) => (v.P! - 1) / v.M!] : [];
    return forms.some((form) => matches(f, form, BUBBLE_DRAW)) ? { verdict: 'holds', reading: 'as the pipeline bubble: (p − 1)/(m + p − 1) of the time, (p − 1)/m of the useful time, p stages and m micro-batches' } : undefined;
  },
};

/** The workers (N, n, p, k, G) and the data reduced (M, S, D, K, V, Ψ, the size), and a bandwidth (B, β). */
const ALLREDUCE_ROLES: ReadonlyArray<readonly [string, string]> = [
  [String.raw`(?:size|data|bytes|\\Psi|\|\\theta\|)(?![_A-Za-z])|[MSDKVX](?![_A-Za-z])`, 'S'],
  [String.raw`(?:BW|bandwidth|\\beta)(?![_A-Za-z])|B(?![_A-Za-z])`, 'B'],
  [String.raw`[NnpkGP](?![_A-Za-z])`, 'N'],
];
const ALLREDUCE_DRAW = (d: readonly [number, number, number, number]) => ({ N: d[2], S: d[3], B: d[1] });

/**
 * Ring all-reduce (Patarasuk & Yuan 2009; Baidu's and NCCL's ring): each worker sends and receives
 * 2(N − 1)/N of the data — N − 1 steps of reduce-scatter and N − 1 of all-gather, each moving 1/N of it —
 * so the traffic is 2(N − 1)/N × size, its time that over the bandwidth. It holds on those forms (or the
 * factor 2(N − 1)/N alone). It fails on the factor without its 2, (N − 1)/N × size, when the formula's
 * lines name the ring all-reduce and neither of its two halves (reduce-scatter, all-gather), which move
 * (N − 1)/N each.
 */
const RING_ALLREDUCE: NamedMlFormula = {
  name: 'ring all-reduce',
  named: /all-?reduce|allreduce/i,
  judge: ({ left, right, recent }) => {
    if (!boundName(left, ALLREDUCE_ROLES)) return undefined;
    const f = formOf(right, ALLREDUCE_ROLES);
    if (!f || !f.used.has('N')) return undefined;
    const size = (v: Readonly<Record<string, number>>) => (f.used.has('S') ? v.S! : 1) / (f.used.has('B') ? v.B! : 1);
    if (matches(f, (v) => (2 * (v.N! - 1) / v.N!) * size(v), ALLREDUCE_DRAW)) return { verdict: 'holds', reading: 'as ring all-reduce: each worker moves 2(N − 1)/N of the data (reduce-scatter and all-gather, N − 1 steps each)' };
    const ring = /\bring\b|环/i.test(recent) && /all-?reduce|allreduce/i.test(recent);
    const half = /reduce[- ]?scatter|all[- ]?gather|scatter[- ]?reduce|allgather|reducescatter|\bgather\b|\bscatter\b|per (?:phase|step|stage)|each (?:phase|step|stage)|one (?:phase|step|stage)/i.test(recent);
    const total = /total|traffic|communicat|send|transfer|volume|通信|传输/i.test(recent);
    if (ring && !half && total && f.used.has('S') && matches(f, (v) => ((v.N! - 1) / v.N!) * size(v), ALLREDUCE_DRAW)) {
      return { verdict: 'fails', reading: 'each worker moves 2(N − 1)/N of the data in a ring all-reduce (N − 1 steps of reduce-scatter, then N − 1 of all-gather); this is (N − 1)/N, half of it — one phase only' };
    }
    return undefined;
  },
};

/** Amdahl's law's letters: a fraction (p, P, f, F, α, s) and a count or factor (N, n, s, S, k, p). */
const AMDAHL_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  [String.raw`\\alpha(?!_)|[pPfF](?![_A-Za-z])`, 'F'],
  [String.raw`[NnsSk](?![_A-Za-z])`, 'N'],
];
const AMDAHL_SWAPPED: ReadonlyArray<readonly [string, string]> = [
  [String.raw`[sS](?![_A-Za-z])`, 'F'],
  [String.raw`[Nnkp](?![_A-Za-z])`, 'N'],
];
const AMDAHL_DRAW = (d: readonly [number, number, number, number]) => ({ F: d[0], N: d[2] });

/**
 * Amdahl's law: the speedup 1/((1 − p) + p/N) with p the parallel fraction, or 1/(s + (1 − s)/N) with s the
 * serial one (both conventions are in use, and the note's letter says which only in its prose). Holds only.
 */
const AMDAHL: NamedMlFormula = {
  name: "Amdahl's law",
  named: /Amdahl/i,
  judge: ({ left, right }) => {
    const lhs = plainSide(left);
    if (!/^(?:S|Speedup|speedup|S_\{?[A-Za-z]+\}?|S\([A-Za-z]\)|Speedup\([A-Za-z]\))$/.test(lhs)) return undefined;
    for (const roles of [AMDAHL_SYMBOLS, AMDAHL_SWAPPED]) {
      const f = formOf(right, roles);
      if (!f || f.used.size !== 2) continue;
      if (matches(f, (v) => 1 / (1 - v.F! + v.F! / v.N!), AMDAHL_DRAW) || matches(f, (v) => 1 / (v.F! + (1 - v.F!) / v.N!), AMDAHL_DRAW)) {
        return { verdict: 'holds', reading: "as Amdahl's law: the speedup 1/((1 − p) + p/N), p the parallel fraction (or 1/(s + (1 − s)/N), s the serial one)" };
      }
    }
    return undefined;
  },
};

// ---------------------------------------------------------------- products of sizes: KV cache, compute, parameters

/** A product of factors: its number and its symbols with their powers, or undefined when it is no product. */
export function productOf(side: string): { coefficient: number; symbols: Array<{ symbol: string; power: number }> } | undefined {
  const text = plainSide(side);
  // A word (`bytes`, `bpe`) only between separators: `2Lhd` is no word, and stays unread.
  const factor = /×|(\d+(?:\.\d+)?)|((?:\\[A-Za-z]+|[A-Za-z]{3,}(?=×|$|_)|[A-Za-z])(?:_(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))?(?:\([a-z]+\))?)(?:\^(\{\d\}|\d))?/y;
  let at = 0;
  let coefficient = 1;
  const symbols: Array<{ symbol: string; power: number }> = [];
  while (at < text.length) {
    factor.lastIndex = at;
    const m = factor.exec(text);
    if (!m || m[0].length === 0) return undefined;
    at += m[0].length;
    if (m[1]) coefficient *= Number(m[1]);
    else if (m[2]) {
      if (/^\\(?:frac|sqrt|left|right|sum|log|exp|ln)$/.test(m[2])) return undefined;
      symbols.push({ symbol: m[2], power: m[3] ? Number(m[3].replace(/[{}]/g, '')) : 1 });
    }
  }
  return symbols.length > 0 ? { coefficient, symbols } : undefined;
}

/** One symbol's class by its written name; first match wins. */
function classOf(symbol: string, classes: ReadonlyArray<readonly [RegExp, string]>): string | undefined {
  return classes.find(([pattern]) => pattern.test(symbol))?.[1];
}

/** The KV cache's symbols: layers, heads, head dimension, model width, tokens, batch, bytes per number. */
const KV_CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:L|N_L|n_L|n_l|N_l|layers|nlayers|n_\{layers?\}|N_\{layers?\}|n_\{layer\}|L_\{layers?\})$/, 'layers'],
  [/^(?:[nNHh]_\{?(?:h|heads?|kv|KV|kv_heads|kvheads|g|groups?)\}?|g|n_\{?(?:kv|KV)_heads\}?)$/, 'heads'],
  [/^(?:[dD]_\{?(?:h|head|hd|k|head_dim|headdim|dh)\}?)$/, 'headDim'],
  [/^(?:d_\{?(?:model|m|hidden|kv|KV)\}?|D_\{?(?:model|hidden|kv)\}?|hidden|d_\{model\})$/, 'width'],
  [/^(?:H|h)$/, 'headsOrWidth'],
  [/^(?:d|D)$/, 'dimOrWidth'],
  [/^(?:s|S|T|seq|seqlen|seq_len|n_\{?ctx\}?|L_\{?seq\}?|s_\{?len\}?|l_\{?seq\}?|context|tokens|N_\{?tokens\}?|n_\{?tokens\}?)$/, 'tokens'],
  [/^(?:b|B|batch|bs|B_\{?size\}?|batch_size)$/, 'batch'],
  [/^(?:bytes|bpe|bytes_per_elem|bytes_per_param|BytesPerParam|sizeof\(dtype\)|precision|P_\{?bytes\}?|b_\{?bytes\}?|B_\{?kv_elem\}?|p|dtype_size|n_\{?bytes\}?)$/, 'bytes'],
];

/**
 * The KV cache's size (every serving text): 2 (a key and a value) × layers × width × tokens × batch × bytes
 * per number, the width the model's d or heads × head dimension (the KV heads under GQA/MQA); tokens, batch
 * and bytes may be left out (per token, per sequence, in numbers), and the bytes folded into the 2 as 4
 * for fp16 (2 × 2). It holds when the product has the 2, one symbol for the layers, a width, each other
 * role at most once and nothing else. Holds only: a cache written without its 2 or per layer is left alone.
 */
const KV_CACHE: NamedMlFormula = {
  name: 'the KV-cache size',
  named: /\bKV[- ]?cache|\bkv[- ]?cache|key[- ]value cache|KV 缓存|KV缓存/i,
  judge: ({ left, right, recent }) => {
    if (!/KV|kv|cache|缓存|Mem|mem|bytes|Bytes|字节/.test(left + recent)) return undefined;
    const product = productOf(right);
    if (!product || product.symbols.some((s) => s.power !== 1)) return undefined;
    const counts: Record<string, number> = {};
    for (const { symbol: s } of product.symbols) {
      const c = classOf(s, KV_CLASSES);
      if (!c) return undefined;
      counts[c] = (counts[c] ?? 0) + 1;
    }
    if (Object.values(counts).some((n) => n > 1) || counts.layers !== 1) return undefined;
    const heads = (counts.heads ?? 0) + (counts.headsOrWidth ?? 0);
    const dims = (counts.headDim ?? 0) + (counts.dimOrWidth ?? 0);
    const width = counts.width ?? 0;
    const widthOk = (width === 1 && heads === 0 && dims === 0) || (width === 0 && heads === 1 && dims === 1) || (width === 0 && heads + dims === 1 && !counts.heads && !counts.headDim);
    if (!widthOk) return undefined;
    const halfPrecision = /fp16|bf16|float16|half|2 bytes|2字节|半精度|FP16|BF16/i.test(recent);
    if (!(product.coefficient === 2 || (product.coefficient === 4 && !counts.bytes && halfPrecision))) return undefined;
    return { verdict: 'holds', reading: 'as the KV-cache size: 2 (K and V) × layers × width (heads × head dimension) × tokens × batch × bytes per number' };
  },
};

const PARAMS = /^(?:N|P|\\Psi|\\Phi|N_\{?(?:params?|p)\}?|n_\{?params?\}?|params|\|\\theta\|)$/;
const TOKENS = /^(?:D|T|N_\{?(?:tokens?|D|data)\}?|n_\{?tokens?\}?|D_\{?tokens?\}?|tokens)$/;

/**
 * Training compute (Kaplan et al. 2020; Chinchilla): C = 6ND FLOPs, N parameters and D tokens — 2N per
 * token forward and 4N backward; the forward pass alone (inference) 2ND when the lines say forward or
 * inference; per token 6N (or 2N). Holds only.
 */
const TRAINING_FLOPS: NamedMlFormula = {
  name: 'the training compute',
  relations: ['=', '\\approx'],
  named: /FLOP|compute|算力|计算量|scaling law|chinchilla|kaplan/i,
  judge: ({ left, right, recent }) => {
    const lhs = plainSide(left);
    if (!/^(?:C|FLOPs?|C_\{?(?:train|training|total|forward|fwd|\\?text\{?[a-z]+\}?)\}?|Compute|compute|FLOPs_\{?[a-z]+\}?|[A-Za-z ]*FLOPs?[A-Za-z ]*)$/.test(lhs)) return undefined;
    const product = productOf(right);
    if (!product || product.symbols.some((s) => s.power !== 1)) return undefined;
    const roles = product.symbols.map((s) => (PARAMS.test(s.symbol) && !TOKENS.test(s.symbol) ? 'N' : TOKENS.test(s.symbol) ? 'D' : '?'));
    const forward = /forward|inference|推理|前向|generat/i.test(`${recent} ${lhs}`) && !/backward|train|反向|训练/i.test(recent);
    // One symbol for the parameters and one for the tokens (N and D, P and T); per token the parameters alone.
    const pair = roles.length === 2 && roles.includes('N') && roles.includes('D');
    const single = roles.length === 1 && roles[0] === 'N' && /token|per|每/i.test(`${recent} ${lhs}`);
    if (!pair && !single) return undefined;
    if (product.coefficient === 6 || (product.coefficient === 2 && forward)) {
      return { verdict: 'holds', reading: `as the training compute: ${product.coefficient === 6 ? '6ND FLOPs (2N per token forward, 4N backward)' : '2ND FLOPs for the forward pass'}` };
    }
    return undefined;
  },
};

/**
 * A transformer's parameters (Kaplan et al. 2020): 12 L d² without embeddings — 4d² in attention and 8d² in
 * a 4d-wide MLP per layer. Holds only.
 */
const PARAMETER_COUNT: NamedMlFormula = {
  name: "a transformer's parameter count",
  relations: ['=', '\\approx'],
  named: /param|参数/i,
  judge: ({ left, right }) => {
    if (!/^(?:N|P|\\Psi|N_\{?[a-z]+\}?|P_\{?[a-z]+\}?|params|Params|parameters|\\#params)$/i.test(plainSide(left))) return undefined;
    const product = productOf(right);
    if (!product || product.coefficient !== 12 || product.symbols.length !== 2) return undefined;
    const layers = product.symbols.find((s) => s.power === 1 && /^(?:L|l|n_\{?layers?\}?|N_\{?layers?\}?|n_L|N_L|n_l|layers)$/.test(s.symbol));
    const width = product.symbols.find((s) => s.power === 2 && /^(?:d|D|H|h|d_\{?model\}?|d_m)$/.test(s.symbol));
    return layers && width ? { verdict: 'holds', reading: "as a transformer's parameter count: 12 L d² (4d² attention and 8d² MLP per layer, embeddings apart)" } : undefined;
  },
};

// ---------------------------------------------------------------- perplexity

/** A loss or an entropy's symbol: L, H, ℒ, ℓ, J, CE, H(p, q), ℒ_{CE}. */
const LOSS = String.raw`(?:\\mathcal\{?[LH]\}?|\\ell|[LHJ]|CE|NLL|H\([^()]*\)|\\mathcal\{L\}_\{?[A-Za-z]+\}?|L_\{?[A-Za-z]+\}?|H_\{?[A-Za-z]+\}?)`;

/**
 * Perplexity (every language-model text): the exponential of the mean negative log-likelihood per token,
 * `PPL = e^{H}` or `\exp(L)` — the loss symbol must be a mean, which the section says (a 1/N, "average",
 * "mean") — or written out `\exp(-\frac{1}{N}\sum_{i=1}^{N}\log p(…))`; `2^{H}` with the entropy in bits
 * (the section says bits or log₂). Holds only.
 */
const PERPLEXITY: NamedMlFormula = {
  name: 'perplexity',
  named: /perplexit|困惑度|\bPPL\b/i,
  judge: ({ left, right, section }) => {
    if (!/^(?:PPL|PP|Perplexity|perplexity|\\mathrm\{PPL\}|PPL\([A-Za-z]\)|PP\([A-Za-z]\)|Perplexity\([A-Za-z]\)|perplexity\([A-Za-z]\))$/.test(plainSide(left))) return undefined;
    const r = plainSide(right);
    const mean = /\\frac\{?1\}?\{?[NTnt]\}?|\\frac1[NTnt]|average|mean|平均|per[- ]token/i.test(section);
    const exp = new RegExp(String.raw`^(?:e\^\{?${LOSS}\}?|\\exp\(${LOSS}\)|\\exp\{${LOSS}\})$`);
    if (exp.test(r) && mean) return holdsPerplexity;
    const bits = /\blog_\{?2\}?|\\log_2|\bbits?\b|比特/i.test(section);
    if (new RegExp(String.raw`^2\^\{?${LOSS}\}?$`).test(r) && bits && mean) return holdsPerplexity;
    const spelled = /^(?:\\exp|e\^)[({]-\\frac\{?1\}?\{?([NTnt])\}?\\sum_\{?[a-z]=1\}?\^\{?\1\}?\\(?:log|ln)(?:p|P|q|p_\{?\\theta\}?|P_\{?\\theta\}?)?\(.*\)[)}]$/.exec(r);
    if (spelled) return holdsPerplexity;
    return undefined;
  },
};
const holdsPerplexity: Judgement = { verdict: 'holds', reading: 'as perplexity: the exponential of the mean negative log-likelihood per token' };

/** The systems entries of the table, in the order they are tried. */
export const NAMED_SYSTEMS_RESULTS: readonly NamedMlFormula[] = [KV_CACHE, TRAINING_FLOPS, PARAMETER_COUNT, RING_ALLREDUCE, PIPELINE_BUBBLE, MM1_QUEUE, LITTLES_LAW, AMDAHL, PERPLEXITY];

/**
 * The cheap test on a formula's source for these entries: a product starting with 2 or 4 (the KV cache),
 * `6N`, `2ND`, `12L` (compute, parameters), a count less one (`p-1`, `N-1`: bubble, all-reduce), `(1-p`
 * (Amdahl), λ or ρ (queues), a perplexity's name.
 */
export const WRITES_SYSTEMS_RESULT = /=\s*[24]\s*(?:\\times|\\cdot|\*|×)|6\s*(?:[NP]|\\Psi)|2\s*[NP]\s*[DT]|12\s*[A-Za-z]|[NnpPkKSG]\s*-\s*1|[({]\s*1\s*-|\\lambda|\\rho|PPL|\bPP\b|[Pp]erplex/;
