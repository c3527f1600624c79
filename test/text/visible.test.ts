/**
 * visible(): every dangerous or invisible code point becomes a `\uXXXX`
 * escape, everything else passes untouched, and on JSON text the result is
 * still JSON that decodes to the very same values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { quoteVisible, visible } from '../../src/core/text/visible';
import { dangerousIn, isDangerous } from './dangerousCodePoints';

/** Any string, including lone surrogates and astral code points. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

/** Strings of only safe code points: letters of any script, emoji, variation selectors, marks (mostly the BMP, where the escaped ones live). */
const safeCodePoint = fc.oneof(fc.integer({ min: 0, max: 0x3000 }), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0x10ffff }));
const safeText = fc.string({
  unit: safeCodePoint.filter((cp) => !isDangerous(cp)).map((cp) => String.fromCodePoint(cp)),
  maxLength: 40,
});

describe('visible', () => {
  it('shows the terminal repro as escapes instead of acting on it', () => {
    expect(visible('\x1b[2K\rall good\x1b]0;owned\x07')).toBe('\\u001B[2K\\u000Dall good\\u001B]0;owned\\u0007');
  });

  it('makes a zero-width space and a right-to-left override visible in a key', () => {
    expect(visible('ti\u200Btle')).toBe('ti\\u200Btle');
    expect(visible('experiment\u202E')).toBe('experiment\\u202E');
  });

  it('escapes C1 controls, noncharacters, lone surrogates and tag characters per UTF-16 unit', () => {
    expect(visible('\u009B31m\u0085')).toBe('\\u009B31m\\u0085');
    expect(visible('\uFFFE\uFFFF\uFDD0')).toBe('\\uFFFE\\uFFFF\\uFDD0');
    expect(visible('a\uD800b\uDC00')).toBe('a\\uD800b\\uDC00');
    expect(visible('\u{1FFFE}\u{E0041}')).toBe('\\uD83F\\uDFFE\\uDB40\\uDC41');
  });

  it('keeps line breaks and tabs only where the context allows them; a lone CR never', () => {
    expect(visible('a\nb\tc')).toBe('a\\u000Ab\\u0009c');
    expect(visible('a\nb\tc\r\nd', { lineBreaks: true })).toBe('a\nb\tc\r\nd');
    expect(visible('over\rwrite\n', { lineBreaks: true })).toBe('over\\u000Dwrite\n');
  });

  it('leaves emoji, variation selectors, right-to-left letters and accents alone', () => {
    for (const text of ['❤️ 👍🏽 🇫🇷', 'שלום עולם', 'مرحبا', 'é ñ ü', '漢字', 'x\u{E0100}']) expect(visible(text)).toBe(text);
  });

  it('keeps a joiner where it shapes writing or an emoji, and shows it where it joins nothing', () => {
    const shaped = ['می\u200Cخواهم', 'क\u094D\u200Dष', '👩\u200D💻', '🏳\uFE0F\u200D🌈'];
    for (const text of shaped) expect(visible(text)).toBe(text);
    expect(visible('ti\u200Dtle')).toBe('ti\\u200Dtle');
    expect(visible('\u200Cdepth')).toBe('\\u200Cdepth');
    expect(visible('width\u200D')).toBe('width\\u200D');
    expect(visible('é\u200Ca')).toBe('é\\u200Ca');
  });

  it('never lets a dangerous code point through, in either mode', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(dangerousIn(visible(text))).toEqual([]);
        expect(dangerousIn(visible(text, { lineBreaks: true }), ['\n', '\t', '\r'])).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('is the identity on safe text, and applying it twice changes nothing more', () => {
    fc.assert(fc.property(safeText, (text) => visible(text) === text), { numRuns: 2000 });
    fc.assert(fc.property(anyText, (text) => visible(visible(text)) === visible(text)), { numRuns: 1000 });
  });

  it('keeps JSON valid and exact: the escapes decode to the original strings', () => {
    const value = fc.dictionary(anyText, fc.oneof(anyText, fc.array(anyText, { maxLength: 4 })), { maxKeys: 5 });
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2), (object, indent) => {
        const shown = visible(JSON.stringify(object, null, indent), { lineBreaks: true });
        expect(dangerousIn(shown, ['\n'])).toEqual([]);
        expect(JSON.parse(shown)).toEqual(object);
      }),
      { numRuns: 1000 },
    );
  });

  it('costs one regex test on long clean text and stays linear on long hostile text', () => {
    const clean = 'gradexp: a long line of ordinary text, 1.5^{100} ≈ 4e17 — ok\n'.repeat(300_000); // 18 MB
    let t = performance.now();
    expect(visible(clean, { lineBreaks: true })).toBe(clean);
    const cleanMs = performance.now() - t;
    const hostile = '\x1b[2K\u202E'.repeat(500_000); // 2.5 M characters, a third of them to escape
    t = performance.now();
    expect(visible(hostile)).toHaveLength(hostile.length + 2 * 500_000 * 5);
    const hostileMs = performance.now() - t;
    // Gross bounds: a quadratic path over 2.5 M characters would take minutes.
    expectDuration('visible() over 18 MB of clean text', cleanMs, 10_000);
    expectDuration('visible() over 2.5 M hostile characters', hostileMs, 20_000);
  });
});

describe('quoteVisible', () => {
  it('quotes and shows invisible characters', () => {
    expect(quoteVisible('ti\u200Btle')).toBe("'ti\\u200Btle'");
  });

  it('cuts long text with an ellipsis, never between the halves of a surrogate pair', () => {
    expect(quoteVisible('abcdef', 3)).toBe("'abc…'");
    expect(quoteVisible('ab😀cd', 3)).toBe("'ab…'");
    expect(quoteVisible('\u202E'.repeat(50), 2)).toBe("'\\u202E\\u202E…'");
  });
});
