/** One line of the benchmark report. */
export interface BenchRow {
  readonly workload: string;
  /** Our median time in milliseconds. */
  readonly oursMs: number;
  /** What we compare against ('numpy', 'our fp32', …), or '' when nothing. */
  readonly against: string;
  readonly theirsMs?: number;
  /** The ratio the goal is stated in, and the goal itself (e.g. "≤ 2", "≥ 0.4"). */
  readonly ratio?: number;
  readonly ratioLabel?: string;
  readonly goal?: string;
  readonly met?: boolean;
  readonly note?: string;
}

const fmtMs = (ms: number | undefined): string =>
  ms === undefined ? '' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);

function cells(r: BenchRow): string[] {
  return [
    r.workload,
    fmtMs(r.oursMs),
    r.against,
    fmtMs(r.theirsMs),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)} ${r.ratioLabel ?? ''}`.trim(),
    r.goal ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    r.note ?? '',
  ];
}

const HEADER = ['workload', 'ours ms', 'against', 'their ms', 'ratio', 'goal', 'met', 'note'];

/** A fixed-width text table for the terminal. */
export function textTable(rows: readonly BenchRow[]): string {
  const all = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: string[]): string => r.map((v, c) => (c === 1 || c === 3 ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** The same table as Markdown, for docs/performance.md. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map((_, c) => (c === 1 || c === 3 ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}
