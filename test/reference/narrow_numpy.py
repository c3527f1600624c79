"""Vectorised numpy rounding to the narrow dtypes, for mlp_numpy.py and train_numpy.py.

fp8-e4m3 / fp8-e5m2: round to the format's grid with numpy's half-to-even
np.round on exactly scaled values (x / quantum is exact), then the overflow
rule (E4M3FN: NaN; E5M2: ±Infinity). Block-scaled dtypes quantize each row of
a 2-D array in blocks (MX: 32 elements, E8M0 scale 2^(floor(log2 amax) −
emax), elements saturating; NVFP4: 16 elements, E4M3 block scale on an fp32
per-tensor scale amax/(6·448)), from the values rounded to float32 first.
Both are checked against the exact-fraction fixtures of narrow_formats.py
before any fixture is written (self_check).
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))

# name: (mantissa bits, exponent of the smallest normal, largest finite, emax, overflow rule)
ELEMENTS = {
    'e4m3': (3, -6, 448.0, 8, 'nan'),
    'e5m2': (2, -14, 57344.0, 15, 'inf'),
    'e3m2': (2, -2, 28.0, 4, 'sat'),
    'e2m3': (3, 0, 7.5, 2, 'sat'),
    'e2m1': (1, 0, 6.0, 2, 'sat'),
}
BLOCK = {
    'mxfp8-e4m3': ('e4m3', 32), 'mxfp8-e5m2': ('e5m2', 32), 'mxfp6-e3m2': ('e3m2', 32),
    'mxfp6-e2m3': ('e2m3', 32), 'mxfp4': ('e2m1', 32), 'nvfp4': ('e2m1', 16),
}
FP8 = {'fp8-e4m3': 'e4m3', 'fp8-e5m2': 'e5m2'}


def round_element(x, name, rule=None, shift=0):
    """x (float64 array) rounded to the element grid scaled by 2^shift (an array or int), ties to even."""
    mbits, min_exp, top, _, own_rule = ELEMENTS[name]
    rule = rule or own_rule
    x = np.asarray(x, dtype=np.float64)
    a = np.abs(x)
    with np.errstate(divide='ignore', invalid='ignore', over='ignore'):
        _, e2 = np.frexp(a)
        e = np.maximum(e2 - 1, min_exp + shift)
        quantum = np.ldexp(1.0, e - mbits)
        r = np.round(a / quantum) * quantum
        limit = np.ldexp(top, shift)
        over = r > limit
        if rule == 'nan':
            r = np.where(over, np.nan, r)
        elif rule == 'inf':
            r = np.where(over, np.inf, r)
        else:
            r = np.where(over | np.isinf(a), limit, r)
        r = np.where(np.isnan(a), np.nan, r)
        r = np.where(a == 0, 0.0, r)
    return np.copysign(r, x)


def fp32(x):
    with np.errstate(over='ignore'):
        return np.asarray(x, dtype=np.float64).astype(np.float32).astype(np.float64)


def quantize_rows(x, dtype):
    x = fp32(x)
    shape = x.shape
    rows = x.reshape(-1, shape[-1]) if x.ndim > 1 else x.reshape(1, -1)
    name, size = BLOCK[dtype]
    out = np.empty_like(rows)
    finite = rows[np.isfinite(rows)]
    tensor_scale = fp32(np.abs(finite).max() / (6 * 448.0)) if finite.size else 0.0
    for i, row in enumerate(rows):
        for b0 in range(0, row.size, size):
            block = row[b0:b0 + size]
            if not np.isfinite(block).all():
                out[i, b0:b0 + size] = np.nan
                continue
            amax = np.abs(block).max()
            if amax == 0:
                out[i, b0:b0 + size] = block
                continue
            if dtype == 'nvfp4':
                s = 0.0 if tensor_scale == 0 else float(round_element(amax / (6 * tensor_scale), 'e4m3', 'sat'))
                scale = s * tensor_scale
                q = np.zeros_like(block) if scale == 0 else round_element(block / scale, 'e2m1', 'sat')
                out[i, b0:b0 + size] = np.copysign(fp32(q * scale), block)
            else:
                _, e2 = np.frexp(amax)
                shared = max(int(e2) - 1 - ELEMENTS[name][3], -127)
                out[i, b0:b0 + size] = round_element(block, name, 'sat', shared)
    return out.reshape(shape)


def to_narrow(x, dtype):
    """x rounded to an fp8 dtype value by value, or quantized by row blocks for a block-scaled dtype."""
    if dtype in FP8:
        return round_element(x, FP8[dtype])
    return quantize_rows(x, dtype)


def self_check():
    def dec(h):
        return np.frombuffer(bytes.fromhex(h), '>f8')[0]

    with open(os.path.join(HERE, '..', 'fixtures', 'numeric', 'narrow_formats.json')) as f:
        formats = json.load(f)['formats']
    for name, rows in formats.items():
        xs = np.array([dec(r[0]) for r in rows['rounding']])
        want = np.array([dec(r[1]) for r in rows['rounding']])
        got = round_element(xs, name)
        same = (got == want) & (np.signbit(got) == np.signbit(want)) | (np.isnan(got) & np.isnan(want))
        assert same.all(), (name, xs[~same][:5], got[~same][:5], want[~same][:5])
    with open(os.path.join(HERE, '..', 'fixtures', 'numeric', 'block_formats.json')) as f:
        cases = json.load(f)['cases']
    for case in cases:
        xs = np.array([dec(h) for h in case['values']]).reshape(-1, case['row'])
        for dtype, hexes in case['expected'].items():
            want = np.array([dec(h) for h in hexes]).reshape(xs.shape)
            got = quantize_rows(xs, dtype)
            same = (got == want) & (np.signbit(got) == np.signbit(want)) | (np.isnan(got) & np.isnan(want))
            assert same.all(), (case['name'], dtype, got[~same][:5], want[~same][:5])


if __name__ == '__main__':
    self_check()
    print('narrow_numpy agrees with the exact-fraction fixtures')
