/**
 * Scores the formula checker against the hand-labelled corpus of real claims
 * from public study notes (test/corpus). Shared by `npm run corpus`
 * (scripts/corpus.ts) and test/corpus/corpus.test.ts so both measure the same way.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeNote, type NoteFormulaReport } from '../../src/core/formula';
import { countBudgetsInThreadCpu } from '../../src/threads/threadCpuClock';

// The scores (`npm run corpus`, corpus.test.ts) count each formula's budget in this thread's CPU time, as the
// CLI does (src/core/formula/deadline.ts): a score must not depend on the machine's load.
countBudgetsInThreadCpu();

/**
 * Each formula's budget here: eight times the default (250 ms), so that the scores
 * measure what the checker reads. Budgets count CPU time (above); the readings' own
 * shorter budgets are not scaled by it.
 */
const CORPUS_FORMULA_TIME_LIMIT_MS = 2_000;

export type Label = 'holds' | 'fails' | 'none';

export interface LabelEntry {
  readonly note: string;
  readonly line: number;
  readonly formula: string;
  readonly label: Label;
  readonly kind: string;
  readonly reason: string;
  readonly computation?: string;
  readonly computed?: string;
}

/** A label and the checker's verdict on its formula ('undecided' for anything but holds/fails). */
export interface Scored {
  readonly entry: LabelEntry;
  readonly verdict: 'holds' | 'fails' | 'undecided';
}

export interface Metrics {
  readonly total: number;
  /** counts[label][verdict] */
  readonly counts: Record<Label, Record<Scored['verdict'], number>>;
  /** verdict fails, label holds or none: the checker accused a right formula. */
  readonly falseAlarms: readonly Scored[];
  /** verdict holds, label fails: the checker passed a real error. */
  readonly errorsCalledHolds: readonly Scored[];
  /** fails verdicts that are real errors / all fails verdicts (null without fails verdicts). */
  readonly precisionOfFails: number | null;
  /** real errors called fails / real errors. */
  readonly recallOfErrors: number | null;
  /** right claims called holds / right claims. */
  readonly holdsDecided: number | null;
}

export interface CorpusScore {
  /** Every matched label with its verdict, in the labels file's order of notes. */
  readonly scored: readonly Scored[];
  readonly all: Metrics;
  readonly byKind: ReadonlyMap<string, Metrics>;
  readonly bySource: ReadonlyMap<string, Metrics>;
  /** Labels whose line and formula match no formula the checker found: a corpus bug. */
  readonly unmatched: readonly LabelEntry[];
}

/** The gate's labels; other files in `dir` (heldout.json) are scored only on request. */
export const GATE_LABELS_FILE = 'labels.json';

/** `dir` holds the labels file and notes/ (callers pass it: bundled, __dirname is dist/). */
export function loadLabels(dir: string, labelsFile: string = GATE_LABELS_FILE): LabelEntry[] {
  return JSON.parse(fs.readFileSync(path.join(dir, labelsFile), 'utf8')) as LabelEntry[];
}

/** Whitespace is not part of what a formula says; the files may be re-indented. */
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The report a label points at: same source, and the label's line within the formula's lines. */
function findReport(reports: readonly NoteFormulaReport[], used: Set<NoteFormulaReport>, e: LabelEntry): NoteFormulaReport | undefined {
  const want = norm(e.formula);
  return reports.find((r) => {
    if (used.has(r) || norm(r.span.source) !== want) return false;
    const lastLine = r.span.line + (r.span.source.match(/\n/g)?.length ?? 0) + 1;
    return e.line >= r.span.line && e.line <= lastLine;
  });
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function metricsOf(scored: readonly Scored[]): Metrics {
  const zero = () => ({ holds: 0, fails: 0, undecided: 0 });
  const counts: Record<Label, Record<Scored['verdict'], number>> = { holds: zero(), fails: zero(), none: zero() };
  for (const s of scored) counts[s.entry.label][s.verdict]++;
  const failVerdicts = counts.holds.fails + counts.fails.fails + counts.none.fails;
  const errors = counts.fails.holds + counts.fails.fails + counts.fails.undecided;
  const rights = counts.holds.holds + counts.holds.fails + counts.holds.undecided;
  return {
    total: scored.length,
    counts,
    falseAlarms: scored.filter((s) => s.verdict === 'fails' && s.entry.label !== 'fails'),
    errorsCalledHolds: scored.filter((s) => s.verdict === 'holds' && s.entry.label === 'fails'),
    precisionOfFails: ratio(counts.fails.fails, failVerdicts),
    recallOfErrors: ratio(counts.fails.fails, errors),
    holdsDecided: ratio(counts.holds.holds, rights),
  };
}

function groupBy(scored: readonly Scored[], key: (s: Scored) => string): Map<string, Metrics> {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, metricsOf(v)]));
}

