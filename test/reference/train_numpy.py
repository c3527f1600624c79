#!/usr/bin/env python3
"""Independent numpy implementation of gradexp's `train` semantics (docs/spec.md, "train"),
used to produce the fixtures that test/numeric/trainReference.test.ts compares against.

Full-batch training of the mlp: for k = 0 .. steps, the loss l_k = 1/(2B) sum ||H_L - Y||^2
(float64 from the stored values) and, while k < steps, the gradients and one update.
head 'linear': the last layer applies no activation (H_L = Z_L, D_L = G_L).
Master weights and optimizer state: float64 for fp64, float32 otherwise; each pass uses
the master weights rounded to the dtype. Every optimizer value is computed in float64
from the stored operands and rounded once to the master format:
  sgd       w = w - lr*g
  momentum  v = mu*v + g; w = w - lr*v
  adam      m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g*g;
            w = w - (lr*(m/(1-b1^k))) / (sqrt(v/(1-b2^k)) + eps),  k = 1, 2, ...
with PyTorch's defaults mu = 0.9, b1 = 0.9, b2 = 0.999, eps = 1e-8 unless a run gives its own.
Training stops at the first non-finite loss (diverged = k). Update ratio of a layer:
||W_new - W_old||_F / ||W_old||_F in float64 from the master weights.
The forward/backward emulation (matmul accumulation, rounding, activations) is the one
of mlp_numpy.py.

Run:  python3 test/reference/train_numpy.py   (writes test/fixtures/numeric/train/*.json)
"""
import json
import math
import os

import numpy as np

from mlp_numpy import activation, elementwise, encode, matmul, to_dtype

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'fixtures', 'numeric', 'train')


def forward_backward(ws, x, y, act, alpha, head, dtype):
    """Loss and the weight gradients (None when the loss is not finite)."""
    hs, ss = [x], [None]
    depth = len(ws)
    for t, w in enumerate(ws, start=1):
        z = matmul(hs[-1], w.T, dtype)
        if t < depth or head == 'activation':
            f, d = activation(act, alpha, z)
            hs.append(to_dtype(f, dtype))
            ss.append(to_dtype(d, dtype))
        else:
            hs.append(z)
            ss.append(None)
    batch = x.shape[0]
    with np.errstate(over='ignore', invalid='ignore'):
        loss = float(np.sum((hs[-1] - y) ** 2) / (2 * batch))
        if not math.isfinite(loss):
            return loss, None
        g = to_dtype(elementwise(hs[-1] - y, dtype) / batch, dtype)
        grads = [None] * depth
        for t in range(depth, 0, -1):
            if ss[t] is not None:
                g = to_dtype(g * ss[t], dtype)
            grads[t - 1] = matmul(g.T, hs[t - 1], dtype)
            if t > 1:
                g = matmul(g, ws[t - 1], dtype)
    return loss, grads


DEFAULTS = {'momentum': 0.9, 'beta1': 0.9, 'beta2': 0.999, 'eps': 1e-8}


def train(case, dtype, optimizer, lr, steps, coefficients=None):
    c = {**DEFAULTS, **(coefficients or {})}
    mu, b1, b2, eps = c['momentum'], c['beta1'], c['beta2'], c['eps']
    master = 'fp64' if dtype == 'fp64' else 'fp32'
    data = case['data']
    ws = [to_dtype(np.array(w), master) for w in data['weights']]
    # The file's input and target are rounded once to the dtype (master weights only are kept in fp32).
    x = to_dtype(np.array(data['input']), dtype)
    y = to_dtype(np.array(data['target']), dtype)
    alpha = case.get('alpha', 0.01 if case['activation'] == 'leaky-relu' else 1.0)
    state1 = [np.zeros_like(w) for w in ws]
    state2 = [np.zeros_like(w) for w in ws]
    points, ratios, diverged = [], [[] for _ in ws], None
    for k in range(steps + 1):
        loss, grads = forward_backward([to_dtype(w, dtype) for w in ws], x, y, case['activation'], alpha, case['head'], dtype)
        if not math.isfinite(loss):
            diverged = k
            break
        points.append({'step': k, 'loss': loss})
        if k == steps:
            break
        with np.errstate(over='ignore', invalid='ignore'):
            for t, (w, g) in enumerate(zip(ws, grads)):
                if optimizer == 'sgd':
                    new = to_dtype(w - lr * g, master)
                elif optimizer == 'momentum':
                    state1[t] = to_dtype(mu * state1[t] + g, master)
                    new = to_dtype(w - lr * state1[t], master)
                else:
                    n = k + 1
                    state1[t] = to_dtype(b1 * state1[t] + (1 - b1) * g, master)
                    state2[t] = to_dtype(b2 * state2[t] + (1 - b2) * g * g, master)
                    c1 = 1 - b1 ** n
                    c2 = 1 - b2 ** n
                    new = to_dtype(w - (lr * (state1[t] / c1)) / (np.sqrt(state2[t] / c2) + eps), master)
                old2 = float(np.sum(w * w))
                d2 = float(np.sum((new - w) ** 2))
                ratios[t].append((0.0 if d2 == 0 else math.inf) if old2 == 0 else math.sqrt(d2) / math.sqrt(old2))
                ws[t] = new
    return {'points': points, 'diverged': diverged,
            'layers': [{'layer': i + 1, 'updateRatio': [encode(r) for r in rs]} for i, rs in enumerate(ratios)]}


