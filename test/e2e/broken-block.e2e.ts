/** A broken block shows a located error in the panel and in Problems; the other block still runs. */
import { test } from 'vitest';
import { BROKEN_NOTE, expectBrokenBlockLocated } from './helpers/steps';
import { useVsCode } from './helpers/session';

const vscode = useVsCode({ name: 'broken-block', fixtures: [BROKEN_NOTE] });

test('an unknown key is reported at its line and column, and the next block still charts', async () => {
  await expectBrokenBlockLocated(vscode(), BROKEN_NOTE);
});
