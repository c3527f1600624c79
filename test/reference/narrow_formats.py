#!/usr/bin/env python3
"""Expected values for the narrow formats, for test/numeric/narrowFormats.test.ts
and test/numeric/blockFormats.test.ts.

Written from the published definitions, not from the TypeScript:

* fp8 (OCP 8-bit floating point, v1.0): E4M3 "FN" — bias 7, no infinities,
  S.1111.111 is NaN, max 448; E5M2 — bias 15, IEEE infinities/NaNs, max 57344.
  MX element formats (OCP Microscaling v1.0): E3M2 (bias 3), E2M3 (bias 1),
  E2M1 (bias 1), no special codes.
* Every code is decoded from its bit fields. Rounding is done by search: the
  exact rational input is compared with the sorted list of the format's
  finite values (plus the value one step above the largest, as an unbounded
  exponent would give); the nearest wins, and a tie goes to the value whose
  code is even (last mantissa bit 0). Landing on the step above the largest
  value is an overflow: NaN for E4M3FN (PyTorch's float8_e4m3fn cast),
  ±Infinity for E5M2, the largest value when saturating (MX elements).
* MX block quantization (OCP Microscaling v1.0, §6.3): X = 2^(floor(log2 amax)
  − emax_elem), clamped to 2^−127; element = saturating round of v/X.
  NVFP4 (NVIDIA): S = fp32(amax_tensor / (6·448)); per 16-element block
  s = E4M3(amax_block / (6·S)) (saturating); element q = E2M1(v / (s·S));
  stored fp32(q·s·S). Blocks run along each row; a block with NaN/Inf is NaN.

Run:  python3 test/reference/narrow_formats.py
(writes test/fixtures/numeric/narrow_formats.json and block_formats.json)
"""
import json
import math
import os
import random
import struct
from fractions import Fraction

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'numeric')


def enc(x):
    """A float as JSON: the 16 hex digits of its float64 bits (keeps −0, NaN, ±Infinity)."""
    return struct.pack('>d', x).hex()


class Fmt:
    def __init__(self, name, ebits, mbits, specials):
        self.name, self.ebits, self.mbits, self.specials = name, ebits, mbits, specials
        self.bias = 2 ** (ebits - 1) - 1
        self.width = 1 + ebits + mbits

    def decode(self, code):
        """Value of a code from its sign, exponent and mantissa fields (Fraction, or a float special)."""
        sign = -1 if code >> (self.ebits + self.mbits) else 1
        exp = (code >> self.mbits) & ((1 << self.ebits) - 1)
        man = code & ((1 << self.mbits) - 1)
        top = (1 << self.ebits) - 1
        if self.specials == 'ieee' and exp == top:
            return sign * math.inf if man == 0 else math.nan
        if self.specials == 'fn' and exp == top and man == (1 << self.mbits) - 1:
            return math.nan
        if exp == 0 and man == 0:
            return math.copysign(0.0, sign)  # a Fraction has no −0
        if exp == 0:
            return sign * Fraction(man, 2 ** self.mbits) * Fraction(2) ** (1 - self.bias)
        return sign * (1 + Fraction(man, 2 ** self.mbits)) * Fraction(2) ** (exp - self.bias)

    def positives(self):
        """[(value, code)] of the non-negative finite values, ascending, and the step above the largest."""
        if not hasattr(self, '_positives'):
            self._positives = self._list_positives()
        return self._positives

    def _list_positives(self):
        vals = []
        for code in range(1 << (self.width - 1)):
            v = self.decode(code)
            if not math.isnan(v) and not math.isinf(v):
                vals.append((Fraction(v), code))
        vals.sort()
        top, top_code = vals[-1]
        # The value after the largest with an unbounded exponent: one quantum of the top binade up.
        e = math.floor(math.log2(top))
        while Fraction(2) ** (e + 1) <= top:
            e += 1
        while Fraction(2) ** e > top:
            e -= 1
        vals.append((top + Fraction(2) ** (e - self.mbits), top_code + 1))
        return vals

    def round(self, x, rule):
        """Round a float/Fraction once; rule: 'nan' | 'infinity' | 'saturate' for overflow."""
        if isinstance(x, float):
            if math.isnan(x):
                return math.nan
            if math.isinf(x):
                return {'nan': math.nan, 'infinity': x, 'saturate': math.copysign(float(self.positives()[-2][0]), x)}[rule]
            if x == 0:
                return x
        neg = x < 0
        a = Fraction(abs(x))
        vals = self.positives()
        best = None
        for i in range(len(vals) - 1):
            lo, lo_code = vals[i]
            hi, hi_code = vals[i + 1]
            if lo <= a <= hi:
                if a - lo < hi - a:
                    best = (lo, lo_code)
                elif a - lo > hi - a:
                    best = (hi, hi_code)
                else:
                    best = (lo, lo_code) if lo_code % 2 == 0 else (hi, hi_code)
                break
        if best is None or best[0] == vals[-1][0]:  # above the largest, or rounded to the step beyond it
            if rule == 'nan':
                return math.nan
            if rule == 'infinity':
                return -math.inf if neg else math.inf
            best = vals[-2]
        v = float(best[0])
        return -v if neg else v


