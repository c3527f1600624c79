/**
 * Reads one side of a formula that carries units — `2 \cdot 160\,\textrm{MB} /
 * (3 \cdot 18\,\textrm{GB/s})`, `50\%`, `1\,\mathrm{TFLOPS}` — into a small
 * tree. Pure syntax: no unit library here (units.ts evaluates the tree with
 * it), so that `hasUnits` and the parser cost nothing to import.
 *
 * Unit names are read inside `\text{…}`, `\textrm{…}`, `\mathrm{…}`,
 * `\mbox{…}`, `\operatorname{…}`, and bare in math mode only when a number
 * precedes them and the name has two letters or more and is not ambiguous
 * (`160 MB`, not `5 m`: a bare single letter is a variable). A name that can
 * be read two ways (`B` byte or billion, `m` metre or million, `KB` 1000 or
 * 1024 bytes, `FLOPs` a count or a rate) keeps every reading; the judge
 * decides only when all readings agree.
 */
import { rewriteENotation, rewriteUnicode } from '../read/preprocess';
import { Refusal } from '../refusal';
import { unformattedQuantities } from './formattedQuantities';

/** One way to read a unit name: a unit known to mathjs, or a plain scale (k = 10³, B = 10⁹). */
export type Reading =
  | { readonly kind: 'unit'; readonly name: string; readonly label: string }
  | { readonly kind: 'scale'; readonly value: number; readonly label: string };

export type Node =
  | { readonly k: 'num'; readonly value: number }
  | { readonly k: 'word'; readonly word: string; readonly readings: readonly Reading[] }
  | { readonly k: 'bin'; readonly op: '+' | '-' | '*' | '/'; readonly a: Node; readonly b: Node }
  | { readonly k: 'neg'; readonly a: Node }
  | { readonly k: 'pow'; readonly a: Node; readonly b: Node };

/** A side parsed: the tree, its ambiguous words in order, and the written number when the side is `number unit`. */
export interface ParsedSide {
  readonly tree: Node;
  /** Unit words and `%` were read (false for a plain number). */
  readonly hasUnits: boolean;
  /** The word nodes with more than one reading, in reading order. */
  readonly ambiguous: readonly Extract<Node, { k: 'word' }>[];
  /** The LaTeX of the number part and the unit text, when every unit comes after every number. */
  readonly numberText?: string;
  readonly unitText?: string;
}

/** Why a side could not be read: `symbolic` when it holds a variable or an unsupported command. */
export interface SyntaxProblem {
  readonly problem: 'symbolic' | 'error';
  readonly message: string;
}

type Tok =
  | { readonly t: 'num'; readonly value: number; readonly src: string }
  | { readonly t: 'word'; readonly word: string; readonly math: boolean; readonly src: string }
  | { readonly t: 'pct'; readonly src: string }
  | { readonly t: 'op'; readonly op: '+' | '-' | '*' | '/' | '^' | '(' | ')' | '{' | '}'; readonly src: string; readonly unit?: boolean }
  | { readonly t: 'cmd'; readonly name: 'frac' | 'sqrt'; readonly src: string }
  | { readonly t: 'sym'; readonly src: string };

const TEXT_COMMANDS = /^\\(?:text|textrm|textnormal|textup|mathrm|mathup|mbox|hbox)\s*\{/;
const SPACING = /^(?:\\(?:[,;:! ]|quad|qquad|thinspace|medspace|thickspace|displaystyle|textstyle|left|right|bigl|bigr|Bigl|Bigr|big|Big)(?![A-Za-z])|~|\s+)/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)/;
const MAX_READINGS = 64;
const MAX_LENGTH = 2000;

// ---------------------------------------------------------------- unit names

const SI_PREFIX: Readonly<Record<string, number>> = {
  k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, c: 1e-2, m: 1e-3, u: 1e-6, n: 1e-9, p: 1e-12,
};
const IEC_PREFIX = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const LONG_PREFIX = ['kilo', 'mega', 'giga', 'tera', 'peta', 'exa', 'milli', 'micro', 'nano', 'pico', 'kibi', 'mebi', 'gibi', 'tebi', 'pebi', 'exbi'];

