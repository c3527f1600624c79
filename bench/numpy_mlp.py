#!/usr/bin/env python3
"""The benchmark's numpy reference: the same MLP as gradexp's `mlp` experiment, in float32.

Semantics (docs/spec.md §1.3): rows are samples, H0 = X (batch x width); for t = 1..depth
Z = H(t-1) @ W(t).T, H(t) = relu(Z); loss mse = 1/(2B) sum |H(L) - Y|^2.
Backward: G = (H(L) - Y)/B; per layer D = G * relu'(Z), dW = D.T @ H(t-1),
G(t-1) = D @ W(t); per-layer statistics as gradexp reports them (gradW, gradH,
act Frobenius norms in float64 of the stored float32 values, non-finite and zero
counts of dW). Weights are Kaiming (N(0, 2/fan_in)) drawn by numpy: the same
work as gradexp, not the same numbers (gradexp's PRNG is its own).

  numpy_mlp.py --bench REPS   print JSON medians (ms): mlp fp32, gemm 256^3 f32/f64
  numpy_mlp.py --once         one whole run (build + forward + backward), print stats JSON
  numpy_mlp.py --serve        answer timing requests line by line on stdin/stdout, so the
                              benchmark can interleave numpy's samples with its own:
                              "info" | "wall" | "mlp" | "gemm_f32 N" | "gemm_f64 N" -> one JSON line
                              (times are CPU time unless "wall" was sent)
Run single-threaded for a fair comparison: OPENBLAS_NUM_THREADS=1 (bench/main.ts does).
"""
import json
import sys
import time

import numpy as np

DEPTH, WIDTH, BATCH = 100, 256, 64


def build(seed=42):
    rng = np.random.default_rng(seed)
    std = np.sqrt(2.0 / WIDTH)
    weights = [(rng.standard_normal((WIDTH, WIDTH)) * std).astype(np.float32) for _ in range(DEPTH)]
    x = rng.standard_normal((BATCH, WIDTH)).astype(np.float32)
    y = rng.standard_normal((BATCH, WIDTH)).astype(np.float32)
    return weights, x, y


def norm(a):
    return float(np.sqrt(np.sum(np.square(a, dtype=np.float64))))


def run(weights, x, y):
    """Forward and backward pass; returns gradexp's per-layer statistics."""
    hs, masks, act = [x], [], []
    for w in weights:
        z = hs[-1] @ w.T
        mask = z > 0
        h = np.where(mask, z, np.float32(0))
        hs.append(h)
        masks.append(mask)
        act.append(norm(h))
    g = ((hs[-1] - y) / np.float32(BATCH)).astype(np.float32)
    stats = [None] * DEPTH
    for t in range(DEPTH, 0, -1):
        grad_h = norm(g)
        d = g * masks[t - 1]
        dw = d.T @ hs[t - 1]
        stats[t - 1] = {
            "layer": t,
            "gradW": norm(dw),
            "gradH": grad_h,
            "act": act[t - 1],
            "nonfinite": int(np.count_nonzero(~np.isfinite(dw))),
            "zeros": int(np.count_nonzero(dw == 0)),
        }
        if t > 1:
            g = d @ weights[t - 1]
    return stats


def median_ms(fn, reps, warmup=2):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return times[len(times) // 2]


def bench(reps):
    weights, x, y = build()
    out = {"numpy": np.__version__, "python": sys.version.split()[0]}
    out["mlp_fp32_ms"] = median_ms(lambda: run(weights, x, y), reps)
    for name, dtype in (("gemm_f32_ms", np.float32), ("gemm_f64_ms", np.float64)):
        rng = np.random.default_rng(1)
        a = rng.standard_normal((256, 256)).astype(dtype)
        b = rng.standard_normal((256, 256)).astype(dtype)
        # Many products per sample: one 256^3 product is well under a millisecond.
        out[name] = median_ms(lambda: [a @ b for _ in range(20)], reps) / 20
    return out


def serve():
    weights, x, y = build()
    rng = np.random.default_rng(1)
    mats = {}
    for name, dtype in (("gemm_f32", np.float32), ("gemm_f64", np.float64)):
        mats[name] = (rng.standard_normal((256, 256)).astype(dtype), rng.standard_normal((256, 256)).astype(dtype))
    # CPU time (process_time) by default, as the Node side measures; "wall" switches.
    clock = time.process_time
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        cmd = parts[0]
        if cmd == "info":
            reply = {"numpy": np.__version__, "python": sys.version.split()[0]}
        elif cmd == "wall":
            clock = time.perf_counter
            reply = {"clock": "wall"}
        elif cmd == "mlp":
            t = clock()
            run(weights, x, y)
            reply = {"ms": (clock() - t) * 1000}
        elif cmd in mats:
            a, b = mats[cmd]
            inner = int(parts[1]) if len(parts) > 1 else 1
            t = clock()
            for _ in range(inner):
                a @ b
            reply = {"ms": (clock() - t) * 1000 / inner}
        else:
            reply = {"error": "unknown command " + cmd}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


def main(argv):
    if len(argv) >= 2 and argv[0] == "--bench":
        print(json.dumps(bench(max(1, int(argv[1])))))
    elif argv == ["--serve"]:
        serve()
    elif argv == ["--once"]:
        print(json.dumps({"layers": run(*build())}))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
