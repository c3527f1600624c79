import fc from 'fast-check';
import { isScalar, isSeq, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleBody } from '../../src/core/spec/fastBody';
import { readYamlBody, type BodyEntry } from '../../src/core/spec/yamlBody';

/** What downstream code reads from an entry: key, ranges, values and item ranges. */
function shape(entries: readonly BodyEntry[]) {
  const node = (n: Node | null): unknown => {
    if (n === null) return null;
    if (isSeq(n)) return { flow: n.flow, range: n.range?.slice(0, 2), items: n.items.map((i) => node(i as Node)) };
    if (isScalar(n)) return { value: n.value, range: n.range?.slice(0, 2) };
    return 'other';
  };
  return entries.map((e) => ({ key: e.key, keyStart: e.keyStart, keyEnd: e.keyEnd, valueStart: e.valueStart, valueEnd: e.valueEnd, value: node(e.value) }));
}

const keys = fc.constantFrom('depth', 'width', 'dtype', 'title', 'init', 'null', 'true', 'Depth', 'x-y', 'a_b', '1x', '"q"');
const words = fc.constantFrom(
  '100', '-3', '0', '-0', '1e3', '2.5E-2', '007', '1.', '.5', '+1', '0x10', '1_000', '.inf', '-.inf', '.NaN',
  'sigmoid', 'fp16', 'true', 'True', 'FALSE', 'null', 'Null', '~', 'yes', 'no', 'on', 'y',
  'normal(0, 1)', 'leaky-relu(0.1)', 'a#b', 'x: y', 'x:', 'Sigmoid vanishes, ReLU holds', 'a  b', '-x', '- x', '"q"', "'q'",
  '&a x', '*a', '!t x', '|', '>', '%x', '@x', '`x', '? x', ':x', ',x', '{a: 1}', 'é', '😀', 'a\tb', 'x\u2028y',
);
const items = fc.array(fc.tuple(fc.constantFrom('', ' ', '  '), words, fc.constantFrom('', ' ')), { maxLength: 4 })
  .map((xs) => `[${xs.map(([a, w, b]) => `${a}${w}${b}`).join(',')}]`);
const comment = fc.constantFrom('', ' # note', '  #x', '#glued', '\t# tab');
const line = fc.oneof(
  fc.tuple(keys, fc.constantFrom(':', ': ', ':  ', ' :'), fc.oneof(words, items), comment).map(([k, c, v, h]) => `${k}${c}${v}${h}`),
  fc.constantFrom('', '   ', '# comment', '  # indented comment', '\t', '  depth: 3', '- a', '---', '...', 'key:'),
);
const body = fc.array(line, { maxLength: 8 }).map((ls) => ls.join('\n'));

describe('fast body reader', () => {
  it('reads simple bodies exactly as the YAML parser does, or declines', () => {
    let accepted = 0;
    fc.assert(
      fc.property(body, (content) => {
        const fast = readSimpleBody(content);
        if (fast === null) return;
        accepted++;
        const slow = readYamlBody(content);
        expect(slow.problems, content).toEqual([]);
        expect(shape(fast), content).toEqual(shape(slow.entries));
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise the fast path, not only the fallback.
    expect(accepted).toBeGreaterThan(300);
  });

  it('accepts the common block shape and declines what it cannot be sure of', () => {
    expect(readSimpleBody('title: Sigmoid vanishes, ReLU holds\ndepth: 100  # layers\nactivation: [sigmoid, relu]\n')).toHaveLength(3);
    expect(readSimpleBody('init: [normal(0, 1), xavier]')).toBeNull(); // the comma inside a call needs the real parser
    expect(readSimpleBody('depth:\n  - 1')).toBeNull();
    expect(readSimpleBody('a: &x 1')).toBeNull();
    expect(readSimpleBody('title: "quoted"')).toBeNull();
  });
});
