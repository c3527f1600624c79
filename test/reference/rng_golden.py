#!/usr/bin/env python3
"""Independent Python transcription of gradexp's documented PRNG (src/core/numeric/rng.ts):
splitmix64 seeding, xoshiro128**, 53-bit uniforms. Prints golden values for test/numeric/rng.test.ts.
Normals are not recomputed here because they go through the engine's own logarithm; the test
checks them against the uniforms they are built from instead."""
M64 = (1 << 64) - 1
M32 = (1 << 32) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M32


class Xoshiro128ss:
    def __init__(self, seed, stream=0):
        _, w = splitmix64(seed & M64)
        st = w ^ ((stream * 0xD1B54A32D192ED03) & M64)
        st, a = splitmix64(st)
        st, b = splitmix64(st)
        self.s = [a >> 32, a & M32, b >> 32, b & M32]

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M32, 7) * 9) & M32
        t = (s[1] << 9) & M32
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t
        s[3] = rotl(s[3], 11)
        return result

    def uniform(self):
        hi = self.next() >> 5
        lo = self.next() >> 6
        return (hi * 67108864 + lo) / 2.0 ** 53

    def polar_normals(self, count):
        import math
        out = []
        while len(out) < count:
            u = 2 * self.uniform() - 1
            v = 2 * self.uniform() - 1
            s = u * u + v * v
            if s >= 1 or s == 0:
                continue
            f = math.sqrt(-2 * math.log(s) / s)
            out += [u * f, v * f]
        return out[:count]


if __name__ == '__main__':
    ref = Xoshiro128ss(0)
    ref.s = [1, 2, 3, 4]
    print('state 1,2,3,4:', [ref.next() for _ in range(6)])
    for seed, stream in ((0, 0), (42, 0), (42, 1), (-7, 3), (2**53 - 1, 0)):
        g = Xoshiro128ss(seed, stream)
        print(seed, stream, [g.next() for _ in range(4)], repr(g.uniform()))
    print('normals seed 42 stream 0:', Xoshiro128ss(42).polar_normals(6))
