#!/usr/bin/env python3
"""Independent numpy implementation of gradexp's remedies (docs/spec.md, "Remedies"),
used to produce the fixtures that test/numeric/remediesReference.test.ts compares against.

Per layer (mlp, and train's hidden layers; a linear head is neither normalized nor activated):
  Z = H_prev W^T;  N = norm(Z);  S = sigma(N);  H = H_prev + S   (residual)
  layernorm: mu = mean(Z), r = 1/sqrt(mean((Z - mu)^2) + 1e-5), N = (Z - mu) r
  rmsnorm:   r = 1/sqrt(mean(Z^2) + 1e-5),                        N = Z r
  backward from D = dL/dN:  layernorm  dZ = r (D - mean(D) - N mean(D N))
                            rmsnorm    dZ = r (D - N mean(D N))
  residual: G_prev = D W + G (the skip carries G unchanged)
Rounding: row statistics (mu, r, mean(D), mean(D N)) computed in float64 and rounded once to
float32 (float64 for fp64); every element of N, dZ, H = H_prev + S, G_prev = DW + G rounded
once to the dtype.
train only:
  loss-scale S: G_L = round(round(H_L - Y) * S / B); the gradients are divided by S, each
  quotient rounded to float32; dynamic = PyTorch GradScaler: S0 = 2^16, a step whose unscaled
  gradients are not all finite is skipped (weights and optimizer state untouched, Adam's step
  count not advanced) and halves S; 2000 clean steps in a row double S.
  clip {norm: c}: total = sqrt(sum of every layer's g^2) in float64; when total > c every g is
  multiplied by c / (total + 1e-6); clip {value: c}: each element clamped to [-c, c]; results
  rounded to the master format.

Run:  python3 test/reference/remedies_numpy.py   (writes test/fixtures/numeric/remedies/*.json)
"""
import json
import math
import os

import numpy as np

from mlp_numpy import activation, encode, matmul, norm as frobenius, to_dtype

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'fixtures', 'numeric', 'remedies')
DTYPES = ('fp64', 'fp32', 'bf16', 'fp16')
EPS = 1e-5


def stat(x, dtype):
    return to_dtype(x, 'fp64' if dtype == 'fp64' else 'fp32')


def norm_forward(kind, z, dtype):
    n = z.shape[1]
    mu = stat(z.sum(axis=1) / n, dtype) if kind == 'layernorm' else np.zeros(z.shape[0])
    centred = z - mu[:, None]
    r = stat(1.0 / np.sqrt((centred * centred).sum(axis=1) / n + EPS), dtype)
    return to_dtype(centred * r[:, None], dtype), r


def norm_backward(kind, d, nz, r, dtype):
    n = d.shape[1]
    mean_d = stat(d.sum(axis=1) / n, dtype) if kind == 'layernorm' else np.zeros(d.shape[0])
    mean_dn = stat((d * nz).sum(axis=1) / n, dtype)
    return to_dtype((d - mean_d[:, None] - nz * mean_dn[:, None]) * r[:, None], dtype)


def forward(ws, x, spec, dtype, last_linear):
    """Every H, and per layer (sigma', N, r) for the backward pass (None where not used)."""
    hs, saved = [x], [None]
    depth = len(ws)
    with np.errstate(over='ignore', invalid='ignore'):
        for t, w in enumerate(ws, start=1):
            z = matmul(hs[-1], w.T, dtype)
            if last_linear and t == depth:
                out, keep = z, None
            else:
                nz, r = norm_forward(spec['norm'], z, dtype) if spec['norm'] != 'none' else (z, None)
                f, d = activation(spec['activation'], spec['alpha'], nz)
                out, keep = to_dtype(f, dtype), (to_dtype(d, dtype), nz, r)
            if spec['residual']:
                out = to_dtype(hs[-1] + out, dtype)
            hs.append(out)
            saved.append(keep)
    return hs, saved


