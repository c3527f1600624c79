/**
 * Letters written with a command that the note defines as a function or quantity: a loss `\ell(p) = k\log p + …`
 * or `\mathcal{L}(\mu) = \sum_i (x_i - \mu)^2`, a Lagrangian `\mathcal{L}(x, y, \lambda) = …`, then its derivative
 * in a later formula (`\frac{d\ell}{dp} = \frac{k}{p} - \frac{n-k}{1-p}`, `\frac{\partial \mathcal{L}}{\partial x} = 1 - 2\lambda x`).
 * Study notes of statistics and ML name losses, likelihoods and Lagrangians so far more often than with a plain letter.
 *
 * The scalar-notation check (identity.ts `readableAsScalars`) refuses `\ell` and `\mathcal` because, undefined, they
 * name many things (a length, a layer index, a dataset `\mathcal{D}`, a normal law `\mathcal{N}(0, 1)`, an order
 * `\mathcal{O}(n)`). Where the note itself binds the name they stand for (`ell`, `L_calligraphic`, as the engine reads
 * them) — or the statement being judged defines it — they are one letter like any other, and are read as one.
 * Any other `\ell` or `\mathcal{…}` is left as written, so the claim stays as undecided as before.
 */

/** `\ell` and `\mathcal{L}` (one Latin capital or letter), with the name the engine reads each as. */
const LETTER_COMMAND = /\\ell(?![A-Za-z])|\\mathcal\s*\{\s*([A-Za-z])\s*\}/g;

/** The name the engine gives a letter command: `\ell` → `ell`, `\mathcal{L}` → `L_calligraphic`. */
export function letterCommandName(command: string): string | undefined {
  if (/^\\ell$/.test(command)) return 'ell';
  const letter = /^\\mathcal\s*\{\s*([A-Za-z])\s*\}$/.exec(command)?.[1];
  return letter === undefined ? undefined : `${letter}_calligraphic`;
}

/**
 * `latex` with each `\ell` or `\mathcal{X}` whose name `isDefined` written as a plain letter (for the scalar-notation
 * check only: the text is never read again); the text itself when none is.
 */
export function definedLetterCommandsAsLetters(latex: string, isDefined: (name: string) => boolean): string {
  if (!/\\(?:ell|mathcal)/.test(latex)) return latex;
  return latex.replace(LETTER_COMMAND, (command: string, letter: string | undefined) => {
    const name = letterCommandName(command.replace(/\s+/g, ''));
    return name !== undefined && isDefined(name) ? ` ${letter ?? 'l'} ` : command;
  });
}
