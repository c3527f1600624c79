/**
 * A worked value whose inputs the prose gives in words, not in a formula:
 *
 *     … So if we plug in our random point from above (x=4) into the first derivative …
 *     … do we really want our new $x$ to be $x - 112 = -108$?
 *
 * (ethen8181/machine-learning, gradient descent), "a model with … L=64, and D=8192 …",
 * "where $h$ is 8", "$\eta$ 为 0.1". A formula binds a name only when the name and its number
 * are both in math (`$h = 8$`); written in the prose, the binding left such a claim without a
 * value. A careful reader carries the number the sentence gave the name into the formula.
 *
 * Read so: in the text of the claim's section before it (at most LOOK_BACK characters, from its
 * last heading), a name is bound by plain text `x=4` / `d_model = 512` (outside math: a letter,
 * perhaps with a subscript, `=`, a number) or by a math name followed by a verb and a number in
 * prose (`$h$ is 8`, `$h$ = 8`, `$\eta$ 为 0.1`, `$d$ of 512`). A number followed by an operator
 * or a word that makes it part of something else ("2 times", "3 or more", "5%", "10 than") binds
 * nothing. A name given two different numbers in that text binds nothing (two examples), nor
 * does a name the note already binds in math (the readings of definitions judge it).
 *
 * A claim left undecided with free names is judged again with these numbers; it **holds** when
 * it holds with them ("with x = 4 as the prose states"). A reading that confirms, never refutes:
 * the prose may give the name for another case. A claim that only restates a name's number
 * (`\alpha = 0.05`) is a binding, not a computation, and is left as it was.
 */
import { EQUATION_REASONS } from '../identity/statedConditions';
import { analyzeFormula } from '../analyze';
import { sectionTextBefore } from '../find/noteSections';
import type { AnalyzeOptions, ClaimReport, FunctionDefinition, MathSpan } from '../types';

/** How far back the section's prose is read for bindings. */
const LOOK_BACK = 1500;
/** At most this many prose bindings are tried: a longer list is a table of settings, not an example's inputs. */
const MAX_BINDINGS = 6;

