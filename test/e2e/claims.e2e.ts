/** A failing claim is a Warning in the Problems panel, and its quick fix writes the computed value. */
import { test } from 'vitest';
import { STUDY_NOTE, expectFailingClaimFixedByQuickFix } from './helpers/steps';
import { useVsCode } from './helpers/session';

const vscode = useVsCode({ name: 'claims', fixtures: [STUDY_NOTE] });

test('the wrong claim 0.9^100 ≈ 2e-5 is flagged and the quick fix corrects it', async () => {
  await expectFailingClaimFixedByQuickFix(vscode(), STUDY_NOTE);
});
