const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Each character code's 6-bit value, or -1 for a character outside the alphabet. */
const DIGITS: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Decode standard base64 (RFC 4648, with or without padding) to bytes; throws on a bad character. */
export function decodeBase64(text: string): Uint8Array {
  // The pure core has neither atob nor Buffer, so decode by hand. A table rather than
  // ALPHABET.indexOf: this runs once at start-up, still in the interpreter, on every CLI run.
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const digit = code < 128 ? DIGITS[code]! : -1;
    if (digit < 0) throw new Error(`invalid base64 character at ${i}`);
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