def backward(ws, hs, saved, g, spec, dtype, on_layer):
    with np.errstate(over='ignore', invalid='ignore'):
        for t in range(len(ws), 0, -1):
            g_in = g
            d = g
            if saved[t] is not None:
                deriv, nz, r = saved[t]
                d = to_dtype(g * deriv, dtype)
                if spec['norm'] != 'none':
                    d = norm_backward(spec['norm'], d, nz, r, dtype)
            dw = matmul(d.T, hs[t - 1], dtype)
            on_layer(t, g_in, dw)
            if t > 1:
                g = matmul(d, ws[t - 1], dtype)
                if spec['residual']:
                    g = to_dtype(g + g_in, dtype)


def run_mlp(case, spec, dtype):
    data = case['data']
    ws = [to_dtype(np.array(w), dtype) for w in data['weights']]
    x = to_dtype(np.array(data['input']), dtype)
    y = to_dtype(np.array(data['target']), dtype)
    hs, saved = forward(ws, x, spec, dtype, last_linear=False)
    batch = x.shape[0]
    with np.errstate(over='ignore', invalid='ignore'):
        g = np.ones_like(hs[-1]) if spec['loss'] == 'sum' else to_dtype(to_dtype(hs[-1] - y, dtype) / batch, dtype)
    layers = [None] * len(ws)

    def record(t, g_in, dw):
        layers[t - 1] = {'layer': t, 'gradW': frobenius(dw), 'gradH': frobenius(g_in), 'act': frobenius(hs[t]),
                         'nonfinite': int((~np.isfinite(dw)).sum()), 'zeros': int((dw == 0).sum())}

    backward(ws, hs, saved, g, spec, dtype, record)
    return layers


def train(case, spec, dtype, steps):
    master = 'fp64' if dtype == 'fp64' else 'fp32'
    data = case['data']
    ws = [to_dtype(np.array(w), master) for w in data['weights']]
    x = to_dtype(np.array(data['input']), dtype)
    y = to_dtype(np.array(data['target']), dtype)
    batch = x.shape[0]
    opt, lr = spec['optimizer'], spec['lr']
    s1 = [np.zeros_like(w) for w in ws]
    s2 = [np.zeros_like(w) for w in ws]
    scale_rule = spec.get('lossScale')
    scale = 2.0 ** 16 if scale_rule == 'dynamic' else (scale_rule or 1.0)
    clean = 0
    clip = spec.get('clip')
    points, ratios, diverged, scales, skipped, clipped, updates = [], [[] for _ in ws], None, [], [], 0, 0
    for k in range(steps + 1):
        wd = [to_dtype(w, dtype) for w in ws]
        hs, saved = forward(wd, x, spec, dtype, last_linear=spec['head'] == 'linear')
        with np.errstate(over='ignore', invalid='ignore'):
            loss = float(np.sum((hs[-1] - y) ** 2) / (2 * batch))
        if not math.isfinite(loss):
            diverged = k
            break
        points.append(loss)
        if k == steps:
            break
        with np.errstate(over='ignore', invalid='ignore'):
            g = to_dtype(to_dtype(hs[-1] - y, dtype) * scale / batch, dtype)
        grads = [None] * len(ws)

        def record(t, _g, dw):
            grads[t - 1] = dw

        backward(wd, hs, saved, g, spec, dtype, record)
        if scale_rule is not None or clip is not None:
            with np.errstate(over='ignore', invalid='ignore'):
                grads = [to_dtype(gr / scale, master) for gr in grads]
            if scale_rule is not None:
                scales.append(scale)
            finite = all(np.isfinite(gr).all() for gr in grads)
            if scale_rule == 'dynamic':
                if not finite:
                    skipped.append(k)
                    scale *= 0.5
                    clean = 0
                    for rs in ratios:
                        rs.append(0.0)
                    continue
                clean += 1
                if clean == 2000:
                    scale *= 2.0
                    clean = 0
            if clip is not None:
                with np.errstate(over='ignore', invalid='ignore'):
                    if clip['kind'] == 'norm':
                        total = math.sqrt(sum(float(np.sum(gr * gr)) for gr in grads))
                        if total > clip['limit']:
                            grads = [to_dtype(gr * (clip['limit'] / (total + 1e-6)), master) for gr in grads]
                            clipped += 1
                    else:
                        c = clip['limit']
                        if any((np.abs(gr) > c).any() for gr in grads):
                            clipped += 1
                        grads = [to_dtype(np.clip(gr, -c, c), master) for gr in grads]
        updates += 1
        with np.errstate(over='ignore', invalid='ignore'):
            for t, (w, gr) in enumerate(zip(ws, grads)):
                if opt == 'sgd':
                    new = to_dtype(w - lr * gr, master)
                elif opt == 'momentum':
                    s1[t] = to_dtype(0.9 * s1[t] + gr, master)
                    new = to_dtype(w - lr * s1[t], master)
                else:
                    s1[t] = to_dtype(0.9 * s1[t] + (1 - 0.9) * gr, master)
                    s2[t] = to_dtype(0.999 * s2[t] + (1 - 0.999) * gr * gr, master)
                    new = to_dtype(w - (lr * (s1[t] / (1 - 0.9 ** updates))) / (np.sqrt(s2[t] / (1 - 0.999 ** updates)) + 1e-8), master)
                old2 = float(np.sum(w * w))
                d2 = float(np.sum((new - w) ** 2))
                ratios[t].append((0.0 if d2 == 0 else math.inf) if old2 == 0 else math.sqrt(d2) / math.sqrt(old2))
                ws[t] = new
    out = {'losses': points, 'diverged': diverged, 'updateRatio': [[encode(r) for r in rs] for rs in ratios]}
    if scale_rule is not None:
        out['lossScale'] = scales
    if scale_rule == 'dynamic':
        out['skipped'] = skipped
    if clip is not None:
        out['clipped'] = clipped
    return out


