/**
 * Makes the Compute Engine's LaTeX parser (0.27.0) find its dictionary
 * entries by index instead of by scanning — same entries, same order, so the
 * same parse. Without this, two thirds of `gradexp check`'s time went to
 * `peekDefinitions`/`getDefs`: at every token and for every kind of entry
 * tried, the parser walked all ≈1,000 entries of its LaTeX dictionary, and for
 * each of up to `lookahead` token counts compared every entry's trigger with
 * freshly joined token text.
 *
 * The parser class is not exported; one probe parse hands us an instance (the
 * `parseUnexpectedToken` hook receives the parser) and we replace two methods
 * on its prototype, `getDefs` and `peekDefinitions` (and wrap a third,
 * `getIdentifierType`, see below):
 *
 * - `getDefs(kind)`: the entries of a kind, last added first, from a cache per
 *   indexed dictionary (an array, where the original is a generator; every
 *   caller only iterates it);
 * - `peekDefinitions(kind)`: entries with an empty trigger, then those whose
 *   trigger is the text ahead (longest first), from a map by trigger text, then
 *   those whose identifier trigger (`max`, `exp`, `cases`) is the identifier
 *   ahead. The answer depends only on the tokens from the parser's position
 *   on, so it is kept per parser, position and kind: the parser backtracks and
 *   asks again at the same position many times. The kept answer itself is
 *   returned (frozen), not a copy: every caller only iterates it.
 *
 * The text ahead: the original joined the next 1…8 tokens (the dictionary's
 * look-ahead) into LaTeX at every position, once per count, and compared each
 * text with every trigger. Joining only appends (the text of n + 1 tokens
 * starts with the text of n), so we join 1, 2, … tokens and stop at the first
 * text that begins no trigger of the dictionary — at most positions, after one
 * token. Each text is the one before plus one token, joined by the engine's
 * rule (`joinToken`), rather than asked of `latexAhead`, which joins from the
 * first token again.
 *
 * The identifier ahead: the original read it once per entry with an identifier
 * trigger (22 times at each position for functions); we read it once per
 * position, with the engine's own reader: its `parseSymbol` reads the
 * identifier and hands it to `getIdentifierType`, whose wrapper catches it
 * while we probe (and otherwise calls the original).
 *
 * If the parser does not look like the one this was written against, nothing
 * is patched and the engine runs as before.
 */

interface Def {
  readonly kind: string;
  readonly latexTrigger?: string;
  readonly identifierTrigger?: string;
}
interface IndexedDictionary {
  readonly lookahead: number;
  readonly defs: readonly Def[];
}
interface ParserLike {
  readonly _dictionary: IndexedDictionary;
  readonly _tokens: readonly string[];
  _boundaries: unknown[];
  index: number;
  readonly atEnd: boolean;
  parseSymbol(options: undefined): unknown;
}
type PeekResult = readonly (readonly [Def, number])[];
const NO_DEFINITIONS: PeekResult = Object.freeze([]);
interface ParserProto {
  getDefs(this: ParserLike, kind: string): Iterable<Def>;
  lookAhead(this: ParserLike): [number, string][];
  latexAhead(this: ParserLike, n: number): string;
  latex(this: ParserLike, start: number, end?: number): string;
  peekDefinitions(this: ParserLike, kind: string): PeekResult;
  getIdentifierType(this: ParserLike, id: string): string;
  parseSymbol(this: ParserLike, options: undefined): unknown;
}

/** One kind's entries, indexed, and the parser's answers for that kind by token position. */
interface KindState {
  readonly index: KindIndex;
  readonly answers: (PeekResult | undefined)[];
}

/** What is kept for one parser: its dictionary's index, and its answers by token position (its tokens never change). */
interface ParserState {
  readonly dictionary: DictionaryIndex;
  readonly kinds: Map<string, KindState>;
  /** triggersAhead's answers. */
  readonly ahead: (readonly [number, string][] | undefined)[];
  /** identifierAhead's answers (null: no identifier there). */
  readonly identifiers: (IdentifierAhead | null | undefined)[];
}

