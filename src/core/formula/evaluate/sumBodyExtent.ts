/**
 * Where a sum written without brackets ends: `\sum_{k=51}^{60} \log_e k - 10 \log_e (60)`
 * (Myyura/the_kai_project, docs/tokyo-university/engineering/tmi/2024/tmi_202308_senmon_1.md, the log of a
 * birthday-style probability, −0.79) is (Σ log k) − 10 log 60 to its author: a term after the body that never
 * uses the index is outside the sum. The engine runs the body on to the end. A second reading closes the sum
 * before such a term (functionArgumentExtent.ts), and a claim fails only when it fails in both.
 */
import { bracedGroup } from '../read/bracedGroup';

const SUM_HEAD = /\\sum(?:\\limits)?\s*_\s*(?:\{\s*([a-z])\s*(?:=[^{}]*)?\}|([a-z]))\s*(?:\^\s*(?:\{[^{}]*\}|\w))?/;

/** The latex with its first bracket-less sum closed before a term that does not use its index; undefined when there is none. */
export function sumClosedBeforeConstantTerm(latex: string): string | undefined {
  const head = latex.includes('\\sum') ? SUM_HEAD.exec(latex) : null;
  if (!head) return undefined;
  const index = new RegExp(`(?<![A-Za-z\\\\])${head[1] ?? head[2]}(?![A-Za-z])`);
  const bodyStart = head.index + head[0].length;
  let depth = 0;
  const stops: number[] = [];
  for (let i = bodyStart; i < latex.length; i++) {
    const c = latex[i]!;
    if (c === '\\') { i += /^\\[A-Za-z]+/.exec(latex.slice(i))?.[0].length ?? 2; i--; continue; }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') { if (--depth < 0) { stops.push(i); break; } }
    else if ((c === '+' || c === '-') && depth === 0 && latex.slice(bodyStart, i).trim() !== '') stops.push(i);
  }
  if (stops.length === 0) return undefined;
  const cut = stops[0]!;
  const term = latex.slice(cut + 1, stops[1] ?? latex.length);
  if (latex[cut] === '}' || latex[cut] === ')' || latex[cut] === ']' || index.test(term) || bracedGroup(latex, cut) !== undefined) return undefined;
  return `${latex.slice(0, head.index)}\\left(${latex.slice(head.index, cut)}\\right)${latex.slice(cut)}`;
}