/** Short unit symbols → mathjs name and which prefixes they take. */
const SHORT_UNITS: Readonly<Record<string, { readonly name: string; readonly iec: boolean }>> = {
  B: { name: 'B', iec: true }, b: { name: 'b', iec: true }, bit: { name: 'b', iec: true }, byte: { name: 'B', iec: true },
  s: { name: 's', iec: false }, Hz: { name: 'Hz', iec: false },
  FLOP: { name: 'FLOP', iec: false }, FLOPS: { name: 'FLOPS', iec: false },
  m: { name: 'm', iec: false }, g: { name: 'g', iec: false }, W: { name: 'W', iec: false }, J: { name: 'J', iec: false },
  V: { name: 'V', iec: false }, A: { name: 'A', iec: false }, N: { name: 'N', iec: false }, Wh: { name: 'Wh', iec: false },
};

/** Whole words (no prefix) → mathjs name. `min` is mathjs's minim (a liquid volume), so we say minute. */
const WORDS: Readonly<Record<string, string>> = {
  sec: 'second', secs: 'second', second: 'second', seconds: 'second',
  min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
  bits: 'bits', bytes: 'bytes', flop: 'FLOP',
  // `6.74\text{B} \times 2\text{ Bytes}`, `32 \text{bit} \div 8 = 4 \text{Byte}`: capitalised as a heading would be.
  Bytes: 'bytes', Byte: 'bytes', Bits: 'bits', Bit: 'bits',
  meter: 'm', meters: 'm', metre: 'm', metres: 'm', gram: 'g', grams: 'g',
  // `1 \text{ inch} = 2.54 \text{ cm}` (Vtheonly/Obsidian_Notes), `\text{ ft/sec}` (dmccreary/calculus), `0.1 \text{ Joule}`.
  inch: 'inch', inches: 'inch', ft: 'ft', foot: 'ft', feet: 'ft', joule: 'J', joules: 'J', Joule: 'J', Joules: 'J',
};

/** Count nouns: dimensionless 1 (`4 bytes/param`, `8 FLOP/cycle`, `1.5B parameters`). */
const COUNT_NOUNS = new Set([
  'parameter', 'parameters', 'param', 'params', 'token', 'tokens', 'number', 'numbers', 'element', 'elements',
  'value', 'values', 'weight', 'weights', 'sample', 'samples', 'cycle', 'cycles', 'item', 'items',
]);

/** Magnitude words: `7B`, `32k`, `15T` (B and b can also be byte and bit; m can be metre). */
const MAGNITUDES: Readonly<Record<string, readonly Reading[]>> = {
  k: [{ kind: 'scale', value: 1e3, label: 'thousand' }],
  K: [{ kind: 'scale', value: 1e3, label: 'thousand' }],
  M: [{ kind: 'scale', value: 1e6, label: 'million' }],
  T: [{ kind: 'scale', value: 1e12, label: 'trillion' }],
  bn: [{ kind: 'scale', value: 1e9, label: 'billion' }],
  B: [{ kind: 'unit', name: 'B', label: 'bytes' }, { kind: 'scale', value: 1e9, label: 'billion' }],
  b: [{ kind: 'unit', name: 'b', label: 'bits' }, { kind: 'scale', value: 1e9, label: 'billion' }],
  m: [{ kind: 'unit', name: 'm', label: 'metres' }, { kind: 'scale', value: 1e6, label: 'million' }],
};

/**
 * The readings of one unit word, [] when unknown, or a problem when the word
 * is a known unit with a prefix that makes no sense (`mb`: milli-bit).
 */
