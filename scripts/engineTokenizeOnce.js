// An esbuild plugin shared by esbuild.js and the Obsidian build (scripts/obsidian/build.js).
const fs = require('node:fs');

/**
 * The Compute Engine's LaTeX parser (0.27.0) tokenizes ten fixed option strings
 * (`\infty`, `\cdot`, `10^{`, the decimal separator…) in its constructor, at
 * every parse: about a tenth of a parse, and parsing is about a third of
 * `gradexp check`. The constructor is out of reach of a patch of the parser's
 * prototype (src/core/formula/read/parserSpeed.ts), so the bundle's copy of the
 * engine is rewritten: each `tokenize(this.options.…)` call in it goes
 * through a memo by string. The tokens are only ever read (matched against
 * the input), and tokenize depends on its string alone, so every parse is the
 * same. An engine whose code does not look as expected is left unchanged,
 * with a warning.
 */

/** The engine's bundled files (its ESM build is what esbuild picks; the CommonJS one for completeness). */
const ENGINE_FILE = /@cortex-js[\\/]compute-engine[\\/]dist[\\/]compute-engine(\.min)?(\.esm)?\.js$/;

/** The tokenize call on the first option the constructor tokenizes: gives the function's (minified) name. */
const FIRST_OPTION_CALL = /=\s*([\w$]+)\(\s*this\.options\.positiveInfinity\s*\)/;

const MEMO = `
function __gradexpTokenizeOption(tokenize, text) {
  if (typeof text !== "string") return tokenize(text);
  let tokens = __gradexpOptionTokens.get(text);
  if (tokens === undefined) __gradexpOptionTokens.set(text, (tokens = tokenize(text)));
  return tokens;
}
var __gradexpOptionTokens = new Map();
`;

/** `source` with the option tokenizations memoized, and how many calls were rewritten (0: left unchanged). */
function tokenizeOptionsOnce(source) {
  const found = FIRST_OPTION_CALL.exec(source);
  if (!found) return { source, calls: 0 };
  const call = `${found[1]}(this.options.`;
  const parts = source.split(call);
  if (parts.length < 2) return { source, calls: 0 };
  return { source: parts.join(`__gradexpTokenizeOption(${found[1]}, this.options.`) + MEMO, calls: parts.length - 1 };
}

const engineTokenizeOnce = {
  name: 'engine-tokenize-once',
  setup(build) {
    build.onLoad({ filter: ENGINE_FILE }, (args) => {
      const { source, calls } = tokenizeOptionsOnce(fs.readFileSync(args.path, 'utf8'));
      if (calls === 0) {
        return { contents: source, loader: 'js', warnings: [{ text: 'engine-tokenize-once: the Compute Engine parser does not look as expected; left unchanged' }] };
      }
      return { contents: source, loader: 'js' };
    });
  },
};

module.exports = { engineTokenizeOnce, tokenizeOptionsOnce };
