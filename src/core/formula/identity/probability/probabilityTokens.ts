/**
 * The tokens of a side written in probability notation, its spellings made one: `\mathbb{E}`,
 * `\operatorname{E}` → E; `\mathbb{P}`, `\Pr` → Pr (always the probability of events, where a bare
 * P may be a distribution); `\operatorname{Var}`, `\mathbb{V}` → Var; `D_{\mathrm{KL}}`, `\text{KL}`
 * → KL; `\mid`, `\vert` → |; `\|`, `\parallel`, `\Vert`, `||` → ‖. Decorations that change nothing
 * (`\left`, spacing, `\boxed`, `\blacksquare`, `\underbrace{…}_{label}`) are dropped. Anything else — a word in
 * `\text`, a sum with limits (`\sum_{i=1}^{n}`), an integral, a command not listed — makes the side unreadable (undefined): the
 * reading then leaves the claim as it was.
 */
import { MOMENT_TOKEN } from './namedMoments';
import { withNamedEvents } from './namedEvents';
import { closingBracket } from '../../read/outsideBrackets';
import { TextMemo } from '../../read/textMemo';

const GREEK = 'alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|chi|psi|omega';
/** The operator names a wrapper such as `\operatorname{…}` or `\text{…}` may hold. */
const OPERATOR_WORD = /^(?:E|P|H|V|I|Var|Cov|Corr|KL|[A-Za-z])$/;
/** Stands for what cannot be read: no token matches it. */
const UNREADABLE = '\u0000';

const TOKEN = new RegExp(
  [
    '\\s+',
    MOMENT_TOKEN,
    '(?:Var|Cov|Corr|KL|Pr)(?![A-Za-z])',
    `\\\\(?:sum|max|min|frac|sqrt|log|ln|exp|cap|cup|setminus|complement|neg|lnot|bar|overline|Omega|emptyset|varnothing|pi|${GREEK})(?![A-Za-z])`,
    '\\d+(?:\\.\\d+)?|\\.\\d+',
    "[A-Za-z](?:_(?:\\{\\s*[A-Za-z0-9]+\\s*\\}|[A-Za-z0-9]))?'*",
    '[-+*/()\\[\\]{}|,;^~_‖=]',
  ].join('|'),
  'y',
);

/** Sides read into tokens so far, by text (the same side recurs across a vault's formulas); each caller gets a copy. */
const tokenized = new TextMemo(tokensOnce);

/** The side's tokens, or undefined when some part of it is not probability notation this reading knows. */
export function probabilityTokens(latex: string): string[] | undefined {
  return tokenized.of(latex)?.slice();
}

function tokensOnce(latex: string): string[] | undefined {
  const text = spellingsUnified(withoutBraces(withNamedEvents(latex)));
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    const token = m[0];
    if (token.trim() !== '') out.push(token.replace(/\s+/g, '').replace(/_\{([A-Za-z0-9]+)\}/, '_$1'));
    at = TOKEN.lastIndex;
  }
  // A trailing full stop or comma ends the sentence, not the side.
  while (out.length > 0 && (out[out.length - 1] === ',' || out[out.length - 1] === ';')) out.pop();
  return out;
}

