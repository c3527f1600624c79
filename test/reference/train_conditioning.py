#!/usr/bin/env python3
"""Why plain SGD barely trains the built-in task with a deep ReLU net (docs/spec.md, "train").

At initialisation, compares the steepest direction of the loss in the net's outputs with the
target's direction: K = J Jᵀ / B is the Gauss–Newton matrix of l = 1/(2B) Σ ||H - Y||² in output
space (J = ∂H/∂W, one row per sample and output). Prints K's largest eigenvalue, the Rayleigh
quotient yᵀKy / yᵀy of the target, and their ratio, for a bias-free ReLU/Kaiming net of width 16
(linear head) on 64 samples of the teacher task, at several depths; and the same for a target
made by a ReLU/Kaiming teacher of the student's own shape, the alternative task that was examined
and is worse conditioned. numpy draws, not gradexp's stream, so the numbers describe the
setting, not one gradexp run. Not used by any test.

Run:  python3 test/reference/train_conditioning.py
"""
import numpy as np

WIDTH, BATCH = 16, 64


def teacher_task(rng):
    x = rng.normal(size=(BATCH, WIDTH))
    r = np.tanh(x @ (rng.normal(size=(WIDTH, WIDTH)) / np.sqrt(WIDTH)).T)
    r -= r.mean(axis=0)
    return x, r * np.sqrt(BATCH / np.sum(r ** 2))


def output_jacobian(ws, x):
    """Rows: (sample, output) pairs; columns: every weight, layer by layer."""
    hs, masks = [x], [None]
    for t, w in enumerate(ws):
        z = hs[-1] @ w.T
        last = t == len(ws) - 1
        hs.append(z if last else np.maximum(z, 0))
        masks.append(None if last else (z > 0).astype(float))
    rows = []
    for b in range(BATCH):
        for o in range(WIDTH):
            g, parts = np.eye(WIDTH)[o:o + 1], []
            for t in range(len(ws), 0, -1):
                if masks[t] is not None:
                    g = g * masks[t][b:b + 1]
                parts.append((g.T @ hs[t - 1][b:b + 1]).ravel())
                if t > 1:
                    g = g @ ws[t - 1]
            rows.append(np.concatenate(parts[::-1]))
    return np.array(rows)


def teacher_net_target(x, depth, rng):
    """The alternative examined and rejected: targets from a ReLU/Kaiming teacher of the student's
    own shape (its outputs centred and scaled as the built-in task's)."""
    h = x
    for t in range(depth):
        z = h @ (rng.normal(size=(WIDTH, WIDTH)) * np.sqrt(2 / WIDTH)).T
        h = z if t == depth - 1 else np.maximum(z, 0)
    h = h - h.mean(axis=0)
    return h * np.sqrt(BATCH / np.sum(h ** 2))


def main():
    for depth in (1, 2, 4, 12):
        rng = np.random.default_rng(1)
        x, y = teacher_task(rng)
        ws = [rng.normal(size=(WIDTH, WIDTH)) * np.sqrt(2 / WIDTH) for _ in range(depth)]
        j = output_jacobian(ws, x)
        k = j @ j.T / BATCH
        top = np.linalg.eigvalsh(k)[-1]
        v = y.ravel()
        along = v @ k @ v / (v @ v)
        print(f'depth {depth:2d}: steepest {top:8.3g}  along the target {along:6.3g}  ratio {top / along:6.3g}')
        # A teacher of the student's own architecture gives a worse-conditioned target, not a better one.
        v = teacher_net_target(x, depth, np.random.default_rng(51)).ravel()
        along = v @ k @ v / (v @ v)
        print(f'          teacher-net target: along {along:6.3g}  ratio {top / along:6.3g}')


if __name__ == '__main__':
    main()
