/**
 * docs/spec.md §6, "nothing is injected", in the real editor: the project's hostile notes
 * — markup in titles, keys and values, and KaTeX's known attack payloads — are
 * run, shown in the results panel, hovered and previewed in code-server. The
 * live DOM of the panel, the preview and the hover is then read
 * (helpers/domAudit.ts): no script but the page's own, no event attribute, no
 * javascript: URL, no SVG animation or embedding element; and no payload's
 * alert() ever opened a dialog. The payloads must show as text.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditElement, auditFrame, type AuditedScript, type DomAudit } from './helpers/domAudit';
import { fixtureText, gradexpFenceLines } from './helpers/notes';
import { card } from './helpers/panel';
import { useVsCode } from './helpers/session';
import { runAllBlocks } from './helpers/steps';
import { frameWith, goToLine, hoverOver, openFile, runCommand } from './helpers/workbench';
import { WORK_WAIT_MS } from './helpers/waits';

const MARKUP = 'test/fixtures/hostile/markup-in-blocks.md';
const KATEX = 'test/fixtures/hostile/katex-attacks.md';
const vscode = useVsCode({ name: 'hostile', fixtures: [MARKUP, KATEX] });

/** Messages of every dialog (alert, confirm, prompt) any frame opened. */
const dialogs: string[] = [];
beforeAll(() => {
  vscode().page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(() => expect(dialogs).toEqual([]));

/** Nothing that could act: scripts are only the page's own (`allowedScript`), the rest is absent. */
function expectInert(where: string, audit: DomAudit, allowedScript: (s: AuditedScript) => boolean = () => false): void {
  console.log(`hostile: ${where}: ${audit.elements} elements, ${audit.scripts.length} scripts (${audit.scripts.map((s) => s.src.split('/').pop()).join(', ')})`);
  expect(audit.scripts.filter((s) => !allowedScript(s)), `${where}: scripts ${JSON.stringify(audit.scripts)}`).toEqual([]);
  expect(audit.eventAttributes, `${where}: event attributes`).toEqual([]);
  expect(audit.javascriptUrls, `${where}: javascript: URLs`).toEqual([]);
  expect(audit.animations, `${where}: animation elements`).toEqual([]);
  expect(audit.embeds, `${where}: embedding elements`).toEqual([]);
  expect(dialogs, `${where}: dialogs`).toEqual([]);
}

/** The script VS Code puts into every webview document to define acquireVsCodeApi (inline, before the page's own). */
const vscodeApiScript = (s: AuditedScript) => s.src === 'inline' && s.text.startsWith('globalThis.acquireVsCodeApi = (function() {');
/** The panel's scripts: VS Code's, and ours from the extension's media with the page's nonce. */
const panelScript = (s: AuditedScript) => vscodeApiScript(s) || (s.nonce && /\/media\/dist\/panel\.js(\?|$)/.test(s.src));
/** The preview's scripts: VS Code's, and its Markdown extension's own, with the page's nonce. */
const previewScript = (s: AuditedScript) => vscodeApiScript(s) || (s.nonce && /\/extensions\/(markdown-language-features|markdown-math)\/media\//.test(s.src));

test('the audit sees each thing it looks for (a control page holding one of each)', async () => {
  const context = await vscode().page.context().browser()!.newContext();
  const control = await context.newPage();
  control.on('dialog', (d) => void d.dismiss()); // the control's own handlers may fire; they are not the editor's
  await control.setContent(
    '<p style="background:url(javascript:x)">t</p><img src=x onerror="1"><a href=" java\tscript:1" aria-label="javascript: as text">l</a>' +
      '<svg><animate attributeName="href" to="javascript:1"/><set attributeName="x" to="1"/><foreignObject></foreignObject></svg>' +
      '<iframe srcdoc="x"></iframe><script>1</script>',
  );
  const audit = await auditFrame(control.mainFrame());
  await context.close();
  expect(audit.scripts).toEqual([{ src: 'inline', nonce: false, text: '1' }]);
  expect(audit.eventAttributes).toEqual(['img[onerror]']);
  expect(audit.javascriptUrls).toEqual(['p[style]=background:url(javascript:x)', 'a[href]= java\tscript:1', 'animate[to]=javascript:1']);
  expect(audit.animations).toEqual(['animate', 'set']);
  expect(audit.embeds).toEqual(['foreignobject', 'iframe']);
});

test('markup in titles, keys and values: run, panel and preview stay inert and show the markup as text', async () => {
  const { page } = vscode();
  const frame = await runAllBlocks(vscode(), MARKUP);
  const blocks = gradexpFenceLines(fixtureText(MARKUP)).length;
  expect(await frame.locator('.card').count()).toBe(blocks);
  // The first title is shown as the text it is.
  await expect.poll(() => card(frame, 0).innerText()).toContain('<script>alert(1)</script><img src=x onerror=alert(2)>');
  expectInert('panel (markup note)', await auditFrame(frame), panelScript);
  await vscode().screenshot('hostile-panel');

  await openFile(page, 'markup-in-blocks.md');
  await runCommand(page, 'Markdown: Open Preview to the Side');
  const preview = await frameWith(page, '.gradexp-chart svg', WORK_WAIT_MS);
  await expect.poll(() => preview.locator('.gradexp-chart').count()).toBeGreaterThanOrEqual(3);
  expectInert('preview (markup note)', await auditFrame(preview), previewScript);
  await runCommand(page, 'View: Close All Editors');
});

test('KaTeX attack payloads: the panel, a hover and the preview stay inert', async () => {
  const { page } = vscode();
  await openFile(page, 'katex-attacks.md');
  await runCommand(page, 'gradexp: Show Results Panel');
  const panel = await frameWith(page, '.formula-list > li', WORK_WAIT_MS);
  await expect.poll(() => panel.locator('.formula-list > li').count()).toBeGreaterThan(20);
  expectInert('panel (KaTeX attacks)', await auditFrame(panel), panelScript);

  const line = fixtureText(KATEX).split('\n').findIndex((l) => l.includes('\\href{javascript:alert(1)}')) + 1;
  await openFile(page, 'katex-attacks.md');
  await goToLine(page, line);
  const hover = await hoverOver(page, 'alert(1)}{click}', 'click'); // the line wraps: aim at its second part
  await expect.poll(() => hover.innerText()).toContain('gradexp');
  expectInert('hover on \\href{javascript:…}', await auditElement(hover));
  await page.keyboard.press('Escape');

  // The panel closed first, so the only document with KaTeX in it is the preview's.
  await runCommand(page, 'View: Close All Editors');
  await openFile(page, 'katex-attacks.md');
  await runCommand(page, 'Markdown: Open Preview to the Side');
  const preview = await frameWith(page, '.katex', WORK_WAIT_MS);
  expectInert('preview (KaTeX attacks)', await auditFrame(preview), previewScript);
  await vscode().screenshot('hostile-preview');
});