E4M3 = Fmt('e4m3', 4, 3, 'fn')
E5M2 = Fmt('e5m2', 5, 2, 'ieee')
E3M2 = Fmt('e3m2', 3, 2, 'none')
E2M3 = Fmt('e2m3', 2, 3, 'none')
E2M1 = Fmt('e2m1', 2, 1, 'none')


def fp32(x):
    """Exact rational (or float) rounded once to IEEE binary32, ties to even (subnormals kept)."""
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x) or x == 0):
        return x
    x = Fraction(x)
    if x == 0:
        return 0.0
    neg = x < 0
    a = abs(x)
    e = 0
    while Fraction(2) ** (e + 1) <= a:
        e += 1
    while Fraction(2) ** e > a:
        e -= 1
    e = max(e, -126)
    q = Fraction(2) ** (e - 23)
    r = round(a / q) * q
    if r > (2 - Fraction(2) ** -23) * Fraction(2) ** 127:
        r = math.inf
    v = float(r)
    return -v if neg else v


def edge_inputs(fmt):
    """Every tie and overflow edge: midpoints of neighbours, a hair either side, and past the top."""
    vals = [v for v, _ in fmt.positives()]
    xs = set()
    for lo, hi in zip(vals, vals[1:]):
        mid = (lo + hi) / 2
        m = float(mid)
        xs.update([m, math.nextafter(m, math.inf), math.nextafter(m, -math.inf), float(lo)])
    top = vals[-1]
    xs.update([float(top), float(top) * 2, float(top) * 1e6, 1e308])
    xs.update(-x for x in list(xs))
    xs.update([0.0, -0.0, math.inf, -math.inf, math.nan])
    rng = random.Random(8)
    for _ in range(1500):
        xs.add(math.copysign(2.0 ** rng.uniform(-30, 20), rng.choice([-1, 1])))
        # float32 values, the inputs the bulk routine sees
        xs.add(struct.unpack('>f', struct.pack('>f', 2.0 ** rng.uniform(-30, 20)))[0])
    return sorted(xs, key=lambda v: (math.isnan(v), v))


def scalar_fixture():
    out = {}
    for fmt, rule in ((E4M3, 'nan'), (E5M2, 'infinity')):
        codes = []
        for code in range(256):
            v = fmt.decode(code)
            codes.append([code, enc(float(v))])
        rows = [[enc(x), enc(fmt.round(x, rule))] for x in edge_inputs(fmt)]
        out[fmt.name] = {'codes': codes, 'rounding': rows}
    for fmt in (E3M2, E2M3, E2M1):
        codes = [[code, enc(float(fmt.decode(code)))] for code in range(1 << fmt.width)]
        rows = [[enc(x), enc(fmt.round(x, 'saturate'))] for x in edge_inputs(fmt)]
        out[fmt.name] = {'codes': codes, 'rounding': rows}
    return out


def floor_log2(a):
    """floor(log2(a)) for a positive float, exactly."""
    m, e = math.frexp(a)  # a = m·2^e, m in [0.5, 1)
    return e - 1


EMAX = {'e4m3': 8, 'e5m2': 15, 'e3m2': 4, 'e2m3': 2, 'e2m1': 2}


def mx_block(block, fmt):
    if any(math.isnan(v) or math.isinf(v) for v in block):
        return [math.nan] * len(block)
    amax = max(abs(v) for v in block)
    if amax == 0:
        return list(block)
    shared = max(floor_log2(amax) - EMAX[fmt.name], -127)
    x = Fraction(2) ** shared
    out = []
    for v in block:
        q = fmt.round(Fraction(v) / x, 'saturate') if v != 0 else v
        r = Fraction(q) * x if q != 0 else None
        val = float(r) if r is not None else math.copysign(0.0, v)
        assert fp32(val) == val
        out.append(val)
    return out


def nvfp4_tensor(values, row):
    finite = [abs(v) for v in values if not (math.isnan(v) or math.isinf(v))]
    tensor_scale = fp32(Fraction(max(finite, default=0.0)) / (6 * 448))
    out = []
    for r0 in range(0, len(values), row):
        for b0 in range(r0, r0 + row, 16):
            block = values[b0:min(b0 + 16, r0 + row)]
            if any(math.isnan(v) or math.isinf(v) for v in block):
                out += [math.nan] * len(block)
                continue
            amax = max(abs(v) for v in block)
            if amax == 0:
                out += block
                continue
            s = 0.0 if tensor_scale == 0 else E4M3.round(Fraction(amax) / (6 * Fraction(tensor_scale)), 'saturate')
            scale = Fraction(s) * Fraction(tensor_scale)
            for v in block:
                q = 0.0 if scale == 0 else E2M1.round(Fraction(v) / scale, 'saturate')
                val = fp32(Fraction(q) * scale) if q != 0 else math.copysign(0.0, v)
                out.append(val)
    return out


