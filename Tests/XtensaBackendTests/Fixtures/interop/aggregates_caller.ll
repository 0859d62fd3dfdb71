; Calls aggregates_peer.ll's struct-returning functions and folds the words into an i32
; for a C main to print.
target triple = "xtensa"

declare { i32, i32 } @divmod(i32, i32)
declare { i32, i64 } @widen(i32)
declare { i64, i64 } @pairs(i64, i64)
declare [4 x i32] @spread(i32)
declare { { i32, i32 }, i32 } @nested(i32)

define i32 @use_divmod(i32 %a, i32 %b) {
  %r = call { i32, i32 } @divmod(i32 %a, i32 %b)
  %q = extractvalue { i32, i32 } %r, 0
  %m = extractvalue { i32, i32 } %r, 1
  %t = mul i32 %q, 1000
  %s = add i32 %t, %m
  ret i32 %s
}

define i32 @use_widen(i32 %a) {
  %r = call { i32, i64 } @widen(i32 %a)
  %k = extractvalue { i32, i64 } %r, 0
  %w = extractvalue { i32, i64 } %r, 1
  %h = lshr i64 %w, 32
  %hi = trunc i64 %h to i32
  %lo = trunc i64 %w to i32
  %x = xor i32 %hi, %lo
  %s = add i32 %x, %k
  ret i32 %s
}

define i32 @use_pairs(i32 %a) {
  %w = sext i32 %a to i64
  %big = shl i64 %w, 33
  %r = call { i64, i64 } @pairs(i64 %big, i64 12345)
  %s = extractvalue { i64, i64 } %r, 0
  %d = extractvalue { i64, i64 } %r, 1
  %x = xor i64 %s, %d
  %h = lshr i64 %x, 29
  %t = trunc i64 %h to i32
  ret i32 %t
}

define i32 @use_spread(i32 %a) {
  %r = call [4 x i32] @spread(i32 %a)
  %x0 = extractvalue [4 x i32] %r, 0
  %x1 = extractvalue [4 x i32] %r, 1
  %x2 = extractvalue [4 x i32] %r, 2
  %x3 = extractvalue [4 x i32] %r, 3
  %s1 = mul i32 %x0, 2
  %s2 = add i32 %s1, %x1
  %s3 = mul i32 %s2, 5
  %s4 = sub i32 %s3, %x2
  %s5 = xor i32 %s4, %x3
  ret i32 %s5
}

define i32 @use_nested(i32 %a) {
  %r = call { { i32, i32 }, i32 } @nested(i32 %a)
  %inner = extractvalue { { i32, i32 }, i32 } %r, 0
  %m = extractvalue { i32, i32 } %inner, 1
  %q = extractvalue { { i32, i32 }, i32 } %r, 0, 0
  %a2 = extractvalue { { i32, i32 }, i32 } %r, 1
  %t = mul i32 %q, 100
  %u = add i32 %t, %m
  %v = sub i32 %u, %a2
  ret i32 %v
}

declare i32 @leaves(i32, { i32, i64 }, [3 x i32], { i64, i32 })

define i32 @use_leaves(i32 %a) {
  %w = sext i32 %a to i64
  %big = shl i64 %w, 24
  %s = insertvalue { i32, i64 } { i32 5, i64 0 }, i64 %big, 1
  %b = mul i32 %a, 7
  %t = insertvalue [3 x i32] [i32 1, i32 2, i32 3], i32 %b, 2
  %u = insertvalue { i64, i32 } { i64 123456789, i32 0 }, i32 %a, 1
  %r = call i32 @leaves(i32 %a, { i32, i64 } %s, [3 x i32] %t, { i64, i32 } %u)
  ret i32 %r
}
