import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { findBlocks, type FencedBlock } from '../../src/core/blocks/findBlocks';
import { parseBlock, type ParsedBlock } from '../../src/core/spec/parse';

/** A ~10 MB note: prose with math, lists and quotes, and 5,000 gradexp blocks, some in containers. */
function bigNote(): string {
  const prose = 'Gradients vanish when $\\sigma\'(x) \\le 1/4$; see **D2L** §5.4 and [the note](x.md) with `code`.\n'.repeat(20);
  // Distinct bodies (a seed per block), so nothing could be served from a cache of identical blocks.
  const blocks = [
    (i: number) => `\`\`\`gradexp\nexperiment: mlp\ndepth: 100\nwidth: 64\nseed: ${i}\nactivation: [sigmoid, relu]\n\`\`\`\n`,
    (i: number) => `> \`\`\`gradexp\n> experiment: power\n> seed: ${i}\n> dtype: [fp16, fp32]\n> \`\`\`\n`,
    // Quoted and block-list values take the full YAML parser, not the fast path.
    (i: number) => `- item\n\n  ~~~gradexp\n  experiment: matmul-chain\n  title: "chain ${i}"\n  count:\n    - 50\n  ~~~\n`,
    (i: number) => `\`\`\`gradexp\nwidht: 3\nseed: ${i}\n\`\`\`\n`,
  ];
  const parts: string[] = [];
  for (let i = 0; i < 5000; i++) parts.push(prose, '\n', blocks[i % blocks.length]!(i), '\n');
  return parts.join('');
}

describe('performance', () => {
  it('finds and parses 5,000 blocks in a 10 MB note (timed; well under a second on an idle machine)', () => {
    const note = bigNote();
    expect(note.length).toBeGreaterThan(9_500_000);
    // Best of three runs: the first pays for JIT warm-up, and a busy machine only ever adds time.
    let tFind = Infinity;
    let tTotal = Infinity;
    let blocks: FencedBlock[] = [];
    let parsed: ParsedBlock[] = [];
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      blocks = findBlocks(note);
      const t1 = performance.now();
      parsed = blocks.map((b) => parseBlock(note, b));
      tFind = Math.min(tFind, t1 - t0);
      tTotal = Math.min(tTotal, performance.now() - t0);
    }
    expect(blocks).toHaveLength(5000);
    expect(parsed.filter((p) => p.errors.length > 0)).toHaveLength(1250);
    expect(parsed.reduce((n, p) => n + p.series.length, 0)).toBe(1250 * 2 + 1250 * 4 + 1250);
    expectDuration('findBlocks on a 10 MB note (best of 3)', tFind, 30_000);
    expectDuration('findBlocks + parseBlock ×5000 on a 10 MB note (best of 3)', tTotal, 60_000);
  });
});