/** `\underbrace{H(P)}_{\text{entropy}}` → `{H(P)}`, `\boxed{…}` → `{…}`: labels and boxes are no part of the value. */
function withoutBraces(latex: string): string {
  let text = latex.replace(/\\boxed\b|\\(?:display|text)style\b/g, '');
  for (let at = text.search(/\\(?:under|over)brace\b/); at >= 0; at = text.search(/\\(?:under|over)brace\b/)) {
    const open = text.indexOf('{', at);
    const close = closingBracket(text, open);
    if (open < 0 || close < 0) return UNREADABLE;
    let end = close + 1;
    const label = /^\s*[_^]\s*\{/.exec(text.slice(end));
    if (label) {
      const labelClose = closingBracket(text, end + label[0].length - 1);
      if (labelClose < 0) return UNREADABLE;
      end = labelClose + 1;
    }
    text = `${text.slice(0, at)}${text.slice(open, close + 1)}${text.slice(end)}`;
  }
  return text;
}


/**
 * `\\sigma^2_{X+c}`, `\\sigma_{cY}^2`, `\\sigma^2_X`: the variance of the random expression in the subscript, as statistics
 * notes write it (geostatsguy's `\\sigma^2_{X+c} = \\sigma^2_{X}`). The subscript must be arithmetic of letters and numbers
 * with a capital letter (a random variable) in it; `\\sigma^2_{\\text{pooled}}` or `\\sigma^2_k` stays a name.
 */
const SUBSCRIPTED_VARIANCE = /\\sigma\s*(?:\^\s*(?:\{\s*2\s*\}|2)\s*_\s*(?:\{([A-Za-z0-9+\- ]*[A-Z][A-Za-z0-9+\- ]*)\}|([A-Z]))|_\s*(?:\{([A-Za-z0-9+\- ]*[A-Z][A-Za-z0-9+\- ]*)\}|([A-Z]))\s*\^\s*(?:\{\s*2\s*\}|2))(?![0-9])/g;

/** Whether `latex` names a variance by its subscript (the prefilter of probabilityModels.ts). */
export function writesSubscriptedVariance(latex: string): boolean {
  SUBSCRIPTED_VARIANCE.lastIndex = 0;
  return SUBSCRIPTED_VARIANCE.test(latex);
}

function spellingsUnified(latex: string): string {
  let text = latex
    // Set operations typed as Unicode (`P(A ∪ B) = P(A) + P(B) − P(A ∩ B)`, `P(Aᶜ)`), and `\bigcap`/`\bigcup` between two events.
    .replace(/∪/g, ' \\cup ')
    .replace(/∩/g, ' \\cap ')
    .replace(/ᶜ/g, '^c ')
    .replace(/−/g, '-')
    .replace(/\\big(cap|cup)(?!\s*[_^])(?![A-Za-z])/g, ' \\$1 ')
    .replace(SUBSCRIPTED_VARIANCE, (_m, a?: string, b?: string, c?: string, d?: string) => ` Var(${a ?? b ?? c ?? d}) `)
    .replace(/\\sum\s*\\(?:no)?limits/g, '\\sum')
    .replace(/\\sum\s*_\s*\{\s*([A-Za-z])\s*\\in\s*\\math(?:cal|scr|bb)\s*\{\s*[A-Z]\s*\}\s*\}/g, '\\sum_{$1}')
    // `\sum_{x\in X}`: over the values of the random variable X that x names — only x ∈ X, never x ∈ S (a set of the note's).
    .replace(/\\sum\s*_\s*\{\s*([a-z])\s*\\in\s*([A-Z])\s*\}/g, (m, index: string, set: string) => (index.toUpperCase() === set ? `\\sum_{${index}}` : m))
    // `\sum_{x,y}`: a sum over pairs is a sum over x of a sum over y.
    .replace(/\\sum\s*_\s*\{\s*([A-Za-z])\s*,\s*([A-Za-z])\s*\}/g, '\\sum_{$1}\\sum_{$2}')
    // `log\ p(x)`, `logP(y|\theta)`, `\text{log}`: log written as a word is the logarithm, as `\log` is.
    .replace(/\\(?:text|mathrm|operatorname)\s*\{\s*(log|ln|exp)\s*\}/g, ' \\$1 ')
    .replace(/(?<![A-Za-z\\])log(?![a-z])/g, ' \\log ')
    // `x^{(i)}`: the i-th example's x, one name (x_{si}), as a reader takes it — never x to the power i.
    .replace(/(?<![A-Za-z\\_^])([A-Za-z])\s*\^\s*\{\s*\(\s*([a-z0-9])\s*\)\s*\}/g, '$1_{s$2}')
    // `P\{X=k\}`, `P\{X \le 1\}`: an event in set braces, as Chinese textbooks write it, is P(…).
    .replace(/(?<![A-Za-z\\])(P|Pr)\s*\\\{((?:(?!\\[{}]).)*)\\\}/g, '$1($2)')
    // `\min\{H(X), H(Y)\}`: set braces are brackets.
    .replace(/\\([{}])/g, '$1')
    .replace(/\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|big|Big|bigg|Bigg)(?![A-Za-z])/g, '')
    .replace(/\\[,;:!> ]|\\q?quad(?![A-Za-z])|~(?=\s*$)|&/g, ' ')
    // `\blacksquare`, `\qed`: the end of a proof, no part of its last side.
    .replace(/\\(?:blacksquare|square|qed|Box)(?![A-Za-z])/g, ' ')
    // `\mathbb{E}` and `\mathbb E` (the braces are optional in LaTeX).
    .replace(/\\mathbb\s*(?:\{\s*P\s*\}|P(?![A-Za-z]))|\\Pr(?![A-Za-z])/g, ' Pr ')
    .replace(/\\mathbb\s*(?:\{\s*V\s*\}|V(?![A-Za-z]))/g, ' Var ')
    .replace(/\\mathbb\s*(?:\{\s*([EH])\s*\}|([EH])(?![A-Za-z]))/g, (_m, braced?: string, bare?: string) => ` ${braced ?? bare} `)
    .replace(/\\rm\s+/g, '')
    // `\mathcal{D}`, a data set or an event: a name of its own, `D_{cal}`, never the D of D(P ‖ Q).
    .replace(/\\math(?:cal|scr)\s*\{\s*([A-Z])\s*\}(?!\s*_)/g, ' $1_{cal} ');
  // Wrappers, innermost first: `\mathop{\mathbb{E}}`, `\operatorname{Var}`, `\text{KL}`; a word is unreadable.
  const WRAPPER = /\\(?:operatorname\*?|mathop|mathrm|mathbf|mathsf|mathit|text|textrm|textit|textbf|boldsymbol|bm)\s*\{\s*([^{}]*?)\s*\}/g;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(WRAPPER, (_m, word: string) => (OPERATOR_WORD.test(word.trim()) ? ` ${word.trim()} ` : UNREADABLE));
  }
  return text
    .replace(/D\s*_\s*(?:\{\s*KL\s*\}|KL)/g, ' KL ')
    .replace(/\\sim(?![A-Za-z])/g, '~')
    .replace(/\\(?:mid|vert)(?![A-Za-z])/g, '|')
    .replace(/\\\||\\(?:parallel|Vert)(?![A-Za-z])|\|\|/g, '‖')
    .replace(/\\(?:cdot|times)(?![A-Za-z])/g, '*')
    .replace(/\\[dt]frac(?![A-Za-z])/g, '\\frac')
    .replace(/\\prime(?![A-Za-z])/g, "'")
    .replace(/\.\s*$/, '');
}
