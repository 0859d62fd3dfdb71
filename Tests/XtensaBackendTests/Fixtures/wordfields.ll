; The word-level code of soft-float (Runtime/Core/SoftFloat): bit fields, i64 values built
; from two words, and values nothing reads.
; `(x >> n) & (2^w - 1)` is one EXTUI (x, n, w), the shift is not made when the AND is
; its only reader; with a mask wider than what the shift leaves, the width shrinks to 32 - n.
define i32 @field(i32 %x) {
  %s = lshr i32 %x, 20
  %e = and i32 %s, 2047
  ret i32 %e
}

define i32 @field_wide_mask(i32 %x) {
  %s = lshr i32 %x, 20
  %e = and i32 %s, 65535
  ret i32 %e
}

; The shift has another reader: it stays, the AND still extracts from x.
define i32 @field_shared(i32 %x) {
  %s = lshr i32 %x, 7
  %e = and i32 %s, 8191
  %r = add i32 %e, %s
  ret i32 %r
}

; A mask that starts above bit 0: EXTUI and SLLI instead of the shift, the mask's L32R and
; the AND (the sign bit moved to bit 11; `(x << 3) & 0x3FF8`; `(x << 14) & 0xFFFC000`).
define i32 @field_placed(i32 %x, i32 %y, i32 %z) {
  %s = lshr i32 %x, 20
  %b = and i32 %s, 2048
  %t = shl i32 %y, 3
  %m = and i32 %t, 16376
  %u = shl i32 %z, 14
  %n = and i32 %u, 268419072
  %o = or i32 %b, %m
  %r = or i32 %o, %n
  ret i32 %r
}

; A disjoint OR with a constant is an add: ADDMI takes 8192 as an immediate.
define i32 @or_disjoint(i32 %x) {
  %m = and i32 %x, 8191
  %r = or disjoint i32 %m, 8192
  ret i32 %r
}

; `UInt64(high) << 32 | UInt64(low)`: two copies, no zero words, no OR.
define i64 @pack(i32 %high, i32 %low) {
  %h = zext i32 %high to i64
  %hs = shl nuw i64 %h, 32
  %l = zext i32 %low to i64
  %r = or disjoint i64 %hs, %l
  ret i64 %r
}

; AND with a zero word is zero, XOR is the other word; adding a value whose low word is
; zero has no carry.
define i64 @zero_words(i64 %a, i32 %b) {
  %w = zext i32 %b to i64
  %s = shl i64 %w, 32
  %m = and i64 %a, %w
  %x = xor i64 %m, %s
  %r = add i64 %x, %s
  ret i64 %r
}

; Values nothing reads are not made: the high word of the zero extension (the truncation
; reads the low word only), and the product.
define i32 @unused(i32 %a, i32 %b) {
  %w = zext i32 %a to i64
  %t = trunc i64 %w to i32
  %p = mul i32 %a, %b
  ret i32 %t
}

; An extended and/or of compares is made by branching to the end: `movi r, -1`, a branch
; per compare, `movi r, 0` (a 64-bit subtract's borrow, `sext (a <u b || c <u d)`),
; not a 0/1 register per compare and their combination.
define i32 @borrow(i32 %a, i32 %b, i32 %c, i32 %d) {
  %x = icmp ult i32 %a, %b
  %y = icmp ult i32 %c, %d
  %o = select i1 %x, i1 true, i1 %y
  %n = sext i1 %o to i32
  ret i32 %n
}

define i32 @both(i32 %a, i32 %b, i32 %c) {
  %x = icmp ne i32 %a, 0
  %y = icmp slt i32 %b, 10
  %m = and i32 %c, 4
  %z = icmp eq i32 %m, 0
  %xy = and i1 %x, %y
  %o = and i1 %xy, %z
  %n = zext i1 %o to i32
  ret i32 %n
}

; A compare read only by a sign extension: 0 or -1 by branching, no NEG; NE and the sign
; test stay values (MOVEQZ, EXTUI), then NEG.
define i32 @borrow_one(i32 %a, i32 %b, i32 %c) {
  %x = icmp ult i32 %a, %b
  %m = sext i1 %x to i32
  %y = icmp ne i32 %b, %c
  %n = sext i1 %y to i32
  %z = icmp slt i32 %c, 0
  %o = sext i1 %z to i32
  %p = add i32 %m, %n
  %r = add i32 %p, %o
  ret i32 %r
}
