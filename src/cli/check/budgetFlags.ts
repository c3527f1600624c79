/**
 * `check`'s note-wide budget flags, and the sentence that names them when a
 * note runs past one. The core only reports which limit stopped it; naming
 * the flag that raises it is the CLI's business.
 */
import type { NoteBudget, NotChecked } from '../../core/api/notes';
import { UsageError } from '../args';

/** Largest --max-seconds: beyond a day it is no longer a budget but a typo. */
const MAX_SECONDS = 86_400;

/** The note budget from `--max-formulas N` and `--max-seconds S` (defaults from the core when absent). */
export function parseNoteBudget(flags: Readonly<Record<string, string | true>>): NoteBudget {
  const formulas = flags['max-formulas'];
  const seconds = flags['max-seconds'];
  const budget: { maxFormulas?: number; noteTimeLimitMs?: number } = {};
  if (typeof formulas === 'string') {
    const n = Number(formulas);
    if (!/^\d+$/.test(formulas.trim()) || !Number.isSafeInteger(n) || n < 1) {
      throw new UsageError(`--max-formulas must be a whole number of formulas, at least 1, not '${formulas}'`);
    }
    budget.maxFormulas = n;
  }
  if (typeof seconds === 'string') {
    const s = Number(seconds);
    if (seconds.trim() === '' || !Number.isFinite(s) || s <= 0 || s > MAX_SECONDS) {
      throw new UsageError(`--max-seconds must be a number of seconds above 0 and at most ${MAX_SECONDS}, not '${seconds}'`);
    }
    budget.noteTimeLimitMs = s * 1000;
  }
  return budget;
}

/** The flag that raises the limit that stopped a note. */
export function budgetFlag(notChecked: NotChecked): string {
  return notChecked.limit === 'formulas' ? '--max-formulas' : '--max-seconds';
}

/** "not checked: 990000 formulas from here on; the note-wide budget of 10000 formulas was reached". */
export function notCheckedReason(notChecked: NotChecked): string {
  const what = notChecked.count === 1 ? '1 formula' : `${notChecked.count} formulas`;
  const budget =
    notChecked.limit === 'formulas' ? `${notChecked.budget} formula${notChecked.budget === 1 ? '' : 's'}` : `${notChecked.budget / 1000} s`;
  return `not checked: ${what} from here on; the note-wide budget of ${budget} was reached`;
}

/** The reason, naming the flag that raises the limit: "… was reached (raise it with --max-formulas)". */
export function notCheckedMessage(notChecked: NotChecked): string {
  return `${notCheckedReason(notChecked)} (raise it with ${budgetFlag(notChecked)})`;
}
