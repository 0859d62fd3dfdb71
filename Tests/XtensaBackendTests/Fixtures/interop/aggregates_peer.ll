; First-class struct results in registers (a2-a5, consecutive words), defined here and
; called from aggregates_caller.ll; each side is built by llc-22 and by Kiln.
target triple = "xtensa"

define { i32, i32 } @divmod(i32 %a, i32 %b) {
  %q = sdiv i32 %a, %b
  %r = srem i32 %a, %b
  %x = insertvalue { i32, i32 } poison, i32 %q, 0
  %y = insertvalue { i32, i32 } %x, i32 %r, 1
  ret { i32, i32 } %y
}

define { i32, i64 } @widen(i32 %a) {
  %w = sext i32 %a to i64
  %s = shl i64 %w, 20
  %x = insertvalue { i32, i64 } { i32 7, i64 0 }, i64 %s, 1
  ret { i32, i64 } %x
}

define { i64, i64 } @pairs(i64 %a, i64 %b) {
  %s = add i64 %a, %b
  %d = sub i64 %a, %b
  %x = insertvalue { i64, i64 } undef, i64 %s, 0
  %y = insertvalue { i64, i64 } %x, i64 %d, 1
  ret { i64, i64 } %y
}

define [4 x i32] @spread(i32 %a) {
  %b = mul i32 %a, 3
  %c = xor i32 %a, 255
  %x = insertvalue [4 x i32] [i32 1, i32 2, i32 3, i32 4], i32 %a, 0
  %y = insertvalue [4 x i32] %x, i32 %b, 2
  %z = insertvalue [4 x i32] %y, i32 %c, 3
  ret [4 x i32] %z
}

define { { i32, i32 }, i32 } @nested(i32 %a) {
  %p = call { i32, i32 } @divmod(i32 %a, i32 7)
  %x = insertvalue { { i32, i32 }, i32 } undef, { i32, i32 } %p, 0
  %y = insertvalue { { i32, i32 }, i32 } %x, i32 %a, 1
  ret { { i32, i32 }, i32 } %y
}

; Aggregate arguments: each leaf is laid out as a separate argument (an i64 leaf takes an
; even register pair), spilling to the stack once the registers run out.
define i32 @leaves(i32 %a, { i32, i64 } %s, [3 x i32] %t, { i64, i32 } %u) {
  %s0 = extractvalue { i32, i64 } %s, 0
  %s1 = extractvalue { i32, i64 } %s, 1
  %t0 = extractvalue [3 x i32] %t, 0
  %t2 = extractvalue [3 x i32] %t, 2
  %u0 = extractvalue { i64, i32 } %u, 0
  %u1 = extractvalue { i64, i32 } %u, 1
  %w = add i64 %s1, %u0
  %h = lshr i64 %w, 16
  %x = trunc i64 %h to i32
  %r1 = mul i32 %a, 3
  %r2 = add i32 %r1, %s0
  %r3 = xor i32 %r2, %t0
  %r4 = sub i32 %r3, %t2
  %r5 = add i32 %r4, %u1
  %r6 = xor i32 %r5, %x
  ret i32 %r6
}