def mx_tensor(values, row, fmt):
    out = []
    for r0 in range(0, len(values), row):
        for b0 in range(r0, r0 + row, 32):
            out += mx_block(values[b0:min(b0 + 32, r0 + row)], fmt)
    return out


def f32(x):
    return struct.unpack('>f', struct.pack('>f', x))[0]


def block_cases():
    rng = random.Random(14)
    cases = []

    def add(name, values, row):
        cases.append({'name': name, 'row': row, 'values': [f32(v) for v in values]})

    add('normal rows of 64', [rng.gauss(0, 1) for _ in range(4 * 64)], 64)
    add('rows of 40 (a short last block)', [rng.gauss(0, 3) for _ in range(3 * 40)], 40)
    add('rows of 8 (one short block)', [rng.gauss(0, 1) for _ in range(2 * 8)], 8)
    # Saturation: amax's mantissa above the element's largest (1.99·2^k) makes v/X exceed max normal.
    add('saturating blocks', [1.99 * 2 ** 5, -1.97 * 2 ** 5] + [rng.uniform(-40, 40) for _ in range(62)], 64)
    add('all-zero blocks and signed zeros', [0.0] * 32 + [-0.0] * 16 + [0.0] * 16 + [rng.gauss(0, 1) for _ in range(64)], 32)
    add('wide dynamic range in a block (small values flush to 0)', [2.0 ** rng.uniform(-40, 10) * rng.choice([-1, 1]) for _ in range(128)], 64)
    add('tiny blocks (scale clamped at 2^-127, float32 subnormals)', [2.0 ** rng.uniform(-149, -120) * rng.choice([-1, 1]) for _ in range(64)], 32)
    add('huge values', [rng.uniform(-1, 1) * 3e38 for _ in range(64)], 32)
    add('NaN and Infinity poison only their block', [math.nan] + [1.0] * 31 + [math.inf] + [2.0] * 31 + [rng.gauss(0, 1) for _ in range(32)], 96)
    add('ties on the element grid', [1.25, 1.75, 2.5, 3.5, 5.0, 0.25, 0.75, 6.0, 7.0, 8.0, -1.25, -5.0, 0.125, 2.25, 4.5, 3.0] * 4, 32)
    return cases


def block_fixture():
    out = []
    for case in block_cases():
        vals, row = case['values'], case['row']
        expected = {
            'mxfp8-e4m3': mx_tensor(vals, row, E4M3),
            'mxfp8-e5m2': mx_tensor(vals, row, E5M2),
            'mxfp6-e3m2': mx_tensor(vals, row, E3M2),
            'mxfp6-e2m3': mx_tensor(vals, row, E2M3),
            'mxfp4': mx_tensor(vals, row, E2M1),
            'nvfp4': nvfp4_tensor(vals, row),
        }
        out.append({'name': case['name'], 'row': row, 'values': [enc(v) for v in vals],
                    'expected': {k: [enc(v) for v in vs] for k, vs in expected.items()}})
    return out


def main():
    # The definitions' headline numbers, checked here so a wrong layout cannot write a fixture.
    assert float(E4M3.positives()[-2][0]) == 448 and E4M3.round(464.0, 'nan') == 448 and math.isnan(E4M3.round(464.0001, 'nan'))
    assert float(E5M2.positives()[-2][0]) == 57344 and E5M2.round(61440.0, 'infinity') == math.inf
    assert E5M2.round(61439.0, 'infinity') == 57344
    assert float(E4M3.positives()[1][0]) == 2.0 ** -9 and float(E5M2.positives()[1][0]) == 2.0 ** -16
    assert [float(v) for v, _ in E2M1.positives()[:-1]] == [0, 0.5, 1, 1.5, 2, 3, 4, 6]
    assert float(E3M2.positives()[-2][0]) == 28 and float(E2M3.positives()[-2][0]) == 7.5
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'narrow_formats.json'), 'w') as f:
        json.dump({'encoding': 'float64 big-endian hex', 'formats': scalar_fixture()}, f, separators=(',', ':'))
    with open(os.path.join(OUT, 'block_formats.json'), 'w') as f:
        json.dump({'encoding': 'float64 big-endian hex', 'cases': block_fixture()}, f, separators=(',', ':'))


if __name__ == '__main__':
    main()
