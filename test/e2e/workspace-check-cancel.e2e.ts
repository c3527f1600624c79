/**
 * "gradexp: Check All Notes in Workspace" on a workspace that takes a while to
 * check: its notification shows the progress, and its Cancel stops the check
 * part-way (the summary says after how many notes).
 */
import { expect, test } from 'vitest';
import { pollFor } from './helpers/poll';
import { useVsCode } from './helpers/session';
import { WORK_WAIT_MS } from './helpers/waits';
import { runCommand } from './helpers/workbench';

/** Notes of identities (each tried at up to 64 random points): minutes of work in all, far more than a click takes. */
const NOTES = 200;
const note = (n: number) =>
  [`# Identities ${n}`, '', ...Array.from({ length: 300 }, (_, k) => `Line ${k}: $(a+b)^2 = a^2 + 2ab + b^2 + ${n * 1000 + k} - ${n * 1000 + k}$`)].join('\n');

const vscode = useVsCode({
  name: 'workspace-check-cancel',
  fixtures: [],
  generatedNotes: Object.fromEntries(Array.from({ length: NOTES }, (_, n) => [`identities-${String(n).padStart(3, '0')}.md`, note(n)])),
});

test('the workspace check shows its progress and its Cancel stops it part-way', async () => {
  const { page } = vscode();
  await runCommand(page, 'gradexp: Check All Notes in Workspace');
  const progress = page.locator('.notifications-toasts .notification-list-item', { hasText: 'gradexp: checking notes' }).first();
  // The progress names the note being checked: "3/200 identities-002.md".
  await pollFor('the check to be under way', async () => ((await progress.innerText().catch(() => '')).match(/\d+\/200 identities-\d{3}\.md/) ? true : undefined), WORK_WAIT_MS);
  await progress.hover(); // the toast's buttons show on hover
  await progress.getByRole('button', { name: 'Cancel' }).click();
  const summary = page.locator('.notifications-toasts .notification-list-item', { hasText: 'check cancelled after' }).first();
  const text = await pollFor('the cancelled summary', async () => ((await summary.count()) > 0 ? summary.innerText() : undefined), WORK_WAIT_MS);
  const checked = Number(/check cancelled after ([\d,]+) notes? of 200/.exec(text)?.[1]?.replace(',', ''));
  expect(checked, text).toBeLessThan(NOTES);
});
