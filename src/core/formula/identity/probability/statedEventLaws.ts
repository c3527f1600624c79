/**
 * The conditions on events a note states in words around a rule, as a reader takes them before
 * checking it: "If A and B are independent events, $P(A \cap B) = P(A)P(B)$" (akkefa-ml-notes),
 * "For mutually exclusive events, $P(A \cup B) = P(A) + P(B)$" (kmerrill61-Statistics-Notes),
 * "if $A \subseteq B$, then $P(A) \le P(B)$" (ermongroup-cs228-notes), "X and Y are conditionally
 * independent given Z: $P(X, Y \mid Z) = P(X \mid Z)P(Y \mid Z)$" (EricWiener-ai-notes). Each becomes an
 * event law (eventLaws.ts) on the claim's events; the words must be in the formula's sentence or the
 * heading of its section, and not denied ("not independent", "non-disjoint").
 *
 * For a refutation the other way round (refutedEventRule.ts): the conditions the note's words
 * anywhere could supply, in the many ways notes word them — a condition whose words appear anywhere
 * in the note keeps a rule true under it from failing.
 */
import type { EventLaw } from './eventLaws';

const INDEPENDENT = /\bindependen(?:t|ce)\b|独立/i;
const CONDITIONALLY = /\bconditional(?:ly)?\s+independen|\bindependent\s+(?:given|conditional)|条件独立/i;
const EXCLUSIVE = /\bmutually\s+exclusive\b|\bdisjoint\b|\bincompatible\b|互斥|不相容/i;
const PARTITION = /\bpartition|\bexhaustive\b|total\s+probability|划分|完备事件组|全概率/i;
const DENIED = /\bnot\s+(?:necessarily\s+)?(?:mutually\s+|conditionally\s+)?(?:independent|exclusive|disjoint)|\bnon-?(?:mutually[\s-]+)?(?:independent|exclusive|disjoint)|(?<![A-Za-z])dependent\b|\bunless\b|不独立|不互斥/i;
/** Independence or exclusivity said of events in general ("independent events", "events are mutually exclusive"). */
const GENERAL = /\b(?:independent|exclusive|disjoint)\s+events\b|\bevents\s+(?:\w+\s+){0,3}(?:independent|exclusive|disjoint)\b/i;
const SUBSET = /(?<![A-Za-z\\])([A-Z](?:_\{?\w+\}?)?)\s*(?:\\subseteq|\\subset|⊆|⊂|\s+is\s+(?:a\s+)?subset\s+of\s+)\s*([A-Z](?:_\{?\w+\}?)?)(?![A-Za-z0-9])/;

/** The heading of the formula's section (within 1,500 characters before it), or ''. */
export function headingBefore(note: string, start: number): string {
  const before = note.slice(Math.max(0, start - 1500), start);
  return [...before.matchAll(/^#{1,6}\s+(.*)$/gm)].pop()?.[1] ?? '';
}

/** Whether the text names each event (or speaks of events in general). */
function namesAll(text: string, names: readonly string[]): boolean {
  if (GENERAL.test(text)) return true;
  return names.every((name) => new RegExp(`(?<![A-Za-z\\\\])${name.replace(/_(\w+)/, '_\\{?$1\\}?')}(?![A-Za-z0-9])`).test(text));
}

/** The laws the text states of the claim's events `names` (capital letters, perhaps indexed), most specific first. */
export function statedEventLaws(text: string, names: readonly string[]): EventLaw[] {
  const laws: EventLaw[] = [];
  if (names.length < 1 || names.length > 4) return laws;
  const subset = SUBSET.exec(text);
  if (subset && names.includes(subset[1]!.replace(/[{}]/g, '')) && names.includes(subset[2]!.replace(/[{}]/g, ''))) {
    laws.push({ kind: 'nested', names: [subset[1]!.replace(/[{}]/g, ''), subset[2]!.replace(/[{}]/g, '')] });
  }
  if (DENIED.test(text)) return laws;
  if (CONDITIONALLY.test(text) && names.length >= 3) {
    for (const given of names) laws.push({ kind: 'conditional', names: names.filter((n) => n !== given), given });
  } else if (INDEPENDENT.test(text) && names.length >= 2 && !(names.length > 2 && /\bpairwise\b/i.test(text)) && namesAll(text, names)) {
    laws.push({ kind: 'independent', names });
  }
  if (EXCLUSIVE.test(text) && names.length >= 2 && namesAll(text, names)) laws.push({ kind: 'exclusive', names });
  const family = indexedFamily(names);
  if (PARTITION.test(text) && family.length >= 2) laws.push({ kind: 'partition', names: family });
  return laws;
}

/** The events of one letter with indices (B_1, B_2, B_3), when the claim writes two or more. */
function indexedFamily(names: readonly string[]): string[] {
  const byLetter = new Map<string, string[]>();
  for (const name of names) {
    const m = /^([A-Z])_\w+$/.exec(name);
    if (m) byLetter.set(m[1]!, [...(byLetter.get(m[1]!) ?? []), name]);
  }
  return [...byLetter.values()].find((family) => family.length >= 2) ?? [];
}

/** Words of each kind of condition, in the many ways notes word them. */
const SUPPLIED: Readonly<Record<'independent' | 'exclusive' | 'nested' | 'partition', RegExp>> = {
  independent: /independen|unrelated|uncorrelated|(?:not|n't)\s+(?:affect|influence|depend)|no\s+(?:effect|influence)|replacement|separately|\\perp|⊥|独立|无关/i,
  exclusive: /exclusive|disjoint|incompatible|cannot\s+(?:both\s+)?(?:occur|happen|be)|can't|at\s+the\s+same\s+time|simultaneous|overlap|either|at\s+most\s+one|only\s+one|in\s+common|\\emptyset|\\varnothing|∅|\\cap[^=$]{0,40}\)\s*=\s*0(?![.\d])|互斥|不相容/i,
  nested: /subset|\\sub|\\sup|⊆|⊂|⊇|⊃|impl(?:y|ies)|\\Rightarrow|\\implies|contain|whenever|part\s+of|包含|子集/i,
  partition: /partition|exhaustive|total\s+probability|划分|完备|全概率/i,
};

/** Whether some words of the note could supply the condition of the law's kind. */
export function noteCouldSupply(note: string, law: EventLaw): boolean {
  if (law.kind === 'general') return false;
  const kind = law.kind === 'conditional' ? 'independent' : law.kind;
  return SUPPLIED[kind].test(note);
}

/** `\sum_{i=1}^{n}`, `\sum\limits_{j=1}^{\infty}`: a sum from the first index to a letter or ∞. */
const WHOLE_RANGE = /\\sum\s*(?:\\limits\s*)?_\s*\{\s*([a-z])\s*=\s*[01]\s*\}\s*\^\s*(?:\{\s*(?:[a-zA-Z]|\\infty)\s*\}|[a-zA-Z](?![A-Za-z])|\\infty)/g;

/**
 * `P(A) = \sum_{i=1}^n P(A \mid B_i) P(B_i)` where the text names a partition (total probability,
 * mutually exclusive and exhaustive events): the sum runs over every event of the partition, as
 * `\sum_i` does over the cells of a variable's values (probabilitySides.ts); the limits dropped. Else
 * the LaTeX as it was.
 */
export function overWholePartition(latex: string, text: string): string {
  if (!PARTITION.test(text) && !EXCLUSIVE.test(text)) return latex;
  WHOLE_RANGE.lastIndex = 0;
  return latex.replace(WHOLE_RANGE, (_m, index: string) => `\\sum_{${index}}`);
}
