#!/usr/bin/env python3
"""Independent numpy implementation of gradexp's `mlp` semantics (docs/spec.md §1.3), used to
produce the fixtures that test/numeric/mlpReference.test.ts compares against.

Semantics (rows are samples): H0 = X; Zt = H(t-1) Wt^T; Ht = f(Zt);
mse loss l = 1/(2B) sum ||HL - Y||^2 (G_L = (HL - Y)/B) or sum loss l = sum HL (G_L = 1);
backward Dt = Gt * f'(Zt), dWt = Dt^T H(t-1), G(t-1) = Dt Wt.
Emulation: every tensor is rounded to the dtype after each operation. Matrix
products accumulate in float32 in ascending k order, each product and partial sum
rounded to float32 (float64 for fp64), then the result is rounded once to the
dtype. Elementwise operations are computed in float64 and rounded once.
fp16 rounding is numpy's float64 -> float16 cast (correctly rounded); bf16 rounding
is the exact method below (float64 bit arithmetic; subnormals by exact scaling).

Run:  python3 test/reference/mlp_numpy.py   (writes test/fixtures/numeric/mlp/*.json)
"""
import json
import math
import os

import numpy as np

from narrow_numpy import to_narrow

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'fixtures', 'numeric', 'mlp')
BF16_MAX = (2 - 2.0 ** -7) * 2.0 ** 127


def round_bf16(x):
    """Round float64 array to bfloat16 exactly (ties to even), returned as float64."""
    x = np.asarray(x, dtype=np.float64)
    bits = x.view(np.uint64)
    # Normal range: keep 7 of the 52 fraction bits; add half-ulp-minus-one plus the lowest kept bit.
    low = np.uint64((1 << 45) - 1)
    kept_lsb = (bits >> np.uint64(45)) & np.uint64(1)
    rounded = ((bits + (low >> np.uint64(1)) + kept_lsb) & ~low).view(np.float64)
    # bf16 subnormal range: exact scaling to units of 2^-133 and numpy's half-to-even round.
    sub = np.abs(x) < 2.0 ** -126
    with np.errstate(invalid='ignore', over='ignore'):
        rounded = np.where(sub, np.round(x * 2.0 ** 133) * 2.0 ** -133, rounded)
        rounded = np.where(np.abs(rounded) > BF16_MAX, np.copysign(np.inf, x), rounded)
    return np.where(np.isfinite(x), rounded, x)


def to_dtype(x, dtype):
    x = np.asarray(x, dtype=np.float64)
    if dtype not in ('fp64', 'fp32', 'fp16', 'bf16'):
        return to_narrow(x, dtype)  # fp8 value by value; block-scaled formats by row blocks
    with np.errstate(over='ignore'):
        if dtype == 'fp64':
            return x.copy()
        if dtype == 'fp32':
            return x.astype(np.float32).astype(np.float64)
        if dtype == 'fp16':
            return x.astype(np.float16).astype(np.float64)
    return round_bf16(x)


def elementwise(x, dtype):
    """An intermediate elementwise result: rounded to the dtype, or to fp32 for a block-scaled
    dtype (its tensor is quantized once, after the whole elementwise step)."""
    return to_dtype(x, 'fp32' if dtype.startswith(('mx', 'nv')) else dtype)


def matmul(a, b, dtype):
    """Sequential-k accumulation in float32 (float64 for fp64), then one rounding to dtype."""
    if dtype == 'fp64':
        acc = np.zeros((a.shape[0], b.shape[1]))
        for p in range(a.shape[1]):
            acc = acc + np.outer(a[:, p], b[p, :])
        return acc
    a32 = a.astype(np.float32)
    b32 = b.astype(np.float32)
    acc = np.zeros((a.shape[0], b.shape[1]), dtype=np.float32)
    with np.errstate(over='ignore', invalid='ignore'):
        for p in range(a.shape[1]):
            acc = acc + np.multiply.outer(a32[:, p], b32[p, :])
    return to_dtype(acc.astype(np.float64), dtype)


erfc = np.vectorize(math.erfc)


def sigmoid(x):
    with np.errstate(over='ignore'):
        e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))


def activation(name, alpha, z):
    """(f(z), f'(z)) in float64."""
    with np.errstate(over='ignore', invalid='ignore'):
        if name == 'identity':
            return z.copy(), np.ones_like(z)
        if name == 'relu':
            return np.where(z > 0, z, np.where(z <= 0, 0.0, z)), np.where(z > 0, 1.0, np.where(z <= 0, 0.0, np.nan))
        if name == 'leaky-relu':
            return np.where(z > 0, z, alpha * z), np.where(z > 0, 1.0, np.where(z <= 0, alpha, np.nan))
        if name == 'sigmoid':
            e = np.exp(-np.abs(z))
            return sigmoid(z), e / (1 + e) ** 2
        if name == 'tanh':
            return np.tanh(z), 1 / np.cosh(z) ** 2
        if name == 'gelu':
            cdf = 0.5 * erfc(-z / math.sqrt(2))
            return z * cdf, cdf + z * np.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)
        if name == 'silu':
            s = sigmoid(z)
            return z * s, s + z * s * sigmoid(-z)
        if name == 'elu':
            return np.where(z > 0, z, alpha * np.expm1(z)), np.where(z > 0, 1.0, alpha * np.exp(z))
        if name == 'softplus':
            return np.logaddexp(0, z), sigmoid(z)
    raise ValueError(name)


def norm(t):
    if np.isnan(t).any():
        return math.nan
    if np.isinf(t).any():
        return math.inf
    scale = np.abs(t).max()
    if scale == 0:
        return 0.0
    return float(scale * np.sqrt(np.sum((t / scale) ** 2)))


