/**
 * A value quoted back: "Using the previously calculated hidden layer outputs
 * $h_1 \\approx 0.622$, …" after the same section computed `h_1 = \\sigma(0) = … = 0.500`.
 * Judged alone, `h_1 \\approx 0.622` binds a name and says nothing; a careful
 * reader checks it against the value it quotes. The restatement fails when:
 *
 * - the formula is just `name = number` or `name \\approx number`;
 * - the name's latest binding is the only one the section made (workedExample.ts),
 *   and it computed the value (`h_1 = \\sigma(0) = … = 0.500`, not `x = 25`);
 * - the prose of its sentence before it, or the line introducing its list, says it
 *   quotes an earlier result ("previously", "we found", "from the previous steps");
 * - the two numbers differ by more than a unit in the last digit of each (either
 *   may be rounded or cut) and by more than 1%;
 * - no word right before it makes it a condition: "Earlier, we used $u_{\\rm max} = 1$,
 *   which gives a CFL $= 1$, when $\\rho = 0$" after `\\rho = \\rho_{\\rm light} = 4`
 *   (numerical-mooc/numerical-mooc, lessons/03_wave/03_01_conservationLaw) sets ρ, it
 *   does not quote it.
 */
import type { ClaimReport, FunctionDefinition } from '../types';

/** Prose that says a value was found before ("the above fits" is no such word: it must speak of a result). */
const QUOTES_EARLIER = /\b(?:previously|earlier|(?:computed|calculated|found|obtained|derived) (?:above|before)|recall|we (?:have )?(?:found|computed|calculated|obtained|know)|from (?:the )?(?:previous|last|earlier) (?:steps?|results?|calculations?))\b/i;
/** A word that ends the prose right before the formula and makes it a condition, not a result: "when $\\rho = 0$". */
const CONDITION_BEFORE = /(?:\b(?:when|whenever|if|unless|until|where|given|assuming|at)|当|若|如果|假设|假如)\s*$/i;
/** How far back in its paragraph the cue may stand. */
const CUE_WINDOW = 300;
/** `name = number` where number is a plain decimal. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The claims of a restatement `name ≈ number`, its claim failed when it contradicts the earlier binding. */
export function checkRestatement(
  claims: readonly ClaimReport[],
  defines: readonly FunctionDefinition[],
  earlierOf: (name: string) => { readonly definition: FunctionDefinition; readonly line: number } | undefined,
  proseBefore: string,
): readonly ClaimReport[] {
  if (claims.length !== 1 || defines.length !== 1) return claims;
  const claim = claims[0]!;
  const restated = defines[0]!;
  const written = claim.right.source.trim();
  if (claim.verdict !== 'none' || (claim.relation !== '=' && claim.relation !== '\\approx') || !PLAIN_DECIMAL.test(written)) return claims;
  if (restated.params.length > 0 || typeof restated.body !== 'number') return claims;
  const earlier = earlierOf(restated.name);
  if (!earlier || typeof earlier.definition.body !== 'number' || !computed(earlier.definition.source) || !QUOTES_EARLIER.test(sentenceEnd(proseBefore))) return claims;
  if (CONDITION_BEFORE.test(proseBefore)) return claims;
  const before = earlier.definition.body;
  const now = Number(written);
  const tolerance = lastDigitUnit(writtenEnd(earlier.definition.source) ?? String(before)) + lastDigitUnit(written);
  if (Math.abs(before - now) <= tolerance || Math.abs(before - now) <= 0.01 * Math.max(Math.abs(before), Math.abs(now))) return claims;
  const failed: ClaimReport = {
    ...claim,
    verdict: 'fails',
    left: { ...claim.left, value: before },
    claimedSide: 'right',
    relativeError: now === 0 ? Infinity : Math.abs(before - now) / Math.abs(now),
    reading: `as the value of ${claim.left.source.trim()} found at line ${earlier.line} (${earlier.definition.source.trim()})`,
  };
  return [failed];
}

/**
 * The prose before a formula that may speak of it: its sentence so far, or — for an item of a
 * list (`- $a \\approx 0.470$`) — the list's items and the line that introduces them.
 */
function sentenceEnd(prose: string): string {
  const recent = prose.slice(-CUE_WINDOW);
  const paragraph = recent.slice(recent.lastIndexOf('\n\n') + 1);
  const lines = paragraph.split('\n');
  const item = /^\s*[-*+]\s/.test(lines[lines.length - 1] ?? '');
  if (item) {
    // The items above, up to the line that ends with a colon (`From the previous steps, we know that:`).
    let intro = lines.length - 1;
    while (intro >= 0 && !/:\s*$/.test(lines[intro]!)) intro--;
    return intro < 0 ? '' : lines.slice(intro).join('\n');
  }
  const sentence = paragraph.split(/[.!?](?:\s|$)/);
  return sentence[sentence.length - 1] ?? '';
}

/**
 * A binding that computed its value: a chain, or an expression (`h_1 = \\sigma(0)`), not a bare
 * `x = 25`, nor a value given two names (`\\rho = \\rho_{\\rm light} = 4`).
 */
function computed(source: string): boolean {
  const sides = source.split(/=|\\approx/).map((s) => s.trim());
  return sides.slice(1).some((s) => !/^-?\d+(?:\.\d+)?$/.test(s) && !NAME.test(s));
}

/** A name alone, subscript and all: `\\rho_{\\rm light}`, `x_0`, `T`. */
const NAME = /^\\?[A-Za-z]+\s*(?:_\s*(?:\{[^{}]*\}|\w))?$/;

/** The number a binding's chain ends with, as written (`… = 0.500` → "0.500"). */
function writtenEnd(source: string): string | undefined {
  return /(-?\d+(?:\.\d+)?)\s*$/.exec(source)?.[1];
}

/** One unit in the last written digit: 0.001 for "0.500", 1 for "12". */
function lastDigitUnit(text: string): number {
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
  return 10 ** -decimals;
}
