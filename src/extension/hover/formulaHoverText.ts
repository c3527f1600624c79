/**
 * The Markdown of a hover over a formula: each side's value, the claims'
 * verdicts, how each value fares in the chosen formats (fp16, bf16, fp32, fp8), how the formula was read
 * and its free symbols. Pure (returns a string), so it is unit-tested; the
 * provider wraps it in an untrusted MarkdownString.
 */
import { type ClaimReport, type FactFormat, type FormatFact, type FormulaReport, type SideReport } from '../../core/api/notes';
import { RELATION_SYMBOL, type NumberFormatter } from '../format';
import { DEFAULT_HOVER_FORMATS } from '../settings';
import { claimDetail, definitionText, undecidedReason } from '../verdictDetail';
import type { FormulaImager } from './formulaImage/formulaImages';

/** Longest LaTeX quoted in a hover cell before it is shortened. */
const MAX_QUOTED = 60;

/** Escapes text for a Markdown table cell or paragraph (no HTML, no links, no emphasis). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Quotes LaTeX as inline code, safe inside a table cell (pipes escaped, backticks fenced). */
export function codeSpan(source: string, max = MAX_QUOTED): string {
  let text = source.replace(/\s+/g, ' ').trim();
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  text = text.replace(/\|/g, '\\|');
  const fence = text.includes('`') ? '`` ' : '`';
  const close = text.includes('`') ? ' ``' : '`';
  return `${fence}${text}${close}`;
}

/** One cell of the formats table: the rounded value and what happened to it. */
export function formatFactCell(fact: FormatFact, fmt: NumberFormatter): string {
  if (fact.overflow) return `overflow → ${fmt(fact.value)}`;
  if (fact.underflow) return 'underflow → 0';
  const value = fmt(fact.value);
  return fact.subnormal ? `${value} (subnormal)` : value;
}

/**
 * The alt text of a drawn formula: its LaTeX, on one line. VS Code's hover keeps an image's alt
 * text as written (backslash escapes are not undone), so only what would end the alt text or a
 * table cell is escaped.
 */
export function altText(source: string, max = MAX_QUOTED * 2): string {
  let text = source.replace(/\s+/g, ' ').trim();
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  return text.replace(/[[\]|]/g, (c) => `\\${c}`);
}

/** A drawn formula as a Markdown image whose alt text is its LaTeX; undefined when it could not be drawn. */
export function formulaImage(source: string, display: boolean, imager: FormulaImager | undefined): string | undefined {
  const uri = imager?.(source, display);
  return uri === undefined ? undefined : `![${altText(source)}](${uri})`;
}