/** The identifier the engine reads at a position, trimmed, and how many tokens it spans. */
interface IdentifierAhead {
  readonly id: string;
  readonly length: number;
}


/** One kind's entries, in the order getDefs yields them, and indexed for peekDefinitions. */
interface KindIndex {
  readonly all: readonly Def[];
  readonly emptyTrigger: readonly Def[];
  readonly byTrigger: ReadonlyMap<string, readonly Def[]>;
  readonly byIdentifier: readonly Def[];
  /** The entries with an identifier trigger, by that trigger, in getDefs order. */
  readonly byIdentifierTrigger: ReadonlyMap<string, readonly Def[]>;
}

/** A dictionary's kinds, indexed on first use, and the start of every trigger text in it. */
interface DictionaryIndex {
  /** The dictionary's entry count when indexed: an engine that adds entries gets a new index. */
  readonly length: number;
  readonly kinds: Map<string, KindIndex>;
  /** Every leading part of every latexTrigger: 'trigger' when it is a whole one, else 'start'. */
  readonly triggerStarts: ReadonlyMap<string, 'trigger' | 'start'>;
}

const MARKER = Symbol.for('gradexp.parserSpeed');
let patched = false;

/** Patch the parser class of `ce` (a ComputeEngine) once; later calls do nothing. Returns whether it is patched. */
export function speedUpParser(ce: { parse(latex: string, options: object): unknown }): boolean {
  if (patched) return true;
  let proto: (ParserProto & { [MARKER]?: true }) | undefined;
  try {
    ce.parse('\\gradexpParserProbe', {
      canonical: false,
      parseUnexpectedToken: (_lhs: unknown, parser: object) => {
        proto ??= Object.getPrototypeOf(parser) as ParserProto;
        return null;
      },
    });
  } catch {
    return false;
  }
  if (!proto || !looksLikeKnownParser(proto)) return false;
  if (proto[MARKER]) return (patched = true);
  const originalGetDefs = proto.getDefs;
  const originalGetIdentifierType = proto.getIdentifierType;
  const originalParseSymbol = proto.parseSymbol;
  const indexes = new WeakMap<IndexedDictionary, DictionaryIndex>();
  // Set while identifierAhead runs the engine's parseSymbol: its one peekDefinitions call answers
  // nothing (so it falls through to reading an identifier), and its getIdentifierType call reports
  // the identifier read and how far it reached.
  let probing = false;
  let probeStart = 0;
  let caught: IdentifierAhead | null = null;

  const dictionaryIndex = (parser: ParserLike): DictionaryIndex => {
    const dictionary = parser._dictionary;
    let entry = indexes.get(dictionary);
    if (!entry || entry.length !== dictionary.defs.length) {
      entry = { length: dictionary.defs.length, kinds: new Map(), triggerStarts: triggerStarts(dictionary.defs) };
      indexes.set(dictionary, entry);
    }
    return entry;
  };

  const kindIndex = (parser: ParserLike, kind: string): KindIndex => {
    const entry = dictionaryIndex(parser);
    let index = entry.kinds.get(kind);
    if (!index) {
      index = buildIndex([...originalGetDefs.call(parser, kind)]);
      entry.kinds.set(kind, index);
    }
    return index;
  };

  // The answers kept for each parser: a parse asks thousands of times, always of the parser at
  // hand, so the last one's state is kept at hand too (a WeakMap lookup per question cost more
  // than many answers).
  const states = new WeakMap<ParserLike, ParserState>();
  let lastParser: ParserLike | undefined;
  let lastState: ParserState | undefined;
  const stateOf = (parser: ParserLike): ParserState => {
    if (parser === lastParser) return lastState!;
    let state = states.get(parser);
    if (!state) {
      state = { dictionary: dictionaryIndex(parser), kinds: new Map(), ahead: [], identifiers: [] };
      states.set(parser, state);
    }
    lastParser = parser;
    lastState = state;
    return state;
  };
  const kindState = (parser: ParserLike, state: ParserState, kind: string): KindState => {
    let entry = state.kinds.get(kind);
    if (!entry) {
      entry = { index: kindIndex(parser, kind), answers: [] };
      state.kinds.set(kind, entry);
    }
    return entry;
  };

  proto.getDefs = function getDefs(kind: string): Iterable<Def> {
    return kindIndex(this, kind).all;
  };

  /**
   * The texts ahead that are some entry's trigger, longest first, as [tokens, text]: what the
   * original lookAhead answers (every text of 1…lookahead tokens) less the texts no trigger is.
   * Each text is the one before it and one more token, joined as the engine's `latex()` joins
   * (joinToken), not joined again from the first token.
   */
  const triggersAhead = (parser: ParserLike, state: ParserState): readonly [number, string][] => {
    const at = parser.index;
    const known = state.ahead[at];
    if (known) return known;
    const starts = state.dictionary.triggerStarts;
    const tokens = parser._tokens;
    const count = Math.min(parser._dictionary.lookahead, tokens.length - at);
    const found: [number, string][] = [];
    const joined = { text: '', separator: '' };
    for (let n = 1; n <= count; n++) {
      joinToken(joined, tokens[at + n - 1]!);
      const start = starts.get(joined.text);
      if (start === undefined) break; // longer texts start with this one: none is a trigger either
      if (start === 'trigger') found.unshift([n, joined.text]);
    }
    state.ahead[at] = found;
    return found;
  };

  proto.getIdentifierType = function getIdentifierType(id: string): string {
    if (!probing) return originalGetIdentifierType.call(this, id);
    probing = false;
    caught = { id: id.trim(), length: this.index - probeStart };
    return ''; // not "symbol": parseSymbol moves back and answers null
  };

  /**
   * The identifier the engine reads at the parser's position (what its identifier-trigger
   * match compares with each trigger), or null; the position is left as it was.
   */
  const identifierAhead = (parser: ParserLike, state: ParserState): IdentifierAhead | null => {
    const at = parser.index;
    const known = state.identifiers[at];
    if (known !== undefined) return known;
    const boundaries = parser._boundaries;
    // The identifier reader ignores boundaries; parseSymbol would stop at one before reading.
    parser._boundaries = [];
    probing = true;
    probeStart = at;
    caught = null;
    try {
      originalParseSymbol.call(parser, undefined);
    } finally {
      parser._boundaries = boundaries;
      probing = false;
      // The original read the identifier and moved back, which also resets the parser's
      // repeated-peek counter (its infinite-loop guard): so does setting the index.
      parser.index = at;
    }
    const found: IdentifierAhead | null = caught;
    state.identifiers[at] = found;
    return found;
  };

  // Answers are shared, not copied: every caller in the engine only iterates them or reads their length.
  proto.peekDefinitions = function peekDefinitions(kind: string): PeekResult {
    if (probing) return NO_DEFINITIONS; // parseSymbol inside identifierAhead: go straight to the identifier
    if (this.atEnd) return NO_DEFINITIONS;
    const state = stateOf(this);
    const entry = kindState(this, state, kind);
    const index = entry.index;
    const at = this.index;
    const cached = entry.answers[at];
    if (cached) {
      if (index.byIdentifier.length > 0) this.index = at; // the repeated-peek counter, as above
      return cached;
    }
    const result: [Def, number][] = [];
    for (const def of index.emptyTrigger) result.push([def, 0]);
    for (const [n, text] of triggersAhead(this, state)) {
      const defs = index.byTrigger.get(text);
      if (defs) for (const def of defs) result.push([def, n]);
    }
    if (index.byIdentifier.length > 0) {
      const ahead = identifierAhead(this, state);
      const defs = ahead && ahead.length > 0 ? index.byIdentifierTrigger.get(ahead.id) : undefined;
      if (defs) for (const def of defs) result.push([def, ahead!.length]);
    }
    const answer = result.length === 0 ? NO_DEFINITIONS : Object.freeze(result);
    entry.answers[at] = answer;
    return answer;
  };
  proto[MARKER] = true;
  patched = true;
  return true;
}

