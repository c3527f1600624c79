/**
 * One claim of each kind in a real VS Code: an identity that holds and one that
 * fails, an ambiguous log, quantities with units (converted, and of different
 * dimensions), a rounded number and a wrong one. The hover names what decided
 * each verdict, Problems lists only the two fails, the quick fix is offered for
 * the numeric fail only, and the panel shows the same detail under each badge.
 * Problems comes first (it waits for the note's analysis); the quick fix runs last
 * (it edits the note).
 * Expected values come from arithmetic a reader can redo, or from the fixture.
 */
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { fixtureText, formulasOutsideCode, noteFileName, positionOf } from './helpers/notes';
import { pollFor } from './helpers/poll';
import { useVsCode, type VsCodeSession } from './helpers/session';
import { WORK_WAIT_MS } from './helpers/waits';
import { applyQuickFix, editorLine, frameWith, goToLine, hoverOver, openFile, problemLabels, quickFixTitles, runCommand } from './helpers/workbench';

const NOTE = 'verdicts.md';
const text = fixtureText(NOTE);

const IDENTITY_HOLDS = String.raw`\tanh(x) = 2\sigma(2x) - 1`;
const IDENTITY_FAILS = String.raw`\sigma'(x) = \sigma(x)(1+\sigma(x))`;
const AMBIGUOUS = String.raw`\log(1024) = 10`;
const KIB = String.raw`1\,\text{KiB} = 1024\,\text{B}`;
const BANDWIDTH = String.raw`2 \cdot 160 \textrm{MB} / (3 \cdot 18 \textrm{GB/s}) \approx 6 \textrm{ms}`;
const MISMATCH = String.raw`1\,\text{GB} = 1\,\text{s}`;
const ROUNDED = String.raw`\sqrt{0.2 \times 0.37} = 0.272`;
const NUMERIC_FAILS = String.raw`0.9^{50} \approx 0.05`;

