/** The bounded memo of a side's rewritten text (src/core/formula/read/textMemo.ts). */
import { describe, expect, it } from 'vitest';
import { TextMemo } from '../../src/core/formula/read/textMemo';

describe('TextMemo', () => {
  it('rewrites each text once and hands back the same rewriting', () => {
    const seen: string[] = [];
    const memo = new TextMemo((latex) => {
      seen.push(latex);
      return latex.toUpperCase();
    });
    expect(memo.of('ab')).toBe('AB');
    expect(memo.of('cd')).toBe('CD');
    expect(memo.of('ab')).toBe('AB');
    expect(seen).toEqual(['ab', 'cd']);
  });

  it('forgets every text when full, and when cleared, then rewrites again', () => {
    const seen: string[] = [];
    const memo = new TextMemo((latex) => {
      seen.push(latex);
      return `${latex}!`;
    }, 2);
    memo.of('a');
    memo.of('b');
    memo.of('c'); // full: a and b forgotten
    memo.of('a');
    memo.clear();
    expect(memo.of('c')).toBe('c!');
    expect(seen).toEqual(['a', 'b', 'c', 'a', 'c']);
  });

  it('keeps an empty rewriting too', () => {
    let calls = 0;
    const memo = new TextMemo(() => {
      calls++;
      return '';
    });
    expect(memo.of('x')).toBe('');
    expect(memo.of('x')).toBe('');
    expect(calls).toBe(1);
  });

  it('remembers any value of the text, undefined too', () => {
    let calls = 0;
    const memo = new TextMemo<number | undefined>((latex) => {
      calls++;
      return /\d/.test(latex) ? Number(latex) : undefined;
    });
    expect(memo.of('x')).toBeUndefined();
    expect(memo.of('x')).toBeUndefined();
    expect(memo.of('12')).toBe(12);
    expect(memo.of('12')).toBe(12);
    expect(calls).toBe(2);
  });
});
