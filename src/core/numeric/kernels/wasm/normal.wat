;; Seeded standard normals, sharing gemm.wat's module and memory (buildWasm.cjs
;; joins the files). The same numbers, bit for bit, as rng.ts's Rng.fillNormal:
;; xoshiro128** words → 53-bit uniforms → Marsaglia's polar method → the same
;; + − × ÷ √ logarithm as deterministicLog. WebAssembly's float64 arithmetic is
;; IEEE 754 round-to-nearest with no fused operations, like JavaScript's, so the
;; same operations in the same order give the same doubles (tests compare them).
;;
;; Why it is faster than the TypeScript loop: the accept/reject test of the polar
;; method is taken without a branch (pass 1), and the logarithm and square root
;; run two pairs at a time in f64x2 lanes with no data-dependent loops (pass 2).

  ;; normal_pairs: `pairs` accepted polar pairs, each written as mean + std·(u·f),
  ;; mean + std·(v·f), at `out` (room for pairs + 1 pairs of float64). `scratch`
  ;; holds pairs + 1 float64 values of s = u² + v². The generator state (s0..s3,
  ;; four i32) is read from and written back to `state`.
  (func (export "normal_pairs") (param $state i32) (param $out i32) (param $scratch i32)
                                (param $pairs i32) (param $mean f64) (param $std f64)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $t i32) (local $r i32)
    (local $word i32) (local $bits i64) (local $u f64) (local $v f64) (local $s f64) (local $j i32)
    (local.set $s0 (i32.load offset=0 (local.get $state)))
    (local.set $s1 (i32.load offset=4 (local.get $state)))
    (local.set $s2 (i32.load offset=8 (local.get $state)))
    (local.set $s3 (i32.load offset=12 (local.get $state)))

    ;; ---- pass 1: draw candidates until `pairs` are accepted. A rejected
    ;; candidate is written where the next one will overwrite it.
    (block $full
      (loop $attempt
        (br_if $full (i32.ge_u (local.get $j) (local.get $pairs)))
        ;; Four xoshiro128** words: two per coordinate, 27 high bits of the
        ;; first and 26 of the second; u then v (each new v shifts into u).
        (local.set $word (i32.const 0))
        (loop $nextWord
          (local.set $r (i32.mul (i32.rotl (i32.mul (local.get $s1) (i32.const 5)) (i32.const 7)) (i32.const 9)))
          (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
          (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
          (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
          (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
          (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
          (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
          (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
          (if (i32.and (local.get $word) (i32.const 1))
            (then
              (local.set $bits (i64.or (i64.shl (local.get $bits) (i64.const 26))
                                       (i64.extend_i32_u (i32.shr_u (local.get $r) (i32.const 6)))))
              (local.set $u (local.get $v))
              ;; 2·uniform − 1, uniform = bits · 2⁻⁵³ (bits < 2⁵³: the signed conversion, one instruction, is exact)
              (local.set $v (f64.sub
                (f64.mul (f64.const 2) (f64.mul (f64.convert_i64_s (local.get $bits)) (f64.const 0x1p-53)))
                (f64.const 1))))
            (else
              (local.set $bits (i64.extend_i32_u (i32.shr_u (local.get $r) (i32.const 5))))))
          (local.set $word (i32.add (local.get $word) (i32.const 1)))
          (br_if $nextWord (i32.lt_u (local.get $word) (i32.const 4))))
        (local.set $s (f64.add (f64.mul (local.get $u) (local.get $u)) (f64.mul (local.get $v) (local.get $v))))
        (f64.store offset=0 (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 4))) (local.get $u))
        (f64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 4))) (local.get $v))
        (f64.store (i32.add (local.get $scratch) (i32.shl (local.get $j) (i32.const 3))) (local.get $s))
        ;; accepted when 0 < s < 1
        (local.set $j (i32.add (local.get $j)
          (i32.and (f64.lt (local.get $s) (f64.const 1)) (f64.ne (local.get $s) (f64.const 0)))))
        (br $attempt)))

    (i32.store offset=0 (local.get $state) (local.get $s0))
    (i32.store offset=4 (local.get $state) (local.get $s1))
    (i32.store offset=8 (local.get $state) (local.get $s2))
    (i32.store offset=12 (local.get $state) (local.get $s3))
    ;; An odd count leaves one lane of the last vector free: give it a harmless s.
    (f64.store (i32.add (local.get $scratch) (i32.shl (local.get $pairs) (i32.const 3))) (f64.const 0.5))

    ;; ---- pass 2: scale each pair by f = √(−2·ln s / s), two pairs per step.
    (call $polar_scale (local.get $out) (local.get $scratch) (local.get $pairs) (local.get $mean) (local.get $std)))

  ;; out[2j..2j+1] = mean + std·((u, v)·f_j) with f_j = √(−2·ln s_j / s_j), for j < pairs
  ;; (rounded up to even), s_j from scratch. ln is deterministicLog's: s = m·2^k with
  ;; m in [√½, √2) (exact, from the exponent bits; s is a normal number, ≥ 2⁻¹⁰⁴),
  ;; ln m = 2·atanh(w), w = (m−1)/(m+1), an odd series in w with 13 terms, ln 2 in two parts.
  (func $polar_scale (param $out i32) (param $scratch i32) (param $pairs i32) (param $mean f64) (param $std f64)
    (local $end i32) (local $x v128) (local $m v128) (local $k v128) (local $big v128) (local $w v128)
    (local $z v128) (local $series v128) (local $ln v128) (local $f v128) (local $meanV v128) (local $stdV v128)
    (local.set $meanV (f64x2.splat (local.get $mean)))
    (local.set $stdV (f64x2.splat (local.get $std)))
    (local.set $end (i32.add (local.get $scratch) (i32.shl (local.get $pairs) (i32.const 3))))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $scratch) (local.get $end)))
        (local.set $x (v128.load (local.get $scratch)))
        ;; m in [1, 2) with s's mantissa; k = biased exponent − 1023, as a double
        ;; (the biased exponent placed in 2⁵²'s mantissa, minus 2⁵², is exact).
        (local.set $m (v128.or
          (v128.and (local.get $x) (v128.const i64x2 0x000fffffffffffff 0x000fffffffffffff))
          (v128.const i64x2 0x3ff0000000000000 0x3ff0000000000000)))
        (local.set $k (f64x2.sub
          (f64x2.sub
            (v128.or (i64x2.shr_u (local.get $x) (i32.const 52)) (v128.const i64x2 0x4330000000000000 0x4330000000000000))
            (v128.const f64x2 0x1p52 0x1p52))
          (v128.const f64x2 1023 1023)))
        ;; m ≥ √2: halve m, add one to k (both exact)
        (local.set $big (f64x2.ge (local.get $m) (v128.const f64x2 0x1.6a09e667f3bcdp0 0x1.6a09e667f3bcdp0)))
        (local.set $m (v128.bitselect (f64x2.mul (local.get $m) (v128.const f64x2 0.5 0.5)) (local.get $m) (local.get $big)))
        (local.set $k (f64x2.add (local.get $k) (v128.and (local.get $big) (v128.const f64x2 1 1))))
        (local.set $w (f64x2.div (f64x2.sub (local.get $m) (v128.const f64x2 1 1))
                                 (f64x2.add (local.get $m) (v128.const f64x2 1 1))))
        (local.set $z (f64x2.mul (local.get $w) (local.get $w)))
        ;; C0 + z·(C1 + z·(… + z·C12)), Cn = 1/(2n+1), innermost first
        (local.set $series (v128.const f64x2 0x1.47ae147ae147bp-5 0x1.47ae147ae147bp-5))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.642c8590b2164p-5 0x1.642c8590b2164p-5) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.8618618618618p-5 0x1.8618618618618p-5) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.af286bca1af28p-5 0x1.af286bca1af28p-5) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.e1e1e1e1e1e1ep-5 0x1.e1e1e1e1e1e1ep-5) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.1111111111111p-4 0x1.1111111111111p-4) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.3b13b13b13b14p-4 0x1.3b13b13b13b14p-4) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.745d1745d1746p-4 0x1.745d1745d1746p-4) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.c71c71c71c71cp-4 0x1.c71c71c71c71cp-4) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.2492492492492p-3 0x1.2492492492492p-3) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.999999999999ap-3 0x1.999999999999ap-3) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 0x1.5555555555555p-2 0x1.5555555555555p-2) (f64x2.mul (local.get $z) (local.get $series))))
        (local.set $series (f64x2.add (v128.const f64x2 1 1) (f64x2.mul (local.get $z) (local.get $series))))
        ;; k·LN2_HI + (2·w·series + k·LN2_LO)
        (local.set $ln (f64x2.add
          (f64x2.mul (local.get $k) (v128.const f64x2 0x1.62e42fee00000p-1 0x1.62e42fee00000p-1))
          (f64x2.add
            (f64x2.mul (f64x2.mul (v128.const f64x2 2 2) (local.get $w)) (local.get $series))
            (f64x2.mul (local.get $k) (v128.const f64x2 0x1.a39ef35793c76p-33 0x1.a39ef35793c76p-33)))))
        (local.set $f (f64x2.sqrt (f64x2.div (f64x2.mul (v128.const f64x2 -2 -2) (local.get $ln)) (local.get $x))))
        ;; the two pairs this vector of f belongs to
        (v128.store offset=0 (local.get $out)
          (f64x2.add (local.get $meanV) (f64x2.mul (local.get $stdV)
            (f64x2.mul (v128.load offset=0 (local.get $out)) (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $f) (local.get $f))))))
        (v128.store offset=16 (local.get $out)
          (f64x2.add (local.get $meanV) (f64x2.mul (local.get $stdV)
            (f64x2.mul (v128.load offset=16 (local.get $out)) (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $f) (local.get $f))))))
        (local.set $out (i32.add (local.get $out) (i32.const 32)))
        (local.set $scratch (i32.add (local.get $scratch) (i32.const 16)))
        (br $step))))
