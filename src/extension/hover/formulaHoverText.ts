/**
 * The Markdown of a hover over a formula: each side's value, the claims'
 * verdicts, how each value fares in fp16/bf16/fp32, how the formula was read
 * and its free symbols. Pure (returns a string), so it is unit-tested; the
 * provider wraps it in an untrusted MarkdownString.
 */
import { identityText, type ClaimReport, type FormatFact, type FormulaReport, type SideReport } from '../../core/api/notes';
import { RELATION_SYMBOL, type NumberFormatter } from '../format';

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

function sideRow(side: SideReport, fmt: NumberFormatter): string {
  const value = side.value === null ? (side.symbols.length ? 'symbolic' : '—') : fmt(side.value);
  const f = side.formats;
  const cells = f
    ? [formatFactCell(f.fp16, fmt), formatFactCell(f.bf16, fmt), formatFactCell(f.fp32, fmt)]
    : ['', '', ''];
  return `| ${codeSpan(side.source)} | ${escapeMarkdown(value)} | ${cells.map(escapeMarkdown).join(' | ')} |`;
}

/** "holds ✓ (relative error 1.6 × 10⁻³)" / "fails ✗ …" / "cannot be judged". */
export function verdictText(claim: Pick<ClaimReport, 'verdict' | 'relativeError' | 'reason' | 'reading' | 'identity' | 'units' | 'array'>, fmt: NumberFormatter): string {
  const err = claim.relativeError === null ? '' : ` (relative error ${fmt(claim.relativeError)})`;
  switch (claim.verdict) {
    case 'holds':
      if (claim.identity) return `holds ✓ ${identityText(claim.identity, fmt)}`;
      if (claim.units) return `holds ✓ ${claim.units.message.replace(/^holds: /, '')}`;
      return `holds ✓${claim.reading ? ` ${claim.reading}` : ''}${err}`;
    case 'fails':
      if (claim.identity) return `fails ✗ ${identityText(claim.identity, fmt)}`;
      if (claim.units) return `fails ✗ ${claim.units.left} vs ${claim.units.right}${err}`;
      if (claim.array) return `fails ✗ ${claim.array.message}${err}`;
      return `fails ✗${err}`;
    case 'mismatch':
      if (claim.array) return `shapes differ ✗: ${claim.array.message}`;
      return `dimensions differ ✗: ${claim.units?.message ?? ''}`;
    case 'ambiguous':
      return `ambiguous: fails as read by default, holds ${claim.reading ?? 'under another reading'}`;
    case 'none':
      // A claim float64 cannot decide says why (its reason); otherwise a side had no value.
      return claim.reason ? claim.reason.replace(/^cannot evaluate: /, '') : 'cannot be judged (a side has no value)';
    default: {
      const never: never = claim.verdict;
      return never;
    }
  }
}

function claimLine(claim: ClaimReport, fmt: NumberFormatter): string {
  const rel = RELATION_SYMBOL[claim.relation] ?? claim.relation;
  const computed = claim.claimedSide === 'right' ? claim.left : claim.right;
  const value = computed.value === null ? '' : ` — computed ${escapeMarkdown(fmt(computed.value))}`;
  return `- ${codeSpan(claim.left.source, 40)} ${escapeMarkdown(rel)} ${codeSpan(claim.right.source, 40)}: **${escapeMarkdown(verdictText(claim, fmt))}**${value}`;
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

/** The whole hover for one formula. */
export function formulaHoverMarkdown(report: FormulaReport, fmt: NumberFormatter): string {
  const parts: string[] = [];
  const heading =
    report.verdict === 'fails' ? 'claim fails ✗'
      : report.verdict === 'holds' ? 'claim holds ✓'
        : report.verdict === 'ambiguous' ? 'claim ambiguous ?'
          : report.verdict === 'mismatch' ? 'dimensions differ ✗'
          : report.symbolic ? 'symbolic formula' : 'value';
  parts.push(`**gradexp** · ${heading}`);
  const sides = distinctSides(report);
  if (sides.some((s) => s.value !== null || s.symbols.length > 0)) {
    parts.push(
      ['| side | value | fp16 | bf16 | fp32 |', '| --- | --- | --- | --- | --- |', ...sides.map((s) => sideRow(s, fmt))].join('\n'),
    );
  }
  if (report.claims.length > 0) parts.push(report.claims.map((c) => claimLine(c, fmt)).join('\n'));
  if (report.readAs) parts.push(`Read as: ${codeSpan(report.readAs, 200)}`);
  if (report.symbols.length > 0) {
    parts.push(`Free symbols: ${report.symbols.map((s) => codeSpan(s, 30)).join(', ')} — no numeric value`);
  }
  if (report.error) parts.push(escapeMarkdown(report.error));
  return parts.join('\n\n');
}
