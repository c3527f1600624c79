#!/usr/bin/env python3
"""The benchmark's numpy counterpart of examples/training-dynamics.md's three plain-SGD window blocks:
three regimes (ReLU/Kaiming, ReLU/Kaiming gain 1.6, sigmoid/Xavier) x 13 learning rates of a
depth-12, width-16 MLP with a linear head on 64 samples, 100 full-batch SGD steps, float32.

Per step: forward Z = H @ W.T, H = f(Z) (no f on the last layer), mse loss 1/(2B) sum |H - Y|^2
(stop at the first non-finite loss), backward dW = D.T @ H(t-1), G(t-1) = D @ W, update
W -= lr * dW, update ratio |dW_step| / |W| per layer, as gradexp's `train` does. Plain float32
numpy (no per-operation rounding emulation, data from numpy's generator): the same work as
gradexp, not the same numbers. Prints the number of diverged runs as JSON.
Run single-threaded for a fair comparison: OPENBLAS_NUM_THREADS=1 (bench/process.ts does).
"""
import json

import numpy as np

DEPTH, WIDTH, BATCH, STEPS = 12, 16, 64, 100
RATES = [1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2, 0.1, 0.2, 0.5, 1]


def relu(z):
    return np.maximum(z, 0), (z > 0).astype(np.float32)


def sigmoid(z):
    s = 1 / (1 + np.exp(-z))
    return s, s * (1 - s)


def train(act, std, lr, x, y, rng):
    ws = [(rng.standard_normal((WIDTH, WIDTH)) * std).astype(np.float32) for _ in range(DEPTH)]
    ratios = []
    with np.errstate(all='ignore'):
        for k in range(STEPS + 1):
            hs, ds = [x], []
            for t, w in enumerate(ws):
                z = hs[-1] @ w.T
                if t < DEPTH - 1:
                    h, d = act(z)
                else:
                    h, d = z, None
                hs.append(h)
                ds.append(d)
            loss = float(np.sum((hs[-1].astype(np.float64) - y) ** 2) / (2 * BATCH))
            if not np.isfinite(loss) or k == STEPS:
                return k
            g = (hs[-1] - y) / BATCH
            for t in range(DEPTH - 1, -1, -1):
                if ds[t] is not None:
                    g = g * ds[t]
                dw = g.T @ hs[t]
                if t > 0:
                    g = g @ ws[t]
                old = ws[t]
                ws[t] = old - np.float32(lr) * dw
                ratios.append(np.linalg.norm(ws[t] - old) / np.linalg.norm(old))
    return STEPS


def main():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((BATCH, WIDTH)).astype(np.float32)
    y = np.tanh(x @ (rng.standard_normal((WIDTH, WIDTH)) / np.sqrt(WIDTH)).T).astype(np.float32)
    y = y - y.mean(axis=0)
    y = y * np.sqrt(BATCH / np.sum(y.astype(np.float64) ** 2))
    regimes = [(relu, np.sqrt(2 / WIDTH)), (relu, 1.6 / np.sqrt(WIDTH)), (sigmoid, np.sqrt(1 / WIDTH))]
    diverged = sum(train(act, std, lr, x, y, rng) < STEPS for act, std in regimes for lr in RATES)
    print(json.dumps({'runs': len(regimes) * len(RATES), 'diverged': diverged}))


if __name__ == '__main__':
    main()