/** A number as prose writes it, perhaps with thousands commas (`16,384`) and a magnitude (`4M`, `8k`, `7 billion`). */
const NUMBER = String.raw`(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s?(k|K|M|B|thousand|million|billion)(?![A-Za-z]))?`;
/** What may not follow a number that a name is set to: an operator, a unit of something else, a comparison. */
const NOT_A_VALUE = String.raw`(?!\s*(?:[-+*/×^%]|\\|times\b|x\b|or\b|to\b|than\b|percent|倍|次|个|%|[.,]\d))(?!\w)`;
/** Plain text `x=4`, `d_model = 512`: a letter, perhaps a subscript, `=`, a number. */
const PLAIN_BINDING = new RegExp(String.raw`(?<![\w\\$^{}.])([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*=\s*${NUMBER}${NOT_A_VALUE}`, 'g');
/** A math name, then a verb and a number in prose: `$h$ is 8`, `$\eta$ 为 0.1`, `$d$ of 512`. */
const MATH_NAME_BINDING = new RegExp(
  String.raw`\$\s*((?:\\[A-Za-z]+|[A-Za-z])(?:_\{?(?:\\(?:text|mathrm)\{)?[A-Za-z0-9]+\}?\}?)?)\s*\$\s*(?:is|equals|of|=|为|是|等于|取|设为)\s*(?:set to\s*|about\s*|approximately\s*|约)?\$?\s*${NUMBER}\s*\$?${NOT_A_VALUE}`,
  'g',
);
/** A formula of the prose, blanked when plain text is read. */
const FORMULA = /\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g;
/** A fenced code block (or the unclosed start of one). */
const FENCED = /(?:^|\n) {0,3}(`{3,}|~{3,})[\s\S]*?(?:\n {0,3}\1|$)/g;
/** Inline code, read as plain text: `d_model=512`. */
const CODE = /`([^`\n]*)`/g;
/** A lone name, perhaps with a subscript or decoration. */
const NAME_ONLY = /^\s*(?:\\[A-Za-z]+\s*\{?\s*)?(?:\\[A-Za-z]+|[A-Za-z])\s*\}?\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$/;
/** A side that is a written number. */
const NUMBER_ONLY = /^\s*-?\d+(?:\.\d+)?\s*$/;

const MAGNITUDE: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, thousand: 1e3, M: 1e6, million: 1e6, B: 1e9, billion: 1e9 };

/** A name the prose gives a number. */
interface ProseBinding {
  /** The name as written (`x`, `d_model`, `\eta`). */
  readonly name: string;
  readonly value: number;
  /** The words that bound it, for the reading. */
  readonly text: string;
}

/** Whether the formula may use a name bound in prose: it writes a letter and a relation. */
export function mayUseProseNames(source: string): boolean {
  return /[A-Za-z]/.test(source) && /=|\\approx/.test(source);
}

/** The names the section's text before `start` binds to one number each. */
export function proseBindings(note: string, start: number): ProseBinding[] {
  // A fenced block is code: its `x = 5` is a program's variable, not the example's input.
  const text = sectionTextBefore(note, start, LOOK_BACK).replace(FENCED, ' ');
  const found: ProseBinding[] = [];
  const valueOf = (m: RegExpExecArray) => Number(m[2]!.replace(/,/g, '')) * (m[3] ? MAGNITUDE[m[3]]! : 1);
  for (const m of text.matchAll(MATH_NAME_BINDING)) found.push({ name: m[1]!.trim(), value: valueOf(m), text: m[0].trim() });
  const plain = text.replace(CODE, ' $1 ').replace(FORMULA, ' ');
  for (const m of plain.matchAll(PLAIN_BINDING)) found.push({ name: m[1]!, value: valueOf(m), text: m[0].trim() });
  const byName = new Map<string, ProseBinding[]>();
  for (const b of found) if (Number.isFinite(b.value)) byName.set(canonical(b.name), [...(byName.get(canonical(b.name)) ?? []), b]);
  const once = [...byName.values()].filter((bs) => bs.every((b) => b.value === bs[0]!.value)).map((bs) => bs[0]!);
  return once.length <= MAX_BINDINGS ? once : [];
}

/** `d_{\text{model}}`, `d_{model}` and `d_model` are one name. */
function canonical(name: string): string {
  return name.replace(/\\(?:text|mathrm)\s*\{([^{}]*)\}/g, '$1').replace(/[{}\s]/g, '');
}

/** The spellings a formula may give a name written `name` in prose: `d_model` is `d_{model}` or `d_{\text{model}}`. */
function spellings(name: string): string[] {
  const m = /^(\\?[A-Za-z]+)_\{?(?:\\(?:text|mathrm)\{)?([A-Za-z0-9]+)\}?\}?$/.exec(name);
  if (!m) return [name];
  const [, base, sub] = m;
  return [`${base}_{${sub}}`, `${base}_{\\text{${sub}}}`, `${base}_\\text{${sub}}`, `${base}_{\\mathrm{${sub}}}`, `${base}_${sub}`];
}

/** Whether `source` writes `spelling` as a whole name (not `x` inside `\exp` or `x_1`). */
function writesName(source: string, spelling: string): boolean {
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = /[A-Za-z]$/.test(spelling) && !spelling.includes('_') ? String.raw`(?![A-Za-z_])` : String.raw`(?![A-Za-z0-9])`;
  return new RegExp(String.raw`(?<![A-Za-z\\])${escaped}${after}`).test(source);
}

/** The claims of the formula at `span`, those undecided for names the prose gives numbers judged again with them. */
export async function withNamesBoundInProse(note: string, span: MathSpan, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  // Only a claim left open for want of values: one doubted, or undecided for another reason (names that may be
  // matrices, a meaning assumed for a function), is not made to hold by numbers that happen to fit it.
  const open = (c: ClaimReport) =>
    c.verdict === 'none' &&
    c.doubted !== true &&
    (c.reason == null || EQUATION_REASONS.some((r) => c.reason!.endsWith(r))) &&
    (c.relation === '=' || c.relation === '\\approx') &&
    (c.left.symbols.length > 0 || c.right.symbols.length > 0) &&
    !restatesName(c);
  if (!claims.some(open)) return claims;
  const bindings = proseBindings(note, span.start);
  if (bindings.length === 0) return claims;
  const definitions = new Map(options.definitions ?? []);
  const used: ProseBinding[] = [];
  for (const b of bindings) {
    const spelling = spellings(b.name).find((s) => writesName(span.source, s));
    if (spelling === undefined) continue;
    const bound = (await analyzeFormula(`${spelling} = ${b.value}`, options)).defines?.[0];
    if (!bound || bound.params.length > 0 || typeof bound.body !== 'number' || options.definitions?.has(bound.name)) continue;
    definitions.set(bound.name, { ...bound, source: b.text } satisfies FunctionDefinition);
    used.push(b);
  }
  if (used.length === 0) return claims;
  const again = await analyzeFormula(span.source, { ...options, definitions });
  if (again.claims.length !== claims.length) return claims;
  const words = used.map((b) => `"${b.text}"`).join(', ');
  const judged = claims.map((c, k) => {
    const now = again.claims[k]!;
    if (!open(c) || now.verdict !== 'holds' || now.left.offset !== c.left.offset) return c;
    const { fix: _fix, ...rest } = now;
    // The engine names each binding it used ("with x=4 from earlier"): those of the prose are named once, above.
    const others = (now.reading ?? '').split(/, (?=with )/).filter((part) => part !== '' && !used.some((b) => part.includes(b.text)));
    return { ...rest, reading: [`with the numbers the prose gives its names (${words})`, ...others].join(', ') };
  });
  // A link to a lone name (`d_k = d_v`, `d_v = d_{\text{model}}/h`) names the result and stays open; any other open row keeps the chain from holding.
  const unchecked = judged.some((c) => c.verdict === 'none' && !NAME_ONLY.test(c.left.source) && !NAME_ONLY.test(c.right.source));
  return unchecked ? claims : judged;
}

/** `\alpha = 0.05` after "α is 0.05": the claim restates a binding, it computes nothing. */
function restatesName(claim: ClaimReport): boolean {
  const [a, b] = [claim.left.source, claim.right.source];
  return (NAME_ONLY.test(a) && NUMBER_ONLY.test(b)) || (NAME_ONLY.test(b) && NUMBER_ONLY.test(a)) || (NAME_ONLY.test(a) && NAME_ONLY.test(b));
}
