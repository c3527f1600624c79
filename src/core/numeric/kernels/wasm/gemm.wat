;; Matrix-product kernels in WebAssembly SIMD (128-bit), float32 and float64.
;; This file and elementwise.wat hold the fields of one module; buildWasm.cjs wraps
;; them in (module …) and compiles it.
;;
;; Contract (see ../gemm.ts): C[m×n] = op(A)·op(B), row-major. The caller (gemmWasm.ts)
;; copies A and B into this module's memory, calls gemm_f32/gemm_f64 with byte
;; offsets of every region, and copies C back out.
;;
;; Accumulation order — identical to the plain TypeScript reference (gemmJs.ts):
;; every C[i][j] starts at +0 and receives round(sum + round(a·b)) for p = 0, 1, …, k−1
;; in ascending order. Vectorisation runs across j (SIMD lanes are different columns),
;; never across p, and there is no fused multiply-add, so each lane performs exactly
;; the scalar sequence of the reference; results are bit-identical (NaN payloads aside).
;; Blocking over k (KC) keeps that order: a block's partial sums are stored to C as
;; exact float32/float64 values and reloaded by the next block.
;;
;; Blocking (BLIS-style, sized for the shapes the MLP engine uses, up to a few thousand):
;;   for pc in k by KC:            partial sums live in C between k-blocks
;;     pack B[pc.., all columns] into KC×NR panels (contiguous per p)
;;     for ic in m by MC:          pack A rows [ic, ic+MC) into MR-row panels
;;       for jr in n by NR:        one B panel stays in L1 across the ir loop
;;         for ir in mc by MR:     register-tiled micro-kernel MR×NR (one call per jr)
;; Packing absorbs the transposes: every (transA, transB) runs the same micro-kernel.
;; C is a padded workspace (rows rounded up to MR, columns to NR); panels past the
;; matrix edge are zero-filled, and the caller copies only the m×n result out.

  (memory (export "memory") 1)

  ;; ---------------------------------------------------------------- micro-kernels
  ;; MR×NR register tiles: 4 rows × two vectors = 8 accumulators (float32: 4×8,
  ;; float64: 4×4). V8's register allocator keeps 4×8 in xmm registers; larger
  ;; tiles (5×8, 6×8, 3×12) and unrolling the p loop spilled and measured 25–45% slower.
  ;; One call walks `tiles` row panels down one column panel of B (calling once per
  ;; tile cost ~15%: prologue, local zeroing). pa: packed A panels (4 values per p,
  ;; panels back to back); pb: packed B panel (NR values per p); pc: C at the first
  ;; tile, row stride ldc bytes; kc ≥ 1. load = 0 starts every sum at +0, otherwise
  ;; at the partial sums a previous k-block stored in C.
  (func $kernel_f32 (param $pa i32) (param $pb i32) (param $pc i32) (param $ldc i32) (param $kc i32) (param $load i32) (param $tiles i32)
    (local $end i32) (local $row i32) (local $b i32) (local $a v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128) (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (loop $tile
      (if (local.get $load)
        (then
          (local.set $row (local.get $pc))
          (local.set $c00 (v128.load (local.get $row)))
          (local.set $c01 (v128.load offset=16 (local.get $row)))
          (local.set $row (i32.add (local.get $row) (local.get $ldc)))
          (local.set $c10 (v128.load (local.get $row)))
          (local.set $c11 (v128.load offset=16 (local.get $row)))
          (local.set $row (i32.add (local.get $row) (local.get $ldc)))
          (local.set $c20 (v128.load (local.get $row)))
          (local.set $c21 (v128.load offset=16 (local.get $row)))
          (local.set $row (i32.add (local.get $row) (local.get $ldc)))
          (local.set $c30 (v128.load (local.get $row)))
          (local.set $c31 (v128.load offset=16 (local.get $row)))
        )
        (else
          (local.set $c00 (v128.const i64x2 0 0))
          (local.set $c01 (v128.const i64x2 0 0))
          (local.set $c10 (v128.const i64x2 0 0))
          (local.set $c11 (v128.const i64x2 0 0))
          (local.set $c20 (v128.const i64x2 0 0))
          (local.set $c21 (v128.const i64x2 0 0))
          (local.set $c30 (v128.const i64x2 0 0))
          (local.set $c31 (v128.const i64x2 0 0))
        ))
      (local.set $b (local.get $pb))
      (local.set $end (i32.add (local.get $pa) (i32.mul (local.get $kc) (i32.const 16))))
      (loop $p
        (local.set $b0 (v128.load (local.get $b)))
        (local.set $b1 (v128.load offset=16 (local.get $b)))
        (local.set $a (v128.load32_splat (local.get $pa)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $a) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load32_splat offset=4 (local.get $pa)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $a) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load32_splat offset=8 (local.get $pa)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $a) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load32_splat offset=12 (local.get $pa)))
        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $a) (local.get $b0))))
        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $a) (local.get $b1))))
        (local.set $b (i32.add (local.get $b) (i32.const 32)))
        (local.set $pa (i32.add (local.get $pa) (i32.const 16)))
        (br_if $p (i32.lt_u (local.get $pa) (local.get $end))))
      (local.set $row (local.get $pc))
      (v128.store (local.get $row) (local.get $c00))
      (v128.store offset=16 (local.get $row) (local.get $c01))
      (local.set $row (i32.add (local.get $row) (local.get $ldc)))
      (v128.store (local.get $row) (local.get $c10))
      (v128.store offset=16 (local.get $row) (local.get $c11))
      (local.set $row (i32.add (local.get $row) (local.get $ldc)))
      (v128.store (local.get $row) (local.get $c20))
      (v128.store offset=16 (local.get $row) (local.get $c21))
      (local.set $row (i32.add (local.get $row) (local.get $ldc)))
      (v128.store (local.get $row) (local.get $c30))
      (v128.store offset=16 (local.get $row) (local.get $c31))
      (local.set $pc (i32.add (local.get $row) (local.get $ldc)))
      (br_if $tile (local.tee $tiles (i32.sub (local.get $tiles) (i32.const 1))))))

  (func $kernel_f64 (param $pa i32) (param $pb i32) (param $pc i32) (param $ldc i32) (param $kc i32) (param $load i32) (param $tiles i32)
    (local $end i32) (local $row i32) (local $b i32) (local $a v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128) (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (loop $tile
      (if (local.get $load)
        (then
          (local.set $row (local.get $pc))
          (local.set $c00 (v128.load (local.get $row)))
          (local.set $c01 (v128.load offset=16 (local.get $row)))
          (local.set $row (i32.add (local.get $row) (local.get $ldc)))
          (local.set $c10 (v128.load (local.get $row)))
          (local.set $c11 (v128.load offset=16 (local.get $row)))
          (local.set $row (i32.add (local.get $row) (local.get $ldc)))
          (local.set $c20 (v128.load (local.get $row)))
          (local.set $c21 (v128.load offset=16 (local.get $row)))
          (local.set $row (i32.add (local.get $row) (local.get $ldc)))
          (local.set $c30 (v128.load (local.get $row)))
          (local.set $c31 (v128.load offset=16 (local.get $row)))
        )
        (else
          (local.set $c00 (v128.const i64x2 0 0))
          (local.set $c01 (v128.const i64x2 0 0))
          (local.set $c10 (v128.const i64x2 0 0))
          (local.set $c11 (v128.const i64x2 0 0))
          (local.set $c20 (v128.const i64x2 0 0))
          (local.set $c21 (v128.const i64x2 0 0))
          (local.set $c30 (v128.const i64x2 0 0))
          (local.set $c31 (v128.const i64x2 0 0))
        ))
      (local.set $b (local.get $pb))
      (local.set $end (i32.add (local.get $pa) (i32.mul (local.get $kc) (i32.const 32))))
      (loop $p
        (local.set $b0 (v128.load (local.get $b)))
        (local.set $b1 (v128.load offset=16 (local.get $b)))
        (local.set $a (v128.load64_splat (local.get $pa)))
        (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $a) (local.get $b0))))
        (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load64_splat offset=8 (local.get $pa)))
        (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $a) (local.get $b0))))
        (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load64_splat offset=16 (local.get $pa)))
        (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $a) (local.get $b0))))
        (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load64_splat offset=24 (local.get $pa)))
        (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $a) (local.get $b0))))
        (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $a) (local.get $b1))))
        (local.set $b (i32.add (local.get $b) (i32.const 32)))
        (local.set $pa (i32.add (local.get $pa) (i32.const 32)))
        (br_if $p (i32.lt_u (local.get $pa) (local.get $end))))
      (local.set $row (local.get $pc))
      (v128.store (local.get $row) (local.get $c00))
      (v128.store offset=16 (local.get $row) (local.get $c01))
      (local.set $row (i32.add (local.get $row) (local.get $ldc)))
      (v128.store (local.get $row) (local.get $c10))
      (v128.store offset=16 (local.get $row) (local.get $c11))
      (local.set $row (i32.add (local.get $row) (local.get $ldc)))
      (v128.store (local.get $row) (local.get $c20))
      (v128.store offset=16 (local.get $row) (local.get $c21))
      (local.set $row (i32.add (local.get $row) (local.get $ldc)))
      (v128.store (local.get $row) (local.get $c30))
      (v128.store offset=16 (local.get $row) (local.get $c31))
      (local.set $pc (i32.add (local.get $row) (local.get $ldc)))
      (br_if $tile (local.tee $tiles (i32.sub (local.get $tiles) (i32.const 1))))))

  ;; ---------------------------------------------------------------- data movement
  ;; dst[c][r] = src[r][c] for r < rows, c < cols; strides in bytes. The 4×4 (float32)
  ;; and 2×2 (float64) blocks use shuffles; the ragged right and bottom strips are scalar.
  (func $transpose_f32 (param $src i32) (param $ss i32) (param $dst i32) (param $ds i32)
                       (param $rows i32) (param $cols i32)
    (local $r i32) (local $c i32) (local $s i32) (local $d i32) (local $r4 i32) (local $c4 i32)
    (local $x0 v128) (local $x1 v128) (local $x2 v128) (local $x3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $r4 (i32.and (local.get $rows) (i32.const -4)))
    (local.set $c4 (i32.and (local.get $cols) (i32.const -4)))
    (block $rows_done
      (loop $rloop
        (br_if $rows_done (i32.ge_u (local.get $r) (local.get $r4)))
        (local.set $c (i32.const 0))
        (block $cols_done
          (loop $cloop
            (br_if $cols_done (i32.ge_u (local.get $c) (local.get $c4)))
            (local.set $s (i32.add (i32.add (local.get $src) (i32.mul (local.get $r) (local.get $ss)))
                                   (i32.shl (local.get $c) (i32.const 2))))
            (local.set $x0 (v128.load (local.get $s)))
            (local.set $s (i32.add (local.get $s) (local.get $ss)))
            (local.set $x1 (v128.load (local.get $s)))
            (local.set $s (i32.add (local.get $s) (local.get $ss)))
            (local.set $x2 (v128.load (local.get $s)))
            (local.set $s (i32.add (local.get $s) (local.get $ss)))
            (local.set $x3 (v128.load (local.get $s)))
            ;; t0 = x0.0 x1.0 x0.1 x1.1   t1 = x0.2 x1.2 x0.3 x1.3   (t2, t3 likewise for x2, x3)
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $x0) (local.get $x1)))
            (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $x0) (local.get $x1)))
            (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $x2) (local.get $x3)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $x2) (local.get $x3)))
            (local.set $d (i32.add (i32.add (local.get $dst) (i32.mul (local.get $c) (local.get $ds)))
                                   (i32.shl (local.get $r) (i32.const 2))))
            (v128.store (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
            (local.set $d (i32.add (local.get $d) (local.get $ds)))
            (v128.store (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
            (local.set $d (i32.add (local.get $d) (local.get $ds)))
            (v128.store (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
            (local.set $d (i32.add (local.get $d) (local.get $ds)))
            (v128.store (local.get $d) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
            (local.set $c (i32.add (local.get $c) (i32.const 4)))
            (br $cloop)))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $rloop)))
    (call $transpose_tail_f32 (local.get $src) (local.get $ss) (local.get $dst) (local.get $ds)
                              (i32.const 0) (local.get $r4) (local.get $c4) (local.get $cols))
    (call $transpose_tail_f32 (local.get $src) (local.get $ss) (local.get $dst) (local.get $ds)
                              (local.get $r4) (local.get $rows) (i32.const 0) (local.get $cols)))

  ;; Scalar transpose of rows [r0, r1) × cols [c0, c1).
  (func $transpose_tail_f32 (param $src i32) (param $ss i32) (param $dst i32) (param $ds i32)
                            (param $r0 i32) (param $r1 i32) (param $c0 i32) (param $c1 i32)
    (local $r i32) (local $c i32)
    (local.set $r (local.get $r0))
    (block $done
      (loop $rloop
        (br_if $done (i32.ge_u (local.get $r) (local.get $r1)))
        (local.set $c (local.get $c0))
        (block $cdone
          (loop $cloop
            (br_if $cdone (i32.ge_u (local.get $c) (local.get $c1)))
            (f32.store
              (i32.add (i32.add (local.get $dst) (i32.mul (local.get $c) (local.get $ds))) (i32.shl (local.get $r) (i32.const 2)))
              (f32.load (i32.add (i32.add (local.get $src) (i32.mul (local.get $r) (local.get $ss))) (i32.shl (local.get $c) (i32.const 2)))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $cloop)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rloop))))

  (func $transpose_f64 (param $src i32) (param $ss i32) (param $dst i32) (param $ds i32)
                       (param $rows i32) (param $cols i32)
    (local $r i32) (local $c i32) (local $s i32) (local $d i32) (local $r2 i32) (local $c2 i32)
    (local $x0 v128) (local $x1 v128)
    (local.set $r2 (i32.and (local.get $rows) (i32.const -2)))
    (local.set $c2 (i32.and (local.get $cols) (i32.const -2)))
    (block $rows_done
      (loop $rloop
        (br_if $rows_done (i32.ge_u (local.get $r) (local.get $r2)))
        (local.set $c (i32.const 0))
        (block $cols_done
          (loop $cloop
            (br_if $cols_done (i32.ge_u (local.get $c) (local.get $c2)))
            (local.set $s (i32.add (i32.add (local.get $src) (i32.mul (local.get $r) (local.get $ss)))
                                   (i32.shl (local.get $c) (i32.const 3))))
            (local.set $x0 (v128.load (local.get $s)))
            (local.set $x1 (v128.load (i32.add (local.get $s) (local.get $ss))))
            (local.set $d (i32.add (i32.add (local.get $dst) (i32.mul (local.get $c) (local.get $ds)))
                                   (i32.shl (local.get $r) (i32.const 3))))
            (v128.store (local.get $d) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x0) (local.get $x1)))
            (v128.store (i32.add (local.get $d) (local.get $ds))
                        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x0) (local.get $x1)))
            (local.set $c (i32.add (local.get $c) (i32.const 2)))
            (br $cloop)))
        (local.set $r (i32.add (local.get $r) (i32.const 2)))
        (br $rloop)))
    (call $transpose_tail_f64 (local.get $src) (local.get $ss) (local.get $dst) (local.get $ds)
                              (i32.const 0) (local.get $r2) (local.get $c2) (local.get $cols))
    (call $transpose_tail_f64 (local.get $src) (local.get $ss) (local.get $dst) (local.get $ds)
                              (local.get $r2) (local.get $rows) (i32.const 0) (local.get $cols)))

  (func $transpose_tail_f64 (param $src i32) (param $ss i32) (param $dst i32) (param $ds i32)
                            (param $r0 i32) (param $r1 i32) (param $c0 i32) (param $c1 i32)
    (local $r i32) (local $c i32)
    (local.set $r (local.get $r0))
    (block $done
      (loop $rloop
        (br_if $done (i32.ge_u (local.get $r) (local.get $r1)))
        (local.set $c (local.get $c0))
        (block $cdone
          (loop $cloop
            (br_if $cdone (i32.ge_u (local.get $c) (local.get $c1)))
            (f64.store
              (i32.add (i32.add (local.get $dst) (i32.mul (local.get $c) (local.get $ds))) (i32.shl (local.get $r) (i32.const 3)))
              (f64.load (i32.add (i32.add (local.get $src) (i32.mul (local.get $r) (local.get $ss))) (i32.shl (local.get $c) (i32.const 3)))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $cloop)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rloop))))

  ;; Pack `count` (≤ w) consecutive lines i0.. of a matrix X into one panel: for each
  ;; p < kc the w values X[i0+r][p0+p] (r < w) are stored contiguously; lines past
  ;; `count` are zero. X is either contiguous along p (X[i][p] at src + (i·ld + p)·es:
  ;; A untransposed, B transposed) — a transpose — or contiguous along i (X[i][p] at
  ;; src + (p·ld + i)·es: A transposed, B untransposed) — a copy of w values per p.
  ;; A panels have w = 4 (MR); B panels w = NR. w·es is 16 or 32 bytes.
  (func $pack_panel (param $es i32) (param $w i32) (param $src i32) (param $ld i32) (param $alongP i32)
                    (param $i0 i32) (param $count i32) (param $p0 i32) (param $kc i32) (param $dst i32)
    (local $rowBytes i32) (local $s i32) (local $d i32) (local $end i32) (local $x i32)
    (local.set $rowBytes (i32.mul (local.get $w) (local.get $es)))
    (if (i32.lt_u (local.get $count) (local.get $w))
      (then (memory.fill (local.get $dst) (i32.const 0) (i32.mul (local.get $rowBytes) (local.get $kc)))))
    (if (local.get $alongP)
      (then
        (local.set $s (i32.add (local.get $src)
          (i32.mul (local.get $es) (i32.add (i32.mul (local.get $i0) (local.get $ld)) (local.get $p0)))))
        (if (i32.eq (local.get $es) (i32.const 4))
          (then (call $transpose_f32 (local.get $s) (i32.mul (local.get $ld) (i32.const 4))
                                     (local.get $dst) (local.get $rowBytes) (local.get $count) (local.get $kc)))
          (else (call $transpose_f64 (local.get $s) (i32.mul (local.get $ld) (i32.const 8))
                                     (local.get $dst) (local.get $rowBytes) (local.get $count) (local.get $kc))))
        (return)))
    (local.set $s (i32.add (local.get $src)
      (i32.mul (local.get $es) (i32.add (i32.mul (local.get $p0) (local.get $ld)) (local.get $i0)))))
    (local.set $d (local.get $dst))
    (local.set $end (i32.add (local.get $dst) (i32.mul (local.get $rowBytes) (local.get $kc))))
    (if (i32.eq (local.get $count) (local.get $w))
      (then
        ;; Full panel: one or two 16-byte vectors per p.
        (if (i32.eq (local.get $rowBytes) (i32.const 16))
          (then
            (loop $p16
              (v128.store (local.get $d) (v128.load (local.get $s)))
              (local.set $s (i32.add (local.get $s) (i32.mul (local.get $ld) (local.get $es))))
              (local.set $d (i32.add (local.get $d) (i32.const 16)))
              (br_if $p16 (i32.lt_u (local.get $d) (local.get $end)))))
          (else
            (loop $p32
              (v128.store (local.get $d) (v128.load (local.get $s)))
              (v128.store offset=16 (local.get $d) (v128.load offset=16 (local.get $s)))
              (local.set $s (i32.add (local.get $s) (i32.mul (local.get $ld) (local.get $es))))
              (local.set $d (i32.add (local.get $d) (i32.const 32)))
              (br_if $p32 (i32.lt_u (local.get $d) (local.get $end))))))
        (return)))
    ;; Ragged last panel: copy `count` values per p, the rest stays zero.
    (loop $pr
      (memory.copy (local.get $d) (local.get $s) (i32.mul (local.get $count) (local.get $es)))
      (local.set $s (i32.add (local.get $s) (i32.mul (local.get $ld) (local.get $es))))
      (local.set $d (i32.add (local.get $d) (local.get $rowBytes)))
      (br_if $pr (i32.lt_u (local.get $d) (local.get $end)))))

  ;; Pack `count` lines from i0 into consecutive panels of width w at dst.
  (func $pack (param $es i32) (param $w i32) (param $src i32) (param $ld i32) (param $alongP i32)
              (param $i0 i32) (param $count i32) (param $p0 i32) (param $kc i32) (param $dst i32)
    (local $q i32) (local $lines i32)
    (block $done
      (loop $panels
        (br_if $done (i32.ge_u (local.get $q) (local.get $count)))
        (local.set $lines (i32.sub (local.get $count) (local.get $q)))
        (if (i32.gt_u (local.get $lines) (local.get $w)) (then (local.set $lines (local.get $w))))
        (call $pack_panel (local.get $es) (local.get $w) (local.get $src) (local.get $ld) (local.get $alongP)
                          (i32.add (local.get $i0) (local.get $q)) (local.get $lines) (local.get $p0) (local.get $kc)
                          (i32.add (local.get $dst) (i32.mul (i32.mul (local.get $q) (local.get $kc)) (local.get $es))))
        (local.set $q (i32.add (local.get $q) (local.get $w)))
        (br $panels))))

  ;; ---------------------------------------------------------------- drivers
  ;; Block sizes: a packed KC×NR panel of B (8 KiB) stays in L1 across the ir loop, the
  ;; MC×KC block of packed A (128–256 KiB) and the KC×n block of packed B in L2.
  ;; Exported so the caller sizes the workspace from them.
  (global $KC (export "KC") i32 (i32.const 256))
  (global $MC (export "MC") i32 (i32.const 128))

  ;; es: element bytes (4 | 8), nr: tile columns (8 | 4). C (at c) is the padded
  ;; workspace: ceil(m, 4) rows × ceil(n, nr) columns. packB holds KC·ceil(n, nr)
  ;; elements, packA MC·KC. Requires m, n, k ≥ 1.
  (func $gemm (param $es i32) (param $nr i32)
              (param $transA i32) (param $transB i32) (param $m i32) (param $n i32) (param $k i32)
              (param $a i32) (param $b i32) (param $c i32) (param $packA i32) (param $packB i32)
    (local $npad i32) (local $ldc i32)
    (local $pc i32) (local $kc i32) (local $ic i32) (local $mc i32) (local $mc4 i32)
    (local $jr i32) (local $pb i32) (local $cc i32)
    (local.set $npad (i32.and (i32.add (local.get $n) (i32.sub (local.get $nr) (i32.const 1)))
                              (i32.sub (i32.const 0) (local.get $nr))))
    (local.set $ldc (i32.mul (local.get $npad) (local.get $es)))
    (block $k_done
      (loop $k_blocks
        (br_if $k_done (i32.ge_u (local.get $pc) (local.get $k)))
        (local.set $kc (i32.sub (local.get $k) (local.get $pc)))
        (if (i32.gt_u (local.get $kc) (global.get $KC)) (then (local.set $kc (global.get $KC))))
        ;; B(p, j) is b[p·n + j], or b[j·k + p] when transposed.
        (call $pack (local.get $es) (local.get $nr) (local.get $b)
                    (select (local.get $k) (local.get $n) (local.get $transB)) (local.get $transB)
                    (i32.const 0) (local.get $n) (local.get $pc) (local.get $kc) (local.get $packB))
        (local.set $ic (i32.const 0))
        (block $m_done
          (loop $m_blocks
            (br_if $m_done (i32.ge_u (local.get $ic) (local.get $m)))
            (local.set $mc (i32.sub (local.get $m) (local.get $ic)))
            (if (i32.gt_u (local.get $mc) (global.get $MC)) (then (local.set $mc (global.get $MC))))
            ;; A(i, p) is a[i·k + p], or a[p·m + i] when transposed.
            (call $pack (local.get $es) (i32.const 4) (local.get $a)
                        (select (local.get $m) (local.get $k) (local.get $transA)) (i32.eqz (local.get $transA))
                        (local.get $ic) (local.get $mc) (local.get $pc) (local.get $kc) (local.get $packA))
            (local.set $mc4 (i32.and (i32.add (local.get $mc) (i32.const 3)) (i32.const -4)))
            (local.set $jr (i32.const 0))
            (block $n_done
              (loop $n_panels
                (br_if $n_done (i32.ge_u (local.get $jr) (local.get $npad)))
                (local.set $pb (i32.add (local.get $packB) (i32.mul (i32.mul (local.get $jr) (local.get $kc)) (local.get $es))))
                (local.set $cc (i32.add (local.get $c)
                  (i32.add (i32.mul (local.get $ic) (local.get $ldc)) (i32.mul (local.get $jr) (local.get $es)))))
                ;; One call runs the micro-kernel down all mc4/4 row panels of this column panel.
                (if (i32.eq (local.get $es) (i32.const 4))
                  (then (call $kernel_f32 (local.get $packA) (local.get $pb) (local.get $cc) (local.get $ldc)
                                          (local.get $kc) (local.get $pc) (i32.shr_u (local.get $mc4) (i32.const 2))))
                  (else (call $kernel_f64 (local.get $packA) (local.get $pb) (local.get $cc) (local.get $ldc)
                                          (local.get $kc) (local.get $pc) (i32.shr_u (local.get $mc4) (i32.const 2)))))
                (local.set $jr (i32.add (local.get $jr) (local.get $nr)))
                (br $n_panels)))
            (local.set $ic (i32.add (local.get $ic) (global.get $MC)))
            (br $m_blocks)))
        (local.set $pc (i32.add (local.get $pc) (global.get $KC)))
        (br $k_blocks))))

  (func (export "gemm_f32") (param $transA i32) (param $transB i32) (param $m i32) (param $n i32) (param $k i32)
                            (param $a i32) (param $b i32) (param $c i32) (param $packA i32) (param $packB i32)
    (call $gemm (i32.const 4) (i32.const 8) (local.get $transA) (local.get $transB) (local.get $m) (local.get $n)
                (local.get $k) (local.get $a) (local.get $b) (local.get $c) (local.get $packA) (local.get $packB)))

  (func (export "gemm_f64") (param $transA i32) (param $transB i32) (param $m i32) (param $n i32) (param $k i32)
                            (param $a i32) (param $b i32) (param $c i32) (param $packA i32) (param $packB i32)
    (call $gemm (i32.const 8) (i32.const 4) (local.get $transA) (local.get $transB) (local.get $m) (local.get $n)
                (local.get $k) (local.get $a) (local.get $b) (local.get $c) (local.get $packA) (local.get $packB)))
