import { describe, expect, it } from 'vitest';
import { reportFormulas } from '../../src/cli/report/formulas';
import { renderHtmlReport } from '../../src/cli/report/html';

describe('HTML report: formulas past the note-wide budget', () => {
  it('lists the first 10,000 formulas and says where the rest start and how gradexp check goes further', async () => {
    const note = Array.from({ length: 1_001 }, () => '$1$ $2$ $3$ $4$ $5$ $6$ $7$ $8$ $9$ $10$').join('\n');
    const { formulas, notChecked } = await reportFormulas(note);
    expect(formulas).toHaveLength(10_000);
    expect(notChecked).toBe('line 1001:2: not checked: 10 formulas from here on; the note-wide budget of 10000 formulas was reached; gradexp check --max-formulas checks further');
  });

  it('a note within the budget has no such sentence', async () => {
    expect((await reportFormulas('$2^{10} = 1024$')).notChecked).toBeNull();
  });

  it('the sentence is escaped into the formula card', () => {
    const formulas = [{ line: 1, column: 2, source: '1', value: '1', verdict: 'none' }];
    const html = renderHtmlReport({ file: 'n.md', runs: [], charts: [], formulas, formulasNotChecked: 'line 3:2: not checked: <b>2</b> formulas' });
    expect(html).toContain('<p class="errors">line 3:2: not checked: &lt;b&gt;2&lt;/b&gt; formulas</p></section>');
    expect(renderHtmlReport({ file: 'n.md', runs: [], charts: [], formulas })).not.toContain('not checked');
  });
});
