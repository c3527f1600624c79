;; NVFP4 quantization (blockFormats.ts's quantizeNvfp4, bit for bit), in the layout and
;; with the lane masks blockScale.wat describes. A block is 16 values and needs a float64
;; scale, seven thresholds and seven outputs, so its whole path is one function: V8 does
;; not inline calls here, and each spills the vector registers, costing more than a block.

  ;; NVFP4's per-tensor amax: the float32 bits of the largest finite |v| of the rows.
  (func $finite_amax (param $p i32) (param $rows i32) (param $rowLen i32) (param $stride i32) (result i32)
    (local $row i32) (local $q i32) (local $end i32) (local $a v128) (local $m v128)
    ;; Rows without padding between them are one long row (short rows cost a loop each).
    (if (i32.eq (local.get $rowLen) (local.get $stride))
      (then (local.set $rowLen (i32.mul (local.get $rowLen) (local.get $rows))) (local.set $rows (i32.const 1))))
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

  ;; The largest |v| bits of `count` values from p, one after another (NaN and ±Infinity read
  ;; as ≥ 0x7f800000): whole vectors with no lane mask, four at a time, then a masked last one.
  ;; Cheaper than $finite_amax, which is needed only when a non-finite value turns up.
  (func $abs_max (param $p i32) (param $count i32) (result i32)
    (local $whole i32) (local $fours i32) (local $m v128) (local $n v128)
    (local.set $whole (i32.add (local.get $p) (i32.shl (i32.and (local.get $count) (i32.const -4)) (i32.const 2))))
    (local.set $fours (i32.add (local.get $p) (i32.shl (i32.and (local.get $count) (i32.const -16)) (i32.const 2))))
    (block $foursDone
      (loop $four
        (br_if $foursDone (i32.ge_u (local.get $p) (local.get $fours)))
        (local.set $m (i32x4.max_u (local.get $m)
          (v128.and (v128.load (local.get $p)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
        (local.set $n (i32x4.max_u (local.get $n)
          (v128.and (v128.load offset=16 (local.get $p)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
        (local.set $m (i32x4.max_u (local.get $m)
          (v128.and (v128.load offset=32 (local.get $p)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
        (local.set $n (i32x4.max_u (local.get $n)
          (v128.and (v128.load offset=48 (local.get $p)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $four)))
    (block $wholeDone
      (loop $one
        (br_if $wholeDone (i32.ge_u (local.get $p) (local.get $whole)))
        (local.set $m (i32x4.max_u (local.get $m)
          (v128.and (v128.load (local.get $p)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $one)))
    (if (i32.and (local.get $count) (i32.const 3))
      (then
        (local.set $n (i32x4.max_u (local.get $n)
          (v128.and
            (v128.and (v128.load (local.get $p)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))
            (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.and (local.get $count) (i32.const 3)))))))))
    (call $lane_max (i32x4.max_u (local.get $m) (local.get $n))))

  ;; One NVFP4 block of `len` (≤ 16) values at q, with the tensor scale S = fp32(amax_tensor / 2688)
  ;; (6 · 448). The block gets
  ;; the scale b = E4M3(amax_block / (6·S)), saturating at 448 (0 when S is 0), and each value
  ;; becomes fp32(q·s) with s = b·S (exact in float64), q the E2M1 value (0, .5, 1, 1.5, 2, 3,
  ;; 4, 6) nearest |v|/s, ties to the even code, the sign put back from its bits.
  ;;
  ;; The E4M3 rounding is roundMagnitude's (binades from 2^−6, 3 mantissa bits) written out;
  ;; min(·, 448) saturates, since anything from 896 up rounds above 448.
  ;;
  ;; The midpoints c·s between E2M1's values are exact in float64, rarely in float32. For a
  ;; float32 a, a > m exactly when a > (m rounded down to float32), and a ≥ m exactly when
  ;; a ≥ (m rounded up): the nearest float32 is moved one step (its bits ± 1) where it lies on
  ;; the wrong side. The comparisons are nested and the outputs grow with the code, so the
  ;; largest output whose comparison holds (their float32 bits compare as integers) is the
  ;; code's; at a midpoint the even code wins: ≥ where the upper code is even, > where odd.
  (func $nvfp4_block (param $q i32) (param $len i32) (param $tensorScale f64)
    (local $end i32) (local $amax i32)
    (local $blockScale f64) (local $x f64) (local $e i32) (local $offset f64)
    (local $half i32) (local $ss v128) (local $lo v128) (local $hi v128) (local $back v128) (local $t v128)
    (local $low v128) (local $high v128) (local $v v128) (local $b v128) (local $a v128) (local $r v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $t4 v128) (local $t5 v128) (local $t6 v128)
    (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $v4 v128) (local $v5 v128) (local $v6 v128) (local $v7 v128)
    (local.set $end (i32.add (local.get $q) (i32.shl (local.get $len) (i32.const 2))))
    ;; The block's largest |v| (bits; NaN and ±Infinity read as ≥ 0x7f800000).
    (local.set $a (v128.const i32x4 0 0 0 0))
    (loop $amax
      (local.set $a (i32x4.max_u (local.get $a)
        (v128.and
          (v128.and (v128.load (local.get $q)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))
          (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.shr_s (i32.sub (local.get $end) (local.get $q)) (i32.const 2)))))))
      (local.set $q (i32.add (local.get $q) (i32.const 16)))
      (br_if $amax (i32.lt_u (local.get $q) (local.get $end))))
    (local.set $q (i32.sub (local.get $end) (i32.shl (local.get $len) (i32.const 2))))
    (local.set $a (i32x4.max_u (local.get $a)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $a) (local.get $a))))
    (local.set $amax (i32x4.extract_lane 0 (local.get $a)))
    (if (i32.lt_u (local.get $amax) (i32x4.extract_lane 1 (local.get $a)))
      (then (local.set $amax (i32x4.extract_lane 1 (local.get $a)))))
    (block $blockDone
      (if (i32.ge_u (local.get $amax) (i32.const 0x7f800000))
        (then (call $fill_nan (local.get $q) (local.get $len)) (br $blockDone)))
      (br_if $blockDone (i32.eqz (local.get $amax))) ;; all zeros (signs kept)
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
      (local.set $ss (f64x2.splat (f64.mul (local.get $blockScale) (local.get $tensorScale))))
      ;; The seven thresholds, four at a time: c = (.25 .75 1.25 1.75), then (2.5 3.5 5 5);
      ;; lanes 0 and 2 compared with >, so rounded down, lanes 1 and 3 with ≥, rounded up.
      (local.set $half (i32.const 0))
      (loop $thresholds
        (local.set $lo (f64x2.mul (local.get $ss)
          (select (v128.const f64x2 0.25 0.75) (v128.const f64x2 2.5 3.5) (i32.eqz (local.get $half)))))
        (local.set $hi (f64x2.mul (local.get $ss)
          (select (v128.const f64x2 1.25 1.75) (v128.const f64x2 5 5) (i32.eqz (local.get $half)))))
        (local.set $t (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (f32x4.demote_f64x2_zero (local.get $lo)) (f32x4.demote_f64x2_zero (local.get $hi))))
        ;; per pair: −1 where the float32 for > lies above its midpoint, +1 where the one for ≥ lies
        ;; below (the low words of the 64-bit masks); $low and $high keep the two halves' thresholds
        (local.set $back (f64x2.promote_low_f32x4 (local.get $t)))
        (local.set $lo (i64x2.sub
          (v128.and (f64x2.gt (local.get $back) (local.get $lo)) (v128.const i64x2 -1 0))
          (v128.and (f64x2.lt (local.get $back) (local.get $lo)) (v128.const i64x2 0 -1))))
        (local.set $back (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $t) (local.get $t))))
        (local.set $hi (i64x2.sub
          (v128.and (f64x2.gt (local.get $back) (local.get $hi)) (v128.const i64x2 -1 0))
          (v128.and (f64x2.lt (local.get $back) (local.get $hi)) (v128.const i64x2 0 -1))))
        (local.set $t (i32x4.add (local.get $t)
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $lo) (local.get $hi))))
        (if (local.get $half)
          (then (local.set $high (local.get $t)))
          (else (local.set $low (local.get $t)) (local.set $half (i32.const 1)) (br $thresholds))))
      (local.set $t0 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $low) (local.get $low)))
      (local.set $t1 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $low) (local.get $low)))
      (local.set $t2 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $low) (local.get $low)))
      (local.set $t3 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $low) (local.get $low)))
      (local.set $t4 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $high) (local.get $high)))
      (local.set $t5 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $high) (local.get $high)))
      (local.set $t6 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $high) (local.get $high)))
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
      (loop $values
        (local.set $b (v128.load (local.get $q)))
        (local.set $a (v128.and (local.get $b) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
        (local.set $r (v128.and (local.get $v1) (f32x4.gt (local.get $a) (local.get $t0))))
        (local.set $r (i32x4.max_u (local.get $r) (v128.and (local.get $v2) (f32x4.ge (local.get $a) (local.get $t1)))))
        (local.set $r (i32x4.max_u (local.get $r) (v128.and (local.get $v3) (f32x4.gt (local.get $a) (local.get $t2)))))
        (local.set $r (i32x4.max_u (local.get $r) (v128.and (local.get $v4) (f32x4.ge (local.get $a) (local.get $t3)))))
        (local.set $r (i32x4.max_u (local.get $r) (v128.and (local.get $v5) (f32x4.gt (local.get $a) (local.get $t4)))))
        (local.set $r (i32x4.max_u (local.get $r) (v128.and (local.get $v6) (f32x4.ge (local.get $a) (local.get $t5)))))
        (local.set $r (i32x4.max_u (local.get $r) (v128.and (local.get $v7) (f32x4.gt (local.get $a) (local.get $t6)))))
        (v128.store (local.get $q)
          (v128.bitselect
            (v128.or (local.get $r) (v128.and (local.get $b) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))
            (local.get $b)
            (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.shr_s (i32.sub (local.get $end) (local.get $q)) (i32.const 2))))))
        (local.set $q (i32.add (local.get $q) (i32.const 16)))
        (br_if $values (i32.lt_u (local.get $q) (local.get $end))))))

  ;; Four whole blocks of 16 from p, one by one ($nvfp4_groups' way out for the rare groups).
  (func $nvfp4_four_blocks (param $p i32) (param $tensorScale f64)
    (local $end i32)
    (local.set $end (i32.add (local.get $p) (i32.const 256)))
    (loop $each
      (call $nvfp4_block (local.get $p) (i32.const 16) (local.get $tensorScale))
      (local.set $p (i32.add (local.get $p) (i32.const 64)))
      (br_if $each (i32.lt_u (local.get $p) (local.get $end)))))

  ;; `groups` groups of four whole blocks of 16, one after another from p: the same values as
  ;; $nvfp4_block on each. The scales, thresholds and outputs are computed for four blocks at
  ;; once (lane j: block j); then each block's values meet its lane of them, splatted. A group
  ;; holding NaN or ±Infinity, or a block scale 0 < s < 2^−124, goes block by block.
  ;;
  ;; Thresholds: the midpoints c between E2M1 values (.25 .75 1.25 1.75 2.5 3.5 5) times s are
  ;; exact in float64 as P·2^k with P = s, 1.5s, 1.25s or 1.75s. The k-th is compared with >
  ;; for even k, so it is rounded down to float32, and with ≥ for odd k, rounded up (see
  ;; $nvfp4_block). A normal float64 becomes a normal float32 by rebiasing the exponent (−896)
  ;; and dropping 29 mantissa bits, which rounds down; adding 2^29 − 1 first rounds up. So one
  ;; i64 add does the rebias, the 2^k and the rounding, K = (k − 896)·2^52 [+ 2^29 − 1], a shift
  ;; drops the bits, and the low words of the 64-bit lanes are the float32 thresholds.
  ;;
  ;; Outputs: a value's E2M1 code c is the number of thresholds it passes (they increase, so the
  ;; comparison masks nest, m0 ⊇ m1 ⊇ … ⊇ m6), and its output is fp32(q·s), q = 0, .5, 1, 1.5, 2,
  ;; 3, 4, 6. In float32's normal range fp32(2^k·x) is fp32(x) with k added to the exponent, so
  ;; the output is fp32(s/2) for codes 1, 2, 4, 6 or fp32(3s/4) for codes 3, 5, 7 (the latter
  ;; exactly where m2 xor m3 xor m4 xor m5 xor m6 is set) with floor(c/2) = −(m1 + m3 + m5) added
  ;; to the exponent, and ±0 where m0 is clear. Nine vectors a block (seven thresholds, the
  ;; s/2 bits and the difference to the 3s/4 bits) instead of fourteen.
  (func $nvfp4_groups (param $p i32) (param $groups i32) (param $tensorScale f64)
    (local $end i32) (local $i i32) (local $k i32) (local $m v128) (local $x v128) (local $y v128)
    (local $sLo v128) (local $sHi v128) (local $offset v128) (local $keep v128)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128) (local $a v128) (local $w v128) (local $q i32) (local $qend i32)
    (local $m1 v128) (local $m3 v128) (local $m5 v128) (local $nz v128) (local $base v128) (local $diff v128)
    (local $bt0 v128) (local $bt1 v128) (local $bt2 v128) (local $bt3 v128) (local $bt4 v128) (local $bt5 v128) (local $bt6 v128) (local $bbase v128) (local $bdiff v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $t4 v128) (local $t5 v128) (local $t6 v128)
    (if (i32.eqz (local.get $groups)) (then (return)))
    ;; S = 0 makes every block's scale 0 (the values become ±0).
    (local.set $keep (f64x2.ne (f64x2.splat (local.get $tensorScale)) (f64x2.splat (f64.const 0))))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $groups) (i32.const 8))))
    (loop $nextGroup
      ;; Each block's largest |v| bits: four partial maxima per block (w0..w3), then a 4 × 4 reduction.
      (local.set $i (i32.const 0))
      (loop $blocks
        (local.set $m (v128.and (v128.load (i32.add (local.get $p) (local.get $i))) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
        (local.set $m (i32x4.max_u (local.get $m) (v128.and (v128.load offset=16 (i32.add (local.get $p) (local.get $i))) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
        (local.set $m (i32x4.max_u (local.get $m) (v128.and (v128.load offset=32 (i32.add (local.get $p) (local.get $i))) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
        (local.set $m (i32x4.max_u (local.get $m) (v128.and (v128.load offset=48 (i32.add (local.get $p) (local.get $i))) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
        ;; rotate: the block maxima arrive in w3 and move down to w0
        (local.set $w0 (local.get $w1)) (local.set $w1 (local.get $w2)) (local.set $w2 (local.get $w3)) (local.set $w3 (local.get $m))
        (local.set $i (i32.add (local.get $i) (i32.const 64)))
        (br_if $blocks (i32.lt_u (local.get $i) (i32.const 256))))
      (local.set $x (i32x4.max_u
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $w0) (local.get $w1))
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $w0) (local.get $w1))))
      (local.set $y (i32x4.max_u
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $w2) (local.get $w3))
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $w2) (local.get $w3))))
      (local.set $m (i32x4.max_u
        (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $x) (local.get $y))
        (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $x) (local.get $y))))
      (block $groupDone
        (if (v128.any_true (i32x4.gt_s (local.get $m) (v128.const i32x4 0x7f7fffff 0x7f7fffff 0x7f7fffff 0x7f7fffff)))
          (then (call $nvfp4_four_blocks (local.get $p) (local.get $tensorScale)) (br $groupDone)))
        ;; The block scales E4M3(amax / (6·S)) two blocks at a time, as $nvfp4_block rounds them
        ;; (an all-zero block gets 0), then s = b·S.
        (local.set $k (i32.const 0))
        (loop $scales
          (local.set $x (f64x2.div (f64x2.promote_low_f32x4 (local.get $m)) (f64x2.splat (f64.mul (f64.const 6) (local.get $tensorScale)))))
          ;; 2^(e + 49), e the exponent of x but at least −6: its exponent bits plus 49 (x ≥ 0, no NaN,
          ;; so the pseudo-max and -min below are max and min)
          (local.set $offset (i64x2.add (v128.const i64x2 0x0310000000000000 0x0310000000000000)
            (v128.and (f64x2.pmax (local.get $x) (v128.const f64x2 0x1p-6 0x1p-6)) (v128.const i64x2 0x7ff0000000000000 0x7ff0000000000000))))
          (local.set $x (v128.and (local.get $keep) (f64x2.mul (f64x2.splat (local.get $tensorScale))
            (f64x2.pmin (f64x2.sub (f64x2.add (local.get $x) (local.get $offset)) (local.get $offset)) (v128.const f64x2 448 448)))))
          (local.set $sLo (local.get $sHi)) (local.set $sHi (local.get $x))
          (local.set $m (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $m) (local.get $m)))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $scales (i32.lt_u (local.get $k) (i32.const 2))))
        ;; A scale 0 < s < 2^−124 would put thresholds and outputs below float32's normal range,
        ;; where the bit steps below do not hold: such a group goes block by block (blocks of
        ;; values around 2^−120 and below). No scale is too large: s ≤ 448·S ≤ 2^125.5, its thresholds stay below
        ;; 2^128, and an output stepped past float32's largest exponent is +∞'s bits, as rounding gives.
        (if (v128.any_true (v128.or
              (v128.and (f64x2.gt (local.get $sLo) (v128.const f64x2 0 0)) (f64x2.lt (local.get $sLo) (v128.const f64x2 0x1p-124 0x1p-124)))
              (v128.and (f64x2.gt (local.get $sHi) (v128.const f64x2 0 0)) (f64x2.lt (local.get $sHi) (v128.const f64x2 0x1p-124 0x1p-124)))))
          (then (call $nvfp4_four_blocks (local.get $p) (local.get $tensorScale)) (br $groupDone)))
                ;; Thresholds t0..t6 (above). A lane of s = 0 gets t0 = +∞: its values pass none and stay ±0.
        (local.set $nz (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
          (f64x2.ne (local.get $sLo) (v128.const f64x2 0 0)) (f64x2.ne (local.get $sHi) (v128.const f64x2 0 0))))
        (local.set $t0 (v128.bitselect
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            (i64x2.shr_u (i64x2.add (local.get $sLo) (v128.const i64x2 -0x3820000000000000 -0x3820000000000000)) (i32.const 29))
            (i64x2.shr_u (i64x2.add (local.get $sHi) (v128.const i64x2 -0x3820000000000000 -0x3820000000000000)) (i32.const 29)))
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000) (local.get $nz)))
        (local.set $x (f64x2.mul (local.get $sLo) (v128.const f64x2 1.5 1.5)))
        (local.set $y (f64x2.mul (local.get $sHi) (v128.const f64x2 1.5 1.5)))
        (local.set $t1 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
          (i64x2.shr_u (i64x2.add (local.get $x) (v128.const i64x2 -0x380FFFFFE0000001 -0x380FFFFFE0000001)) (i32.const 29))
          (i64x2.shr_u (i64x2.add (local.get $y) (v128.const i64x2 -0x380FFFFFE0000001 -0x380FFFFFE0000001)) (i32.const 29))))
        (local.set $diff (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (f32x4.demote_f64x2_zero (local.get $x)) (f32x4.demote_f64x2_zero (local.get $y))))
        (local.set $x (f64x2.mul (local.get $sLo) (v128.const f64x2 1.25 1.25)))
        (local.set $y (f64x2.mul (local.get $sHi) (v128.const f64x2 1.25 1.25)))
        (local.set $t2 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
          (i64x2.shr_u (i64x2.add (local.get $x) (v128.const i64x2 -0x3800000000000000 -0x3800000000000000)) (i32.const 29))
          (i64x2.shr_u (i64x2.add (local.get $y) (v128.const i64x2 -0x3800000000000000 -0x3800000000000000)) (i32.const 29))))
        (local.set $t4 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
          (i64x2.shr_u (i64x2.add (local.get $x) (v128.const i64x2 -0x37F0000000000000 -0x37F0000000000000)) (i32.const 29))
          (i64x2.shr_u (i64x2.add (local.get $y) (v128.const i64x2 -0x37F0000000000000 -0x37F0000000000000)) (i32.const 29))))
        (local.set $t6 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
          (i64x2.shr_u (i64x2.add (local.get $x) (v128.const i64x2 -0x37E0000000000000 -0x37E0000000000000)) (i32.const 29))
          (i64x2.shr_u (i64x2.add (local.get $y) (v128.const i64x2 -0x37E0000000000000 -0x37E0000000000000)) (i32.const 29))))
        (local.set $x (f64x2.mul (local.get $sLo) (v128.const f64x2 1.75 1.75)))
        (local.set $y (f64x2.mul (local.get $sHi) (v128.const f64x2 1.75 1.75)))
        (local.set $t3 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
          (i64x2.shr_u (i64x2.add (local.get $x) (v128.const i64x2 -0x37FFFFFFE0000001 -0x37FFFFFFE0000001)) (i32.const 29))
          (i64x2.shr_u (i64x2.add (local.get $y) (v128.const i64x2 -0x37FFFFFFE0000001 -0x37FFFFFFE0000001)) (i32.const 29))))
        (local.set $t5 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
          (i64x2.shr_u (i64x2.add (local.get $x) (v128.const i64x2 -0x37EFFFFFE0000001 -0x37EFFFFFE0000001)) (i32.const 29))
          (i64x2.shr_u (i64x2.add (local.get $y) (v128.const i64x2 -0x37EFFFFFE0000001 -0x37EFFFFFE0000001)) (i32.const 29))))
        ;; fp32(s) and fp32(1.5s), rounded to nearest as the reference's store of q·s rounds;
        ;; one exponent step down they are the two output bases fp32(s/2) and fp32(3s/4).
        (local.set $base (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (f32x4.demote_f64x2_zero (local.get $sLo)) (f32x4.demote_f64x2_zero (local.get $sHi))))
        (local.set $diff (i32x4.sub (local.get $diff) (local.get $base)))
        (local.set $base (i32x4.sub (local.get $base) (v128.const i32x4 0x800000 0x800000 0x800000 0x800000)))
        ;; Block j (written out four times: a lane index must be a constant, and a loop that
        ;; splats by i8x16.swizzle was 7–9 % slower): its lane of each vector, splatted.
        ;; block 0
        (local.set $bt0 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $t0) (local.get $t0)))
        (local.set $bt1 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $t1) (local.get $t1)))
        (local.set $bt2 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $t2) (local.get $t2)))
        (local.set $bt3 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $t3) (local.get $t3)))
        (local.set $bt4 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $t4) (local.get $t4)))
        (local.set $bt5 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $t5) (local.get $t5)))
        (local.set $bt6 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $t6) (local.get $t6)))
        (local.set $bbase (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $base) (local.get $base)))
        (local.set $bdiff (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $diff) (local.get $diff)))
        (local.set $q (local.get $p))
        (local.set $qend (i32.add (local.get $q) (i32.const 64)))
        (loop $values0
          (local.set $w (v128.load (local.get $q)))
          (local.set $a (v128.and (local.get $w) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
          (local.set $m1 (f32x4.ge (local.get $a) (local.get $bt1)))
          (local.set $m3 (f32x4.ge (local.get $a) (local.get $bt3)))
          (local.set $m5 (f32x4.ge (local.get $a) (local.get $bt5)))
          (v128.store (local.get $q) (v128.or (v128.and (local.get $w) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
            (v128.and (f32x4.gt (local.get $a) (local.get $bt0))
              (i32x4.add
                (i32x4.sub (local.get $bbase) (i32x4.shl (i32x4.add (i32x4.add (local.get $m1) (local.get $m3)) (local.get $m5)) (i32.const 23)))
                (v128.and (local.get $bdiff)
                  (v128.xor (v128.xor (f32x4.gt (local.get $a) (local.get $bt2)) (local.get $m3))
                    (v128.xor (v128.xor (f32x4.gt (local.get $a) (local.get $bt4)) (local.get $m5)) (f32x4.gt (local.get $a) (local.get $bt6)))))))))
          (local.set $q (i32.add (local.get $q) (i32.const 16)))
          (br_if $values0 (i32.lt_u (local.get $q) (local.get $qend))))
        ;; block 1
        (local.set $bt0 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $t0) (local.get $t0)))
        (local.set $bt1 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $t1) (local.get $t1)))
        (local.set $bt2 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $t2) (local.get $t2)))
        (local.set $bt3 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $t3) (local.get $t3)))
        (local.set $bt4 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $t4) (local.get $t4)))
        (local.set $bt5 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $t5) (local.get $t5)))
        (local.set $bt6 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $t6) (local.get $t6)))
        (local.set $bbase (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $base) (local.get $base)))
        (local.set $bdiff (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $diff) (local.get $diff)))
        (local.set $q (i32.add (local.get $p) (i32.const 64)))
        (local.set $qend (i32.add (local.get $q) (i32.const 64)))
        (loop $values1
          (local.set $w (v128.load (local.get $q)))
          (local.set $a (v128.and (local.get $w) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
          (local.set $m1 (f32x4.ge (local.get $a) (local.get $bt1)))
          (local.set $m3 (f32x4.ge (local.get $a) (local.get $bt3)))
          (local.set $m5 (f32x4.ge (local.get $a) (local.get $bt5)))
          (v128.store (local.get $q) (v128.or (v128.and (local.get $w) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
            (v128.and (f32x4.gt (local.get $a) (local.get $bt0))
              (i32x4.add
                (i32x4.sub (local.get $bbase) (i32x4.shl (i32x4.add (i32x4.add (local.get $m1) (local.get $m3)) (local.get $m5)) (i32.const 23)))
                (v128.and (local.get $bdiff)
                  (v128.xor (v128.xor (f32x4.gt (local.get $a) (local.get $bt2)) (local.get $m3))
                    (v128.xor (v128.xor (f32x4.gt (local.get $a) (local.get $bt4)) (local.get $m5)) (f32x4.gt (local.get $a) (local.get $bt6)))))))))
          (local.set $q (i32.add (local.get $q) (i32.const 16)))
          (br_if $values1 (i32.lt_u (local.get $q) (local.get $qend))))
        ;; block 2
        (local.set $bt0 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $t0) (local.get $t0)))
        (local.set $bt1 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $t1) (local.get $t1)))
        (local.set $bt2 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $t2) (local.get $t2)))
        (local.set $bt3 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $t3) (local.get $t3)))
        (local.set $bt4 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $t4) (local.get $t4)))
        (local.set $bt5 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $t5) (local.get $t5)))
        (local.set $bt6 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $t6) (local.get $t6)))
        (local.set $bbase (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $base) (local.get $base)))
        (local.set $bdiff (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $diff) (local.get $diff)))
        (local.set $q (i32.add (local.get $p) (i32.const 128)))
        (local.set $qend (i32.add (local.get $q) (i32.const 64)))
        (loop $values2
          (local.set $w (v128.load (local.get $q)))
          (local.set $a (v128.and (local.get $w) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
          (local.set $m1 (f32x4.ge (local.get $a) (local.get $bt1)))
          (local.set $m3 (f32x4.ge (local.get $a) (local.get $bt3)))
          (local.set $m5 (f32x4.ge (local.get $a) (local.get $bt5)))
          (v128.store (local.get $q) (v128.or (v128.and (local.get $w) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
            (v128.and (f32x4.gt (local.get $a) (local.get $bt0))
              (i32x4.add
                (i32x4.sub (local.get $bbase) (i32x4.shl (i32x4.add (i32x4.add (local.get $m1) (local.get $m3)) (local.get $m5)) (i32.const 23)))
                (v128.and (local.get $bdiff)
                  (v128.xor (v128.xor (f32x4.gt (local.get $a) (local.get $bt2)) (local.get $m3))
                    (v128.xor (v128.xor (f32x4.gt (local.get $a) (local.get $bt4)) (local.get $m5)) (f32x4.gt (local.get $a) (local.get $bt6)))))))))
          (local.set $q (i32.add (local.get $q) (i32.const 16)))
          (br_if $values2 (i32.lt_u (local.get $q) (local.get $qend))))
        ;; block 3
        (local.set $bt0 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $t0) (local.get $t0)))
        (local.set $bt1 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $t1) (local.get $t1)))
        (local.set $bt2 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $t2) (local.get $t2)))
        (local.set $bt3 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $t3) (local.get $t3)))
        (local.set $bt4 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $t4) (local.get $t4)))
        (local.set $bt5 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $t5) (local.get $t5)))
        (local.set $bt6 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $t6) (local.get $t6)))
        (local.set $bbase (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $base) (local.get $base)))
        (local.set $bdiff (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $diff) (local.get $diff)))
        (local.set $q (i32.add (local.get $p) (i32.const 192)))
        (local.set $qend (i32.add (local.get $q) (i32.const 64)))
        (loop $values3
          (local.set $w (v128.load (local.get $q)))
          (local.set $a (v128.and (local.get $w) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
          (local.set $m1 (f32x4.ge (local.get $a) (local.get $bt1)))
          (local.set $m3 (f32x4.ge (local.get $a) (local.get $bt3)))
          (local.set $m5 (f32x4.ge (local.get $a) (local.get $bt5)))
          (v128.store (local.get $q) (v128.or (v128.and (local.get $w) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
            (v128.and (f32x4.gt (local.get $a) (local.get $bt0))
              (i32x4.add
                (i32x4.sub (local.get $bbase) (i32x4.shl (i32x4.add (i32x4.add (local.get $m1) (local.get $m3)) (local.get $m5)) (i32.const 23)))
                (v128.and (local.get $bdiff)
                  (v128.xor (v128.xor (f32x4.gt (local.get $a) (local.get $bt2)) (local.get $m3))
                    (v128.xor (v128.xor (f32x4.gt (local.get $a) (local.get $bt4)) (local.get $m5)) (f32x4.gt (local.get $a) (local.get $bt6)))))))))
          (local.set $q (i32.add (local.get $q) (i32.const 16)))
          (br_if $values3 (i32.lt_u (local.get $q) (local.get $qend)))))
      (local.set $p (i32.add (local.get $p) (i32.const 256)))
      (br_if $nextGroup (i32.lt_u (local.get $p) (local.get $end)))))

  ;; NVFP4 (blockFormats.ts's quantizeNvfp4, bit for bit): S = fp32(amax_tensor / 2688) from the
  ;; finite values, then each block as $nvfp4_block rounds it. Rows of whole blocks with no
  ;; padding between them are one run of blocks, taken four at a time ($nvfp4_groups).
  (func (export "quantize_nvfp4") (param $p i32) (param $rows i32) (param $rowLen i32) (param $stride i32)
    (local $row i32) (local $from i32) (local $len i32) (local $blocks i32) (local $tensorScale f64)
    (local $amax i32)
    ;; Rows without padding between them are one run of values.
    (local.set $amax (i32.const 0x7f800000))
    (if (i32.or (i32.eq (local.get $rowLen) (local.get $stride)) (i32.eq (local.get $rows) (i32.const 1)))
      (then (local.set $amax (call $abs_max (local.get $p) (i32.mul (local.get $rows) (local.get $rowLen))))))
    (if (i32.ge_u (local.get $amax) (i32.const 0x7f800000))
      (then (local.set $amax (call $finite_amax (local.get $p) (local.get $rows) (local.get $rowLen) (local.get $stride)))))
    (local.set $tensorScale (f64.promote_f32 (f32.demote_f64 (f64.div
      (f64.promote_f32 (f32.reinterpret_i32 (local.get $amax)))
      (f64.const 2688)))))
    (if (i32.and (i32.eqz (i32.and (local.get $rowLen) (i32.const 15)))
                 (i32.or (i32.eq (local.get $rowLen) (local.get $stride)) (i32.eq (local.get $rows) (i32.const 1))))
      (then
        (local.set $blocks (i32.shr_u (i32.mul (local.get $rows) (local.get $rowLen)) (i32.const 4)))
        (call $nvfp4_groups (local.get $p) (i32.shr_u (local.get $blocks) (i32.const 2)) (local.get $tensorScale))
        ;; the last blocks, fewer than four
        (local.set $from (i32.and (local.get $blocks) (i32.const -4)))
        (block $tailDone
          (loop $tail
            (br_if $tailDone (i32.ge_u (local.get $from) (local.get $blocks)))
            (call $nvfp4_block (i32.add (local.get $p) (i32.shl (local.get $from) (i32.const 6))) (i32.const 16) (local.get $tensorScale))
            (local.set $from (i32.add (local.get $from) (i32.const 1)))
            (br $tail)))
        (return)))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $from (i32.const 0))
        (loop $nextBlock
          (local.set $len (i32.sub (local.get $rowLen) (local.get $from)))
          (if (i32.gt_s (local.get $len) (i32.const 16)) (then (local.set $len (i32.const 16))))
          (call $nvfp4_block
            (i32.add (local.get $p) (i32.shl (i32.add (i32.mul (local.get $row) (local.get $stride)) (local.get $from)) (i32.const 2)))
            (local.get $len) (local.get $tensorScale))
          (local.set $from (i32.add (local.get $from) (i32.const 16)))
          (br_if $nextBlock (i32.lt_u (local.get $from) (local.get $rowLen))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))
