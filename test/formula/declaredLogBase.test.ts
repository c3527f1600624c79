import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { declaredLogBase } from '../../src/core/formula/context/declaredLogBase';

// nikcleju/IT_Course, Lectures/01_DiscreteInformationSources.md (the convention) and
// Lectures/04_DiscreteTransmissionChannels.md (the noisy typewriter), as one note.
const CONVENTION = String.raw`### The choice of logarithm

- Any base of logarithm can be used in the definition.

- Usual convention: use binary logarithm $\log_2()$.
  In this case, the information $i(s_i)$ is measured in **bits**

- If using natural logarithm $\ln()$, it is measured in *nats*.
`;
const TYPEWRITER = String.raw`### Noisy typewriter

$$\begin{aligned}
\max{I(X,Y)} &= \max{(H(Y) - H(Y|X))} = \max{H(Y)} - 1 \\
            &= \log(26) - 1 = \log(13)
\end{aligned}$$
`;

const lastClaim = async (note: string) => {
  const report = (await judgeNote(note)).find((r) => r.source.includes('\\log(26)'))!;
  return report.claims[report.claims.length - 1]!;
};

describe('the log base a note declares (declaredLogBase.ts)', () => {
  it('reads a sentence that sets the convention', () => {
    expect(declaredLogBase(CONVENTION)).toBe(2);
    expect(declaredLogBase('Throughout, all logs are base 2.')).toBe(2);
    expect(declaredLogBase('Logarithms are taken to base 10 here.')).toBe(10);
    expect(declaredLogBase(String.raw`Here $\log$ denotes $\log_{2}$.`)).toBe(2);
  });

  it('declares nothing from a mention of bits or of log2 in a formula, or when the natural log is declared too', () => {
    expect(declaredLogBase(String.raw`Entropy is measured in bits: $H = -\sum p \log_2 p$.`)).toBeUndefined();
    expect(declaredLogBase('We use the binary logarithm for codes and we use the natural logarithm for the loss.')).toBeUndefined();
    expect(declaredLogBase('All logs are base 2 in chapter 1; all logs are base 10 in chapter 2.')).toBeUndefined();
  });

  it('decides a lone claim that holds only in the declared base (nikcleju/IT_Course, noisy typewriter)', async () => {
    const claim = await lastClaim(`${CONVENTION}\n${TYPEWRITER}`);
    expect(claim.verdict).toBe('holds');
    expect(claim.reading).toBe('with \\log in base 2, the base the note declares for its logs');
  });

  it('leaves the same claim ambiguous in a note that declares no base', async () => {
    expect((await lastClaim(TYPEWRITER)).verdict).toBe('ambiguous');
  });

  it('still leaves a claim wrong in the declared base undecided, never holding', async () => {
    const wrong = `${CONVENTION}\n${TYPEWRITER.replace('\\log(26) - 1 = \\log(13)', '\\log(26) - 1 = \\log(12)')}`;
    expect((await lastClaim(wrong)).verdict).not.toBe('holds');
  });
});
