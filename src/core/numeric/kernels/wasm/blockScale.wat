;; Block-scaled quantization (MX and NVFP4) sharing gemm.wat's module and memory:
;; the same values, bit for bit, as blockFormats.ts's quantizeRows (tests compare
;; them on random, saturating, all-zero, subnormal and non-finite blocks). It works
;; in place on `rows` rows of `rowLen` float32 values, row r at p + 4·r·stride
;; (stride ≥ rowLen: a gemm's C with padded rows is quantized where it lies).
;; Blocks run along each row; a row's last block is shorter when rowLen is not a
;; multiple of the block size. Vectors of 4 are read past a block's end and only
;; its lanes are written back (lane i is the block's while i < end − q, written out
;; in each loop: a call per vector costs more than the work), so the caller leaves
;; 16 bytes after the last row.

  ;; The largest of the four lanes (unsigned).
  (func $lane_max (param $m v128) (result i32)
    (local.set $m (i32x4.max_u (local.get $m)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $m) (local.get $m))))
    (local.set $m (i32x4.max_u (local.get $m)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11 (local.get $m) (local.get $m))))
    (i32x4.extract_lane 0 (local.get $m)))

  ;; The float32 bits of the block's largest |v| over `len` values at q (NaN and
  ;; ±Infinity read as ≥ 0x7f800000, the block's non-finite test).
  (func $block_amax (param $q i32) (param $len i32) (result i32)
    (local $end i32) (local $m v128)
    (local.set $end (i32.add (local.get $q) (i32.shl (local.get $len) (i32.const 2))))
    (loop $next
      (local.set $m (i32x4.max_u (local.get $m)
        (v128.and
          (v128.and (v128.load (local.get $q)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))
          (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.shr_s (i32.sub (local.get $end) (local.get $q)) (i32.const 2)))))))
      (local.set $q (i32.add (local.get $q) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $q) (local.get $end))))
    (call $lane_max (local.get $m)))

  ;; A block holding NaN or ±Infinity becomes all NaN (the bits a Float32Array stores for NaN).
  (func $fill_nan (param $q i32) (param $len i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $q) (i32.shl (local.get $len) (i32.const 2))))
    (loop $next
      (i32.store (local.get $q) (i32.const 0x7fc00000))
      (local.set $q (i32.add (local.get $q) (i32.const 4)))
      (br_if $next (i32.lt_u (local.get $q) (local.get $end)))))

  ;; 2^e as float64 for e in float64's normal range.
  (func $pow2_f64 (param $e i32) (result f64)
    (f64.reinterpret_i64 (i64.shl (i64.extend_i32_s (i32.add (local.get $e) (i32.const 1023))) (i64.const 52))))

  ;; 2^e as float32 for e in [−126, 127].
  (func $pow2_f32 (param $e i32) (result f32)
    (f32.reinterpret_i32 (i32.shl (i32.add (local.get $e) (i32.const 127)) (i32.const 23))))

  ;; |a| (finite, > 0) rounded to the grid of mantissa bits $mb whose binades start at
  ;; 2^$minExp (below it the quantum is fixed), ties to even: minifloat.ts's roundMagnitude.
  (func $round_magnitude (param $a f64) (param $mb i32) (param $minExp i32) (result f64)
    (local $e i32) (local $offset f64)
    (local.set $e (i32.sub
      (i32.wrap_i64 (i64.and (i64.shr_u (i64.reinterpret_f64 (local.get $a)) (i64.const 52)) (i64.const 0x7ff)))
      (i32.const 1023)))
    (if (i32.lt_s (local.get $e) (local.get $minExp)) (then (local.set $e (local.get $minExp))))
    (local.set $offset (call $pow2_f64 (i32.add (i32.sub (local.get $e) (local.get $mb)) (i32.const 52))))
    (f64.sub (f64.add (local.get $a) (local.get $offset)) (local.get $offset)))

  ;; An MX block whose scaled normals reach below float32's (float32 subnormal inputs can
  ;; matter): value by value in float64, as blockFormats.ts's quantizeTinyBlock (rare).
  (func $mx_tiny_block (param $q i32) (param $len i32) (param $mb i32) (param $minExp i32)
                       (param $maxValue f64)
    (local $end i32) (local $v f32)
    (local.set $end (i32.add (local.get $q) (i32.shl (local.get $len) (i32.const 2))))
    (loop $next
      (local.set $v (f32.load (local.get $q)))
      (if (f32.ne (local.get $v) (f32.const 0))
        (then
          (f32.store (local.get $q)
            (f32.copysign
              (f32.demote_f64 (f64.min
                (call $round_magnitude (f64.promote_f32 (f32.abs (local.get $v))) (local.get $mb) (local.get $minExp))
                (local.get $maxValue)))
              (local.get $v)))))
      (local.set $q (i32.add (local.get $q) (i32.const 4)))
      (br_if $next (i32.lt_u (local.get $q) (local.get $end)))))

  ;; One MX block whose scaled normals stay in float32's normal range. A value at or above
  ;; the smallest scaled normal is rounded on its bits (add half a quantum minus one plus the
  ;; last kept bit, clear the dropped bits, clamp to the scaled largest element); below it the
  ;; quantum is fixed: |v|·2^−shared is exact there, (x + c) − c rounds it to the element's
  ;; subnormal quantum (the float32 spacing at c), and ·2^shared is exact again.
  (func $mx_block (param $q i32) (param $len i32) (param $mb i32) (param $shared i32)
                  (param $minNormalBits i32) (param $maxBits i32) (param $c f32)
    (local $end i32) (local $b v128) (local $a v128) (local $rn v128) (local $rs v128)
    (local $drop i32) (local $half v128) (local $mask v128) (local $down v128) (local $up v128)
    (local.set $end (i32.add (local.get $q) (i32.shl (local.get $len) (i32.const 2))))
    (local.set $drop (i32.sub (i32.const 23) (local.get $mb)))
    (local.set $half (i32x4.splat (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $drop) (i32.const 1))) (i32.const 1))))
    (local.set $mask (i32x4.splat (i32.sub (i32.const 0) (i32.shl (i32.const 1) (local.get $drop)))))
    (local.set $down (f32x4.splat (call $pow2_f32 (i32.sub (i32.const 0) (local.get $shared)))))
    (local.set $up (f32x4.splat (call $pow2_f32 (local.get $shared))))
    (loop $next
      (local.set $b (v128.load (local.get $q)))
      (local.set $a (v128.and (local.get $b) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
      (local.set $rn
        (v128.and
          (i32x4.add (i32x4.add (local.get $a) (local.get $half))
                     (v128.and (i32x4.shr_u (local.get $a) (local.get $drop)) (v128.const i32x4 1 1 1 1)))
          (local.get $mask)))
      (local.set $rn (i32x4.min_u (local.get $rn) (i32x4.splat (local.get $maxBits))))
      (local.set $rs
        (f32x4.mul
          (f32x4.sub (f32x4.add (f32x4.mul (local.get $a) (local.get $down)) (f32x4.splat (local.get $c)))
                     (f32x4.splat (local.get $c)))
          (local.get $up)))
      (local.set $rn (v128.bitselect (local.get $rn) (local.get $rs)
        (i32x4.ge_u (local.get $a) (i32x4.splat (local.get $minNormalBits)))))
      (v128.store (local.get $q)
        (v128.bitselect
          (v128.or (local.get $rn) (v128.and (local.get $b) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))
          (local.get $b)
          (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.shr_s (i32.sub (local.get $end) (local.get $q)) (i32.const 2))))))
      (local.set $q (i32.add (local.get $q) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $q) (local.get $end)))))

  ;; MX: blocks of $size share the E8M0 scale 2^shared, shared = floor(log2 amax) − maxExp
  ;; (at least −127). The element format: $mb mantissa bits, smallest normal exponent
  ;; $minExp, largest $maxExp, largest value $maxFinite (its float32 bits $maxFiniteBits).
  (func (export "quantize_mx") (param $p i32) (param $rows i32) (param $rowLen i32) (param $stride i32)
        (param $size i32) (param $mb i32) (param $minExp i32) (param $maxExp i32) (param $maxFiniteBits i32)
    (local $row i32) (local $from i32) (local $q i32) (local $len i32) (local $amax i32)
    (local $shared i32) (local $minNormalExp i32)
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $from (i32.const 0))
        (loop $nextBlock
          (local.set $q (i32.add (local.get $p)
            (i32.shl (i32.add (i32.mul (local.get $row) (local.get $stride)) (local.get $from)) (i32.const 2))))
          (local.set $len (i32.sub (local.get $rowLen) (local.get $from)))
          (if (i32.gt_s (local.get $len) (local.get $size)) (then (local.set $len (local.get $size))))
          (local.set $amax (call $block_amax (local.get $q) (local.get $len)))
          (block $blockDone
            (if (i32.ge_u (local.get $amax) (i32.const 0x7f800000))
              (then (call $fill_nan (local.get $q) (local.get $len)) (br $blockDone)))
            (br_if $blockDone (i32.eqz (local.get $amax))) ;; all zeros (signs kept)
            (local.set $shared (i32.sub (i32.sub (i32.shr_u (local.get $amax) (i32.const 23)) (i32.const 127))
                                        (local.get $maxExp)))
            (if (i32.lt_s (local.get $shared) (i32.const -127)) (then (local.set $shared (i32.const -127))))
            (local.set $minNormalExp (i32.add (local.get $minExp) (local.get $shared)))
            (if (i32.lt_s (local.get $minNormalExp) (i32.const -126))
              (then
                (call $mx_tiny_block (local.get $q) (local.get $len) (local.get $mb) (local.get $minNormalExp)
                  (f64.mul (f64.promote_f32 (f32.reinterpret_i32 (local.get $maxFiniteBits)))
                           (call $pow2_f64 (local.get $shared))))
                (br $blockDone)))
            (call $mx_block (local.get $q) (local.get $len) (local.get $mb) (local.get $shared)
              (i32.shl (i32.add (local.get $minNormalExp) (i32.const 127)) (i32.const 23))
              (i32.add (local.get $maxFiniteBits) (i32.shl (local.get $shared) (i32.const 23)))
              (call $pow2_f32 (i32.add (i32.sub (local.get $minExp) (local.get $mb)) (i32.const 23)))))
          (local.set $from (i32.add (local.get $from) (local.get $size)))
          (br_if $nextBlock (i32.lt_u (local.get $from) (local.get $rowLen))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))

  ;; NVFP4's per-tensor amax: the float32 bits of the largest finite |v| of the rows.
  (func $finite_amax (param $p i32) (param $rows i32) (param $rowLen i32) (param $stride i32) (result i32)
    (local $row i32) (local $q i32) (local $end i32) (local $a v128) (local $m v128)
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $q (i32.add (local.get $p) (i32.shl (i32.mul (local.get $row) (local.get $stride)) (i32.const 2))))
        (local.set $end (i32.add (local.get $q) (i32.shl (local.get $rowLen) (i32.const 2))))
        (loop $next
          (local.set $a (v128.and (v128.load (local.get $q)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
          (local.set $m (i32x4.max_u (local.get $m)
            (v128.and (local.get $a)
              (v128.and (i32x4.lt_u (local.get $a) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
                        (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.shr_s (i32.sub (local.get $end) (local.get $q)) (i32.const 2))))))))
          (local.set $q (i32.add (local.get $q) (i32.const 16)))
          (br_if $next (i32.lt_u (local.get $q) (local.get $end))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow)))
    (call $lane_max (local.get $m)))

