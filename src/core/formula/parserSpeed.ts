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
 * `parseUnexpectedToken` hook receives the parser) and we replace three
 * methods on its prototype:
 *
 * - `getDefs(kind)`: the entries of a kind, last added first, from a cache per
 *   indexed dictionary (an array, where the original is a generator; every
 *   caller only iterates it);
 * - `lookAhead()`: the joined text of the next 1…lookahead tokens, cached per
 *   parser and position (the token list of a parser never changes);
 * - `peekDefinitions(kind)`: entries with an empty trigger, then those whose
 *   trigger is the text ahead (longest first), from a map by trigger text;
 *   entries with an identifier trigger are still matched by the original code,
 *   given only those entries. The answer depends only on the tokens from the
 *   parser's position on (the identifier match reads tokens and moves back), so
 *   it is kept per parser, position and kind: the parser backtracks and asks
 *   again at the same position many times.
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
  index: number;
  readonly atEnd: boolean;
  latexAhead(n: number): string;
  lookAhead(): [number, string][];
}
type PeekResult = [Def, number][];
interface ParserProto {
  getDefs(this: ParserLike, kind: string): Iterable<Def>;
  lookAhead(this: ParserLike): [number, string][];
  peekDefinitions(this: ParserLike, kind: string): PeekResult;
}

/** One kind's entries, in the order getDefs yields them, and indexed for peekDefinitions. */
interface KindIndex {
  readonly all: readonly Def[];
  readonly emptyTrigger: readonly Def[];
  readonly byTrigger: ReadonlyMap<string, readonly Def[]>;
  readonly byIdentifier: readonly Def[];
  /** How many of byIdentifier also have an empty latexTrigger (the original lists those first). */
  readonly identifierWithEmptyTrigger: number;
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
  const originalPeek = proto.peekDefinitions;
  const originalGetDefs = proto.getDefs;
  const indexes = new WeakMap<IndexedDictionary, { length: number; kinds: Map<string, KindIndex> }>();
  const aheadCache = new WeakMap<ParserLike, ([number, string][] | undefined)[]>();
  // Set while the original peekDefinitions runs for identifier triggers only: its getDefs call then
  // returns those entries and its lookAhead call nothing (each consumes its flag before any nested parse).
  let identifierDefsOnly: readonly Def[] | undefined;
  let noLookAhead = false;

  const kindIndex = (parser: ParserLike, kind: string): KindIndex => {
    const dictionary = parser._dictionary;
    let entry = indexes.get(dictionary);
    if (!entry || entry.length !== dictionary.defs.length) {
      entry = { length: dictionary.defs.length, kinds: new Map() };
      indexes.set(dictionary, entry);
    }
    let index = entry.kinds.get(kind);
    if (!index) {
      index = buildIndex([...originalGetDefs.call(parser, kind)]);
      entry.kinds.set(kind, index);
    }
    return index;
  };

  proto.getDefs = function getDefs(kind: string): Iterable<Def> {
    if (identifierDefsOnly) {
      const defs = identifierDefsOnly;
      identifierDefsOnly = undefined;
      return defs;
    }
    return kindIndex(this, kind).all;
  };

  const originalLookAhead = proto.lookAhead;
  proto.lookAhead = function lookAhead(): [number, string][] {
    if (noLookAhead) {
      noLookAhead = false;
      return [];
    }
    let byIndex = aheadCache.get(this);
    if (!byIndex) {
      byIndex = [];
      aheadCache.set(this, byIndex);
    }
    const at = this.index;
    let ahead = byIndex[at];
    if (!ahead) {
      ahead = originalLookAhead.call(this);
      byIndex[at] = ahead;
    }
    // A copy: the cached one must survive whatever a caller does with it.
    return ahead.slice();
  };

  const peekCache = new WeakMap<ParserLike, (Map<string, PeekResult> | undefined)[]>();
  proto.peekDefinitions = function peekDefinitions(kind: string): PeekResult {
    if (this.atEnd) return [];
    const index = kindIndex(this, kind);
    let byIndex = peekCache.get(this);
    if (!byIndex) {
      byIndex = [];
      peekCache.set(this, byIndex);
    }
    const at = this.index;
    const cached = byIndex[at]?.get(kind);
    if (cached) {
      // The original matched identifier triggers by parsing ahead and moving back, which resets the
      // parser's repeated-peek counter (its infinite-loop guard): so does setting the index.
      if (index.byIdentifier.length > 0) this.index = at;
      return cached.slice();
    }
    const result: PeekResult = [];
    for (const def of index.emptyTrigger) result.push([def, 0]);
    for (const [n, tokens] of this.lookAhead()) {
      const defs = index.byTrigger.get(tokens);
      if (defs) for (const def of defs) result.push([def, n]);
    }
    if (index.byIdentifier.length > 0) {
      identifierDefsOnly = index.byIdentifier;
      noLookAhead = true;
      let matched: PeekResult;
      try {
        matched = originalPeek.call(this, kind);
      } finally {
        identifierDefsOnly = undefined;
        noLookAhead = false;
      }
      for (let k = index.identifierWithEmptyTrigger; k < matched.length; k++) result.push(matched[k]!);
    }
    (byIndex[at] ??= new Map()).set(kind, result);
    return result.slice();
  };
  proto[MARKER] = true;
  patched = true;
  return true;
}

function buildIndex(all: readonly Def[]): KindIndex {
  const byTrigger = new Map<string, Def[]>();
  for (const def of all) {
    if (typeof def.latexTrigger !== 'string' || def.latexTrigger === '') continue;
    const list = byTrigger.get(def.latexTrigger);
    if (list) list.push(def);
    else byTrigger.set(def.latexTrigger, [def]);
  }
  const byIdentifier = all.filter((def) => def.identifierTrigger);
  return {
    all,
    emptyTrigger: all.filter((def) => def.latexTrigger === ''),
    byTrigger,
    byIdentifier,
    identifierWithEmptyTrigger: byIdentifier.filter((def) => def.latexTrigger === '').length,
  };
}

/** The methods we replace, written as in 0.27.0 (a changed engine is left alone). */
function looksLikeKnownParser(proto: ParserProto): boolean {
  const source = (f: unknown): string => (typeof f === 'function' ? Function.prototype.toString.call(f).replace(/\s+/g, ' ') : '');
  const peek = source(proto.peekDefinitions);
  const getDefs = source(proto.getDefs);
  const lookAhead = source(proto.lookAhead);
  return (
    peek.includes('this.getDefs(') &&
    peek.includes('this.lookAhead()') &&
    peek.includes('identifierTrigger') &&
    getDefs.includes('_dictionary.defs') &&
    lookAhead.includes('this.latexAhead(')
  );
}