/** The engine's text for a special token (its `latex()` writes these as the characters they stand for). */
const SPECIAL_TOKEN_TEXT: ReadonlyMap<string, string> = new Map([['<space>', ' '], ['<$$>', '$$'], ['<$>', '$'], ['<{>', '{'], ['<}>', '}']]);

/**
 * One more token joined to `joined.text` as the engine's `latex()` joins tokens: a token that
 * begins with a letter (tested as the engine does, on its first character) gets the space a
 * command before it asked for, so `\\alpha` then `x` is `\\alpha x`, while `x` then `y` is `xy`.
 */
function joinToken(joined: { text: string; separator: string }, token: string): void {
  const text = SPECIAL_TOKEN_TEXT.get(token) ?? token;
  if (/[a-zA-Z]/.test(text[0]!)) joined.text += joined.separator;
  joined.separator = /\\[a-zA-Z]+\*?$/.test(text) ? ' ' : '';
  joined.text += text;
}

function triggerStarts(defs: readonly Def[]): Map<string, 'trigger' | 'start'> {
  const starts = new Map<string, 'trigger' | 'start'>();
  for (const { latexTrigger: trigger } of defs) {
    if (typeof trigger !== 'string' || trigger === '') continue;
    for (let k = 1; k < trigger.length; k++) if (!starts.has(trigger.slice(0, k))) starts.set(trigger.slice(0, k), 'start');
    starts.set(trigger, 'trigger');
  }
  return starts;
}

