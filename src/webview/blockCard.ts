/**
 * One card of the panel: a block's title and settings, its status and Run
 * button, the chart, the run's summary and errors, the formulas that explain
 * the experiment, and the export buttons.
 */
import { experimentFormulas } from '../shared/experimentFormulas';
import type { PanelBlock } from '../shared/panelModel';
import { actionButton, h } from './dom';
import { renderMath } from './math';
import { importChartSvg } from './svgImport';

/** The DOM id of a block's card, so a status update can replace just that card. */
export function cardId(index: number): string {
  return `block-${index}`;
}

function formatElapsed(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** The words a status badge shows. */
export function statusText(block: PanelBlock): string {
  switch (block.status) {
    case 'idle':
      return 'not run yet';
    case 'running':
      return 'running…';
    case 'done':
      return block.elapsedMs === undefined ? 'done' : `ran ${formatElapsed(block.elapsedMs)}`;
    case 'error':
      return 'error';
    case 'cancelled':
      return 'cancelled';
  }
}

/** A card's header: title (reveals the block), experiment · dtype · line, status and Run button. */
export function cardHeader(block: PanelBlock): HTMLElement {
  const titleId = `${cardId(block.index)}-title`;
  const title = block.title.trim() || `Block ${block.index + 1}`;
  const reveal = actionButton(title, 'reveal', { line: block.line }, {
    class: 'link',
    title: `Go to line ${block.line} in the note`,
  });
  return h(
    'header',
    { class: 'card-header' },
    h(
      'div',
      { class: 'card-heading' },
      h('h2', { id: titleId }, reveal),
      h('p', { class: 'meta' }, `${block.experiment} · ${block.dtype} · line ${block.line}`),
    ),
    h('span', { class: `status status-${block.status}`, role: 'status' }, statusText(block)),
    actionButton(block.status === 'running' ? 'Running…' : '▶ Run', 'run', { index: block.index }, {
      class: 'primary',
      'aria-label': `Run experiment "${title}"`,
    }),
  );
}

function chart(block: PanelBlock): HTMLElement | null {
  if (!block.svg) {
    if (block.status === 'error') return null;
    const hint = block.status === 'running' ? 'Running the experiment…' : 'Run the experiment to see its chart.';
    return h('p', { class: 'chart-placeholder' }, hint);
  }
  const label = `Chart: ${block.title || `block ${block.index + 1}`}`;
  const svg = importChartSvg(block.svg, `b${block.index}-`, label);
  if (svg instanceof Error) return h('p', { class: 'error-text' }, `Cannot show the chart: ${svg.message}`);
  const figure = h('figure', { class: 'chart' });
  figure.appendChild(svg);
  return figure;
}

function errors(block: PanelBlock): HTMLElement | null {
  if (!block.errors?.length) return null;
  const items = block.errors.map((e) =>
    h(
      'li',
      {},
      actionButton(`line ${e.line}:${e.column}`, 'reveal', { line: e.line }, { class: 'link location' }),
      ` — ${e.message}`,
    ),
  );
  return h('ul', { class: 'errors', 'aria-label': 'Errors in this block' }, ...items);
}

function summary(block: PanelBlock): HTMLElement | null {
  if (!block.summary?.length) return null;
  return h('ul', { class: 'summary', 'aria-label': 'Summary' }, ...block.summary.map((line) => h('li', {}, line)));
}

function explanation(block: PanelBlock): HTMLElement | null {
  const formulas = block.formulas?.length ? block.formulas : experimentFormulas(block.experiment);
  if (formulas.length === 0) return null;
  const items = formulas.map((latex) => {
    const item = h('div', { class: 'explain-formula' });
    renderMath(item, latex, true);
    return item;
  });
  return h(
    'details',
    // Open beside a chart it explains; folded on a card that only has errors to show.
    { class: 'explain', open: Boolean(block.svg) },
    h('summary', {}, `What ${block.experiment} computes`),
    ...items,
  );
}

function exportActions(block: PanelBlock): HTMLElement | null {
  if (!block.svg) return null;
  const data = { index: block.index };
  return h(
    'div',
    { class: 'export', role: 'group', 'aria-label': 'Export the chart' },
    h('span', { class: 'export-label' }, 'Export'),
    actionButton('SVG', 'export', { ...data, format: 'svg' }, { 'aria-label': 'Export the chart as SVG' }),
    actionButton('PNG', 'export', { ...data, format: 'png' }, { 'aria-label': 'Export the chart as PNG' }),
    actionButton('Save next to note', 'saveNextToNote', { ...data, format: 'png' }, {
      title: 'Save a PNG beside the note and insert a Markdown image link after the block',
    }),
  );
}

/** The card element for one block. */
export function blockCard(block: PanelBlock): HTMLElement {
  const id = cardId(block.index);
  return h(
    'section',
    { class: `card card-${block.status}`, id, 'aria-labelledby': `${id}-title`, 'aria-busy': block.status === 'running' },
    cardHeader(block),
    errors(block),
    chart(block),
    summary(block),
    exportActions(block),
    explanation(block),
  );
}
