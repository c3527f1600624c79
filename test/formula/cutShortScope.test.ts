/**
 * A formula whose time limit ran out may have redefined a name without the definition being read
 * (noteSettings.ts `learn`, analyze.ts `cutShort`): on a busy machine a later claim must not fail
 * against the binding the note replaced. The names such a formula mentions only confirm after it.
 */
import { describe, expect, it } from 'vitest';
import { NoteScope } from '../../src/core/formula/find/noteSettings';
import type { FunctionDefinition } from '../../src/core/formula/types';

const bound = (name: string, body: number, source: string): FunctionDefinition => ({ name, params: [], body, source });

describe('a formula cut short by its time limit (noteSettings.ts)', () => {
  it('makes the earlier bindings of the names it mentions confirm-only; others keep refuting', () => {
    const scope = new NoteScope('');
    scope.learn({ defines: [bound('x', 1.5, 'x = 1.5'), bound('y', 2, 'y = 2')] });
    // `x = \frac{1}{1+e^{-z}}`, cut short before its definition was read.
    scope.learn({ source: 'x = \\frac{1}{1+e^{-z}}', defines: [], cutShort: true });
    const definitions = scope.options().definitions!;
    expect(definitions.get('x')?.redefined).toBe(true);
    expect(definitions.get('y')?.redefined).toBeUndefined();
    expect(definitions.get('x')?.body).toBe(1.5);
  });

  it('a formula read in full changes nothing it does not define', () => {
    const scope = new NoteScope('');
    scope.learn({ defines: [bound('x', 1.5, 'x = 1.5')] });
    scope.learn({ source: 'x^2 = 2.25', defines: [] });
    expect(scope.options().definitions!.get('x')?.redefined).toBeUndefined();
  });
});
