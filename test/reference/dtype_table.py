#!/usr/bin/env python3
"""Expected fp32/fp16/bf16 roundings of float64 values, for test/numeric/dtype.test.ts.

fp32 and fp16 come from numpy (np.float32/np.float16 of a float64 are correctly
rounded, ties to even, directly from float64). bf16 has no numpy type, so it is
computed here by an independent exact method: the value is written as a Fraction,
divided by its quantum and rounded with Python's round(), which rounds an exact
rational half to even. fp16 is computed the same way and must agree with numpy.

Run:  python3 test/reference/dtype_table.py   (writes test/fixtures/numeric/dtype_table.json)
"""
import json
import math
import os
import struct
from fractions import Fraction

import numpy as np


def hex64(x: float) -> str:
    return struct.pack('>d', x).hex()


def exact_round(x: float, mantissa_bits: int, min_exp: int, max_exp: int) -> float:
    """Round float64 x once to a binary format with the given layout (ties to even)."""
    if math.isnan(x) or math.isinf(x) or x == 0:
        return x
    sign = -1.0 if x < 0 else 1.0
    a = Fraction(abs(x))
    _, e2 = math.frexp(abs(x))  # abs(x) = m * 2**e2, m in [0.5, 1)
    e = max(e2 - 1, min_exp)
    quantum = Fraction(2) ** (e - mantissa_bits)
    r = round(a / quantum) * quantum  # Fraction round: exact, half to even
    max_finite = (2 - Fraction(2) ** -mantissa_bits) * Fraction(2) ** max_exp
    if r > max_finite:
        return sign * math.inf
    return sign * float(r)


def bf16(x: float) -> float:
    return exact_round(x, 7, -126, 127)


def fp16_exact(x: float) -> float:
    return exact_round(x, 10, -14, 15)


def candidates() -> list:
    rng = np.random.default_rng(20261127)
    xs = [0.0, -0.0, math.inf, -math.inf, 1.0, -1.0, 65504.0, 65519.999999, 65519.99999999999,
          65520.0, 65536.0, 2.0 ** -24, 2.0 ** -25, 3 * 2.0 ** -25, 2.0 ** -26, 2.0 ** -14,
          2.0 ** -14 - 2.0 ** -25, 1 + 2.0 ** -8, 1 + 3 * 2.0 ** -8, 1 + 2.0 ** -11, 1 + 3 * 2.0 ** -11,
          1e300, -1e300, 5e-324, -5e-324, 2.0 ** -133, 2.0 ** -134, 3 * 2.0 ** -134, 2.0 ** -126,
          (2 - 2.0 ** -8) * 2.0 ** 127, (2 - 2.0 ** -7) * 2.0 ** 127, 3.4028234663852886e38,
          1.5 ** 27, 1.5 ** 28, 0.1, 1 / 3, math.pi, math.e]
    # Midpoints between neighbours of each format, and float64 values just either side.
    for bits, lo, hi in ((10, -24, 16), (7, -133, 128)):
        for _ in range(600):
            e = int(rng.integers(lo, hi))
            mant = int(rng.integers(0, 2 ** (bits + 1)))
            # A midpoint: an odd multiple of half a quantum inside binade e.
            q = 2.0 ** (max(e, lo + bits) - bits)
            m = (2 * mant + 1) * q / 2 + (2.0 ** e if e >= lo + bits else 0.0)
            if not math.isfinite(m):
                continue
            xs += [m, math.nextafter(m, math.inf), math.nextafter(m, -math.inf), -m]
            # Just above/below the tie by less than half an fp32 ulp: fp32 first would create a tie.
            xs += [m + m * 2.0 ** -30, m - m * 2.0 ** -30]
    # Wide random values: log-uniform magnitudes across and beyond each range.
    for _ in range(1500):
        xs.append(float(rng.choice([-1, 1]) * 2.0 ** rng.uniform(-140, 130)))
    for _ in range(500):
        xs.append(float(rng.normal()))
    return [x for x in xs if not math.isnan(x)]


def main() -> None:
    rows = []
    with np.errstate(over='ignore'):
        for x in candidates():
            h = float(np.float16(x))
            assert (h == fp16_exact(x) and math.copysign(1, h) == math.copysign(1, fp16_exact(x))), x
            rows.append([hex64(x), hex64(float(np.float32(x))), hex64(bf16(x)), hex64(h)])
    rows.append([hex64(math.nan)] * 4)
    out = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'numeric', 'dtype_table.json')
    with open(out, 'w') as f:
        json.dump({'columns': ['x', 'fp32', 'bf16', 'fp16'], 'encoding': 'float64 big-endian hex',
                   'rows': rows}, f, separators=(',', ':'))
        f.write('\n')
    print(f'wrote {len(rows)} rows to {os.path.normpath(out)}')


if __name__ == '__main__':
    main()
