/**
 * What a note says before a claim about vector entries (indexedVectors.ts): the entries and losses it
 * defined (`\hat{y}_i = \frac{e^{z_i}}{\sum_j e^{z_j}}`, `L = -\sum_i y_i \log \hat y_i`,
 * `l(\mathbf{y}, \hat{\mathbf{y}}) = - \sum_{j=1}^q y_j \log \hat{y}_j` in D2L's softmax regression) and the
 * conditions its words put on the labels ("y is a one-hot vector", "\sum_i y_i = 1"). Notes derive the
 * softmax gradient from such definitions a few formulas on; the reading puts them in.
 *
 * A definition is the first link of a formula whose left side is an entry (`\hat{y}_i`, `p_k`) or a loss
 * name (`L`, `J`, `l(…)`, `\mathcal{L}`) and whose right side writes a sum or a softmax. The latest one
 * before the claim counts; a name defined twice with different bodies may only confirm.
 */
import { latexReader } from '../read/engine';
import { SUMS_READING } from './elidedSums';
import type { AnalyzeOptions, ClaimReport } from '../types';
import { canonicalBase, judgeIndexedVectors, withDefinitionsPut, writesIndexedVector, type IndexedDefinition, type StatedConditions } from './indexedVectors';
import { budgetDeadline, budgetLeft } from '../deadline';

/** The most a note spends on this reading, in ms: two thirds of the default note-wide budget, which most notes leave unused (noteBudget.ts). */
const NOTE_SHARE_MS = 2000;
const ENTRY_NAME = /^\s*(\\(?:hat|tilde|bar)\s*\{?\s*[A-Za-z]\s*\}?|[a-z])\s*_\s*(?:\{\s*([ijkc])\s*\}|([ijkc]))\s*$/;
const LOSS_NAME = /^\s*(?:L|J|l|\\ell|\\mathcal\s*\{\s*L\s*\})(?:\s*\((?:[^()]|\([^()]*\))*\))?\s*$/;
/** `\sum_k p_k = 1`, `\sum_{k=1}^K p_k = 1`: the vector p stated to sum to 1 (a probability vector, Gini impurity's class shares). */
const SUMS_TO_ONE = /\\sum\s*(?:\\limits\s*)?_\s*(?:\{\s*([a-z])\s*(?:=\s*1\s*)?\}|([a-z]))(?:\s*\^\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z]))?\s*([a-z])\s*_\s*(?:\{\s*\1\s*\}|\1|\{\s*\2\s*\}|\2)\s*=\s*1(?![0-9.])/g;
/** `\bar{x}`, `\bar x`, `\overline{x}`: a sample mean (`\bar{x} = \frac{1}{n}\sum_{i=1}^n x_i`), put in by its definition too. */
const MEAN_NAME = /^\s*\\(?:bar|overline)\s*(?:\{\s*([a-z])\s*\}|\s([a-z]))\s*$/;
const ONE_HOT = /one[- ]?hot|独热/i;
const DISTRIBUTION = /one[- ]?hot|独热|sums? (?:up )?to (?:1|one)|add(?:s)? up to (?:1|one)|\\sum\s*_\s*\{?\s*[a-z]\s*\}?\s*y_\s*\{?\s*[a-z]\s*\}?\s*=\s*1(?![0-9.])/i;

export class IndexedDefinitions {
  private readonly definitions: IndexedDefinition[] = [];
  /** Names defined more than once with different bodies. */
  private readonly doubtful = new Set<string>();
  private readonly stated: StatedConditions;
  /** Milliseconds this reading spent on the note: it draws many vectors, and must leave the note's budget to its other formulas. */
  private spent = 0;

  constructor(note: string) {
    const sumsToOne = new Set([...note.matchAll(SUMS_TO_ONE)].map((m) => canonicalBase(m[3]!)));
    this.stated = { oneHot: ONE_HOT.test(note), distribution: DISTRIBUTION.test(note), sumsToOne };
  }

