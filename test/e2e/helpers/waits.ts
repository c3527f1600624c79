/**
 * How long the e2e suite waits for a condition before it counts as stuck. Every wait is on a
 * condition (a selector, a text, a state, a file), so a generous bound costs nothing when things
 * go well; on a busy 2-core machine (other builds, another code-server; load 20+ was seen) the
 * workbench and the extension host can take 10–20 times as long as on an idle one. All of these are
 * multiplied by GRADEXP_TEST_TIME_SCALE (test/support/timeScale.ts).
 */
import { scaled } from '../../support/timeScale';

export { scaled } from '../../support/timeScale';

/** Any workbench condition: a row, an editor, a tab, a hover, a quick-input (Playwright's default timeout). */
export const UI_WAIT_MS = scaled(120_000);
/** Work the extension does in the background: a block's run, a note's analysis, a report file. */
export const WORK_WAIT_MS = scaled(300_000);
/** Starting code-server and Chromium and loading the workbench. */
export const START_WAIT_MS = scaled(300_000);
/**
 * One try of something a user would simply do again when the workbench did not respond
 * (the Command Palette not yet listing a command, a lens click swallowed, no Quick Fix offered).
 */
export const RETRY_AFTER_MS = scaled(20_000);
