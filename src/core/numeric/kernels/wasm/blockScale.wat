;; Block-scaled quantization (MX here, NVFP4 in nvfp4.wat) sharing gemm.wat's module and memory:
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

  ;; MX: blocks of $size share the E8M0 scale X = 2^shared, shared = floor(log2 amax) − maxExp
  ;; (at least −127). The element format: $mb mantissa bits, smallest normal exponent
  ;; $minExp, largest $maxExp, largest value $maxFinite (its float32 bits $maxFiniteBits).
  ;;
  ;; When the block's scaled normals stay in float32's normal range, a value at or above the
  ;; smallest scaled normal is rounded on its bits (add half a quantum minus one plus the last
  ;; kept bit, clear the dropped bits, clamp to the scaled largest element); below it the
  ;; quantum is fixed: |v|·2^−shared is exact there, (x + c) − c rounds it to the element's
  ;; subnormal quantum (c's float32 spacing), and ·2^shared is exact again. The block's path
  ;; makes no call (each spills the vector registers, and blocks are short).
  (func $mx_rows (param $p i32) (param $rows i32) (param $rowLen i32) (param $stride i32)
        (param $size i32) (param $mb i32) (param $minExp i32) (param $maxExp i32) (param $maxFiniteBits i32)
    (local $row i32) (local $from i32) (local $q i32) (local $len i32) (local $end i32) (local $amax i32)
    (local $shared i32) (local $minNormalExp i32) (local $drop i32)
    (local $half v128) (local $mask v128) (local $c v128) (local $down v128) (local $up v128)
    (local $maxBits v128) (local $minNormalBits v128)
    (local $b v128) (local $a v128) (local $rn v128) (local $rs v128)
    (local.set $drop (i32.sub (i32.const 23) (local.get $mb)))
    (local.set $half (i32x4.splat (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $drop) (i32.const 1))) (i32.const 1))))
    (local.set $mask (i32x4.splat (i32.sub (i32.const 0) (i32.shl (i32.const 1) (local.get $drop)))))
    (local.set $c (f32x4.splat (call $pow2_f32 (i32.add (i32.sub (local.get $minExp) (local.get $mb)) (i32.const 23)))))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $from (i32.const 0))
        (loop $nextBlock
          (local.set $q (i32.add (local.get $p)
            (i32.shl (i32.add (i32.mul (local.get $row) (local.get $stride)) (local.get $from)) (i32.const 2))))
          (local.set $len (i32.sub (local.get $rowLen) (local.get $from)))
          (if (i32.gt_s (local.get $len) (local.get $size)) (then (local.set $len (local.get $size))))
          (local.set $end (i32.add (local.get $q) (i32.shl (local.get $len) (i32.const 2))))
          ;; The block's largest |v| bits (NaN and ±Infinity read as ≥ 0x7f800000), written out.
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
            ;; 2^−shared and 2^shared as float32 bits (shared is in [−126, 126] here)
            (local.set $down (i32x4.splat (i32.shl (i32.sub (i32.const 127) (local.get $shared)) (i32.const 23))))
            (local.set $up (i32x4.splat (i32.shl (i32.add (i32.const 127) (local.get $shared)) (i32.const 23))))
            (local.set $maxBits (i32x4.splat (i32.add (local.get $maxFiniteBits) (i32.shl (local.get $shared) (i32.const 23)))))
            (local.set $minNormalBits (i32x4.splat (i32.shl (i32.add (local.get $minNormalExp) (i32.const 127)) (i32.const 23))))
            (loop $values
              (local.set $b (v128.load (local.get $q)))
              (local.set $a (v128.and (local.get $b) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
              (local.set $rn
                (i32x4.min_u
                  (v128.and
                    (i32x4.add (i32x4.add (local.get $a) (local.get $half))
                               (v128.and (i32x4.shr_u (local.get $a) (local.get $drop)) (v128.const i32x4 1 1 1 1)))
                    (local.get $mask))
                  (local.get $maxBits)))
              (local.set $rs
                (f32x4.mul
                  (f32x4.sub (f32x4.add (f32x4.mul (local.get $a) (local.get $down)) (local.get $c)) (local.get $c))
                  (local.get $up)))
              (local.set $rn (v128.bitselect (local.get $rn) (local.get $rs)
                (i32x4.ge_u (local.get $a) (local.get $minNormalBits))))
              (v128.store (local.get $q)
                (v128.bitselect
                  (v128.or (local.get $rn) (v128.and (local.get $b) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))
                  (local.get $b)
                  (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.shr_s (i32.sub (local.get $end) (local.get $q)) (i32.const 2))))))
              (local.set $q (i32.add (local.get $q) (i32.const 16)))
              (br_if $values (i32.lt_u (local.get $q) (local.get $end)))))
          (local.set $from (i32.add (local.get $from) (local.get $size)))
          (br_if $nextBlock (i32.lt_u (local.get $from) (local.get $rowLen))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))

  ;; `groups` groups of four blocks of $len values (a multiple of 4), one after another from p:
  ;; the same values as $mx_rows on each, four blocks at a time. Each lane of the scale
  ;; vectors is one block's; the values are transposed 4 × 4 so lane j holds block j's. A
  ;; group holding NaN or ±Infinity, or a tiny block (scaled normals below float32's), goes
  ;; block by block through $mx_rows.
  (func $mx_groups (param $p i32) (param $groups i32) (param $len i32)
        (param $mb i32) (param $minExp i32) (param $maxExp i32) (param $maxFiniteBits i32)
    (local $end i32) (local $i i32) (local $k i32) (local $bytes i32) (local $drop i32)
    (local $half v128) (local $mask v128) (local $c v128) (local $m v128) (local $x v128) (local $y v128)
    (local $shared v128) (local $down v128) (local $up v128) (local $maxBits v128) (local $minNormalBits v128)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128) (local $a v128) (local $r v128)
    (if (i32.eqz (local.get $groups)) (then (return)))
    (local.set $drop (i32.sub (i32.const 23) (local.get $mb)))
    (local.set $half (i32x4.splat (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $drop) (i32.const 1))) (i32.const 1))))
    (local.set $mask (i32x4.splat (i32.sub (i32.const 0) (i32.shl (i32.const 1) (local.get $drop)))))
    (local.set $c (f32x4.splat (call $pow2_f32 (i32.add (i32.sub (local.get $minExp) (local.get $mb)) (i32.const 23)))))
    (local.set $bytes (i32.shl (local.get $len) (i32.const 2)))
    (local.set $end (i32.add (local.get $p) (i32.mul (local.get $groups) (i32.shl (local.get $bytes) (i32.const 2)))))
    (loop $nextGroup
      ;; Each block's largest |v| bits: its running maximum rotated in, then a 4 × 4 reduction.
      (local.set $k (i32.const 0))
      (loop $blocks
        (local.set $m (v128.const i32x4 0 0 0 0))
        (local.set $i (i32.add (local.get $p) (i32.mul (local.get $k) (local.get $bytes))))
        (loop $vectors
          (local.set $m (i32x4.max_u (local.get $m)
            (v128.and (v128.load (local.get $i)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br_if $vectors (i32.lt_u (local.get $i)
            (i32.add (local.get $p) (i32.mul (i32.add (local.get $k) (i32.const 1)) (local.get $bytes))))))
        (local.set $w0 (local.get $w1)) (local.set $w1 (local.get $w2)) (local.set $w2 (local.get $w3)) (local.set $w3 (local.get $m))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br_if $blocks (i32.lt_u (local.get $k) (i32.const 4))))
      (local.set $x (i32x4.max_u
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $w0) (local.get $w1))
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $w0) (local.get $w1))))
      (local.set $y (i32x4.max_u
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $w2) (local.get $w3))
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $w2) (local.get $w3))))
      (local.set $m (i32x4.max_u
        (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $x) (local.get $y))
        (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $x) (local.get $y))))
      ;; shared = floor(log2 amax) − maxExp, at least −127; an all-zero block's lanes use 0 (its values stay ±0)
      (local.set $shared (i32x4.max_s (v128.const i32x4 -127 -127 -127 -127)
        (i32x4.sub (i32x4.shr_u (local.get $m) (i32.const 23)) (i32x4.splat (i32.add (i32.const 127) (local.get $maxExp))))))
      (local.set $shared (v128.andnot (local.get $shared) (i32x4.eq (local.get $m) (v128.const i32x4 0 0 0 0))))
      (block $groupDone
        (if (v128.any_true (v128.or
              (i32x4.ge_u (local.get $m) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
              (i32x4.lt_s (i32x4.add (local.get $shared) (i32x4.splat (local.get $minExp))) (v128.const i32x4 -126 -126 -126 -126))))
          (then
            (call $mx_rows (local.get $p) (i32.const 4) (local.get $len) (local.get $len) (local.get $len)
              (local.get $mb) (local.get $minExp) (local.get $maxExp) (local.get $maxFiniteBits))
            (br $groupDone)))
        ;; 2^−shared and 2^shared as float32 bits, the scaled largest element and smallest normal
        (local.set $down (i32x4.shl (i32x4.sub (v128.const i32x4 127 127 127 127) (local.get $shared)) (i32.const 23)))
        (local.set $up (i32x4.shl (i32x4.add (v128.const i32x4 127 127 127 127) (local.get $shared)) (i32.const 23)))
        (local.set $maxBits (i32x4.add (i32x4.splat (local.get $maxFiniteBits)) (i32x4.shl (local.get $shared) (i32.const 23))))
        (local.set $minNormalBits (i32x4.shl
          (i32x4.add (local.get $shared) (i32x4.splat (i32.add (local.get $minExp) (i32.const 127)))) (i32.const 23)))
        ;; Vector i of the four blocks, transposed, rounded lane by lane, transposed back.
        (local.set $i (local.get $p))
        (loop $vectorsOut
          (local.set $x (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            (v128.load (local.get $i)) (v128.load (i32.add (local.get $i) (local.get $bytes)))))
          (local.set $y (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            (v128.load (i32.add (local.get $i) (i32.shl (local.get $bytes) (i32.const 1))))
            (v128.load (i32.add (local.get $i) (i32.mul (local.get $bytes) (i32.const 3))))))
          (local.set $w0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x) (local.get $y)))
          (local.set $w1 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x) (local.get $y)))
          (local.set $x (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            (v128.load (local.get $i)) (v128.load (i32.add (local.get $i) (local.get $bytes)))))
          (local.set $y (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            (v128.load (i32.add (local.get $i) (i32.shl (local.get $bytes) (i32.const 1))))
            (v128.load (i32.add (local.get $i) (i32.mul (local.get $bytes) (i32.const 3))))))
          (local.set $w2 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x) (local.get $y)))
          (local.set $w3 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x) (local.get $y)))
          (local.set $k (i32.const 0))
          (loop $lanes
            (local.set $a (v128.and (local.get $w0) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
            (local.set $r (v128.bitselect
              (i32x4.min_u
                (v128.and
                  (i32x4.add (i32x4.add (local.get $a) (local.get $half))
                             (v128.and (i32x4.shr_u (local.get $a) (local.get $drop)) (v128.const i32x4 1 1 1 1)))
                  (local.get $mask))
                (local.get $maxBits))
              (f32x4.mul
                (f32x4.sub (f32x4.add (f32x4.mul (local.get $a) (local.get $down)) (local.get $c)) (local.get $c))
                (local.get $up))
              (i32x4.ge_u (local.get $a) (local.get $minNormalBits))))
            (local.set $r (v128.or (local.get $r) (v128.and (local.get $w0) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))))
            (local.set $w0 (local.get $w1)) (local.set $w1 (local.get $w2)) (local.set $w2 (local.get $w3)) (local.set $w3 (local.get $r))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br_if $lanes (i32.lt_u (local.get $k) (i32.const 4))))
          (local.set $x (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $w0) (local.get $w1)))
          (local.set $y (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $w2) (local.get $w3)))
          (v128.store (local.get $i) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x) (local.get $y)))
          (v128.store (i32.add (local.get $i) (local.get $bytes)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x) (local.get $y)))
          (local.set $x (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $w0) (local.get $w1)))
          (local.set $y (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $w2) (local.get $w3)))
          (v128.store (i32.add (local.get $i) (i32.shl (local.get $bytes) (i32.const 1))) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x) (local.get $y)))
          (v128.store (i32.add (local.get $i) (i32.mul (local.get $bytes) (i32.const 3))) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x) (local.get $y)))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br_if $vectorsOut (i32.lt_u (local.get $i) (i32.add (local.get $p) (local.get $bytes))))))
      (local.set $p (i32.add (local.get $p) (i32.shl (local.get $bytes) (i32.const 2))))
      (br_if $nextGroup (i32.lt_u (local.get $p) (local.get $end)))))

  ;; MX (blockFormats.ts's quantizeMx, bit for bit). Rows that are runs of equal blocks with a
  ;; length a multiple of 4 (a row of whole blocks, or a row no longer than one block) and
  ;; no padding between them go four blocks at a time ($mx_groups); other shapes block by block.
  (func (export "quantize_mx") (param $p i32) (param $rows i32) (param $rowLen i32) (param $stride i32)
        (param $size i32) (param $mb i32) (param $minExp i32) (param $maxExp i32) (param $maxFiniteBits i32)
    (local $len i32) (local $blocks i32) (local $done i32)
    (local.set $len (select (local.get $rowLen) (local.get $size) (i32.le_u (local.get $rowLen) (local.get $size))))
    (if (i32.and
          (i32.and (i32.eqz (i32.rem_u (local.get $rowLen) (local.get $len))) (i32.eqz (i32.and (local.get $len) (i32.const 3))))
          (i32.or (i32.eq (local.get $rowLen) (local.get $stride)) (i32.eq (local.get $rows) (i32.const 1))))
      (then
        (local.set $blocks (i32.div_u (i32.mul (local.get $rows) (local.get $rowLen)) (local.get $len)))
        (call $mx_groups (local.get $p) (i32.shr_u (local.get $blocks) (i32.const 2)) (local.get $len)
          (local.get $mb) (local.get $minExp) (local.get $maxExp) (local.get $maxFiniteBits))
        ;; the last blocks, fewer than four, as rows of one block each
        (local.set $done (i32.and (local.get $blocks) (i32.const -4)))
        (call $mx_rows (i32.add (local.get $p) (i32.shl (i32.mul (local.get $done) (local.get $len)) (i32.const 2)))
          (i32.sub (local.get $blocks) (local.get $done)) (local.get $len) (local.get $len) (local.get $len)
          (local.get $mb) (local.get $minExp) (local.get $maxExp) (local.get $maxFiniteBits))
        (return)))
    (call $mx_rows (local.get $p) (local.get $rows) (local.get $rowLen) (local.get $stride) (local.get $size)
      (local.get $mb) (local.get $minExp) (local.get $maxExp) (local.get $maxFiniteBits)))

  ;; 1 when each of the `count` float32 values at p (count a multiple of 4) is ±0 or 1 (a ReLU′
  ;; tensor, which quantizing leaves as it is: blockFormats.ts's keepsZerosAndOnes), else 0,
  ;; found at the first vector holding another value.
  (func (export "zeros_ones_f32") (param $p i32) (param $count i32) (result i32)
    (local $end i32) (local $b v128)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $b (v128.load (local.get $p)))
        (if (v128.any_true (v128.and
              (i32x4.ne (v128.and (local.get $b) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)) (v128.const i32x4 0 0 0 0))
              (i32x4.ne (local.get $b) (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000))))
          (then (return (i32.const 0))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (i32.const 1))
