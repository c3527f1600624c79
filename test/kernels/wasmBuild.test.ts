import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { decodeBase64 } from '../../src/core/numeric/kernels/wasm/base64';
import { GEMM_WASM_BASE64 } from '../../src/core/numeric/kernels/wasm/gemmWasmBytes';
import { JS_KERNELS, WASM_KERNELS, gemmF32, kernelName, setKernels } from '../../src/core/numeric/kernels';

const require = createRequire(import.meta.url);
const build = require('../../src/core/numeric/kernels/wasm/buildWasm.cjs') as {
  compileWat(): Promise<Uint8Array>;
  moduleText(bytes: Uint8Array): string;
};

describe('the embedded WebAssembly module is built from gemm.wat', () => {
  it('a fresh wabt build of gemm.wat gives exactly the committed bytes', async () => {
    const fresh = await build.compileWat();
    expect(Buffer.from(decodeBase64(GEMM_WASM_BASE64)).equals(Buffer.from(fresh))).toBe(true);
  });

  it('the generated module text round-trips through decodeBase64', async () => {
    const fresh = await build.compileWat();
    const text = build.moduleText(fresh);
    const b64 = [...text.matchAll(/'([A-Za-z0-9+/=]*)'/g)].map((m) => m[1]).join('');
    expect(Array.from(decodeBase64(b64))).toEqual(Array.from(fresh));
  });
});

describe('decodeBase64', () => {
  it('matches Node for every length modulo 3, with and without padding', () => {
    for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', '\u00ff\u0000\u0080']) {
      const bytes = Buffer.from(s, 'latin1');
      const b64 = bytes.toString('base64');
      expect(Array.from(decodeBase64(b64))).toEqual(Array.from(bytes));
      expect(Array.from(decodeBase64(b64.replace(/=+$/, '')))).toEqual(Array.from(bytes));
    }
  });

  it('rejects a character outside the alphabet', () => {
    expect(() => decodeBase64('ab$d')).toThrow(/invalid base64 character at 2/);
  });
});

describe('kernel registry', () => {
  it('uses WebAssembly SIMD by default where available, and can be switched', () => {
    expect(WASM_KERNELS).toBeDefined();
    expect(kernelName()).toBe('wasm-simd');
    const previous = setKernels(JS_KERNELS);
    try {
      expect(kernelName()).toBe('typescript');
      expect(gemmF32()).toBe(JS_KERNELS.f32);
    } finally {
      setKernels(previous);
    }
    expect(kernelName()).toBe('wasm-simd');
  });
});
