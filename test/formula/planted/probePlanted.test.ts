/**
 * Slips planted in real holding claims of study notes the checker was never tuned on
 * (probePlanted.json): 115 claims that held in their notes, from 22 public repositories
 * (`repo`, `path`, `line` name the source), each rewritten once the way authors slip — a
 * digit, a sign, an exponent off by one, a swapped index — and kept only where the result is
 * really wrong (`(1-0)^3` for `(1-0)^2`, or `2^{41} \bmod 3` for `2^{31} \bmod 3`, were dropped).
 *
 * The notes are not in this repository, so each claim is judged on its own (judgeFormula):
 * the originals that hold alone must not fail, and the share of planted slips caught may not
 * fall below the floor measured when the set was made. Read in their notes (a script over
 * the notes, not a test) the checker catches about as many (66 of 115).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../../support/judging';
import { rateTable, type PlantedVerdict } from './plantedErrors';

interface ProbePlanted {
  readonly repo: string;
  readonly path: string;
  readonly line: number;
  readonly kind: string;
  readonly slip: string;
  readonly formula: string;
  readonly planted: string;
}

/**
 * Planted slips called "fails" on their own when the floor was last raised (68 of 115, since a
 * plain count against a size in no unit fails, countInNoUnit.ts: `2048 \times 4 = 9 \text{ KB}`,
 * `10^7 / 8 = 7.25Mb`; 66 before, 64 before d was read as a variable where it differentiates nothing).
 */
const CAUGHT_FLOOR = 68;
/**
 * Planted slips called "holds" then: a derivation whose wrong row has symbols the checker
 * cannot evaluate (`P(A=1)P(B=1|A=1) - …`, `\frac{TP-TN}{100}`) while its numeric rows hold.
 */
const HOLDS_CEILING = 12;

const verdictOf = (v: string): PlantedVerdict => (v === 'holds' || v === 'fails' ? v : 'undecided');

describe('slips planted in holding claims of notes the checker was not tuned on', () => {
  it('are caught at least as often as the floor; no original that holds fails', async () => {
    const planted = JSON.parse(fs.readFileSync(path.join(__dirname, 'probePlanted.json'), 'utf8')) as ProbePlanted[];
    const rows: { kind: string; slip: string; verdict: PlantedVerdict }[] = [];
    const falseAlarms: string[] = [];
    for (const p of planted) {
      if ((await judgeFormula(p.formula)).verdict === 'fails') falseAlarms.push(`${p.repo}/${p.path}:${p.line}: ${p.formula}`);
      rows.push({ kind: p.kind, slip: p.slip, verdict: verdictOf((await judgeFormula(p.planted)).verdict) });
    }
    const count = (v: PlantedVerdict) => rows.filter((r) => r.verdict === v).length;
    console.log(`probe planted slips caught: ${count('fails')}/${planted.length}, called holds: ${count('holds')}\nby kind\n${rateTable(rows.map((r) => ({ key: r.kind, verdict: r.verdict })))}\nby slip\n${rateTable(rows.map((r) => ({ key: r.slip, verdict: r.verdict })))}`);
    expect(planted.length).toBeGreaterThanOrEqual(60);
    expect(falseAlarms).toEqual([]);
    expect(count('fails')).toBeGreaterThanOrEqual(CAUGHT_FLOOR);
    expect(count('holds')).toBeLessThanOrEqual(HOLDS_CEILING);
  }, 1_800_000);
});
