import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../src/core/chart';
import { parseNote, runParsedBlockSync } from '../../src/core/pipeline';

/** A note's only block, parsed and run as the editor and CLI run it. */
function runNote(body: string) {
  const note = `# fp8\n\n\`\`\`gradexp\n${body}\n\`\`\`\n`;
  const parsed = parseNote(note)[0]!;
  expect(parsed.errors).toEqual([]);
  return runParsedBlockSync(note, parsed, 5e10)!;
}

describe('chart range bands of the fp8 formats', () => {
  it("1.5ⁿ in fp8-e4m3 reaches its largest value, 448: the band is drawn and the summary names the overflow (NaN)", () => {
    const run = runNote('experiment: power\nbase: 1.5\nn: 40\ndtype: fp8-e4m3');
    const model = buildChartModel(run);
    const max = model.bands.find((b) => b.kind === 'max');
    expect(max?.label).toBe('fp8-e4m3 max 448');
    expect(run.series[0]!.summary.text).toContain('fp8-e4m3 overflow at step');
  });

  it('0.5ⁿ in fp8-e5m2 underflows below its smallest subnormal 2⁻¹⁶: the band is drawn', () => {
    const model = buildChartModel(runNote('experiment: power\nbase: 0.5\nn: 20\ndtype: fp8-e5m2'));
    const min = model.bands.find((b) => b.kind === 'min');
    expect(min?.value).toBe(2 ** -16);
    expect(min?.label).toBe('fp8-e5m2 min subnormal 2⁻¹⁶');
  });
});
