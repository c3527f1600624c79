/**
 * What a hover over a formula says, as plain data: the heading, each side's
 * value and how it fares in the chosen number formats, each claim's verdict,
 * and the notes under them (how a `\log` base is settled, how the formula was
 * read, its free symbols, why it could not be evaluated). One wording for every
 * editor: VS Code's hover writes it as Markdown (extension/hover/formulaHoverText),
 * the Obsidian editor builds DOM from it (obsidian/editor/tooltipDom). Pure.
 */
import type { ClaimReport, FactFormat, FormatFact, FormulaReport, SideReport } from '../core/api/notes';
import { RELATION_SYMBOL, type NumberFormatter } from './format';
import { claimDetail, definitionText, undecidedReason } from './verdictDetail';

/** Longest LaTeX quoted in a values-table cell before it is shortened. */
export const MAX_QUOTED = 60;
/** Longest LaTeX a hover draws: past it the hover quotes the source, as the math engine's time grows with it. */
export const MAX_RENDERED_LATEX = 1000;
/** Longest LaTeX of a claim's side quoted in its verdict line. */
const MAX_CLAIM_SIDE = 40;

/** A run of a hover paragraph: words, or note text (LaTeX, a key) quoted as code. */
export type HoverPiece = { readonly text: string } | { readonly code: string };

/** One row of the values table. */
export interface HoverSideRow {
  /** The side's LaTeX, whole: a view that draws math draws this. */
  readonly source: string;
  /** The LaTeX on one line, shortened to MAX_QUOTED: what a view that quotes shows. */
  readonly quoted: string;
  /** "0.0051538", "symbolic", "—". */
  readonly value: string;
  /** One cell per format column: "overflow → Infinity", "5.9605 × 10⁻⁸ (subnormal)". */
  readonly cells: readonly string[];
}

/** One claim's line: its sides quoted, the relation, the verdict, and the computed value. */
export interface HoverClaimLine {
  readonly left: string;
  readonly relation: string;
  readonly right: string;
  /** "holds ✓ (relative error 0.016403)", "fails ✗ …", "binds F = 1.3005 × 10⁷", "not judged: …". */
  readonly verdict: string;
  /** The value of the side that is not the author's written number, when it has one. */
  readonly computed?: string;
}

/** Everything a formula's hover says, in reading order. */
export interface FormulaHover {
  /** "claim fails ✗", "claim holds ✓", "definition", "symbolic formula", "value", … */
  readonly heading: string;
  /** Absent when it would say nothing (an identity's sides have no value of their own). */
  readonly table?: { readonly formats: readonly FactFormat[]; readonly rows: readonly HoverSideRow[] };
  readonly claims: readonly HoverClaimLine[];
  /** Paragraphs after the claims. */
  readonly notes: readonly (readonly HoverPiece[])[];
}

