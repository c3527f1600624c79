/**
 * What the editor adds around the checker: a gradexp fence highlighted as
 * YAML (its tokens carry YAML's scopes), "gradexp: Check All Notes in
 * Workspace" (a note never opened gets its fails in Problems; a note hidden by
 * files.exclude and one over gradexp.maxNoteSize are not checked), the status
 * bar's tallies of the active note, and the hover's rendered formula.
 * Expected values come from the fixtures (helpers/notes.ts reads them).
 */
import { expect, test } from 'vitest';
import { fixtureText, positionOf } from './helpers/notes';
import { pollFor } from './helpers/poll';
import { useVsCode } from './helpers/session';
import { STUDY_NOTE } from './helpers/steps';
import { WORK_WAIT_MS } from './helpers/waits';
import { editorLine, goToLine, hoverOver, openFile, problemLabels, runCommand, setColorTheme } from './helpers/workbench';

/** Never opened in this session: the workspace check alone can list its fails. */
const CLOSED_NOTE = 'verdicts.md';
/** Hidden by files.exclude, with a claim that fails: must not be listed. */
const EXCLUDED_NOTE = 'draft-excluded.md';
/** Over the session's gradexp.maxNoteSize (0.1 MB): not analysed, one Information says why. */
const LARGE_NOTE = 'large-note.md';
const largeNote = `# Large\n\n${'Padding prose with a false claim $3 + 3 = 7$ on every line.\n'.repeat(4000)}`;

const vscode = useVsCode({
  name: 'editor-polish',
  fixtures: [STUDY_NOTE, CLOSED_NOTE],
  generatedNotes: { [EXCLUDED_NOTE]: '# Draft\n\nNot ready: $2 + 2 = 5$.\n', [LARGE_NOTE]: largeNote },
  settings: { 'files.exclude': { '**/draft-*.md': true }, 'gradexp.maxNoteSize': 0.1 },
});

const study = fixtureText(STUDY_NOTE);

/** The text of the "Inspect Editor Tokens and Scopes" widget for the character at a 1-based line and column. */
async function tokenScopesAt(line: number, column: number): Promise<string> {
  const { page } = vscode();
  await goToLine(page, line, column);
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  // The widget first shows "Loading…", then the token's language and TextMate scopes.
  const text = await pollFor('the token inspector', async () => {
    const t = await widget.innerText().catch(() => '');
    return t.includes('textmate scopes') ? t : undefined;
  }, WORK_WAIT_MS);
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden' });
  return text;
}

test('a gradexp fence is highlighted as YAML, and prose is not', async () => {
  const { page } = vscode();
  await openFile(page, STUDY_NOTE);
  const key = positionOf(study, 'experiment: power');
  const scopes = await tokenScopesAt(key.line, key.column + 2);
  expect(scopes).toContain('entity.name.tag.yaml');
  expect(scopes).toContain('meta.embedded.block.gradexp');
  expect(scopes).toMatch(/language\s*yaml/);
  const value = await tokenScopesAt(key.line, key.column + 'experiment: '.length + 1);
  expect(value).toMatch(/string\.unquoted\.[\w.]*yaml/);
  expect(value).toContain('meta.embedded.block.gradexp');
  const prose = positionOf(study, 'Study note on D2L');
  const proseScopes = await tokenScopesAt(prose.line, prose.column + 1);
  expect(proseScopes).not.toContain('yaml');
  expect(proseScopes).toContain('text.html.markdown');
  await goToLine(page, key.line - 8);
  const before = editorLine(page, 'and on the other side');
  await before.waitFor();
  await vscode().screenshotOf('fence-yaml', before, editorLine(page, 'dtype: fp16'), editorLine(page, "fp16's largest finite"));
});

test('Check All Notes in Workspace lists the fails of a note that is not open, and leaves excluded and oversized notes alone', async () => {
  const session = vscode();
  const { page } = session;
  await openFile(page, STUDY_NOTE);
  await runCommand(page, 'gradexp: Check All Notes in Workspace');
  const summary = page.locator('.notifications-toasts .notification-list-item', { hasText: 'gradexp checked' });
  const summaryText = await pollFor('the workspace check to finish', async () => ((await summary.count()) > 0 ? summary.first().innerText() : undefined), WORK_WAIT_MS);
  // verdicts.md checked; the study note is open; the large note skipped; the draft never found.
  expect(summaryText).toContain('gradexp checked 1 note: 2 claims fail in 1 note; 1 open note is checked live; 1 note over gradexp.maxNoteSize or the block limit was skipped.');
  const labels = await problemLabels(page);
  const closed = fixtureText(CLOSED_NOTE);
  const numeric = labels.find((l) => l.includes('claim fails: 0.9^{50} = 0.0051538, not ≈ 0.05'));
  expect(numeric, labels.join('\n')).toBeDefined();
  expect(numeric).toMatch(/^Warning/);
  expect(numeric).toContain(`line ${positionOf(closed, '0.9^{50}').line}`);
  expect(labels.some((l) => l.includes("claim fails: \\sigma'(x) = \\sigma(x)(1+\\sigma(x)) fails at x = "))).toBe(true);
  expect(labels.some((l) => l.includes(CLOSED_NOTE))).toBe(true);
  expect(labels.some((l) => l.includes('2 + 2'))).toBe(false);
  expect(labels.some((l) => l.includes('3 + 3'))).toBe(false);
  expect(labels.some((l) => l.includes('this note is 0.2 MB; gradexp analyses notes of up to 0.1 MB'))).toBe(true);
  await session.screenshotOf('workspace-check', page.locator('.markers-panel'), summary.first());
});

