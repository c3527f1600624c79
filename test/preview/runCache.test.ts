import { describe, expect, it } from 'vitest';
import { PreviewRunCache } from '../../src/extension/preview/runCache';
import { sampleRun } from './fixtures';

describe('PreviewRunCache', () => {
  it('finds a run by block text regardless of line endings and trailing spaces', () => {
    const cache = new PreviewRunCache();
    const run = sampleRun();
    cache.remember('title: a  \r\ndepth: 3\r\n', run);
    expect(cache.lookup('title: a\ndepth: 3')).toBe(run);
    expect(cache.lookup('title: a\ndepth: 4')).toBeUndefined();
  });

  it('keeps the newest run of a block text', () => {
    const cache = new PreviewRunCache();
    cache.remember('x: 1', sampleRun('old'));
    cache.remember('x: 1', sampleRun('new'));
    expect(cache.lookup('x: 1')?.title).toBe('new');
    expect(cache.size).toBe(1);
  });

  it('drops the least recently used text past its capacity', () => {
    const cache = new PreviewRunCache(2);
    cache.remember('a', sampleRun('a'));
    cache.remember('b', sampleRun('b'));
    cache.lookup('a'); // a is now more recent than b
    cache.remember('c', sampleRun('c'));
    expect(cache.lookup('b')).toBeUndefined();
    expect(cache.lookup('a')?.title).toBe('a');
    expect(cache.lookup('c')?.title).toBe('c');
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('rejects a nonsensical capacity with a clear error', () => {
    expect(() => new PreviewRunCache(0)).toThrow(/positive integer/);
    expect(() => new PreviewRunCache(1.5)).toThrow(/positive integer/);
  });
});
