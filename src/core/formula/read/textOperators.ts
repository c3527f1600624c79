/**
 * `\text{Var}[X]`, `\textrm{Cov}[X, Y]`, `\mathrm{E}[X]`: a probability operator set upright as text, right
 * before the bracket that holds its argument. It names the operator applied to the bracket, as
 * `\operatorname{Var}[X]` does (probabilityTokens.ts reads both alike), never prose that separates two
 * claims: split before its bracket, the left side of `\text{Var}[X] = \mathbb{E}[X^2] - \mathbb{E}[X]^2`
 * read `[X]` alone.
 */
export const TEXT_OPERATOR_BEFORE_BRACKET =
  /^\\(?:text|textrm|textup|mathrm|mbox|rm)\s*\{\s*(?:Var|Cov|Corr|Cor|E|P|Pr|KL|H|I|V)\s*\}\s*(?:\[|\\left\s*\[|\\[bB]igg?l?\s*\[)/;
