/**
 * Base64 with what both extension hosts have (btoa/atob: a browser's Web
 * Worker and Node alike), not Node's Buffer.
 */

/** Binary-string chunks kept under the engine's argument-count limit of String.fromCharCode. */
const CHUNK = 0x8000;

/** Standard base64 (RFC 4648, padded) of `bytes`. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The bytes of standard base64 `text`; throws on a character outside the alphabet. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