const vscode = useVsCode({ name: 'verdicts', fixtures: [NOTE] });

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Rests the mouse on `onText` inside the formula `formula` and returns the hover once it shows
 * `verdict` (the first hover may come before the note's analysis has finished).
 */
async function hoverFormula(session: VsCodeSession, formula: string, onText: string, verdict: string): Promise<Locator> {
  const at = positionOf(text, formula);
  await goToLine(session.page, at.line);
  const hover = await hoverOver(session.page, formula, onText);
  await expect.poll(() => hover.innerText(), { timeout: WORK_WAIT_MS }).toContain(verdict);
  return hover;
}

async function closeHover(session: VsCodeSession, hover: Locator): Promise<void> {
  await session.page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden' });
}

test('Problems lists the two fails as Warnings and nothing for the other verdicts', async () => {
  const { page } = vscode();
  await openFile(page, noteFileName(NOTE));
  const markers = async () => (await problemLabels(page)).filter((l) => /^(Error|Warning|Info)/.test(l));
  const listed = await pollFor('two claim warnings in Problems', async () => {
    const found = await markers();
    return found.filter((l) => l.includes('claim fails')).length >= 2 ? found : undefined;
  }, WORK_WAIT_MS);
  expect(listed).toHaveLength(2);
  const [identity, numeric] = listed as [string, string];
  expect(identity).toMatch(/^Warning/);
  expect(identity).toContain("claim fails: \\sigma'(x) = \\sigma(x)(1+\\sigma(x)) fails at x = ");
  expect(identity).toContain(`line ${positionOf(text, IDENTITY_FAILS).line}`);
  expect(numeric).toMatch(/^Warning/);
  expect(numeric).toContain('claim fails: 0.9^{50} = 0.0051538, not ≈ 0.05');
  expect(numeric).toContain(`line ${positionOf(text, NUMERIC_FAILS).line}`);
});

test('the hover names what decided each verdict', async () => {
  const session = vscode();
  const { page } = session;
  await openFile(page, noteFileName(NOTE));

  const holds = await hoverFormula(session, IDENTITY_HOLDS, 'tanh', 'claim holds ✓');
  const holdsText = await holds.innerText();
  expect(holdsText).toContain('holds ✓ at 64 random points (σ as defined earlier)');
  expect(holdsText).not.toContain('holds ✓ holds');
  expect(holdsText).not.toContain('symbolic'); // no table of sides that have no value
  await closeHover(session, holds);

  const fails = await hoverFormula(session, IDENTITY_FAILS, "\\sigma'(x)", 'claim fails ✗');
  await session.screenshotOf('hover-identity-fails', fails, editorLine(page, IDENTITY_FAILS));
  const counter = /fails ✗ at x = (-?[\d.]+): (-?[\d.]+) vs (-?[\d.]+) \(σ as defined earlier\)/.exec(await fails.innerText());
  expect(counter, await fails.innerText()).not.toBeNull();
  // The counter-example is one a reader can redo: σ'(x) = σ(x)(1 − σ(x)), against the note's σ(x)(1 + σ(x)).
  expect(await fails.innerText()).toContain("Read as: σ′(x) = σ(x)(1 + σ(x))");
  const [x, left, right] = counter!.slice(1).map(Number) as [number, number, number];
  expect(left).toBeCloseTo(sigmoid(x) * (1 - sigmoid(x)), 3);
  expect(right).toBeCloseTo(sigmoid(x) * (1 + sigmoid(x)), 2);
  await closeHover(session, fails);

  const ambiguous = await hoverFormula(session, AMBIGUOUS, '1024', 'claim ambiguous ?');
  await session.screenshotOf('hover-ambiguous', ambiguous, editorLine(page, AMBIGUOUS));
  const ambiguousText = await ambiguous.innerText();
  expect(ambiguousText).toContain('ambiguous: holds if \\log is base 2, fails as read by default');
  expect(ambiguousText).toContain('computed 6.9315'); // ln 1024 = 10 ln 2 = 6.93147 (the editor shows 5 digits)
  expect(ambiguousText).toContain('log-base: 2');
  await closeHover(session, ambiguous);

  const kib = await hoverFormula(session, KIB, 'KiB', 'claim holds ✓');
  expect(await kib.innerText()).toContain('holds ✓ 1024 B = 1024 B');
  await closeHover(session, kib);

  const bandwidth = await hoverFormula(session, BANDWIDTH, '160', 'claim holds ✓');
  await session.screenshotOf('hover-units', bandwidth, editorLine(page, BANDWIDTH));
  const bandwidthText = await bandwidth.innerText();
  // 2 · 160 MB / (3 · 18 GB/s) = 320 / 54 ms = 5.926 ms, which rounds to the 6 ms written.
  expect(bandwidthText).toContain('holds ✓ 5.926 ms ≈ 6 ms');
  expect(bandwidthText).not.toContain('rounds to'); // the two quantities once, not again in a sentence
  expect(bandwidthText).not.toContain('Read as');
  await closeHover(session, bandwidth);

  const mismatch = await hoverFormula(session, MISMATCH, 'GB', 'dimensions differ ✗');
  expect(await mismatch.innerText()).toContain('dimensions differ ✗: data size (bytes) vs time (s)');
  await closeHover(session, mismatch);

  const rounded = await hoverFormula(session, ROUNDED, 'sqrt', 'claim holds ✓');
  const roundedText = await rounded.innerText();
  expect(roundedText).toContain('holds ✓ as rounded to 3 significant digits'); // √0.074 = 0.27203
  expect(roundedText).toContain('computed 0.27203');
  await closeHover(session, rounded);

  const numeric = await hoverFormula(session, NUMERIC_FAILS, '0.9', 'claim fails ✗');
  expect(await numeric.innerText()).toContain('computed 0.0051538'); // 0.9⁵⁰ = 0.00515378
  await closeHover(session, numeric);
});

test('the panel shows each verdict with what decided it', async () => {
  const session = vscode();
  const { page } = session;
  await openFile(page, noteFileName(NOTE));
  await runCommand(page, 'gradexp: Show Results Panel');
  const frame = await frameWith(page, '.formula-list', WORK_WAIT_MS);
  const formulas = formulasOutsideCode(text);
  await expect.poll(() => frame.locator('.formula-list > li').count(), { timeout: WORK_WAIT_MS }).toBe(formulas.length);
  const rows = await frame.locator('.formula-list > li').evaluateAll((items) =>
    items.map((li) => [
      li.querySelector('.verdict')?.textContent ?? '',
      li.querySelector('.formula-detail')?.textContent ?? null,
    ]),
  );
  const row = (formula: string) => rows[formulas.indexOf(formula)];
  expect(row(IDENTITY_HOLDS)).toEqual(['holds ✓', 'at 64 random points (σ as defined earlier)']);
  expect(row(IDENTITY_FAILS)![0]).toBe('fails ✗');
  expect(row(IDENTITY_FAILS)![1]).toMatch(/^at x = -?[\d.]+: [\d.]+ vs [\d.]+ \(σ as defined earlier\)$/);
  expect(row(AMBIGUOUS)).toEqual(['ambiguous ?', 'holds if \\log is base 2, fails as read by default']);
  expect(row(KIB)).toEqual(['holds ✓', '1024 B = 1024 B']);
  expect(row(BANDWIDTH)).toEqual(['holds ✓', '5.926 ms ≈ 6 ms']);
  expect(row(MISMATCH)).toEqual(['dimensions differ ✗', 'data size (bytes) vs time (s)']);
  expect(row(ROUNDED)).toEqual(['holds ✓', 'as rounded to 3 significant digits']);
  expect(row(NUMERIC_FAILS)).toEqual(['fails ✗ (off by 90%)', null]); // |0.0051538 − 0.05| / 0.05 = 0.897
  // Every formula drawn by KaTeX, with its fonts loaded (until then KaTeX's glyphs are invisible), and the Problems panel out of the way.
  expect(await frame.locator('.formula-list > li .katex').count()).toBe(formulas.length);
  // Polled from outside: the webview's CSP forbids eval, which a string predicate for waitForFunction needs once it must wait.
  await expect.poll(() => frame.locator('.formula-list').evaluate((list) => list.ownerDocument.fonts.status), { timeout: WORK_WAIT_MS }).toBe('loaded');
  await runCommand(page, 'View: Hide Panel');
  await page.locator('.markers-panel').waitFor({ state: 'hidden' });
  await session.screenshotOf('panel-verdicts', frame.locator('section.formulas'));
});

test('the quick fix is offered for the numeric fail only', async () => {
  const { page } = vscode();
  await openFile(page, noteFileName(NOTE));
  await pollFor('the claim warnings in Problems', async () =>
    ((await problemLabels(page)).filter((l) => l.includes('claim fails')).length >= 2 ? true : undefined), WORK_WAIT_MS);
  const inside = async (formula: string, part: string) => {
    const at = positionOf(text, formula);
    await goToLine(page, at.line, at.column + formula.indexOf(part) + 1);
  };

  // First the numeric fail, which proves the provider answers: its fix writes 0.9⁵⁰ = 0.0051538 to the one digit written.
  await inside(NUMERIC_FAILS, '0.05');
  await applyQuickFix(page, 'Write the computed value 0.005');
  await editorLine(page, '0.9^{50} \\approx 0.005$').waitFor();
  await pollFor('the numeric warning to leave Problems', async () =>
    ((await problemLabels(page)).some((l) => l.includes('0.9^{50}')) ? undefined : true), WORK_WAIT_MS);

  // The identity fail is still listed, but a computed value cannot be written over an expression.
  // Nor for the other verdicts, which have no Warning at all.
  for (const [formula, part] of [[IDENTITY_FAILS, '(1+'], [AMBIGUOUS, '= 10'], [MISMATCH, '\\text{s}'], [BANDWIDTH, '6 \\textrm']] as const) {
    await inside(formula, part);
    const titles = await quickFixTitles(page);
    expect(titles.filter((t) => t.startsWith('Write the computed value')), `${formula}: ${titles.join(' | ')}`).toEqual([]);
  }
});
