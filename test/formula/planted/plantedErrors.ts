/**
 * Errors planted in real holding claims of the corpus (test/corpus): each entry is a claim
 * whose author was right, rewritten the way authors slip (a digit, a sign, an exponent off
 * by one, a swapped index, a dropped term), and put back into its note. Made by mutating the
 * corpus labels mechanically, then kept only where the result is really wrong (a sign flipped
 * on `+ 0`, or an exponent on ∂ that is only notation, were dropped). The checker is
 * measured on how many of them it calls "fails" — the recall a held-out corpus of errors
 * would see — and must call none of them "holds".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeNote, type NoteFormulaReport } from '../../../src/core/formula';
import { scaled } from '../../support/timeScale';

export interface PlantedError {
  readonly note: string;
  readonly line: number;
  readonly kind: string;
  /** How the claim was made wrong: digit, sign, exponent, index or factor. */
  readonly slip: string;
  readonly formula: string;
  readonly planted: string;
}

export type PlantedVerdict = 'holds' | 'fails' | 'undecided';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');
/** Generous (test/support/judging.ts), so that a loaded machine does not turn verdicts into timeouts. */
const FORMULA_TIME_LIMIT_MS = scaled(5_000);

export function loadPlanted(): PlantedError[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'plantedErrors.json'), 'utf8')) as PlantedError[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The note with the claim at the label's line replaced by its planted error (undefined: not found there). */
export function plantInNote(note: string, p: PlantedError): string | undefined {
  const lineStart = note.split('\n').slice(0, p.line - 1).join('\n').length;
  const at = note.indexOf(p.formula, Math.max(0, lineStart - 1));
  if (at < 0) return undefined;
  return note.slice(0, at) + p.planted + note.slice(at + p.formula.length);
}

function reportOf(reports: readonly NoteFormulaReport[], p: PlantedError): NoteFormulaReport | undefined {
  const want = norm(p.planted);
  return reports.find((r) => norm(r.span.source) === want && r.span.line <= p.line && p.line <= r.span.line + (r.span.source.match(/\n/g)?.length ?? 0) + 1);
}

/** The checker's verdict on a planted error, read in its note. */
export async function judgePlanted(p: PlantedError): Promise<PlantedVerdict> {
  const note = plantInNote(fs.readFileSync(path.join(CORPUS, 'notes', `${p.note}.md`), 'utf8'), p);
  if (note === undefined) throw new Error(`${p.note}:${p.line}: the claim is not in the note`);
  const report = reportOf(await analyzeNote(note, { timeLimitMs: FORMULA_TIME_LIMIT_MS }), p);
  if (!report) throw new Error(`${p.note}:${p.line}: no formula report for the planted claim`);
  return report.verdict === 'holds' || report.verdict === 'fails' ? report.verdict : 'undecided';
}

/** Caught / total by a key (the claim's kind or the slip), as printed rows. */
export function rateTable(rows: readonly { readonly key: string; readonly verdict: PlantedVerdict }[]): string {
  const by = new Map<string, { fails: number; holds: number; undecided: number }>();
  for (const r of rows) {
    const c = by.get(r.key) ?? { fails: 0, holds: 0, undecided: 0 };
    c[r.verdict]++;
    by.set(r.key, c);
  }
  return [...by]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) => `${k.padEnd(12)} fails ${c.fails}  holds ${c.holds}  undecided ${c.undecided}`)
    .join('\n');
}
