import type { ExperimentSpec, Point } from '../types';
import { allocTensor, rounderFor, roundArrayInPlace } from './dtype';
import { fillInit } from './init';
import { gemmF32, gemmF64 } from './kernels/index';
import { frobeniusNorm, maxAbs } from './norms';
import { Rng, STREAMS } from './rng';

/**
 * The `matmul-chain` experiment (D2L §5.4): M₀ ~ N(0,1)^{k×k} (stream
 * `chainStart`), Mᵢ = Mᵢ₋₁·Gᵢ with Gᵢ drawn by the block's init (stream
 * `chainFactors`, one k×k matrix after another), everything rounded to the
 * dtype, products accumulated in fp32 (fp64) and rounded once. Points
 * {step, norm, maxAbs} for i = 0..count, norms in float64 of the stored Mᵢ.
 * Yields its progress after every step.
 */
export function* matmulChainSteps(spec: ExperimentSpec): Generator<number, Point[], void> {
  const { dtype, size: k, count } = spec;
  const round = rounderFor(dtype);
  const draws = new Float64Array(k * k);
  new Rng(spec.seed, STREAMS.chainStart).fillNormal(draws);
  let m = allocTensor(dtype, k * k);
  for (let i = 0; i < draws.length; i++) m[i] = round(draws[i]!);
  let next = allocTensor(dtype, k * k);
  const factor = allocTensor(dtype, k * k);
  const factorRng = new Rng(spec.seed, STREAMS.chainFactors);
  const points: Point[] = [{ step: 0, norm: frobeniusNorm(m), maxAbs: maxAbs(m) }];
  for (let step = 1; step <= count; step++) {
    fillInit(draws, spec.init, spec.gain, k, k, factorRng);
    for (let i = 0; i < draws.length; i++) factor[i] = round(draws[i]!);
    if (dtype === 'fp64') {
      gemmF64()(false, false, k, k, k, m as Float64Array, factor as Float64Array, next as Float64Array);
    } else {
      gemmF32()(false, false, k, k, k, m as Float32Array, factor as Float32Array, next as Float32Array);
      roundArrayInPlace(next, dtype);
    }
    [m, next] = [next, m];
    points.push({ step, norm: frobeniusNorm(m), maxAbs: maxAbs(m) });
    yield step / count;
  }
  return points;
}