export function wordReadings(raw: string): readonly Reading[] | SyntaxProblem {
  const word = raw.replace(/[µμ]/g, 'u');
  const magnitude = MAGNITUDES[word];
  if (magnitude) return magnitude;
  if (COUNT_NOUNS.has(word)) return [{ kind: 'scale', value: 1, label: word }];
  const whole = WORDS[word];
  if (whole) return [unit(whole, word)];
  // FLOPs / flops: the count (plural) or the rate; TFLOPs likewise.
  // Gbps, MB/s spelt MBps.
  const perSecond = /^([kKMGT]?)(b|B)ps$/.exec(word);
  if (perSecond) return [unit(`${perSecond[1].toLowerCase() === 'k' ? 'k' : perSecond[1]}${perSecond[2]}/s`, word)];
  const flops = /^([kMGTPE]?)(?:FLOPs|flops|Flops)$/.exec(word);
  if (flops) return [unit(`${flops[1]}FLOP`, word), unit(`${flops[1]}FLOPS`, word)];
  const long = new RegExp(`^(${LONG_PREFIX.join('|')})(bits?|bytes?|seconds?)$`).exec(word);
  if (long) return [unit(`${long[1]}${long[2].endsWith('s') ? long[2] : `${long[2]}s`}`, word)];
  // KB, Kb: kilo (1000) or, in memory sizes, 1024.
  const kilo = /^K(B|b|bytes?|bits?)$/.exec(word);
  if (kilo) {
    const base = SHORT_UNITS[kilo[1]].name;
    return [unit(`k${base}`, word), unit(`Ki${base}`, word)];
  }
  for (const prefix of ['', ...IEC_PREFIX, ...Object.keys(SI_PREFIX)]) {
    if (!word.startsWith(prefix)) continue;
    const base = SHORT_UNITS[word.slice(prefix.length)];
    if (!base) continue;
    if (IEC_PREFIX.includes(prefix) && !base.iec) continue;
    if (prefix === 'm' && (base.name === 'B' || base.name === 'b' || base.name.startsWith('FLOP'))) {
      return { problem: 'error', message: `"${raw}" is ambiguous: m means milli, which makes no sense for ${base.name === 'B' ? 'bytes' : base.name === 'b' ? 'bits' : 'FLOP'} (M is mega)` };
    }
    return [unit(`${prefix}${base.name}`, word)];
  }
  return [];
}

function unit(name: string, label: string): Reading {
  return { kind: 'unit', name, label };
}

/** A known unit word that is safe to read bare in math mode (two letters or more, one reading, not a count noun). */
function bareUnit(word: string): boolean {
  if (word.length < 2 || COUNT_NOUNS.has(word) || word in MAGNITUDES || word === 'min' || word === 'h') return false;
  const readings = wordReadings(word);
  return Array.isArray(readings) && readings.length === 1 && readings[0].kind === 'unit';
}

// ------------------------------------------------------------------ tokens

/** Cheap test: does the side name a unit or a percentage? (No library, no parse.) */
export function mentionsUnits(written: string): boolean {
  if (/\\?%/.test(written)) return true;
  const latex = unformattedQuantities(written);
  // A group followed by ( or _ names a function or an operator (\mathrm{min}(a, b), \mathrm{T}_i).
  const text = /\\(?:text|textrm|textnormal|textup|mathrm|mathup|mbox|hbox)\s*\{([^{}]*)\}(?!\s*(?:[(_]|\\left))/g;
  for (let m = text.exec(latex); m !== null; m = text.exec(latex)) {
    for (const word of m[1].match(/[A-Za-zµμ]+/g) ?? []) if (isUnitWord(word)) return true;
  }
  const bare = /(?:\d|\})(?:\\[,;:! ]|~|\s)*(\\mu\s*)?([A-Za-zµμ]+)(?![A-Za-z])/g;
  for (let m = bare.exec(latex); m !== null; m = bare.exec(latex)) if (bareUnit(`${m[1] ? 'u' : ''}${m[2]}`)) return true;
  return false;
}

function isUnitWord(word: string): boolean {
  if (COUNT_NOUNS.has(word)) return false;
  const readings = wordReadings(word);
  return !Array.isArray(readings) || readings.length > 0;
}

