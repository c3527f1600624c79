/**
 * A formula row's verdict in the panel, as text: the badge and the line under
 * it. Pure (no DOM), so it is unit-tested beside the hover's wording.
 */
import type { PanelFormula } from './panelModel';

/** "1.6%" for errors a reader thinks of in percent, scientific notation for tiny ones. */
export function formatRelativeError(relativeError: number): string {
  if (!Number.isFinite(relativeError)) return String(relativeError);
  if (relativeError === 0) return 'exact';
  if (relativeError >= 1e-3) return `${Number((relativeError * 100).toPrecision(2))}%`;
  return `rel. error ${relativeError.toExponential(1)}`;
}

/** The verdict badge's text: holds ✓ / fails ✗ (with the relative error) / dimensions differ ✗ / ambiguous / —. */
export function verdictText(formula: PanelFormula): string {
  const error = formula.relativeError === null ? '' : ` (off by ${formatRelativeError(formula.relativeError)})`;
  switch (formula.verdict) {
    case 'holds':
      return 'holds ✓';
    case 'fails':
      return `fails ✗${error}`;
    case 'mismatch':
      return `dimensions differ ✗`;
    case 'ambiguous':
      return 'ambiguous ?';
    case 'none':
      return '—';
  }
}

/**
 * The line under a judged formula that says what the badge cannot: the points an
 * identity was tried at or its counter-example, the quantities in one unit, the
 * dimensions, the readings of an ambiguous claim, what a definition binds (the hover's wording).
 */
export function verdictDetail(formula: PanelFormula): string | null {
  if (formula.verdict === 'ambiguous') return `holds ${formula.reading ?? 'under another reading'}, fails as read by default`;
  if (!formula.reading) return null;
  return formula.reading;
}