function buildIndex(all: readonly Def[]): KindIndex {
  const byTrigger = new Map<string, Def[]>();
  const byIdentifierTrigger = new Map<string, Def[]>();
  const add = (map: Map<string, Def[]>, key: string, def: Def): void => {
    const list = map.get(key);
    if (list) list.push(def);
    else map.set(key, [def]);
  };
  for (const def of all) {
    if (typeof def.latexTrigger === 'string' && def.latexTrigger !== '') add(byTrigger, def.latexTrigger, def);
    if (def.identifierTrigger) add(byIdentifierTrigger, def.identifierTrigger, def);
  }
  return {
    all,
    emptyTrigger: all.filter((def) => def.latexTrigger === ''),
    byTrigger,
    byIdentifier: all.filter((def) => def.identifierTrigger),
    byIdentifierTrigger,
  };
}

/** The methods we replace, written as in 0.27.0 (a changed engine is left alone). */
function looksLikeKnownParser(proto: ParserProto): boolean {
  const source = (f: unknown): string => (typeof f === 'function' ? Function.prototype.toString.call(f).replace(/\s+/g, ' ') : '');
  const peek = source(proto.peekDefinitions);
  const getDefs = source(proto.getDefs);
  const lookAhead = source(proto.lookAhead);
  const parseSymbol = source(proto.parseSymbol);
  // joinToken stands in for latexAhead: it must be latex() of the tokens ahead (spaces dropped: builds differ in them).
  const latexAhead = source(proto.latexAhead).replace(/ /g, '');
  const latex = source(proto.latex).replace(/ /g, '');
  return (
    parseSymbol.includes('this.peekDefinitions("symbol")') &&
    parseSymbol.includes('this.getIdentifierType(') &&
    typeof proto.getIdentifierType === 'function' &&
    peek.includes('this.getDefs(') &&
    peek.includes('this.lookAhead()') &&
    peek.includes('identifierTrigger') &&
    getDefs.includes('_dictionary.defs') &&
    lookAhead.includes('this.latexAhead(') &&
    latexAhead.includes('this.latex(this.index,this.index+') &&
    latex.includes('this._tokens.slice(')
  );
}