function tokenize(latex: string): Tok[] | SyntaxProblem {
  const src = unformattedQuantities(rewriteENotation(rewriteUnicode(latex))).replace(/(\d)\{,\}(?=\d)/g, '$1').replace(/\\[dt]frac(?![A-Za-z])/g, '\\frac');
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const space = SPACING.exec(rest);
    if (space) { i += space[0].length; continue; }
    const text = TEXT_COMMANDS.exec(rest);
    if (text) {
      const end = closingBrace(src, i + text[0].length - 1);
      if (end < 0) return { problem: 'error', message: 'a \\text{…} group is not closed' };
      const inner = textTokens(src.slice(i + text[0].length, end));
      if (!Array.isArray(inner)) return inner;
      if (inner.length > 0) out.push({ t: 'op', op: '(', src: '', unit: true }, ...inner, { t: 'op', op: ')', src: '', unit: true });
      i = end + 1;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      // After ^ without braces, LaTeX takes a single character: 10^12 is 10¹·2.
      const prev = out[out.length - 1];
      const digits = prev?.t === 'op' && prev.op === '^' ? num[0][0] : num[0];
      out.push({ t: 'num', value: Number(digits), src: digits });
      i += digits.length;
      continue;
    }
    if (rest.startsWith('\\%') || rest[0] === '%') { out.push({ t: 'pct', src: '%' }); i += rest[0] === '%' ? 1 : 2; continue; }
    const command = /^\\([A-Za-z]+|.)/.exec(rest);
    if (command) {
      const name = command[1];
      i += command[0].length;
      if (name === 'times' || name === 'cdot' || name === 'ast') out.push({ t: 'op', op: '*', src: `\\${name}` });
      else if (name === 'div') out.push({ t: 'op', op: '/', src: '\\div' });
      else if (name === 'frac' || name === 'sqrt') out.push({ t: 'cmd', name, src: `\\${name}` });
      else if (name === 'mu') out.push({ t: 'word', word: 'µ', math: true, src: 'µ' });
      else if (name === '{' || name === '}') return { problem: 'symbolic', message: `\\${name} is not a number` };
      else return { problem: 'symbolic', message: `\\${name} is not supported with units` };
      continue;
    }
    const letters = /^[A-Za-zµμ]+/.exec(rest);
    if (letters) {
      out.push({ t: 'word', word: letters[0], math: true, src: letters[0] });
      i += letters[0].length;
      continue;
    }
    const c = rest[0];
    if ('+-*/^(){}[]'.includes(c)) {
      const op = c === '[' ? '(' : c === ']' ? ')' : (c as '+' | '-' | '*' | '/' | '^' | '(' | ')' | '{' | '}');
      out.push({ t: 'op', op, src: c });
      i += 1;
      continue;
    }
    return { problem: 'error', message: `unexpected "${c}"` };
  }
  return mergeMu(out);
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    if (src[j] === '\\') { j++; continue; }
    if (src[j] === '{') depth++;
    else if (src[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

/** The tokens of a `\text{…}` group: words are unit names (`GB/s`, `bytes`, `1.5B parameters`). */
function textTokens(text: string): Tok[] | SyntaxProblem {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^(?:\s+|\\[,;:! ]|~)/.exec(rest);
    if (space) { i += space[0].length; continue; }
    const num = NUMBER.exec(rest);
    if (num) { out.push({ t: 'num', value: Number(num[0]), src: num[0] }); i += num[0].length; continue; }
    const word = /^[A-Za-zµμ]+/.exec(rest);
    if (word) { out.push({ t: 'word', word: word[0], math: false, src: word[0] }); i += word[0].length; continue; }
    if (rest.startsWith('\\%') || rest[0] === '%') { out.push({ t: 'pct', src: '%' }); i += rest[0] === '%' ? 1 : 2; continue; }
    if (rest.startsWith('\\mu')) { out.push({ t: 'word', word: 'µ', math: false, src: 'µ' }); i += 3; continue; }
    const c = rest[0];
    if (c === '/' || c === '*' || c === '·' || c === '^' || c === '(' || c === ')' || c === '-' || c === '{' || c === '}') {
      out.push({ t: 'op', op: c === '·' ? '*' : c, src: c, unit: true });
      i += 1;
      continue;
    }
    return { problem: 'error', message: `unexpected "${c}" in the unit text "${text.trim()}"` };
  }
  return out;
}

/** `\mu s`, `\mu\text{s}`: the micro sign glued to the unit word that follows. */
function mergeMu(tokens: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const tok = tokens[j];
    if (tok.t === 'word' && tok.word === 'µ') {
      // In math mode \mu followed by a text group: (, word, … — merge into that word.
      const next = tokens[j + 1];
      const inGroup = next?.t === 'op' && next.op === '(' && next.unit && tokens[j + 2]?.t === 'word';
      const target = inGroup ? j + 2 : j + 1;
      const word = tokens[target];
      if (word?.t === 'word') {
        if (inGroup) out.push(next);
        out.push({ ...word, word: `µ${word.word}`, src: `${tok.src}${word.src}`, math: word.math && tok.math });
        j = target;
        continue;
      }
    }
    out.push(tok);
  }
  return out;
}

// ------------------------------------------------------------------ parser

