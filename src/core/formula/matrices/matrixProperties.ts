/**
 * What the prose before a formula says of its matrices: "with $A$ symmetric",
 * "Since $A$ is symmetric ($A^T = A$)", "$U$ orthogonal means $U^T = U^{-1}$",
 * "using $U^TU = I$" (samppii-cs229-notes). A careful reader checks
 * `Ax + A^Tx = 2Ax` with the A the text describes, and so does the matrix
 * reading (matrixIdentity.ts), which draws such a matrix at random: symmetric
 * as (M + Mᵀ)/2, orthogonal by the Cayley transform of a skew matrix, positive
 * (semi)definite as MᵀM + I/10 ("$A$ is positive definite", `$A \succeq 0$`). Like that
 * reading, a property may only confirm a claim.
 *
 * The text looked at is the formula's own section (from its heading line, which
 * often states the assumptions: "### 3(b) - $A$ symmetric, $U$ orthogonal"),
 * at most LOOK_BACK characters back.
 */

export type MatrixProperty = 'symmetric' | 'orthogonal' | 'positive definite';

const LOOK_BACK = 2000;
/** An ATX heading line: the start of the section a formula's assumptions are stated in. */
const HEADING_LINE = /^ {0,3}#{1,6}\s/gm;

/** A single capital, written `$A$`, `A`, `$\mathbf{A}$`, as prose names a matrix. */
const LETTER = String.raw`\$?\s*(?:\\(?:mathbf|bm|boldsymbol|bs)\s*\{\s*)?([A-Z])\s*\}?\s*\$?`;
/** A transpose as notes write it: `^T`, `^{T}`, `^\top`, `^{\top}`. */
const T = String.raw`\^\s*\{?\s*(?:T|\\top|\\intercal)\s*\}?`;

/** A property written as an equation is a whole formula or clause: `$A^T = A$`, `($U^TU = I$)`, not `A = U\Lambda U^T = U…`. */
const OPEN = String.raw`(?:^|[$(,]|\\\()\s*`;
const CLOSE = String.raw`\s*(?=[$),.;:]|\\\)|$)`;

/**
 * Each statement with a pattern its text cannot match without (`needs`): its
 * word, or the transpose and `=` it is written with. The statements try every
 * capital letter at every position; a `needs` anchors on one character (`^`,
 * `=`), which V8 scans for quickly, so most sections are passed over at that
 * price (the four equations cost 4 % of a vault check before). A `needs` has no
 * anchor and no look-around: when a note has no match, none of its sections has.
 */
const STATEMENTS: readonly { readonly property: MatrixProperty; readonly pattern: RegExp; readonly needs: RegExp }[] = [
  { property: 'symmetric', pattern: new RegExp(String.raw`${LETTER}\s+(?:is\s+)?(?:a\s+)?(?:real\s+)?symmetric\b`, 'g'), needs: /symmetric/ },
  { property: 'symmetric', pattern: new RegExp(String.raw`\bsymmetric\s+(?:matrix\s+)?${LETTER}`, 'g'), needs: /symmetric/ },
  { property: 'symmetric', pattern: new RegExp(String.raw`${OPEN}([A-Z])\s*${T}\s*=\s*\1${CLOSE}`, 'g'), needs: new RegExp(String.raw`${T}\s*=`) },
  { property: 'symmetric', pattern: new RegExp(String.raw`${OPEN}([A-Z])\s*=\s*\1\s*${T}${CLOSE}`, 'g'), needs: new RegExp(String.raw`=\s*[A-Z]\s*${T}`) },
  // Chinese notes: `$\mathbf{A}$ 对称`, `（$\mathbf{A}$ 为对称矩阵）`.
  { property: 'symmetric', pattern: new RegExp(String.raw`${LETTER}\s*(?:是|为)?\s*(?:实)?对称`, 'g'), needs: /对称/ },
  { property: 'orthogonal', pattern: new RegExp(String.raw`${LETTER}\s+(?:is\s+)?(?:an\s+)?(?:\[\[)?orthogonal\b`, 'g'), needs: /orthogonal/ },
  { property: 'orthogonal', pattern: new RegExp(String.raw`\b(?:\[\[)?orthogonal\s+(?:matrix\s+)?(?:\]\]\s*)?${LETTER}`, 'g'), needs: /orthogonal/ },
  { property: 'orthogonal', pattern: new RegExp(String.raw`${OPEN}([A-Z])\s*${T}\s*\1\s*=\s*I${CLOSE}`, 'g'), needs: new RegExp(String.raw`${T}\s*[A-Z]\s*=\s*I`) },
  { property: 'orthogonal', pattern: new RegExp(String.raw`${OPEN}([A-Z])\s*${T}\s*=\s*\1\s*\^\s*\{\s*-\s*1\s*\}${CLOSE}`, 'g'), needs: new RegExp(String.raw`=\s*[A-Z]\s*\^\s*\{\s*-\s*1\s*\}`) },
  // `$A$ is positive definite`, `$\Sigma$ positive semi-definite`, `a positive semidefinite matrix $A$`, `$A \succeq 0$`: drawn
  // positive definite (a claim true for every such matrix is, by continuity, true for the semidefinite ones too).
  { property: 'positive definite', pattern: new RegExp(String.raw`${LETTER}\s+(?:is\s+)?(?:a\s+)?(?:symmetric\s+)?positive[\s-]+(?:semi[\s-]*)?definite\b`, 'g'), needs: /definite/ },
  { property: 'positive definite', pattern: new RegExp(String.raw`\bpositive[\s-]+(?:semi[\s-]*)?definite\s+(?:matrix\s+)?${LETTER}`, 'g'), needs: /definite/ },
  { property: 'positive definite', pattern: new RegExp(String.raw`${OPEN}([A-Z])\s*\\succ(?:eq)?\s*0${CLOSE}`, 'g'), needs: /\\succ/ },
];

/** Which statements' `needs` the note matches anywhere, for the note last asked about (its formulas are asked in turn). */
let lastNote: string | undefined;
let lastNoteNeeds: readonly boolean[] = [];
function needsInNote(note: string): readonly boolean[] {
  if (note !== lastNote) {
    lastNote = note;
    lastNoteNeeds = STATEMENTS.map(({ needs }) => needs.test(note));
  }
  return lastNoteNeeds;
}

/** The matrices the prose of `start`'s section, before it, says are symmetric, orthogonal or positive (semi)definite. */
export function statedMatrixProperties(note: string, start: number): ReadonlyMap<string, MatrixProperty> {
  const from = Math.max(0, start - LOOK_BACK);
  let text = note.slice(from, start);
  const headings = [...text.matchAll(HEADING_LINE)];
  if (headings.length > 0) text = text.slice(headings[headings.length - 1]!.index);
  const found = new Map<string, Set<MatrixProperty>>();
  const inNote = needsInNote(note);
  STATEMENTS.forEach(({ property, pattern, needs }, k) => {
    if (!inNote[k] || !needs.test(text)) return;
    for (const m of text.matchAll(pattern)) found.set(m[1]!, (found.get(m[1]!) ?? new Set()).add(property));
  });
  // A positive definite matrix is drawn symmetric: "symmetric positive definite" is one property.
  for (const p of found.values()) if (p.has('positive definite')) p.delete('symmetric');
  // A matrix said to be both symmetric and orthogonal is one this reading cannot draw (only ±I are): it keeps neither.
  return new Map([...found].filter(([, p]) => p.size === 1).map(([letter, p]) => [letter, [...p][0]!]));
}
