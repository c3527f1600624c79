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

  ;; NVFP4: the tensor scale S = fp32(amax_tensor / 2688) (6 · 448); each block of 16 gets
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
  ;; the wrong side. The comparisons are nested, so selecting the outputs in order keeps the
  ;; highest; at a midpoint the even code wins: ≥ where the upper code is even, > where odd.
  (func (export "quantize_nvfp4") (param $p i32) (param $rows i32) (param $rowLen i32) (param $stride i32)
    (local $row i32) (local $from i32) (local $q i32) (local $len i32) (local $end i32) (local $amax i32)
    (local $tensorScale f64) (local $blockScale f64) (local $x f64) (local $e i32) (local $offset f64)
    (local $half i32) (local $ss v128) (local $lo v128) (local $hi v128) (local $back v128) (local $t v128)
    (local $low v128) (local $high v128) (local $v v128) (local $b v128) (local $a v128) (local $r v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $t4 v128) (local $t5 v128) (local $t6 v128)
    (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $v4 v128) (local $v5 v128) (local $v6 v128) (local $v7 v128)
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
              (br_if $values (i32.lt_u (local.get $q) (local.get $end)))))
          (local.set $from (i32.add (local.get $from) (i32.const 16)))
          (br_if $nextBlock (i32.lt_u (local.get $from) (local.get $rowLen))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))
