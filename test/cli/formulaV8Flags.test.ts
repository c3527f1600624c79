import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FORMULA_INTERRUPT_BUDGET, setFormulaV8Flags } from '../../src/cli/formulaV8Flags';

let scripts = 0;

/**
 * `source` compiled as a script of its own name: V8 keeps compiled scripts by source and name,
 * and would hand back the one compiled before instead of reading the cache.
 */
function compiled(source: string, cachedData?: Buffer): Script {
  return new Script(source, { filename: `tiering-${++scripts}.js`, ...(cachedData ? { cachedData } : {}) });
}

/** Code cache made for `source` under the flags set now. */
function cacheOf(source: string): Buffer {
  const script = compiled(source);
  script.runInThisContext();
  return script.createCachedData();
}

describe("the formula bundle's V8 flags (src/cli/formulaV8Flags.ts)", () => {
  const source = `(function tiering${Date.now()}() { return [1, 2, 3].map((x) => x * 2); })()`;

  it('setting the flags again (as each check worker does) keeps the code cache made under them', () => {
    setFormulaV8Flags();
    const cached = cacheOf(source);
    setFormulaV8Flags();
    expect(compiled(source, cached).cachedDataRejected).toBe(false);
  });

  it('a cache made under another budget is rejected: why every loader of the bundle sets it first', () => {
    setFormulaV8Flags();
    const cached = cacheOf(source);
    try {
      setFlagsFromString('--interrupt-budget=67584'); // V8's default
      expect(compiled(source, cached).cachedDataRejected).toBe(true);
    } finally {
      setFormulaV8Flags();
    }
    expect(FORMULA_INTERRUPT_BUDGET).toBeGreaterThan(67_584);
  });
});