/** Parse one side; a problem when it is not a quantity this module can read. */
export function parseSide(latex: string): ParsedSide | SyntaxProblem {
  if (latex.length > MAX_LENGTH) return { problem: 'error', message: `the side is longer than ${MAX_LENGTH} characters` };
  const tokens = tokenize(latex);
  if (!Array.isArray(tokens)) return tokens;
  if (tokens.length === 0) return { problem: 'error', message: 'the side is empty' };
  const parser = new Parser(tokens);
  try {
    const tree = parser.expr();
    if (parser.pos < tokens.length) return { problem: 'error', message: `unexpected "${tokens[parser.pos].src || ')'}"` };
    const ambiguous = parser.words.filter((w) => w.readings.length > 1);
    const combinations = ambiguous.reduce((n, w) => n * w.readings.length, 1);
    if (combinations > MAX_READINGS) return { problem: 'error', message: 'too many ambiguous unit names' };
    return { tree, hasUnits: parser.words.length > 0 || parser.percent, ambiguous, ...writtenParts(parser.used) };
  } catch (error) {
    if (error instanceof ParseProblem) return error.detail;
    // A deeply nested side can exhaust the stack; nothing else is expected here.
    return { problem: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Split a side into its number LaTeX and unit text when every unit token comes after every number token. */
function writtenParts(used: readonly { tok: Tok; unit: boolean }[]): { numberText?: string; unitText?: string } {
  const firstUnit = used.findIndex((u) => u.unit);
  if (firstUnit < 0) return { numberText: used.map((u) => u.tok.src).join('') };
  if (used.slice(firstUnit).some((u) => !u.unit)) return {};
  const unitText = used.slice(firstUnit).map((u) => u.tok.src).join(' ').replace(/\s*([/^*()])\s*/g, '$1').replace(/\s+/g, ' ').trim();
  return { numberText: used.slice(0, firstUnit).map((u) => u.tok.src).join(''), unitText };
}

class ParseProblem extends Refusal {
  constructor(readonly detail: SyntaxProblem) {
    super(detail.message);
  }
}

type WordNode = Extract<Node, { k: 'word' }>;

class Parser {
  pos = 0;
  readonly words: WordNode[] = [];
  percent = false;
  /** Tokens consumed, each marked as part of a unit or of the number. */
  readonly used: { tok: Tok; unit: boolean }[] = [];
  private depth = 0;

  constructor(private readonly tokens: readonly Tok[]) {}

  expr(): Node {
    if (++this.depth > 60) throw new ParseProblem({ problem: 'error', message: 'the side is nested too deeply' });
    let node = this.term();
    for (let op = this.peekOp(); op === '+' || op === '-'; op = this.peekOp()) {
      this.take();
      node = { k: 'bin', op, a: node, b: this.term() };
    }
    this.depth--;
    return node;
  }

  private term(): Node {
    let node = this.unary();
    for (let op = this.peekOp(); op === '*' || op === '/'; op = this.peekOp()) {
      this.take();
      node = { k: 'bin', op, a: node, b: this.unary() };
    }
    return node;
  }

  private unary(): Node {
    const op = this.peekOp();
    if (op === '-' || op === '+') {
      this.take();
      const a = this.unary();
      return op === '-' ? { k: 'neg', a } : a;
    }
    return this.implicit();
  }

  /** Juxtaposition binds tighter than × and /: `100 GB/s / 4 bytes` is (100 GB/s) / (4 bytes). */
  private implicit(): Node {
    let node = this.postfix(false);
    let last: 'num' | 'other' = this.lastKind;
    while (this.startsPrimary()) {
      const next = this.tokens[this.pos];
      if (next.t === 'pct') {
        this.take(true);
        this.percent = true;
        node = { k: 'bin', op: '/', a: node, b: { k: 'num', value: 100 } };
        continue;
      }
      const afterNumber = last === 'num';
      const right = this.postfix(afterNumber);
      if (afterNumber && this.lastKind === 'num') throw new ParseProblem({ problem: 'error', message: 'two numbers side by side' });
      last = this.lastKind;
      node = { k: 'bin', op: '*', a: node, b: right };
    }
    return node;
  }

  private lastKind: 'num' | 'other' = 'other';

  private postfix(afterNumber: boolean): Node {
    let node = this.primary(afterNumber);
    const kind = this.lastKind;
    if (this.peekOp() === '^') {
      const unitPow = this.tokens[this.pos].t === 'op' && (this.tokens[this.pos] as { unit?: boolean }).unit === true;
      this.take(unitPow || this.lastWasUnit);
      const exponent = this.exponent(unitPow || this.lastWasUnit);
      node = { k: 'pow', a: node, b: exponent };
    }
    this.lastKind = kind;
    return node;
  }

  private lastWasUnit = false;

  private exponent(unit: boolean): Node {
    const tok = this.tokens[this.pos];
    if (tok?.t === 'op' && tok.op === '{') {
      this.take(unit);
      const e = this.expr();
      this.expect('}', unit);
      return e;
    }
    if (tok?.t === 'op' && tok.op === '-') {
      this.take(unit);
      return { k: 'neg', a: this.exponent(unit) };
    }
    if (tok?.t === 'num') {
      this.take(unit);
      return { k: 'num', value: tok.value };
    }
    throw new ParseProblem({ problem: 'error', message: 'an exponent is missing' });
  }

  private primary(afterNumber: boolean): Node {
    const tok = this.tokens[this.pos];
    this.lastKind = 'other';
    this.lastWasUnit = false;
    if (tok === undefined) throw new ParseProblem({ problem: 'error', message: 'the side ends too early' });
    switch (tok.t) {
      case 'num':
        this.take(false);
        this.lastKind = 'num';
        return { k: 'num', value: tok.value };
      case 'pct':
        this.take(true);
        this.percent = true;
        return { k: 'num', value: 0.01 };
      case 'word':
        return this.word(tok, afterNumber);
      case 'cmd': {
        this.take(false);
        if (tok.name === 'sqrt') return { k: 'pow', a: this.group(), b: { k: 'num', value: 0.5 } };
        const num = this.group();
        return { k: 'bin', op: '/', a: num, b: this.group() };
      }
      case 'sym':
        throw new ParseProblem({ problem: 'symbolic', message: `"${tok.src}" is not a number` });
      case 'op':
        if (tok.op === '(' || tok.op === '{') {
          const unitGroup = tok.unit === true;
          this.take(unitGroup);
          const inner = this.expr();
          this.expect(tok.op === '(' ? ')' : '}', unitGroup);
          this.lastWasUnit = unitGroup;
          return inner;
        }
        throw new ParseProblem({ problem: 'error', message: `unexpected "${tok.src}"` });
    }
  }

  private word(tok: Extract<Tok, { t: 'word' }>, afterNumber: boolean): Node {
    if (tok.math && !(afterNumber && bareUnit(tok.word.replace(/[µμ]/g, 'u')))) {
      throw new ParseProblem({ problem: 'symbolic', message: `"${tok.word}" is a variable` });
    }
    const readings = wordReadings(tok.word);
    if ('problem' in readings) throw new ParseProblem(readings);
    if (readings.length === 0) throw new ParseProblem({ problem: 'error', message: `"${tok.word}" is not a unit gradexp knows` });
    this.take(true);
    this.lastWasUnit = true;
    const node: WordNode = { k: 'word', word: tok.word, readings };
    this.words.push(node);
    return node;
  }

  /** `{…}` (a \frac or \sqrt argument) or a single token. */
  private group(): Node {
    const tok = this.tokens[this.pos];
    if (tok?.t === 'op' && tok.op === '{') {
      this.take(false);
      const e = this.expr();
      this.expect('}', false);
      return e;
    }
    if (tok?.t === 'num') {
      this.take(false);
      return { k: 'num', value: Number(tok.src[0]) };
    }
    throw new ParseProblem({ problem: 'error', message: 'a \\frac or \\sqrt argument is missing' });
  }

  private startsPrimary(): boolean {
    const tok = this.tokens[this.pos];
    if (tok === undefined) return false;
    if (tok.t === 'op') return tok.op === '(' || tok.op === '{';
    return true;
  }

  private peekOp(): string | undefined {
    const tok = this.tokens[this.pos];
    return tok?.t === 'op' ? tok.op : undefined;
  }

  /** Consume a token; `unit` marks it as part of a unit (operators inside `\text{…}` are by their flag). */
  private take(unit?: boolean): Tok {
    const tok = this.tokens[this.pos++];
    this.used.push({ tok, unit: unit ?? (tok.t === 'op' && tok.unit === true) });
    return tok;
  }

  private expect(op: ')' | '}', unit: boolean): void {
    if (this.peekOp() !== op) throw new ParseProblem({ problem: 'error', message: `a "${op}" is missing` });
    this.take(unit);
  }
}
