/**
 * Moments of a family written with the family in place of a variable: Chinese probability notes state
 * `E(\chi^{2}(n))=n;D(\chi^{2}(n))=2n` and `E(t(n))=0` (coactor/cc-study), English ones `\mathrm{Var}(\mathrm{Bin}(n,p)) = np(1-p)`.
 * `E(F)`, `D(F)`, `Var(F)` of a family's notation with its parameters (`\chi^2(n)`, `t(n)`, `B(n,p)`, `N(\mu,\sigma^2)`,
 * `P(\lambda)`, `Exp(\lambda)`, `U(a,b)`) read as the moment of a variable tied to that family, in those parameters.
 * Every such argument of the claim must name the same family with the same parameters; the parameters are letters or
 * numbers (a capital inside, `E(P(A))`, is an event's probability, not a family).
 *
 * Also here: the spellings of a pmf the family reading meets (`C_n^k`, `A_n^k` italic, as Chinese textbooks write the
 * numbers of combinations and arrangements inside a pmf) — only in a claim already tied to a family, where they can
 * mean nothing else.
 */
import { familyNamed, type Family } from '../identity/probability/namedFamilies';
import { splitOutsideBrackets } from '../read/outsideBrackets';
import { readUprightLetters } from '../read/uprightLetters';

/** An operator of a moment right before its bracket: `E`, `\mathbb{E}`, `D`, `Var`, `\mathrm{Var}`, `\operatorname{Var}`. */
const MOMENT = /(?:\\mathbb\s*\{\s*E\s*\}|\\mathbb\s+E|\\(?:operatorname|mathrm|text)\s*\{\s*(?:E|Var|var|D)\s*\}|(?<![A-Za-z\\])(?:E|D|Var|var))\s*(?:\\left\s*)?\(/g;
/** A family's notation alone: a name, then its parameters in brackets. */
const NOTATION = /^\s*(\\chi\s*\^\s*\{?\s*2\s*\}?|\\pi|\\(?:mathrm|operatorname|text|mathcal)\s*\{\s*[A-Za-z]+\s*\}|[A-Za-z]+)\s*(?:\\left\s*)?\((.*?)(?:\\right\s*)?\)\s*$/;
const PARAMETER = /^(?:-?\d+(?:\.\d+)?|(?:\\[A-Za-z]+|[a-z])(?:\s*_\s*(?:\{[^{}]*\}|\w))?(?:\s*\^\s*(?:\{\s*2\s*\}|2))?)$/;

/** The text inside the bracket opened at `open`, and the index of its closing bracket. */
function inside(text: string, open: number): { inner: string; close: number } | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return { inner: text.slice(open + 1, i).replace(/\\right\s*$/, ''), close: i };
  }
  return undefined;
}

export interface FamilyArgument {
  readonly sides: readonly string[];
  readonly variable: string;
  readonly family: Family;
  readonly parameters: readonly string[];
}

/** The sides with each family written as a moment's argument replaced by one fresh variable, or undefined. */
export function familyInPlaceOfVariable(sides: readonly string[]): FamilyArgument | undefined {
  const written = sides.join(' ');
  const variable = ['X', 'Y', 'Z', 'W'].find((v) => !new RegExp(`(?<![A-Za-z\\\\])${v}(?![A-Za-z])`).test(written));
  if (variable === undefined) return undefined;
  let found: { family: Family; parameters: string[]; key: string } | undefined;
  const out: string[] = [];
  for (const side of sides) {
    let text = side;
    for (let guard = 0; guard < 6; guard++) {
      let replaced = false;
      for (const m of text.matchAll(MOMENT)) {
        const open = m.index! + m[0].length - 1;
        const group = inside(text, open);
        if (!group) continue;
        const notation = NOTATION.exec(group.inner);
        if (!notation) continue;
        const parameters = splitOutsideBrackets(notation[2]!, ',').map((p) => p.trim());
        if (!parameters.every((p) => PARAMETER.test(p))) return undefined;
        const name = notation[1]!.replace(/\s+/g, '').replace(/^\\(?:mathrm|operatorname|text|mathcal)\{([A-Za-z]+)\}$/, '$1');
        const family = familyNamed(name, parameters.length);
        if (!family) continue;
        const key = `${family.key}:${parameters.map((p) => p.replace(/\s+/g, '')).join(',')}`;
        if (found && found.key !== key) return undefined;
        found = { family, parameters, key };
        text = `${text.slice(0, open + 1)}${variable}${text.slice(group.close)}`;
        replaced = true;
        break;
      }
      if (!replaced) break;
    }
    out.push(text);
  }
  return found ? { sides: out, variable, family: found.family, parameters: found.parameters } : undefined;
}

/** `C_n^k`, `C_{n}^{k}`, `A_n^k` (either script first) in a tied claim: the numbers of combinations and arrangements. */
const COUNT = /(?<![A-Za-z\\])([CA])\s*(?:_\s*(\{[^{}]*\}|[A-Za-z0-9])\s*\^\s*(\{[^{}]*\}|[A-Za-z0-9])|\^\s*(\{[^{}]*\}|[A-Za-z0-9])\s*_\s*(\{[^{}]*\}|[A-Za-z0-9]))/g;
const unbraced = (s: string): string => s.replace(/^\{([\s\S]*)\}$/, '$1');

export function writtenAsTheFamilyReads(side: string): string {
  // An upright e is Euler's number, as an italic one (the engine's unit reading of `\mathrm{e}` after a fraction is not the note's).
  return readUprightLetters(side).replace(/\\mathrm\s*\{\s*e\s*\}/g, 'e').replace(COUNT, (_m, kind: string, sub1?: string, sup1?: string, sup2?: string, sub2?: string) => {
    const n = unbraced((sub1 ?? sub2)!);
    const k = unbraced((sup1 ?? sup2)!);
    return kind === 'C' ? `\\binom{${n}}{${k}}` : `\\frac{(${n})!}{(${n}-(${k}))!}`;
  });
}
