/** The status bar's words for a note's claim tallies. Pure, so it is unit-tested. */
import type { ClaimCounts } from '../../shared/claimCounts';

/** "$(check) 5 $(close) 1 $(question) 2": holds, fails, not decided. */
export function statusText(c: ClaimCounts): string {
  return `$(check) ${c.holds} $(close) ${c.fails} $(question) ${c.notChecked}`;
}

/** The same in words, for the tooltip and screen readers. */
export function statusTooltip(c: ClaimCounts): string {
  const claims = (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`;
  return (
    `gradexp: in this note ${claims(c.holds)} ${c.holds === 1 ? 'holds' : 'hold'}, ${claims(c.fails)} ${c.fails === 1 ? 'fails' : 'fail'}, ` +
    `${claims(c.notChecked)} not checked (undecided, or past the editor's formula cap). Click to open Problems.`
  );
}
