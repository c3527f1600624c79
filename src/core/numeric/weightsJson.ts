/**
 * Parses the text of a weights file for both adapters. JSON.parse's own message
 * quotes the text around the error (`Unexpected token 'r', "root:*:202"…`), which
 * for a file a note names by mistake may be a secret; this module says instead
 * what is wrong and where (line and column), quoting nothing of the file.
 */

/** The parsed value, or a message naming the problem and its position. */
export type ParsedWeightsJson = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly message: string };

/** Parse weights-file text (a leading UTF-8 byte-order mark is allowed). */
export function parseWeightsJson(text: string): ParsedWeightsJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch {
    // Only on failure: scanning a 100 MB file twice would double the time of a good one.
    const problem = findJsonProblem(body);
    return { ok: false, message: problem ? `not valid JSON at ${lineAndColumn(body, problem.at)}: ${problem.what}` : 'not valid JSON' };
  }
}

/** "line 3, column 7" of a character offset (1-based, columns in UTF-16 units like the editor's). */
function lineAndColumn(text: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

interface JsonProblem {
  readonly at: number;
  readonly what: string;
}

/** What the scanner expects next. */
type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = '"\\/bfnrt';

/**
 * The first offset where `text` stops being JSON, or null if it is JSON. An
 * explicit stack rather than recursion, so any nesting depth is safe.
 */
export function findJsonProblem(text: string): JsonProblem | null {
  const stack: string[] = []; // the closing bracket of each open container
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) return expect === 'end' ? null : { at: i, what: 'the text ends before the JSON value is complete' };
    const c = text[i]!;
    const closes = c === stack[stack.length - 1] && (expect === 'comma-or-close' || (expect === 'value-or-close' && c === ']') || (expect === 'key-or-close' && c === '}'));
    if (closes) {
      stack.pop();
      i++;
      expect = afterValue();
      continue;
    }
    switch (expect) {
      case 'end':
        return { at: i, what: 'more text after the JSON value' };
      case 'colon':
        if (c !== ':') return { at: i, what: "expected ':' after a key" };
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close':
        if (c !== ',') return { at: i, what: `expected ',' or '${stack[stack.length - 1]}'` };
        i++;
        expect = stack[stack.length - 1] === '}' ? 'key' : 'value';
        continue;
      case 'key':
      case 'key-or-close': {
        if (c !== '"') return { at: i, what: 'expected a key in double quotes' };
        const end = stringEnd(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      default: {
        if (c === '{' || c === '[') {
          stack.push(c === '{' ? '}' : ']');
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        const end = scalarEnd(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = afterValue();
      }
    }
  }
}

/** Offset just past the string opening at `start`, or the problem inside it. */
function stringEnd(text: string, start: number): number | JsonProblem {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { at: i, what: 'a control character (such as a line break) inside a string' };
    if (code === 0x5c) {
      const next = text[i + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, what: 'a \\u escape without four hex digits' };
        i += 5;
      } else if (ESCAPES.includes(next) && next !== '') i++;
      else return { at: i, what: 'an unknown backslash escape in a string' };
    }
  }
  return { at: start, what: 'a string that is never closed' };
}

/** Offset just past the number or literal starting at `start`, or why none starts there. */
function scalarEnd(text: string, start: number): number | JsonProblem {
  if (text[start] === '"') return stringEnd(text, start);
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, start)) return start + word.length;
  NUMBER.lastIndex = start;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return { at: start, what: 'expected a value (a number, a string, a list, an object, true, false or null)' };
}