;; NVFP4 costs a float64 scale per block of 16, so its per-block path makes as few calls
;; as it can (V8 does not inline them here and a call costs about as much as a vector).

  ;; Four midpoints c·s (c: the float64 pairs $lo, $hi; s exact, so c·s is exact) as float32
  ;; bits: lanes 0 and 2 rounded down, 1 and 3 rounded up. For a float32 a, a > m exactly when
  ;; a > (m rounded down), and a ≥ m exactly when a ≥ (m rounded up). The nearest float32 is
  ;; moved one step (its bits ± 1) where it lies on the wrong side.
  (func $midpoints (param $s v128) (param $lo v128) (param $hi v128) (result v128)
    (local $t v128) (local $back v128)
    (local.set $lo (f64x2.mul (local.get $s) (local.get $lo)))
    (local.set $hi (f64x2.mul (local.get $s) (local.get $hi)))
    (local.set $t (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (local.get $lo)) (f32x4.demote_f64x2_zero (local.get $hi))))
    (local.set $back (f64x2.promote_low_f32x4 (local.get $t)))
    (local.set $lo (i64x2.sub
      (v128.and (f64x2.gt (local.get $back) (local.get $lo)) (v128.const i64x2 -1 0))
      (v128.and (f64x2.lt (local.get $back) (local.get $lo)) (v128.const i64x2 0 -1))))
    (local.set $back (f64x2.promote_low_f32x4
      (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $t) (local.get $t))))
    (local.set $hi (i64x2.sub
      (v128.and (f64x2.gt (local.get $back) (local.get $hi)) (v128.const i64x2 -1 0))
      (v128.and (f64x2.lt (local.get $back) (local.get $hi)) (v128.const i64x2 0 -1))))
    ;; the low words of the 64-bit lanes: −1 where rounded-down's float32 is above, +1 where rounded-up's is below
    (i32x4.add (local.get $t)
      (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $lo) (local.get $hi))))

  ;; One NVFP4 block with the (exact, float64) scale s = blockScale·tensorScale: each value
  ;; becomes fp32(q·s), q the E2M1 value (0, .5, 1, 1.5, 2, 3, 4, 6) nearest |v|/s, the sign
  ;; put back from its bits. The midpoints c·s are exact in float64 but not in float32: each
  ;; is compared as the float32 next to it on the safe side (see $midpoints), so the float32
  ;; comparisons decide as the exact ones do. At a midpoint the even code wins: ≥ where the
  ;; upper code is even. The comparisons are nested, so selecting in order keeps the highest.
  (func $nvfp4_block (param $q i32) (param $len i32) (param $s f64)
    (local $end i32) (local $b v128) (local $a v128) (local $r v128) (local $ss v128) (local $m v128) (local $v v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $t4 v128) (local $t5 v128) (local $t6 v128)
    (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $v4 v128) (local $v5 v128) (local $v6 v128) (local $v7 v128)
    (local.set $ss (f64x2.splat (local.get $s)))
    (local.set $m (call $midpoints (local.get $ss) (v128.const f64x2 0.25 0.75) (v128.const f64x2 1.25 1.75)))
    (local.set $t0 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $m) (local.get $m)))
    (local.set $t1 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $m) (local.get $m)))
    (local.set $t2 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $m) (local.get $m)))
    (local.set $t3 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $m) (local.get $m)))
    (local.set $m (call $midpoints (local.get $ss) (v128.const f64x2 2.5 3.5) (v128.const f64x2 5 5)))
    (local.set $t4 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $m) (local.get $m)))
    (local.set $t5 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $m) (local.get $m)))
    (local.set $t6 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $m) (local.get $m)))
    ;; The outputs q·s, exact in float64, rounded once to float32.
    (local.set $v (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (f64x2.mul (local.get $ss) (v128.const f64x2 0.5 1)))
      (f32x4.demote_f64x2_zero (f64x2.mul (local.get $ss) (v128.const f64x2 1.5 2)))))
    (local.set $v1 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $v) (local.get $v)))
    (local.set $v2 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $v) (local.get $v)))
    (local.set $v3 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $v) (local.get $v)))
    (local.set $v4 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $v) (local.get $v)))
    (local.set $v (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (f64x2.mul (local.get $ss) (v128.const f64x2 3 4)))
      (f32x4.demote_f64x2_zero (f64x2.mul (local.get $ss) (v128.const f64x2 6 6)))))
    (local.set $v5 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $v) (local.get $v)))
    (local.set $v6 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $v) (local.get $v)))
    (local.set $v7 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $v) (local.get $v)))
    (local.set $end (i32.add (local.get $q) (i32.shl (local.get $len) (i32.const 2))))
    (loop $next
      (local.set $b (v128.load (local.get $q)))
      (local.set $a (v128.and (local.get $b) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
      (local.set $r (v128.and (local.get $v1) (f32x4.gt (local.get $a) (local.get $t0))))
      (local.set $r (v128.bitselect (local.get $v2) (local.get $r) (f32x4.ge (local.get $a) (local.get $t1))))
      (local.set $r (v128.bitselect (local.get $v3) (local.get $r) (f32x4.gt (local.get $a) (local.get $t2))))
      (local.set $r (v128.bitselect (local.get $v4) (local.get $r) (f32x4.ge (local.get $a) (local.get $t3))))
      (local.set $r (v128.bitselect (local.get $v5) (local.get $r) (f32x4.gt (local.get $a) (local.get $t4))))
      (local.set $r (v128.bitselect (local.get $v6) (local.get $r) (f32x4.ge (local.get $a) (local.get $t5))))
      (local.set $r (v128.bitselect (local.get $v7) (local.get $r) (f32x4.gt (local.get $a) (local.get $t6))))
      (v128.store (local.get $q)
        (v128.bitselect
          (v128.or (local.get $r) (v128.and (local.get $b) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))
          (local.get $b)
          (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.shr_s (i32.sub (local.get $end) (local.get $q)) (i32.const 2))))))
      (local.set $q (i32.add (local.get $q) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $q) (local.get $end)))))

  ;; NVFP4: the tensor scale S = fp32(amax_tensor / 2688) (6 · 448), blocks of 16 with the
  ;; scale E4M3(amax_block / (6·S)), saturating at 448 (0 when S is 0: the block's values
  ;; become ±0). The E4M3 rounding is roundMagnitude's (binades from 2^−6, 3 mantissa bits),
  ;; written out: min(·, 448) saturates, since anything from 896 up rounds above 448.
  (func (export "quantize_nvfp4") (param $p i32) (param $rows i32) (param $rowLen i32) (param $stride i32)
    (local $row i32) (local $from i32) (local $q i32) (local $len i32) (local $amax i32)
    (local $tensorScale f64) (local $blockScale f64) (local $x f64) (local $e i32) (local $offset f64)
    (local.set $tensorScale (f64.promote_f32 (f32.demote_f64 (f64.div
      (f64.promote_f32 (f32.reinterpret_i32 (call $finite_amax (local.get $p) (local.get $rows) (local.get $rowLen) (local.get $stride))))
      (f64.const 2688)))))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $from (i32.const 0))
        (loop $nextBlock
          (local.set $q (i32.add (local.get $p)
            (i32.shl (i32.add (i32.mul (local.get $row) (local.get $stride)) (local.get $from)) (i32.const 2))))
          (local.set $len (i32.sub (local.get $rowLen) (local.get $from)))
          (if (i32.gt_s (local.get $len) (i32.const 16)) (then (local.set $len (i32.const 16))))
          (local.set $amax (call $block_amax (local.get $q) (local.get $len)))
          (block $blockDone
            (if (i32.ge_u (local.get $amax) (i32.const 0x7f800000))
              (then (call $fill_nan (local.get $q) (local.get $len)) (br $blockDone)))
            (br_if $blockDone (i32.eqz (local.get $amax)))
            (local.set $blockScale (f64.const 0))
            (if (f64.ne (local.get $tensorScale) (f64.const 0))
              (then
                (local.set $x (f64.div (f64.promote_f32 (f32.reinterpret_i32 (local.get $amax)))
                                       (f64.mul (f64.const 6) (local.get $tensorScale))))
                (local.set $e (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $x)) (i64.const 52))))
                (if (i32.lt_s (local.get $e) (i32.const 1017)) (then (local.set $e (i32.const 1017)))) ;; 2^−6, biased
                ;; 2^(e − 3 + 52): adding and subtracting it keeps 3 mantissa bits, ties to even
                (local.set $offset (f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (i32.add (local.get $e) (i32.const 49))) (i64.const 52))))
                (local.set $blockScale (f64.min (f64.const 448)
                  (f64.sub (f64.add (local.get $x) (local.get $offset)) (local.get $offset))))))
            (call $nvfp4_block (local.get $q) (local.get $len) (f64.mul (local.get $blockScale) (local.get $tensorScale))))
          (local.set $from (i32.add (local.get $from) (i32.const 16)))
          (br_if $nextBlock (i32.lt_u (local.get $from) (local.get $rowLen))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))
