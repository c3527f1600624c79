;; Elementwise kernels sharing gemm.wat's module and memory (buildWasm.cjs joins
;; the two files): rounding to bf16/fp16, tensor statistics, ReLU, products.
;; Each works in place on regions the caller (gemmWasm.ts) has copied in.

  ;; ---------------------------------------------------------------- rounding
  ;; Round `count` float32 values at p (count a multiple of 4) in place, once, to
  ;; nearest with ties to even: format 1 = bfloat16, 2 = IEEE binary16 (fp16),
  ;; 3 = fp8 E4M3 (FN), 4 = fp8 E5M2. Subnormals kept, overflow to ±Infinity (E4M3:
  ;; NaN), NaN unchanged, −0 stays −0: the same values as dtype.ts's
  ;; roundArrayInPlace (tests compare them bit for bit).
  (func $round_f32 (export "round_f32") (param $p i32) (param $count i32) (param $format i32)
    (local $end i32) (local $b v128) (local $a v128) (local $rn v128) (local $c v128)
    (local $minE v128) (local $capE v128) (local $toC v128) (local $max v128) (local $over v128) (local $nan v128)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 2))))
    (if (i32.ge_u (local.get $p) (local.get $end)) (then (return)))
    (if (i32.eq (local.get $format) (i32.const 1))
      (then
        ;; bf16 keeps the top 16 bits: add 0x7fff plus the lowest kept bit, clear the rest.
        ;; A carry out of the mantissa bumps the exponent, up to Infinity, as it should.
        (loop $bf16
          (local.set $b (v128.load (local.get $p)))
          (v128.store (local.get $p)
            (v128.bitselect
              (local.get $b)
              (v128.and
                (i32x4.add (i32x4.add (local.get $b) (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff))
                           (v128.and (i32x4.shr_u (local.get $b) (i32.const 16)) (v128.const i32x4 1 1 1 1)))
                (v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000))
              ;; exponent all ones (Inf/NaN): keep as is, a NaN must not turn into Inf
              (i32x4.eq (v128.and (local.get $b) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
                        (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))))
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br_if $bf16 (i32.lt_u (local.get $p) (local.get $end))))
        (return)))
