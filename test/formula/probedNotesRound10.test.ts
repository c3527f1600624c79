/**
 * A tenth round of public notes the checker had never seen — Japanese graduate entrance exam
 * solutions (Myyura/the_kai_project, docs/…): formulas it failed although their authors were
 * right, each beside a variant that is really wrong and still fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('an upright d set as text, \\text{d}, is the differential (preprocess.ts)', () => {
  // docs/kyushu-university/ISEE/kyotsu/2021/kyotsu_202008_analysis_calculus.md: the ODE to solve,
  // not an identity; dropping \text{d} as prose read it as y/x and failed it.
  it('the stated ODE dy/dx = (x²+6y²)/(4xy) is not failed', async () => {
    expect(await verdictOf(String.raw`\frac{\text{d}y}{\text{d}x} = \frac{x^2 + 6y^2}{4xy}`)).not.toBe('fails');
    expect(await verdictOf(String.raw`\frac{\text{d}t}{\text{d}x} = t - e^{2x + 1}`)).not.toBe('fails');
  });

  it('read as \\mathrm{d} is: a wrong derivative written so never holds', async () => {
    const upright = await verdictOf(String.raw`\frac{\mathrm{d}}{\mathrm{d}x} x^3 = 2x^2`);
    expect(await verdictOf(String.raw`\frac{\text{d}}{\text{d}x} x^3 = 2x^2`)).toBe(upright);
    expect(upright).not.toBe('holds');
  });

  it('a subscript \\text{d} stays part of the name', async () => {
    expect(await verdictOf(String.raw`k_\text{d} + 1 = 1 + k_\text{d}`)).not.toBe('fails');
  });
});

describe('a tiny value written ≈ 0 is called negligible (claims.ts)', () => {
  // docs/kyoto-university/informatics/ist/2022/ist_202108_senmon_s_3.md: "$e^{-10} \approx 0$" in a sum of terms.
  it('e^{-10} ≈ 0 and e^{-13}/π ≈ 0 are not failed', async () => {
    expect(await verdictOf(String.raw`e^{-10} \approx 0`)).not.toBe('fails');
    expect(await verdictOf(String.raw`\exp(-10) \approx 0`)).not.toBe('fails');
    expect(await verdictOf(String.raw`e^{-13}/\pi \approx 0`)).not.toBe('fails');
  });

  it('a value that is not small still fails: e^{-1} ≈ 0, and e^{-10} = 0 exactly', async () => {
    expect(await verdictOf(String.raw`e^{-1} \approx 0`)).toBe('fails');
    expect(await verdictOf(String.raw`e^{-10} = 0`)).toBe('fails');
  });
});

describe('j or i beside a number among other symbols may be the imaginary unit (otherReadings.ts)', () => {
  // docs/tohoku-university/engineering/ecei/2022/ecei_202108_kiso_2.md and ecei/2024/ecei_202403_kiso_2.md: circuit admittances.
  it('1/(8+8j) + jωC = (8−8j)/128 + jωC and (1−j)/j · I₂ = −(1+j)I₂ are not failed', async () => {
    expect(await verdictOf(String.raw`\frac{1}{8 + 8j} + j\omega C = \frac{8 - 8j}{128} + j\omega C`)).not.toBe('fails');
    expect(await verdictOf(String.raw`\frac{(1 - j)}{j} \cdot I_2 = - (1 + j)I_2`)).not.toBe('fails');
  });

  it('j as an index is a letter: a wrong claim with x_j still fails', async () => {
    expect(await verdictOf(String.raw`x_j (2j + 1) = 2j x_j`)).toBe('fails');
  });
});

describe('a function before a one-symbol argument and a further factor (otherReadings.ts)', () => {
  // docs/kyushu-university/ISEE/kyotsu/2017/kyotsu_201608_vector_analysis.md: the Jacobian of cylindrical
  // coordinates, "4\sin\theta \cos\theta z", read by the engine as cos(θz).
  it('4 sinθ cosθ z = 2z sin2θ is not failed', async () => {
    expect(await verdictOf(String.raw`4\sin\theta \cos\theta z = 2z\sin2\theta`)).not.toBe('fails');
    expect(await verdictOf(String.raw`(2\cos\theta) \cdot (2\sin\theta) \cdot z = 4\sin\theta \cos\theta z`)).not.toBe('fails');
  });

  it('really wrong trigonometry still fails, with no further factor to swallow', async () => {
    expect(await verdictOf(String.raw`4\sin\theta \cos\theta = 2\sin\theta`)).toBe('fails');
    expect(await verdictOf(String.raw`\sin 2\theta = \sin\theta`)).toBe('fails');
  });
});

describe('numbers of 0s and 1s may be binary (notationDoubts.ts); boxed blanks 1 to 4 are a range (claims.ts)', () => {
  // docs/kyoto-university/informatics/cce/2025/cce_202408_senmonkiso_A_4.md: "$11110 + 11001 = 10111$ (Result is $-9$)",
  // and cce/2023/cce_202208_senmonkiso_A_7.md: "$(-90)=(10100110)$", 8-bit two's complement.
  it('binary sums and two\'s complement are not failed', async () => {
    expect(await verdictOf(String.raw`11110 + 11001 = 10111`)).not.toBe('fails');
    expect(await verdictOf(String.raw`(-90)=(10100110)`)).not.toBe('fails');
  });

  it('a decimal slip with a power of ten still fails: 2^{10} = 1000, 11 + 12 = 24', async () => {
    expect(await verdictOf(String.raw`2^{10} = 1000`)).toBe('fails');
    expect(await verdictOf(String.raw`11 + 12 = 24`)).toBe('fails');
    // A decimal digit beside the 0s and 1s (not a negative number alone on its side) makes it decimal.
    expect(await verdictOf(String.raw`1001 + 1 = 1003`)).toBe('fails');
  });

  // docs/TITech/engineering/ee/2020/ee_201908_math_1.md: "下記の $\boxed{1} \sim \boxed{4}$ に…を入れよ".
  it('\\boxed{1} \\sim \\boxed{4} is a range of blanks, not a relation', async () => {
    expect(await verdictOf(String.raw`\boxed{1} \sim \boxed{4}`)).not.toBe('fails');
    expect(await verdictOf(String.raw`2^{10} \sim 10^{6}`)).toBe('fails');
  });
});

describe('\\ln(…)^x and 6e-8 beside Euler\'s e: readings that differ (otherReadings.ts, claims.ts)', () => {
  // docs/waseda-university/CSE/keieisystem/2015/keieisystem_201408_tiku_0757.md: logarithmic differentiation.
  it('\\ln (x + 2\\ln x)^x = x \\ln(x + 2\\ln x) is not failed (ln of the power)', async () => {
    expect(await verdictOf(String.raw`\ln (x + 2\ln x)^x = x \ln(x + 2\ln x)`)).not.toBe('fails');
  });

  it('a wrong logarithm without a bracket power still fails', async () => {
    expect(await verdictOf(String.raw`\ln (x + 2\ln x) = x \ln(x + 2\ln x)`)).toBe('fails');
  });

  // docs/kyoto-university/informatics/ist/2024/ist_202308_kiso_f1_2.md: "\frac{8+e}{6e-8} \approx 1.290".
  it('\\frac{8+e}{6e-8} ≈ 1.290 (Euler\'s e) is not failed', async () => {
    expect(await verdictOf(String.raw`\frac{8+e}{6e-8} \approx 1.290`)).not.toBe('fails');
  });

  it('e-notation alone keeps its reading: 6e-8 \\times 2 = 1.3e-7 fails', async () => {
    expect(await verdictOf(String.raw`6e-8 \times 2 = 1.3e-7`)).toBe('fails');
  });
});

describe('a bare \\log beside \\ln is another base (context/logBesideLn.ts)', () => {
  // Myyura/the_kai_project, docs/kyushu-university/ISEE/ist/2023/ist_202208_information_theory.md: entropy in bits.
  it('the triangular density\'s entropy in bits is not failed; a formula with \\log alone that is wrong still fails', async () => {
    const bits = String.raw`-\int_0^a \frac{2x}{a^2}\log\frac{2x}{a^2}\text{d}x = \log a + \frac{1}{2\ln2} - 1`;
    expect((await judgeNote(`$$${bits}$$\n`))[0]!.verdict).not.toBe('fails');
    expect((await judgeNote(String.raw`$$\ln(e^2) + \ln(e) = 4$$` + '\n'))[0]!.verdict).toBe('fails');
    expect((await judgeNote(String.raw`$$\log(e^2) = 3$$` + '\n'))[0]!.verdict).toBe('fails');
  });
});
