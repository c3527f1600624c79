/** The panel's update pacing: small notes as before (50 ms), big ones in proportion to what the webview rebuilds. */
import { describe, expect, it } from 'vitest';
import { MAX_UPDATE_INTERVAL_MS, nextUpdateDelay, panelUpdateInterval, UPDATE_COALESCE_MS } from '../../src/extension/panel/panelPacing';

describe('panelUpdateInterval', () => {
  it('keeps the 50 ms coalescing for ordinary notes', () => {
    expect(panelUpdateInterval(5, 27)).toBe(UPDATE_COALESCE_MS); // the shipped example note
    expect(panelUpdateInterval(10, 80)).toBe(UPDATE_COALESCE_MS);
    expect(panelUpdateInterval(0, 0)).toBe(UPDATE_COALESCE_MS);
  });
  it('grows with cards and formula rows, up to a cap', () => {
    const mid = panelUpdateInterval(50, 500);
    expect(mid).toBeGreaterThan(UPDATE_COALESCE_MS);
    expect(panelUpdateInterval(200, 2000)).toBeGreaterThan(mid);
    expect(panelUpdateInterval(200, 2000)).toBeGreaterThanOrEqual(2000); // the browser took 2–3 s to rebuild that panel
    expect(panelUpdateInterval(5000, 100_000)).toBe(MAX_UPDATE_INTERVAL_MS);
  });
});

describe('panelUpdateInterval for patches', () => {
  it('lets a patch of a few cards flow at the ordinary pace, and paces one that re-renders thousands of rows', () => {
    expect(panelUpdateInterval(1, 0)).toBe(UPDATE_COALESCE_MS); // one finished run
    expect(panelUpdateInterval(2, 20)).toBe(UPDATE_COALESCE_MS); // a re-check that changed a section's formulas
    expect(panelUpdateInterval(0, 2000)).toBeGreaterThanOrEqual(2000); // a `$` that re-paired every formula after it
  });
});

describe('nextUpdateDelay', () => {
  it('waits the coalescing window at least, and the rest of the interval since the last update', () => {
    expect(nextUpdateDelay(1000, undefined, 2000)).toBe(UPDATE_COALESCE_MS);
    expect(nextUpdateDelay(1000, 900, 2000)).toBe(1900);
    expect(nextUpdateDelay(5000, 900, 2000)).toBe(UPDATE_COALESCE_MS);
    expect(nextUpdateDelay(1000, 990, 50)).toBe(UPDATE_COALESCE_MS);
  });
});
