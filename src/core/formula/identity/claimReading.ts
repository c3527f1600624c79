import type { LatexReader } from '../read/engine';
import type { ClaimReport, FunctionDefinition } from '../types';

/** The LaTeX of a claim's two sides, as the readings of a claim receive them. */
export type SideTexts = readonly [{ text: string }, { text: string }];

/**
 * A reading of an undecided claim from the LaTeX of its two sides, checked again with the
 * identity check (unboundedSums.ts, plusMinusSigns.ts): the claim it returns, or the claim as it was.
 */
export type ClaimReadingOfPieces = (
  claim: ClaimReport,
  pieces: SideTexts,
  reader: LatexReader,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  deadline: number,
) => ClaimReport;
