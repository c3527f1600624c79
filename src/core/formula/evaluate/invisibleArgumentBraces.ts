/**
 * Braces after a function name print nothing: `\log_2{\dfrac{2}{6}-\dfrac{4}{6}\log_2{\dfrac{4}{6}}}`
 * (hyz-courses/CISC3023-Machine-Learning-Notes, 05_Decision_Tree_Learning.md, an entropy of 2 and 4
 * examples) renders as −⅔… log₂ 2/6 − 4/6 log₂ 4/6, the entropy 0.9183 its author wrote, while the engine
 * takes the whole group, minus sign and all, as the log's argument. When such a group holds a sum or a
 * difference the reader cannot see where the argument ends, so the braces are dissolved in a second
 * reading (functionArgumentExtent.ts) and a claim fails only when it fails in both.
 */
import { bracedGroup } from '../read/bracedGroup';

/** A function name with an optional base or power, right before `{`. */
const FUNCTION_BEFORE_BRACE = /\\(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|arcsin|arccos|arctan|ln|log|exp)(?![A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|\w))?(?:\s*\^\s*(?:\{[^{}]*\}|\w))?\s*(?=\{)/g;

/** Whether the group has a + or − outside any inner group or bracket, after its first term. */
function hasSumAtTop(content: string): boolean {
  let depth = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (c === '\\') { i++; continue; }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if ((c === '+' || c === '-') && depth === 0 && content.slice(0, i).trim() !== '') return true;
  }
  return false;
}

/** The latex with each function's invisible brace group around a sum dissolved; undefined when there is none. */
export function invisibleBracesDissolved(latex: string): string | undefined {
  if (!latex.includes('{') || !/\\(?:log|ln|sin|cos|tan|exp|sec|csc|cot|arc)/.test(latex)) return undefined;
  let out = '';
  let last = 0;
  for (const m of latex.matchAll(FUNCTION_BEFORE_BRACE)) {
    const open = m.index! + m[0].length;
    if (open < last) continue;
    const group = bracedGroup(latex, open);
    if (group === undefined || !hasSumAtTop(group.content)) continue;
    out += `${latex.slice(last, open)} ${group.content} `;
    last = group.end;
  }
  return last === 0 ? undefined : out + latex.slice(last);
}