/** LaTeX on one line, cut to `max` characters with an ellipsis. */
export function shorten(source: string, max: number): string {
  const text = source.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One cell of the formats table: the rounded value and what happened to it. */
export function formatFactCell(fact: FormatFact, fmt: NumberFormatter): string {
  if (fact.overflow) return `overflow → ${fmt(fact.value)}`;
  if (fact.underflow) return 'underflow → 0';
  const value = fmt(fact.value);
  return fact.subnormal ? `${value} (subnormal)` : value;
}

/** "holds ✓ (relative error 1.6 × 10⁻³)" / "fails ✗ …" / "binds F = 1.3 × 10⁷" / "not judged: …". */
export function verdictText(
  claim: Pick<ClaimReport, 'verdict' | 'relation' | 'relativeError' | 'reason' | 'reading' | 'identity' | 'units' | 'array' | 'left' | 'right'>,
  fmt: NumberFormatter,
  defines?: FormulaReport['defines'],
): string {
  const err = claim.relativeError === null ? '' : ` (relative error ${fmt(claim.relativeError)})`;
  const detail = claimDetail(claim, fmt);
  switch (claim.verdict) {
    case 'holds':
      return `holds ✓${detail ? ` ${detail}` : ''}${claim.identity || claim.units ? '' : err}`;
    case 'fails':
      return `fails ✗${detail ? ` ${detail}` : ''}${claim.identity ? '' : err}`;
    case 'mismatch':
      return `${claim.array ? 'shapes' : 'dimensions'} differ ✗: ${detail ?? ''}`;
    case 'ambiguous':
      return `ambiguous: holds ${detail ?? 'under another reading'}, fails as read by default`;
    case 'none': {
      // A definition says what it binds; an undecided claim says why (its reason or a side's); otherwise a side had no value.
      const definition = definitionText(claim, defines, fmt);
      if (definition) return definition;
      const why = undecidedReason(claim);
      return why ? `not judged: ${why}` : 'not judged: a side has no value';
    }
    default: {
      const never: never = claim.verdict;
      return never;
    }
  }
}

function sideRow(side: SideReport, fmt: NumberFormatter, formats: readonly FactFormat[]): HoverSideRow {
  const value = side.value === null ? (side.symbols.length ? 'symbolic' : '—') : fmt(side.value);
  const facts = side.formats;
  return { source: side.source, quoted: shorten(side.source, MAX_QUOTED), value, cells: formats.map((name) => (facts ? formatFactCell(facts[name], fmt) : '')) };
}

/** Each claim's line; a chain's claims left undecided for one reason give it once (`\\sigma = (1 \\, 2 \\, 3) = 6`). */
function claimLines(report: FormulaReport, fmt: NumberFormatter): HoverClaimLine[] {
  const previous: string[] = [];
  return report.claims.map((claim) => {
    const said = verdictText(claim, fmt, report.defines);
    const verdict = claim.verdict === 'none' && previous.includes(said) ? 'not judged: as above' : said;
    previous.push(said);
    const computed = claim.claimedSide === 'right' ? claim.left : claim.right;
    return {
      left: shorten(claim.left.source, MAX_CLAIM_SIDE),
      relation: RELATION_SYMBOL[claim.relation] ?? claim.relation,
      right: shorten(claim.right.source, MAX_CLAIM_SIDE),
      verdict,
      ...(computed.value === null ? {} : { computed: fmt(computed.value) }),
    };
  });
}

/** Sides shown in the table: every claim's sides once, in order (a chain shares its middle side). */
function distinctSides(report: FormulaReport): SideReport[] {
  const seen = new Set<SideReport>();
  const out: SideReport[] = [];
  const add = (s: SideReport) => {
    if (!seen.has(s) && !out.some((o) => o.offset === s.offset && o.source === s.source)) out.push(s);
    seen.add(s);
  };
  for (const c of report.claims) {
    add(c.left);
    add(c.right);
  }
  for (const s of report.sides) add(s);
  return out;
}

function heading(report: FormulaReport, hasDefinitions: boolean): string {
  switch (report.verdict) {
    case 'fails':
      return 'claim fails ✗';
    case 'holds':
      return 'claim holds ✓';
    case 'ambiguous':
      return 'claim ambiguous ?';
    case 'mismatch':
      return 'dimensions differ ✗';
    case 'none':
      return hasDefinitions ? 'definition' : report.symbolic ? 'symbolic formula' : 'value';
  }
}

/** The paragraphs under the claims: the log base to declare, the reading, the free symbols, the error not said yet. */
function notes(report: FormulaReport, definitions: readonly ClaimReport[], identities: boolean): HoverPiece[][] {
  const out: HoverPiece[][] = [];
  const logBase = report.claims.map((c) => (c.verdict === 'ambiguous' ? /\\log is base (\d+)/.exec(c.reading ?? '')?.[1] : undefined)).find(Boolean);
  if (logBase) out.push([{ text: 'Say which base the note means, once, in its front matter: ' }, { code: `log-base: ${logBase}` }, { text: ' (2, 10 or e).' }]);
  // Quantities with units are "read as" their own LaTeX (the claim line shows them converted): repeating it says nothing.
  if (report.readAs && !report.claims.some((c) => c.units)) out.push([{ text: 'Read as: ' }, { code: shorten(report.readAs, 200) }]);
  // Free symbols explain a missing verdict: not a judged claim's (its symbols had values), nor a definition's (they are its parameters).
  const unexplained = report.claims.length === 0 || report.claims.some((c) => c.verdict === 'none' && !undecidedReason(c) && !definitions.includes(c));
  if (report.symbols.length > 0 && !identities && unexplained) {
    const symbols = report.symbols.flatMap((s, i): HoverPiece[] => [...(i === 0 ? [] : [{ text: ', ' }]), { code: shorten(s, 30) }]);
    out.push([{ text: 'Free symbols: ' }, ...symbols, { text: ' — no numeric value' }]);
  }
  // A reason a claim line already gives is not said twice.
  const said = new Set(report.claims.filter((c) => c.verdict === 'none').map(undecidedReason));
  if (report.error && !said.has(report.error.replace(/^(cannot evaluate: )+/, ''))) out.push([{ text: report.error }]);
  return out;
}

/** The hover of one formula: what every editor shows over it. */
export function formulaHover(report: FormulaReport, fmt: NumberFormatter, formats: readonly FactFormat[]): FormulaHover {
  const definitions = report.claims.filter((c) => definitionText(c, report.defines, fmt) !== undefined);
  const sides = distinctSides(report);
  // An identity checked at random points has no value of its own: a table of "symbolic" rows would say nothing.
  const identities = report.claims.some((c) => c.identity);
  const tabled = sides.some((s) => s.value !== null) || (!identities && sides.some((s) => s.symbols.length > 0));
  return {
    heading: heading(report, definitions.length > 0),
    ...(tabled ? { table: { formats, rows: sides.map((s) => sideRow(s, fmt, formats)) } } : {}),
    claims: claimLines(report, fmt),
    notes: notes(report, definitions, identities),
  };
}
