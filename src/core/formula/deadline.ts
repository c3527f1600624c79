/**
 * The one test of a formula's wall-clock deadline. It counts the times it found
 * the deadline past, so that a report can tell whether time cut anything short
 * (analyze.ts, cutShort): a report that merely finished late, every step done,
 * stands — on a busy machine even `1 + 1 = 2` can finish after 250 ms.
 */
let passed = 0;

/** Whether `deadline` (ms since the epoch) has passed; each time it has is counted. */
export function pastDeadline(deadline: number): boolean {
  if (Date.now() <= deadline) return false;
  passed++;
  return true;
}

/** How many times a deadline was found past so far (compare two readings around a computation). */
export function deadlinesPassed(): number {
  return passed;
}