def make_data(rng, widths, batch, gain, target_scale=1.0):
    weights = [(rng.normal(size=(widths[i + 1], widths[i])) * gain / math.sqrt(widths[i])).tolist()
               for i in range(len(widths) - 1)]
    return {'weights': weights, 'input': rng.normal(size=(batch, widths[0])).tolist(),
            'target': (rng.normal(size=(batch, widths[-1])) * target_scale).tolist()}


def spec(activation_name, residual=False, norm='none', loss='mse', alpha=1.0, **extra):
    return {'activation': activation_name, 'alpha': alpha, 'residual': residual, 'norm': norm, 'loss': loss, **extra}


def mlp_cases(rng):
    deep = make_data(rng, [8] * 21, 5, 1.0)
    big = make_data(rng, [8] * 9, 6, 3.0)
    grows = make_data(rng, [8] * 13, 4, 2.5)
    return [
        ('sigmoid-residual', deep, spec('sigmoid', residual=True)),
        ('sigmoid-plain', deep, spec('sigmoid')),
        ('tanh-layernorm-oversized', big, spec('tanh', norm='layernorm')),
        ('relu-rmsnorm-oversized-sum', big, spec('relu', norm='rmsnorm', loss='sum')),
        ('gelu-residual-layernorm', make_data(rng, [6] * 7, 4, 1.2), spec('gelu', residual=True, norm='layernorm')),
        ('identity-residual-rmsnorm', grows, spec('identity', residual=True, norm='rmsnorm', loss='sum')),
        # Without the norm the skips add up layer after layer: fp16 overflows, fp32 does not.
        ('identity-residual-overflow-fp16', grows, spec('identity', residual=True, loss='sum')),
        ('leaky-relu-residual', make_data(rng, [7] * 6, 3, 1.0), spec('leaky-relu', residual=True, alpha=0.1)),
    ]


