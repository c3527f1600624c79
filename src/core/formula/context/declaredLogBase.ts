/**
 * The base a note's prose declares for its logarithms: "Usual convention: use
 * binary logarithm", "all logs are base 2", "\log denotes \log_{10}". A careful
 * reader of an information-theory note that says so reads a bare `\log` in that
 * base everywhere in it, so a lone claim that holds only there
 * (`\log(26) - 1 = \log(13)`, nikcleju/IT_Course) is decided, not left
 * ambiguous (sectionLogBase.ts asks two claims of one section when the note is
 * silent). Only a sentence that sets the convention counts: a note that merely
 * mentions bits, or `\log_2` in one formula, declares nothing.
 */

/** "use (the) binary logarithm", "binary logarithms are used", "logarithms (are) in base 2", "log base 2 throughout". */
const DECLARATION = [
  /\b(?:use|uses|using|with|take|takes|taking)\s+(?:the\s+)?(binary)\s+log(?:arithm)?s?\b/gi,
  /\b(binary)\s+log(?:arithm)?s?\s+(?:is|are)\s+used\b/gi,
  /\b(?:all\s+)?log(?:arithm)?s?\s+(?:are|is)\s+(?:taken\s+)?(?:in\s+|to\s+)?(?:the\s+)?base[-\s]*(2|10)\b/gi,
  /\blog(?:arithm)?s?\s+(?:in\s+|to\s+)?(?:the\s+)?base[-\s]*(2|10)\s+(?:throughout|everywhere|unless)\b/gi,
  /\\log\$?\s+(?:means|denotes|stands\s+for|is)\s+\$?\\log_\{?(2|10)\b/gi,
];

/** Phrases that declare the natural log too (not "if using natural logarithm, it is measured in nats"): then nothing is declared. */
const NATURAL_DECLARED = /(?<!\bif\s+)\b(?:use|uses|using|take|takes|taking)\s+(?:the\s+)?natural\s+log(?:arithm)?s?\b|\blog(?:arithm)?s?\s+(?:are|is)\s+(?:taken\s+)?(?:in\s+)?(?:the\s+)?(?:natural|base[-\s]*e)\b/i;

/** 2 or 10 when one sentence of the note declares that base for its logs (and none declares the natural log), else undefined. */
export function declaredLogBase(note: string): 2 | 10 | undefined {
  if (!/log/i.test(note) || NATURAL_DECLARED.test(note)) return undefined;
  const bases = new Set<2 | 10>();
  for (const pattern of DECLARATION) {
    for (const match of note.matchAll(pattern)) bases.add(match[1]!.toLowerCase() === 'binary' || match[1] === '2' ? 2 : 10);
  }
  return bases.size === 1 ? [...bases][0] : undefined;
}