test('the status bar counts the active note’s claims and opens Problems; opening a checked note hands it to the live check', async () => {
  const session = vscode();
  const { page } = session;
  await openFile(page, CLOSED_NOTE);
  // σ's definition, the tanh identity, KiB, the bandwidth, the rounded root hold; σ′ and 0.9⁵⁰ fail; the ambiguous log and GB = s are undecided.
  const item = page.locator('.statusbar-item', { has: page.locator('[aria-label^="gradexp: in this note"]') }).first();
  const label = page.locator('[aria-label^="gradexp: in this note"]').first();
  await expect.poll(() => label.getAttribute('aria-label'), { timeout: WORK_WAIT_MS }).toContain('5 claims hold, 2 claims fail, 2 claims not checked');
  await runCommand(page, 'View: Hide Panel');
  await page.locator('.markers-panel').waitFor({ state: 'hidden' });
  // Its tooltip says the same in words.
  await label.hover();
  const tooltip = page.locator('.monaco-hover:not(.hidden)', { hasText: 'claims hold' }).first();
  await tooltip.waitFor();
  await session.screenshotOf('status-bar', item, tooltip);
  await page.mouse.move(700, 300);
  await label.click();
  await page.locator('.markers-panel').waitFor();
  // The workspace check's entry gave way to the live one: each fail is listed once.
  await expect.poll(async () => (await problemLabels(page)).filter((l) => l.includes('0.9^{50}')).length, { timeout: WORK_WAIT_MS }).toBe(1);
});

/** The formula images of a hover: alt text, data: URI, drawn size in CSS px. */
async function hoverImages(hover: import('playwright-core').Locator) {
  const imgs = hover.locator('img[src^="data:image/svg+xml"]');
  // Each image decoded (naturalWidth > 0 only once the browser has drawn the SVG).
  await expect.poll(() => imgs.evaluateAll((els) => els.length > 0 && els.every((el) => (el as unknown as { complete: boolean; naturalWidth: number }).complete && (el as unknown as { naturalWidth: number }).naturalWidth > 0)), { timeout: WORK_WAIT_MS }).toBe(true);
  return imgs.evaluateAll((els) =>
    els.map((el) => {
      const img = el as unknown as { alt: string; src: string; getBoundingClientRect(): { width: number; height: number } };
      const box = img.getBoundingClientRect();
      return { alt: img.alt, src: img.src, width: box.width, height: box.height };
    }),
  );
}

const svgOf = (src: string) => Buffer.from(src.slice(src.indexOf(',') + 1), 'base64').toString('utf8');

test('the hover shows the formula and each side drawn, in the theme’s text colour, above the values table', async () => {
  const session = vscode();
  const { page } = session;
  await openFile(page, STUDY_NOTE);
  const formula = String.raw`1.5^{100} \approx 4 \times 10^{17}`;
  await goToLine(page, positionOf(study, formula).line);
  const hover = await hoverOver(page, formula, '100');
  await expect.poll(() => hover.innerText(), { timeout: WORK_WAIT_MS }).toContain('claim holds');
  const light = await hoverImages(hover);
  // The formula under the heading, then its two sides in the table's first column.
  expect(light.map((i) => i.alt)).toEqual([formula, '1.5^{100}', String.raw`4 \times 10^{17}`]);
  // Drawn at the editor's font size (14 px): a line of math is about one to two ems high.
  for (const image of light) {
    expect(image.height, image.alt).toBeGreaterThan(10);
    expect(image.height, image.alt).toBeLessThan(40);
  }
  expect(svgOf(light[0]!.src)).toContain('fill="#3b3b3b"');
  expect(await hover.locator('table').innerText()).toMatch(/4\.06\d*/); // the values table stays: 1.5^100 = 4.0656e17
  await session.screenshotOf('hover-rendered', hover, editorLine(page, formula));
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden' });

  await setColorTheme(page, 'Default Dark Modern');
  const dark = await hoverOver(page, formula, '100');
  await expect.poll(() => dark.innerText(), { timeout: WORK_WAIT_MS }).toContain('claim holds');
  const drawnDark = await hoverImages(dark);
  expect(svgOf(drawnDark[0]!.src)).toContain('fill="#cccccc"');
  await session.screenshotOf('hover-rendered-dark', dark, editorLine(page, formula));
  await page.keyboard.press('Escape');
  await setColorTheme(page, 'Default Light Modern');
});
