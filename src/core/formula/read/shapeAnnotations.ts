/**
 * Shapes written under a matrix: `\underset{(1 \times 3)}{\begin{bmatrix} b & w_1 & w_2 \end{bmatrix}}`
 * (pytorch-step-by-step, "z = W^T X"). The annotation says the matrix is 1×3; it multiplies
 * nothing, and the reader reads the matrix alone. Only an annotation that is a shape, `(m \times n)`
 * with names or numbers, is dropped: `\underset{\theta}{\arg\min}` keeps its θ.
 */

/** `\underset{(1 \times 25)}`, `\underset{m \times n}`, `\overset{(3\times1)}`: the command and its shape. */
const SHAPE_ANNOTATION = /\\(?:underset|overset)\s*\{\s*\(?\s*[A-Za-z0-9]+\s*\\times\s*[A-Za-z0-9]+\s*\)?\s*\}/g;

/** `latex` with every shape annotation dropped (the annotated group stays, as a group). */
export function dropShapeAnnotations(latex: string): string {
  return latex.includes('set') ? latex.replace(SHAPE_ANNOTATION, ' ') : latex;
}
