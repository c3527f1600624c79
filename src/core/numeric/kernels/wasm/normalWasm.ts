/**
 * The JavaScript side of normal.wat: seeded polar-method normals drawn in
 * WebAssembly, in chunks, straight into the caller's Float64Array.
 */

/** Signature of normal.wat's export (byte offsets into the module's memory). */
type NormalPairsExport = (state: number, out: number, scratch: number, pairs: number, mean: number, std: number) => void;

/**
 * Draw `pairs` polar pairs as mean + std·N(0,1) into out[offset … offset + 2·pairs), advancing
 * the xoshiro128** state held in `state` (s0..s3). Returns false, touching nothing, when the
 * module's memory cannot hold a chunk.
 */
export type NormalPairs = (state: Int32Array, out: Float64Array, offset: number, pairs: number, mean: number, std: number) => boolean;

/** Pairs per call: 32 768 pairs are 512 KB of output, small enough to reuse the memory gemm already holds. */
const CHUNK_PAIRS = 32768;
const STATE_AT = 0;
const SCRATCH_AT = 64;
const OUT_AT = SCRATCH_AT + Math.ceil(((CHUNK_PAIRS + 1) * 8) / 64) * 64;
const BYTES_NEEDED = OUT_AT + (CHUNK_PAIRS + 1) * 16;

/** Wrap the module's `normal_pairs` export; `reserve` grows the shared memory (false if it cannot). */
export function makeNormalPairs(
  run: NormalPairsExport,
  memory: { readonly buffer: ArrayBuffer },
  reserve: (bytes: number) => boolean,
): NormalPairs {
  return (state, out, offset, pairs, mean, std) => {
    if (!reserve(BYTES_NEEDED)) return false;
    const words = new Int32Array(memory.buffer, STATE_AT, 4);
    words.set(state.subarray(0, 4));
    for (let done = 0; done < pairs; ) {
      const chunk = Math.min(CHUNK_PAIRS, pairs - done);
      run(STATE_AT, OUT_AT, SCRATCH_AT, chunk, mean, std);
      out.set(new Float64Array(memory.buffer, OUT_AT, 2 * chunk), offset + 2 * done);
      done += chunk;
    }
    state.set(new Int32Array(memory.buffer, STATE_AT, 4));
    return true;
  };
}