export async function scoreCorpus(dir: string, labelsFile: string = GATE_LABELS_FILE): Promise<CorpusScore> {
  const labels = loadLabels(dir, labelsFile);
  const scored: Scored[] = [];
  const unmatched: LabelEntry[] = [];
  const notes = [...new Set(labels.map((l) => l.note))];
  for (const note of notes) {
    const text = fs.readFileSync(path.join(dir, 'notes', `${note}.md`), 'utf8');
    const reports = await analyzeNote(text, { timeLimitMs: CORPUS_FORMULA_TIME_LIMIT_MS });
    const used = new Set<NoteFormulaReport>();
    for (const e of labels.filter((l) => l.note === note)) {
      const r = findReport(reports, used, e);
      if (!r) {
        unmatched.push(e);
        continue;
      }
      used.add(r);
      scored.push({ entry: e, verdict: r.verdict === 'holds' || r.verdict === 'fails' ? r.verdict : 'undecided' });
    }
  }
  return {
    scored,
    all: metricsOf(scored),
    byKind: groupBy(scored, (s) => s.entry.kind),
    bySource: groupBy(scored, (s) => s.entry.note),
    unmatched,
  };
}

const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
const where = (e: LabelEntry): string => `${e.note}.md:${e.line}`;
const oneLine = (s: string): string => norm(s).slice(0, 160);

function metricsRow(name: string, m: Metrics): string {
  const c = m.counts;
  return [
    name.padEnd(22),
    String(m.total).padStart(4),
    `${c.holds.holds}/${c.holds.fails}/${c.holds.undecided}`.padStart(10),
    `${c.fails.holds}/${c.fails.fails}/${c.fails.undecided}`.padStart(10),
    `${c.none.holds}/${c.none.fails}/${c.none.undecided}`.padStart(10),
    pct(m.precisionOfFails).padStart(8),
    pct(m.recallOfErrors).padStart(8),
    pct(m.holdsDecided).padStart(8),
  ].join(' ');
}

/**
 * The claims the checker leaves to the reader: holding claims not decided and
 * real errors not caught, one line each — the work list for a tunable set
 * (never print it for a set that must stay unseen).
 */
export function formatUndecided(s: CorpusScore): string {
  const open = s.scored.filter((x) => x.verdict === 'undecided' && x.entry.label !== 'none');
  return open.map((x) => `${where(x.entry)} [${x.entry.label}, ${x.entry.kind}] ${oneLine(x.entry.formula)}`).join('\n');
}

export function formatScore(s: CorpusScore): string {
  const out: string[] = [];
  const header = `${'group'.padEnd(22)} ${'n'.padStart(4)} ${'holds→h/f/u'.padStart(10)} ${'fails→h/f/u'.padStart(10)} ${'none→h/f/u'.padStart(10)} ${'prec(f)'.padStart(8)} ${'recall'.padStart(8)} ${'holds✓'.padStart(8)}`;
  const c = s.all.counts;
  out.push('label × verdict (h = holds, f = fails, u = undecided)');
  out.push(`            holds  fails  undecided`);
  for (const l of ['holds', 'fails', 'none'] as const) {
    out.push(`  ${l.padEnd(8)} ${String(c[l].holds).padStart(6)} ${String(c[l].fails).padStart(6)} ${String(c[l].undecided).padStart(10)}`);
  }
  out.push('');
  out.push(`precision of "fails": ${pct(s.all.precisionOfFails)}   recall of errors: ${pct(s.all.recallOfErrors)}   holds decided: ${pct(s.all.holdsDecided)}`);
  out.push('');
  out.push(`false alarms (verdict fails, label holds/none): ${s.all.falseAlarms.length}`);
  for (const f of s.all.falseAlarms) out.push(`  ${where(f.entry)} [${f.entry.label}, ${f.entry.kind}] ${oneLine(f.entry.formula)}`);
  out.push(`errors called holds (verdict holds, label fails): ${s.all.errorsCalledHolds.length}`);
  for (const f of s.all.errorsCalledHolds) out.push(`  ${where(f.entry)} [${f.entry.kind}] ${oneLine(f.entry.formula)}`);
  out.push(`labels matching no formula (corpus bug): ${s.unmatched.length}`);
  for (const e of s.unmatched) out.push(`  ${where(e)} ${oneLine(e.formula)}`);
  out.push('');
  out.push('by kind');
  out.push(header);
  for (const [k, m] of s.byKind) out.push(metricsRow(k, m));
  out.push(metricsRow('ALL', s.all));
  out.push('');
  out.push('by source');
  out.push(header);
  for (const [k, m] of s.bySource) out.push(metricsRow(k, m));
  return out.join('\n');
}
