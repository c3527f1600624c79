/** A burst of requests per key acts once per window; keys are independent; dispose cancels. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../../src/extension/diagnostics/coalescer';

describe('Coalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('acts once for a burst, once per key, and again for a later burst', () => {
    const acted: string[] = [];
    const c = new Coalescer(100, (k) => acted.push(k));
    for (let i = 0; i < 200; i++) c.schedule('a');
    c.schedule('b');
    vi.advanceTimersByTime(99);
    expect(acted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(acted.sort()).toEqual(['a', 'b']);
    c.schedule('a');
    vi.advanceTimersByTime(100);
    expect(acted.filter((k) => k === 'a')).toHaveLength(2);
  });

  it('does nothing after dispose', () => {
    const acted: string[] = [];
    const c = new Coalescer(50, (k) => acted.push(k));
    c.schedule('a');
    c.dispose();
    vi.advanceTimersByTime(1000);
    expect(acted).toEqual([]);
  });
});
