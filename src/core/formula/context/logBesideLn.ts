/**
 * A bare `\log` in a formula that also writes `\ln` is not the natural log: an author who has
 * `\ln` at hand writes `\log` for another base. Myyura/the_kai_project (kyushu-university ISEE
 * 2023, information theory) writes the differential entropy of a triangular density as
 * `-\int_0^a \frac{2x}{a^2}\log\frac{2x}{a^2}\text{d}x = \log a + \frac{1}{2\ln2} - 1`, in bits:
 * the `\frac{1}{2\ln 2}` says so. Read in nats it fails. A failing claim of such a formula is
 * left undecided: the base is the author's, not ours to guess.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const BARE_LOG = /\\log(?![A-Za-z_])(?!\s*_)/;
const NATURAL_LOG = /\\ln(?![A-Za-z])/;

const DOUBT = 'the formula writes both \\ln and a bare \\log, so \\log is another base than e (2 or 10), which it does not say';

/** The report with its failing claims undecided when it writes both `\ln` and a bare `\log`. */
export function withLogBesideLn(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !BARE_LOG.test(report.source) || !NATURAL_LOG.test(report.source)) return report;
  return leaveUndecided(report, () => DOUBT);
}