def run(case, dtype):
    ws = [to_dtype(np.array(w), dtype) for w in case['data']['weights']]
    x = to_dtype(np.array(case['data']['input']), dtype)
    y = to_dtype(np.array(case['data']['target']), dtype)
    name, alpha = case['activation'], case.get('alpha', 0.01 if case['activation'] == 'leaky-relu' else 1.0)
    hs, ss = [x], [None]
    for w in ws:
        z = matmul(hs[-1], w.T, dtype)
        f, d = activation(name, alpha, z)
        hs.append(to_dtype(f, dtype))
        ss.append(to_dtype(d, dtype))
    batch = x.shape[0]
    with np.errstate(over='ignore', invalid='ignore'):
        if case['loss'] == 'sum':
            g = np.ones_like(hs[-1])
        else:
            g = to_dtype(elementwise(hs[-1] - y, dtype) / batch, dtype)
        layers = [None] * len(ws)
        for t in range(len(ws), 0, -1):
            grad_h = norm(g)
            d = to_dtype(g * ss[t], dtype)
            dw = matmul(d.T, hs[t - 1], dtype)
            layers[t - 1] = {'layer': t, 'gradW': norm(dw), 'gradH': grad_h, 'act': norm(hs[t]),
                             'nonfinite': int((~np.isfinite(dw)).sum()), 'zeros': int((dw == 0).sum())}
            g = matmul(d, ws[t - 1], dtype)
    return layers


def make_case(rng, name, widths, batch, scale, activation_name, loss, alpha=None):
    weights = [(rng.normal(size=(widths[i + 1], widths[i])) * scale).tolist() for i in range(len(widths) - 1)]
    data = {'weights': weights, 'input': rng.normal(size=(batch, widths[0])).tolist(),
            'target': rng.normal(size=(batch, widths[-1])).tolist()}
    case = {'name': name, 'activation': activation_name, 'loss': loss, 'data': data}
    if alpha is not None:
        case['alpha'] = alpha
    return case


def cases():
    rng = np.random.default_rng(7)
    out = [
        make_case(rng, 'tanh-mixed-widths', [6, 8, 5, 7], 4, 0.7, 'tanh', 'mse'),
        make_case(rng, 'relu-deep-sum', [8] * 13, 5, 0.5, 'relu', 'sum'),
        make_case(rng, 'leaky-relu', [5, 7, 6, 5], 3, 0.6, 'leaky-relu', 'mse', alpha=0.1),
        make_case(rng, 'sigmoid', [5, 6, 6, 4], 3, 1.0, 'sigmoid', 'mse'),
        make_case(rng, 'gelu', [5, 6, 6, 4], 3, 0.8, 'gelu', 'mse'),
        make_case(rng, 'silu', [5, 6, 6, 4], 3, 0.8, 'silu', 'sum'),
        make_case(rng, 'elu', [5, 6, 6, 4], 3, 0.8, 'elu', 'mse', alpha=1.5),
        make_case(rng, 'softplus', [5, 6, 6, 4], 3, 0.5, 'softplus', 'mse'),
        make_case(rng, 'identity', [5, 6, 6, 4], 3, 0.8, 'identity', 'mse'),
        # Activations grow ×~8 per layer: fp16 overflows (Infinity, then NaN), fp32/bf16 do not.
        make_case(rng, 'identity-overflow-fp16', [8] * 11, 4, 3.0, 'identity', 'sum'),
        # σ′ ≤ 0.25 and small weights: gradients of early layers underflow to exact zeros in fp16.
        make_case(rng, 'sigmoid-underflow-fp16', [8] * 31, 4, 0.3, 'sigmoid', 'mse'),
    ]
    return out


def encode(v):
    if isinstance(v, float) and not math.isfinite(v):
        return 'NaN' if math.isnan(v) else ('Infinity' if v > 0 else '-Infinity')
    return v


def self_check_bf16():
    """The vectorised bf16 rounding must agree with the exact-fraction table of dtype_table.py."""
    with open(os.path.join(HERE, '..', 'fixtures', 'numeric', 'dtype_table.json')) as f:
        rows = json.load(f)['rows']
    xs = np.array([np.frombuffer(bytes.fromhex(r[0]), '>f8')[0] for r in rows])
    want = np.array([np.frombuffer(bytes.fromhex(r[2]), '>f8')[0] for r in rows])
    got = round_bf16(xs)
    same = (got == want) | (np.isnan(got) & np.isnan(want))
    assert same.all(), xs[~same][:5]


def main():
    self_check_bf16()
    os.makedirs(OUT, exist_ok=True)
    index = []
    for case in cases():
        expected = {dtype: [{k: encode(v) for k, v in layer.items()} for layer in run(case, dtype)]
                    for dtype in ('fp64', 'fp32', 'bf16', 'fp16')}
        file = case['name'] + '.json'
        with open(os.path.join(OUT, file), 'w') as f:
            json.dump(case['data'], f)
        index.append({'name': case['name'], 'weights': file, 'activation': case['activation'],
                      'alpha': case.get('alpha'), 'loss': case['loss'], 'expected': expected})
    with open(os.path.join(OUT, 'expected.json'), 'w') as f:
        json.dump(index, f, indent=1)
    for entry in index:
        fp16 = entry['expected']['fp16']
        print(entry['name'], 'fp16 nonfinite layers', [l['layer'] for l in fp16 if l['nonfinite']],
              'zero layers', [l['layer'] for l in fp16 if l['zeros']])


if __name__ == '__main__':
    main()
