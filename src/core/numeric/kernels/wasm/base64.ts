/** Decode standard base64 (RFC 4648, with or without padding) to bytes; throws on a bad character. */
export function decodeBase64(text: string): Uint8Array {
  // The pure core has neither atob nor Buffer, so decode by hand (the module is a few KiB).
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const digit = alphabet.indexOf(clean[i]!);
    if (digit < 0) throw new Error(`invalid base64 character at ${i}`);
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
