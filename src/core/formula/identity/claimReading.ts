import type { LatexReader } from '../read/engine';
import type { ClaimReport, FunctionDefinition } from '../types';

/**
 * A reading of an undecided claim from the LaTeX of its two sides, checked again with the
 * identity check (unboundedSums.ts, plusMinusSigns.ts): the claim it returns, or the claim as it was.
 */
export type ClaimReadingOfPieces = (
  claim: ClaimReport,
  pieces: readonly [{ text: string }, { text: string }],
  reader: LatexReader,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  deadline: number,
) => ClaimReport;