def train_cases(rng):
    net = make_data(rng, [6] * 5, 10, 1.5)
    small = make_data(rng, [5, 5, 5, 5], 8, 1.0)
    tiny = make_data(rng, [4] * 4, 8, 1.0, target_scale=40.0)
    under = make_data(rng, [6] * 4, 8, 1.0, target_scale=1e-3)
    steps = 30
    return [
        ('residual-layernorm-sgd', net, spec('tanh', residual=True, norm='layernorm', head='linear', optimizer='sgd', lr=0.05), steps),
        ('rmsnorm-activation-head-adam', net, spec('sigmoid', norm='rmsnorm', head='activation', optimizer='adam', lr=0.01), steps),
        ('clip-norm-sgd', net, spec('relu', head='linear', optimizer='sgd', lr=0.3, clip={'kind': 'norm', 'limit': 0.5}), steps),
        ('clip-value-momentum', net, spec('tanh', head='linear', optimizer='momentum', lr=0.1, clip={'kind': 'value', 'limit': 0.05}), steps),
        ('clip-norm-adam-residual', small, spec('relu', residual=True, head='linear', optimizer='adam', lr=0.02, clip={'kind': 'norm', 'limit': 0.1}), steps),
        ('static-scale-underflow', under, spec('tanh', head='linear', optimizer='sgd', lr=0.5, lossScale=1024.0), steps),
        ('static-scale-clip', under, spec('tanh', head='linear', optimizer='momentum', lr=0.1, lossScale=4096.0, clip={'kind': 'value', 'limit': 1e-4}), steps),
        # Large targets: S = 2^16 overflows fp16's gradients, the scaler halves S until they fit,
        # then doubles it every 2000 clean steps and overflows again: skip, halve, double, skip.
        ('dynamic-scale-sawtooth', tiny, spec('tanh', head='linear', optimizer='sgd', lr=1e-4, lossScale='dynamic'), 4100),
        ('dynamic-scale-adam', tiny, spec('tanh', residual=True, head='linear', optimizer='adam', lr=1e-3, lossScale='dynamic', clip={'kind': 'norm', 'limit': 1.0}), 60),
    ]


def thin(result, stride):
    out = dict(result)
    out['losses'] = result['losses'][::stride]
    out['updateRatio'] = [rs[::stride] for rs in result['updateRatio']]
    if 'lossScale' in result:
        s = result['lossScale']
        out['lossScale'] = [[k, s[k]] for k in range(len(s)) if k == 0 or s[k] != s[k - 1]]
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(2026)
    index = {'mlp': [], 'train': []}
    for name, data, sp in mlp_cases(rng):
        file = 'mlp-' + name + '.json'
        with open(os.path.join(OUT, file), 'w') as f:
            json.dump(data, f)
        expected = {d: [{k: encode(v) for k, v in layer.items()} for layer in run_mlp({'data': data}, sp, d)] for d in DTYPES}
        index['mlp'].append({'name': name, 'weights': file, 'spec': sp, 'expected': expected})
        print('mlp', name, {d: (e[0]['gradW'], e[-1]['gradW']) for d, e in expected.items()})
    for name, data, sp, steps in train_cases(rng):
        file = 'train-' + name + '.json'
        with open(os.path.join(OUT, file), 'w') as f:
            json.dump(data, f)
        dtypes = [d for d in DTYPES if not (d == 'fp64' and sp.get('lossScale') is not None)]
        # Long runs keep every stride-th loss and update ratio (the fixture stays small); the scale
        # sequence is kept whole, as the steps where it changes.
        stride = 1 if steps <= 100 else 50
        expected = {d: thin(train({'data': data}, sp, d, steps), stride) for d in dtypes}
        index['train'].append({'name': name, 'weights': file, 'spec': sp, 'steps': steps, 'stride': stride, 'expected': expected})
        print('train', name, {d: (e['diverged'], e['losses'][-1] if e['losses'] else None, e.get('skipped', [])[:6], e.get('clipped')) for d, e in expected.items()})
    with open(os.path.join(OUT, 'expected.json'), 'w') as f:
        json.dump(index, f)


if __name__ == '__main__':
    main()