function sideRow(side: SideReport, fmt: NumberFormatter, formats: readonly FactFormat[], imager: FormulaImager | undefined): string {
  const value = side.value === null ? (side.symbols.length ? 'symbolic' : '—') : fmt(side.value);
  const f = side.formats;
  const cells = formats.map((name) => (f ? formatFactCell(f[name], fmt) : ''));
  const drawn = formulaImage(side.source, false, imager) ?? codeSpan(side.source);
  return `| ${drawn} | ${escapeMarkdown(value)} | ${cells.map(escapeMarkdown).join(' | ')} |`;
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

function claimLine(claim: ClaimReport, verdict: string, fmt: NumberFormatter): string {
  const rel = RELATION_SYMBOL[claim.relation] ?? claim.relation;
  const computed = claim.claimedSide === 'right' ? claim.left : claim.right;
  const value = computed.value === null ? '' : ` — computed ${escapeMarkdown(fmt(computed.value))}`;
  return `- ${codeSpan(claim.left.source, 40)} ${escapeMarkdown(rel)} ${codeSpan(claim.right.source, 40)}: **${escapeMarkdown(verdict)}**${value}`;
}

/** Each claim's line; a chain's claims left undecided for one reason give it once (`\\sigma = (1 \\, 2 \\, 3) = 6`). */
function claimLines(report: FormulaReport, fmt: NumberFormatter): string {
  const previous: string[] = [];
  return report.claims
    .map((claim) => {
      const verdict = verdictText(claim, fmt, report.defines);
      const line = claim.verdict === 'none' && previous.includes(verdict) ? 'not judged: as above' : verdict;
      previous.push(verdict);
      return claimLine(claim, line, fmt);
    })
    .join('\n');
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

/** How a formula's hover is drawn. */
export interface HoverLook {
  /** The table's format columns (the setting gradexp.hoverFormats). */
  readonly formats?: readonly FactFormat[];
  /** Draws LaTeX as an image; without one, or where a formula cannot be drawn, its LaTeX is quoted. */
  readonly imager?: FormulaImager;
  /** The formula is display math: drawn in display style under the heading. */
  readonly display?: boolean;
}

/** The whole hover for one formula: the formula drawn under the heading, each side drawn in the values table. */
export function formulaHoverMarkdown(report: FormulaReport, fmt: NumberFormatter, look: HoverLook = {}): string {
  const { formats = DEFAULT_HOVER_FORMATS, imager, display = false } = look;
  const parts: string[] = [];
  const definitions = report.claims.filter((c) => definitionText(c, report.defines, fmt) !== undefined);
  const heading =
    report.verdict === 'fails' ? 'claim fails ✗'
      : report.verdict === 'holds' ? 'claim holds ✓'
        : report.verdict === 'ambiguous' ? 'claim ambiguous ?'
          : report.verdict === 'mismatch' ? 'dimensions differ ✗'
          : definitions.length > 0 ? 'definition'
          : report.symbolic ? 'symbolic formula' : 'value';
  parts.push(`**gradexp** · ${heading}`);
  const drawn = formulaImage(report.source, display, imager);
  if (drawn) parts.push(drawn);
  const sides = distinctSides(report);
  // An identity checked at random points has no value of its own: a table of "symbolic" rows would say nothing.
  const identities = report.claims.some((c) => c.identity);
  if (sides.some((s) => s.value !== null) || (!identities && sides.some((s) => s.symbols.length > 0))) {
    parts.push(
      [
        `| side | value |${formats.map((f) => ` ${f} |`).join('')}`,
        `| --- | --- |${formats.map(() => ' --- |').join('')}`,
        ...sides.map((s) => sideRow(s, fmt, formats, imager)),
      ].join('\n'),
    );
  }
  if (report.claims.length > 0) parts.push(claimLines(report, fmt));
  const logBase = report.claims.map((c) => (c.verdict === 'ambiguous' ? /\\log is base (\d+)/.exec(c.reading ?? '')?.[1] : undefined)).find(Boolean);
  if (logBase) parts.push(`Say which base the note means, once, in its front matter: \`log-base: ${logBase}\` (2, 10 or e).`);
  // Quantities with units are "read as" their own LaTeX (the claim line shows them converted): repeating it says nothing.
  if (report.readAs && !report.claims.some((c) => c.units)) {
    parts.push(`Read as: ${codeSpan(report.readAs, 200)}`);
  }
  // Free symbols explain a missing verdict: not a judged claim's (its symbols had values), nor a definition's (they are its parameters).
  const unexplained = report.claims.length === 0 || report.claims.some((c) => c.verdict === 'none' && !undecidedReason(c) && !definitions.includes(c));
  if (report.symbols.length > 0 && !identities && unexplained) {
    parts.push(`Free symbols: ${report.symbols.map((s) => codeSpan(s, 30)).join(', ')} — no numeric value`);
  }
  // A reason a claim line already gives is not said twice.
  const said = new Set(report.claims.filter((c) => c.verdict === 'none').map(undecidedReason));
  if (report.error && !said.has(report.error.replace(/^(cannot evaluate: )+/, ''))) parts.push(escapeMarkdown(report.error));
  return parts.join('\n\n');
}