def make_case(rng, name, widths, batch, act, head, runs, gain=1.0, alpha=None):
    weights = [(rng.normal(size=(widths[i + 1], widths[i])) * gain / math.sqrt(widths[i])).tolist()
               for i in range(len(widths) - 1)]
    data = {'weights': weights, 'input': rng.normal(size=(batch, widths[0])).tolist(),
            'target': rng.normal(size=(batch, widths[-1])).tolist()}
    case = {'name': name, 'activation': act, 'head': head, 'data': data, 'runs': runs}
    if alpha is not None:
        case['alpha'] = alpha
    return case


def cases():
    rng = np.random.default_rng(13)
    healthy = [('sgd', 0.1), ('momentum', 0.05), ('adam', 0.01)]
    # Coefficients other than PyTorch's defaults, so a key that is read but not used would show.
    coefficients = [('momentum', 0.05, {'momentum': 0.5}), ('momentum', 0.05, {'momentum': 0.0}),
                    ('adam', 0.01, {'beta1': 0.5, 'beta2': 0.9, 'eps': 1e-3}), ('adam', 0.01, {'beta1': 0.0, 'beta2': 0.99, 'eps': 1e-6})]
    return [
        make_case(rng, 'tanh-linear-head', [6, 8, 8, 5], 10, 'tanh', 'linear', healthy + coefficients),
        make_case(rng, 'relu-deep', [8] * 7, 12, 'relu', 'linear', healthy + coefficients, gain=math.sqrt(2)),
        make_case(rng, 'sigmoid-activation-head', [5, 7, 4], 6, 'sigmoid', 'activation', healthy),
        make_case(rng, 'leaky-relu', [6, 6, 6, 6], 8, 'leaky-relu', 'linear', healthy, alpha=0.1),
        # Too large a rate: the loss grows each step until it overflows, fp16 first.
        make_case(rng, 'identity-diverges', [8] * 4, 8, 'identity', 'linear', [('sgd', 0.5), ('momentum', 0.25), ('adam', 0.5)]),
    ]


def main():
    os.makedirs(OUT, exist_ok=True)
    steps = 25
    index = []
    for case in cases():
        results = []
        for optimizer, lr, *rest in case['runs']:
            coefficients = rest[0] if rest else {}
            expected = {dtype: train(case, dtype, optimizer, lr, steps, coefficients) for dtype in ('fp64', 'fp32', 'bf16', 'fp16')}
            results.append({'optimizer': optimizer, 'lr': lr, 'coefficients': coefficients, 'expected': expected})
            print(case['name'], optimizer, lr, {d: (e['diverged'], e['points'][-1]['loss'] if e['points'] else None) for d, e in expected.items()})
        file = case['name'] + '.json'
        with open(os.path.join(OUT, file), 'w') as f:
            json.dump(case['data'], f)
        index.append({'name': case['name'], 'weights': file, 'activation': case['activation'], 'alpha': case.get('alpha'),
                      'head': case['head'], 'steps': steps, 'runs': results})
    with open(os.path.join(OUT, 'expected.json'), 'w') as f:
        json.dump(index, f)


if __name__ == '__main__':
    main()
