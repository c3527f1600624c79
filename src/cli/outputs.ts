import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BlockRun } from '../core/api/notes';
import { UsageError } from './args';
import { openProblem } from './io';
import { loadFormulaCommands } from './lazyFormulas';
import { rasterizeSvg } from './png';

/** What `--format` may ask for. */
export type OutputFormat = 'svg' | 'png' | 'html';

/** Everything needed to write one note's outputs. */
export interface OutputRequest {
  readonly file: string;
  readonly note: string;
  readonly runs: readonly BlockRun[];
  readonly outDir: string;
  /** Where this note's outputs go inside outDir, without extension (from outputStems). */
  readonly stem: string;
  readonly format: OutputFormat;
  readonly chart: (run: BlockRun) => string;
}

/**
 * Folders of the kernel's and devices' pseudo file systems: nothing to write
 * there, and Node's recursive mkdir never returns on some /proc paths.
 */
const SYSTEM_FOLDERS = ['/proc', '/sys'];

/**
 * Check and create the `--out` folder before anything runs, so a bad target is
 * a usage error (exit 2) rather than an internal error after the results were
 * printed. Missing folders are made one level at a time (never Node's recursive
 * mkdir, which can spin on pseudo file systems). Returns the absolute path.
 */
export function prepareOutDir(out: string): string {
  const abs = path.resolve(out);
  const missing: string[] = [];
  let existing = abs;
  let stat: fs.Stats | undefined;
  for (;;) {
    try {
      stat = fs.statSync(existing);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new UsageError(`--out '${out}': ${openProblem(e as NodeJS.ErrnoException)}`);
    }
    const up = path.dirname(existing);
    if (up === existing) throw new UsageError(`--out '${out}': no existing folder above it`);
    missing.unshift(path.basename(existing));
    existing = up;
  }
  const real = fs.realpathSync(existing);
  const system = SYSTEM_FOLDERS.find((f) => isUnder(real, f));
  if (path.sep === '/' && system) throw new UsageError(`--out '${out}' is inside ${system}, a system folder; choose a folder of your own`);
  if (!stat.isDirectory()) {
    throw new UsageError(existing === abs ? `--out '${out}' is not a folder` : `--out '${out}': '${existing}' is not a folder`);
  }
  let dir = existing;
  for (const name of missing) {
    dir = path.join(dir, name);
    try {
      fs.mkdirSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(dir).isDirectory()) {
        throw new UsageError(`--out '${out}': cannot create '${dir}': ${openProblem(e as NodeJS.ErrnoException)}`);
      }
    }
  }
  try {
    fs.accessSync(abs, fs.constants.W_OK);
  } catch {
    throw new UsageError(`--out '${out}' is not writable`);
  }
  return abs;
}

/**
 * Where each note's outputs go inside --out, without extension: the note's path
 * relative to the folder holding all the notes given, less its extension. One
 * note, or notes of one folder, keep the plain `NOTE` name; `week1/index.md` and
 * `week2/index.md` become `week1/index` and `week2/index`, so neither overwrites
 * the other. Names still alike (`a.md` and `a.markdown`) get `-2`, `-3`, … in
 * the order the notes were given; the same note given twice keeps one name.
 */
export function outputStems(files: readonly string[], cwd = process.cwd()): string[] {
  const abs = files.map((f) => path.resolve(cwd, f));
  const common = abs.map((f) => path.dirname(f)).reduce(commonFolder);
  const byFile = new Map<string, string>();
  const taken = new Set<string>();
  return abs.map((file) => {
    const known = byFile.get(file);
    if (known !== undefined) return known;
    const { dir, name } = path.parse(path.relative(common, file));
    const base = [...(dir ? dir.split(path.sep) : []), name].join('/');
    let stem = base;
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    // Lower-cased: on a case-insensitive disk `Index` and `index` are one file.
    taken.add(stem.toLowerCase());
    byFile.set(file, stem);
    return stem;
  });
}

/** Whether native absolute `file` is `folder` or lies under it. */
function isUnder(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** The deepest folder holding both absolute folders `a` and `b`. */
function commonFolder(a: string, b: string): string {
  let c = a;
  while (!isUnder(b, c) && path.dirname(c) !== c) c = path.dirname(c);
  return c;
}

/**
 * Write charts (one file per block that ran) or one HTML report per note.
 * Names derive from the note's stem and the block's line, so re-runs overwrite
 * rather than pile up. Returns the paths written.
 */
export async function writeOutputs(req: OutputRequest): Promise<string[]> {
  const base = path.join(req.outDir, ...req.stem.split('/'));
  // Inside the checked --out folder, so a recursive mkdir is safe here.
  fs.mkdirSync(path.dirname(base), { recursive: true });
  const ran = req.runs.filter((r) => r.series.length > 0);
  if (req.format === 'html') {
    const { reportFormulas, renderHtmlReport } = await loadFormulaCommands();
    const { formulas, notChecked } = await reportFormulas(req.note);
    const charts = req.runs.map((r) => (r.series.length ? req.chart(r) : ''));
    const html = renderHtmlReport({ file: req.file, runs: req.runs, charts, formulas, formulasNotChecked: notChecked });
    const target = `${base}.html`;
    fs.writeFileSync(target, html);
    return [target];
  }
  const written: string[] = [];
  for (const run of ran) {
    const svg = req.chart(run);
    const target = `${base}-line${run.line}.${req.format}`;
    fs.writeFileSync(target, req.format === 'png' ? rasterizeSvg(svg) : svg);
    written.push(target);
  }
  return written;
}