  /** The claims with the undecided ones about vector entries judged on drawn vectors; the definitions among them learnt. */
  async review(claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<ClaimReport[]> {
    const out: ClaimReport[] = [];
    for (let k = 0; k < claims.length; k++) {
      let claim = claims[k]!;
      const first = k === 0 || claims[k - 1]!.right.source !== claim.left.source;
      const defines = first && this.learn(claim);
      // `l(\mathbf{y}, \hat{\mathbf{y}}) = 0` (when the prediction is certain): a defined name given a value under a case the prose names.
      const givenValue = (ENTRY_NAME.test(claim.left.source) || LOSS_NAME.test(claim.left.source) || MEAN_NAME.test(claim.left.source)) && !/_/.test(claim.right.source);
      // A claim the sums written out refute (elidedSums.ts) may hold under a condition on the labels: it is tried too.
      const refutedBySums = claim.verdict === 'fails' && claim.reading === SUMS_READING;
      if (!defines && !givenValue && (claim.verdict === 'none' || refutedBySums) && claim.relation === '=' && (this.definitions.length > 0 || [claim.left.source, claim.right.source].some(writesIndexedVector))) {
        const judged = await this.judge(claim, options);
        // A refuted claim changes only when a condition on the labels may make it hold; otherwise the sums' counterexample stands.
        claim = refutedBySums && judged.verdict === 'fails' ? claim : judged;
      }
      out.push(claim);
    }
    return out;
  }

  private async judge(claim: ClaimReport, options: AnalyzeOptions): Promise<ClaimReport> {
    const reader = await latexReader();
    const taken = new Set<string>();
    const texts = [claim.left.source, claim.right.source];
    // The latest definition of each name first.
    const latest = [...this.definitions].reverse();
    const sides = texts.map((t) => withDefinitionsPut(t, latest, texts, taken));
    if (sides.some((s) => s === null)) return claim;
    const used = [...sides[0]!.used, ...sides[1]!.used];
    if (used.length === 0 && !texts.some(writesIndexedVector)) return claim;
    // With none of the note's definitions put in and no softmax or derivative written, a sum over an index of unknown
    // range is only confirmed (unboundedSums.ts): `\sum_i a_i^2 = (\sum_i a_i)^2` may be about a one-element range.
    const anchored = used.length > 0 || texts.some((t) => /[Ss]oftmax|\\partial/.test(t));
    const confirmOnly = !anchored || used.some((d) => this.doubtful.has(keyOf(d))) || differentiatesAbsentEntry(sides[0]!.text, sides[1]!.text);
    if (this.spent >= NOTE_SHARE_MS) return claim;
    const share = Math.min(6 * (options.timeLimitMs ?? 250), NOTE_SHARE_MS - this.spent);
    const deadline = budgetDeadline(share);
    const judged = judgeIndexedVectors(claim, sides[0]!.text, sides[1]!.text, this.stated, reader, options.definitions ?? new Map(), deadline, confirmOnly);
    this.spent += share - budgetLeft(deadline);
    return judged;
  }

  /** Learns the claim as a definition when it is one; whether it was. */
  private learn(claim: ClaimReport): boolean {
    const left = claim.left.source;
    const body = claim.right.source.trim().replace(/[.,;]\s*$/, '');
    if (claim.relation !== '=' || !/\\sum|[Ss]oftmax/.test(body)) return false;
    const entry = ENTRY_NAME.exec(left);
    const definition: IndexedDefinition | undefined = entry
      ? { base: canonicalBase(entry[1]!), index: (entry[2] ?? entry[3])!, body }
      : LOSS_NAME.test(left)
        ? { name: left.trim(), body }
        : MEAN_NAME.test(left)
          ? { name: `\\bar{${MEAN_NAME.exec(left)!.slice(1).find(Boolean)!}}`, body }
          : undefined;
    if (!definition) return false;
    const key = keyOf(definition);
    const earlier = [...this.definitions].reverse().find((d) => keyOf(d) === key);
    if (earlier && earlier.body.replace(/\s+/g, '') !== body.replace(/\s+/g, '')) this.doubtful.add(key);
    this.definitions.push(definition);
    return true;
  }
}

const keyOf = (d: IndexedDefinition): string => d.name?.replace(/\s+/g, '') ?? `${d.base}_`;

/**
 * Whether a derivative by an entry (`\frac{\partial}{\partial z_j}\left(…\right)`, definitions put in) is of an
 * expression that never writes that vector (`z_…`, or `z` passed whole as in `\mathrm{softmax}(\mathbf{z})`): the loss
 * the note defined is then of other entries (`\mathcal{L}` of `z^L_c` in another section, while the claim's `p_i` are of
 * `z`), so a derivative of 0 says the definition is not the one meant — it may confirm, never refute.
 */
export function differentiatesAbsentEntry(left: string, right: string): boolean {
  for (const text of [left, right]) {
    for (const m of text.matchAll(/\\frac\s*\{\s*\\partial\s*\}\s*\{\s*\\partial\s+((?:\\[A-Za-z]+\s*\{\s*)?[A-Za-z])\s*\}?\s*_[^}]*\}\s*\\left\s*\(/g)) {
      const body = leftRightGroup(text, m.index! + m[0].length);
      const escaped = m[1]!.replace(/\s+/g, '').replace(/[\\{}]/g, (c) => `\\${c}`);
      if (!new RegExp(`(?<![A-Za-z])${escaped}\\s*\\}?\\s*(?:_|\\)|\\\\right\\s*\\))`).test(body)) return true;
    }
  }
  return false;
}

/** The text from `from` (just after a `\left(`) to its matching `\right)`, or to the end. */
function leftRightGroup(text: string, from: number): string {
  let depth = 1;
  for (const m of text.slice(from).matchAll(/\\left\s*[([{.|]|\\right\s*[)\]}.|]/g)) {
    depth += m[0].startsWith('\\left') ? 1 : -1;
    if (depth === 0) return text.slice(from, from + m.index!);
  }
  return text.slice(from);
}