;; fp16 (2), fp8 E4M3 (3) and E5M2 (4): one float32 addition rounds. With E the exponent of
    ;; |x|, at least the format's smallest normal exponent (minE: its float32 bits) and at most
    ;; two past its largest (capE), c = 2^(E + 23 − mantissa bits) (toC added to E's bits) puts
    ;; |x| + c in c's binade, whose float32 spacing is the format's quantum at |x|: (|x| + c) − c
    ;; is |x| rounded to nearest, ties to even (subnormals included: E clamps). Anything that
    ;; rounds above the largest finite value (max: its bits) overflows to $over (Infinity; NaN
    ;; for E4M3, which has no infinities); from capE up the result is far above max.
    ;; nan: OR-ed into Inf/NaN inputs, which are kept (E4M3: 0x7fc00000, so both become NaN).
    ;; All comparisons are signed: every bit pattern compared here is below 2^31 (x64 has no
    ;; unsigned vector compare; emulating one costs three instructions).
    (local.set $minE (i32x4.splat (i32.const 0x38800000)))
    (local.set $capE (i32x4.splat (i32.const 0x48000000)))
    (local.set $toC (i32x4.splat (i32.const 0x06800000)))
    (local.set $max (i32x4.splat (i32.const 0x477fe000)))
    (local.set $over (i32x4.splat (i32.const 0x7f800000)))
    (local.set $nan (v128.const i32x4 0 0 0 0))
    (if (i32.eq (local.get $format) (i32.const 3))
      (then
        (local.set $minE (i32x4.splat (i32.const 0x3c800000)))
        (local.set $capE (i32x4.splat (i32.const 0x44800000)))
        (local.set $toC (i32x4.splat (i32.const 0x0a000000)))
        (local.set $max (i32x4.splat (i32.const 0x43e00000)))
        (local.set $over (i32x4.splat (i32.const 0x7fc00000)))
        (local.set $nan (i32x4.splat (i32.const 0x7fc00000)))))
    (if (i32.eq (local.get $format) (i32.const 4))
      (then
        (local.set $toC (i32x4.splat (i32.const 0x0a800000)))
        (local.set $max (i32x4.splat (i32.const 0x47600000)))))
    (loop $narrow
      (local.set $b (v128.load (local.get $p)))
      (local.set $a (v128.and (local.get $b) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
      (local.set $c (i32x4.add (local.get $toC)
        (i32x4.min_s (local.get $capE)
          (i32x4.max_s (local.get $minE) (v128.and (local.get $a) (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))))))
      (local.set $rn (f32x4.sub (f32x4.add (local.get $a) (local.get $c)) (local.get $c)))
      (local.set $rn
        (v128.bitselect (local.get $over) (local.get $rn) (i32x4.gt_s (local.get $rn) (local.get $max))))
      ;; Inf/NaN kept (E4M3: NaN); then put the sign back.
      (local.set $rn (v128.bitselect (v128.or (local.get $a) (local.get $nan)) (local.get $rn)
        (i32x4.gt_s (local.get $a) (v128.const i32x4 0x7f7fffff 0x7f7fffff 0x7f7fffff 0x7f7fffff))))
      (v128.store (local.get $p)
        (v128.or (local.get $rn) (v128.and (local.get $b) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br_if $narrow (i32.lt_u (local.get $p) (local.get $end)))))

  ;; ---------------------------------------------------------------- tensor statistics
  ;; Sum of squares in float64 (sequential, i = 0, 1, …: the order of norms.ts, so the
  ;; same bits), count of ±Infinity/NaN, count of ±0, over `count` values at p.
  (func (export "stats_f32") (param $p i32) (param $count i32) (result f64 i32 i32)
    (local $end i32) (local $x f32) (local $d f64) (local $sum f64) (local $nonfinite i32) (local $zeros i32)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x (f32.load (local.get $p)))
        (local.set $d (f64.promote_f32 (local.get $x)))
        (local.set $sum (f64.add (local.get $sum) (f64.mul (local.get $d) (local.get $d))))
        (local.set $zeros (i32.add (local.get $zeros) (f32.eq (local.get $x) (f32.const 0))))
        ;; x − x is NaN exactly for ±Infinity and NaN
        (local.set $nonfinite (i32.add (local.get $nonfinite)
          (f32.ne (f32.sub (local.get $x) (local.get $x)) (f32.const 0))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))
    (local.get $sum) (local.get $nonfinite) (local.get $zeros))

  (func (export "stats_f64") (param $p i32) (param $count i32) (result f64 i32 i32)
    (local $end i32) (local $x f64) (local $sum f64) (local $nonfinite i32) (local $zeros i32)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x (f64.load (local.get $p)))
        (local.set $sum (f64.add (local.get $sum) (f64.mul (local.get $x) (local.get $x))))
        (local.set $zeros (i32.add (local.get $zeros) (f64.eq (local.get $x) (f64.const 0))))
        (local.set $nonfinite (i32.add (local.get $nonfinite)
          (f64.ne (f64.sub (local.get $x) (local.get $x)) (f64.const 0))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (local.get $sum) (local.get $nonfinite) (local.get $zeros))

  ;; ---------------------------------------------------------------- ReLU
  ;; h = max(z, 0) and, when s ≠ 0, s = ReLU′(z) = 1 where z > 0, 0 where z ≤ 0, NaN
  ;; where z is NaN, for `count` float32 values (a multiple of 4). f32x4.max gives
  ;; NaN for NaN and +0 for −0, as activations.ts does.
  (func (export "relu_f32") (param $z i32) (param $h i32) (param $s i32) (param $count i32)
    (local $end i32) (local $x v128)
    (local.set $end (i32.add (local.get $z) (i32.shl (local.get $count) (i32.const 2))))
    (if (i32.ge_u (local.get $z) (local.get $end)) (then (return)))
    (loop $next
      (local.set $x (v128.load (local.get $z)))
      (v128.store (local.get $h) (f32x4.max (local.get $x) (v128.const f32x4 0 0 0 0)))
      (if (local.get $s)
        (then
          (v128.store (local.get $s)
            (v128.bitselect
              (local.get $x)
              (v128.and (f32x4.gt (local.get $x) (v128.const f32x4 0 0 0 0)) (v128.const f32x4 1 1 1 1))
              (f32x4.ne (local.get $x) (local.get $x))))
          (local.set $s (i32.add (local.get $s) (i32.const 16)))))
      (local.set $h (i32.add (local.get $h) (i32.const 16)))
      (local.set $z (i32.add (local.get $z) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $z) (local.get $end)))))

  ;; ---------------------------------------------------------------- elementwise product
  ;; g[i] = g[i]·s[i] in float32 (one correctly rounded multiply, the same value as
  ;; JavaScript's float64 product stored to a Float32Array), `count` a multiple of 4.
  (func (export "mul_f32") (param $g i32) (param $s i32) (param $count i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $g) (i32.shl (local.get $count) (i32.const 2))))
    (if (i32.ge_u (local.get $g) (local.get $end)) (then (return)))
    (loop $next
      (v128.store (local.get $g) (f32x4.mul (v128.load (local.get $g)) (v128.load (local.get $s))))
      (local.set $g (i32.add (local.get $g) (i32.const 16)))
      (local.set $s (i32.add (local.get $s) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $g) (local.get $end)))))

  ;; ---------------------------------------------------------------- product rounded to a narrow format
  ;; g[i] = round(g[i]·s[i]) to round_f32's format (1 bf16, 2 fp16, 3 E4M3, 4 E5M2), `count` a
  ;; multiple of 4: the float32 products, then $round_f32 — the values of elementwise.ts's
  ;; multiplyRoundInPlace wherever every float32 product is exact (equals the float64 product
  ;; of the two float32 values). Returns 1 then; returns 0 as soon as one is not (NaN, float32
  ;; overflow or underflow, wide operands), leaving g partly multiplied: the caller, which
  ;; copied g in, takes its own exact route instead.
  (func (export "mul_round_f32") (param $g i32) (param $s i32) (param $count i32) (param $format i32) (result i32)
    (local $p i32) (local $end i32) (local $a v128) (local $b v128) (local $r v128)
    (local.set $p (local.get $g))
    (local.set $end (i32.add (local.get $g) (i32.shl (local.get $count) (i32.const 2))))
    (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const 1))))
    (loop $next
      (local.set $a (v128.load (local.get $p)))
      (local.set $b (v128.load (local.get $s)))
      (local.set $r (f32x4.mul (local.get $a) (local.get $b)))
      (if (i32.eqz (i32.and
            (i64x2.all_true (f64x2.eq (f64x2.promote_low_f32x4 (local.get $r))
              (f64x2.mul (f64x2.promote_low_f32x4 (local.get $a)) (f64x2.promote_low_f32x4 (local.get $b)))))
            (i64x2.all_true (f64x2.eq (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $r) (local.get $r)))
              (f64x2.mul (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $a) (local.get $a)))
                         (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $b) (local.get $b))))))))
        (then (return (i32.const 0))))
      (v128.store (local.get $p) (local.get $r))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (local.set $s (i32.add (local.get $s) (i32.const 16)))
      (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
    (call $round_f32 (local.get $g) (local.get $count) (local.get $format))
    (i32.const 1))
