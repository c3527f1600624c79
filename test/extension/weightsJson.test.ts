import { describe, expect, it } from 'vitest';
import { findJsonProblem, parseWeightsJson } from '../../src/core/numeric/weightsJson';
import { Rng } from '../../src/core/numeric/rng';

/** The weights-file parser shared by the editor (readWeights.ts) and the CLI (io.ts). */
describe('parseWeightsJson', () => {
  it('parses JSON, with or without a UTF-8 byte-order mark', () => {
    expect(parseWeightsJson('{"weights": [[[1, -2.5e-3]]]}')).toEqual({ ok: true, data: { weights: [[[1, -2.5e-3]]] } });
    expect(parseWeightsJson('\uFEFF[1]')).toEqual({ ok: true, data: [1] });
  });

  it('says what is wrong and where, quoting nothing of the text', () => {
    const cases: [string, string][] = [
      ['root:x:0:0:root:/root:/bin/bash', 'line 1, column 1: expected a value (a number, a string, a list, an object, true, false or null)'],
      ['{"a": 1,\n "b" 2}', "line 2, column 6: expected ':' after a key"],
      ['[1, 2,]', 'line 1, column 7: expected a value (a number, a string, a list, an object, true, false or null)'],
      ['{"a": [1 2]}', "line 1, column 10: expected ',' or ']'"],
      ['{"a": "unclosed', 'line 1, column 7: a string that is never closed'],
      ['["bad \\x escape"]', 'line 1, column 7: an unknown backslash escape in a string'],
      ['["line\nbreak"]', 'line 1, column 7: a control character (such as a line break) inside a string'],
      ['{"weights": [[1]]} trailing', 'line 1, column 20: more text after the JSON value'],
      ['{"weights": [[', 'line 1, column 15: the text ends before the JSON value is complete'],
      ['', 'line 1, column 1: the text ends before the JSON value is complete'],
    ];
    for (const [text, where] of cases) expect(parseWeightsJson(text), text).toEqual({ ok: false, message: `not valid JSON at ${where}` });
  });

  it('handles any nesting depth without recursion', () => {
    const deep = '['.repeat(200_000);
    expect(findJsonProblem(deep)).toEqual({ at: deep.length, what: 'the text ends before the JSON value is complete' });
    expect(findJsonProblem(`${deep}${']'.repeat(200_000)}`)).toBeNull();
  });

  it('agrees with JSON.parse on what is JSON, over thousands of mutated documents', () => {
    const seed = '{"weights": [[[1, -2.5e-3], [0, 1E+2]]], "input": [[true, false, null]], "s": "a\\"b\\u00e9\\n"}';
    const alphabet = ' \n{}[]:,"\\-+.0123456789eEtrufalsn\u00e9x';
    const rng = new Rng(7, 0);
    const pick = (n: number): number => Math.floor(rng.uniform() * n);
    for (let k = 0; k < 5000; k++) {
      let text = seed;
      for (let edits = 1 + pick(3); edits > 0; edits--) {
        const at = pick(text.length + 1);
        const op = pick(3);
        const ch = alphabet[pick(alphabet.length)]!;
        text = op === 0 ? text.slice(0, at) + text.slice(at + 1) : op === 1 ? text.slice(0, at) + ch + text.slice(at) : text.slice(0, at) + ch + text.slice(at + 1);
      }
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonProblem(text) === null, text).toBe(valid);
    }
  });
});
