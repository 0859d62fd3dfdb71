; i64 as register pairs (low word, high word): arguments in even-aligned pairs as llc-22
; lays them out (a3 skipped for i64 after i32; later i64s on the stack, 8-byte aligned),
; results in a2/a3 (a10/a11 after a call), add/sub with the carry from an unsigned compare,
; bitwise operators per word, extensions, truncation, loads and stores as two words.
declare i64 @callee(i32, i64, i64, i64)

define i64 @add(i32 %a, i64 %b) {
  %c = zext i32 %a to i64
  %d = add i64 %b, %c
  ret i64 %d
}

define i64 @sub(i64 %a, i64 %b) {
  %d = sub i64 %a, %b
  ret i64 %d
}

define i64 @stacked(i32 %a, i64 %b, i64 %c, i64 %d, i32 %e) {
  %x = xor i64 %b, %d
  %s = sext i32 %e to i64
  %y = or i64 %x, %s
  %z = and i64 %y, %c
  ret i64 %z
}

define i32 @caller(i64 %x) {
  %r = call i64 @callee(i32 1, i64 %x, i64 81985529216486895, i64 -1)
  %t = trunc i64 %r to i32
  ret i32 %t
}

define void @copy(ptr %p, ptr %q) {
  %v = load i64, ptr %p, align 8
  %w = add i64 %v, 4294967296
  %g = getelementptr i64, ptr %q, i32 3
  store i64 %w, ptr %g, align 8
  ret void
}

define i64 @extend(i1 %b, i8 %c) {
  %x = sext i1 %b to i64
  %y = sext i8 %c to i64
  %z = add i64 %x, %y
  ret i64 %z
}

; Compares: EQ/NE on the words' differences, the rest on the high words (signed or
; unsigned) and, when they are equal, on the low words unsigned.
define i32 @compares(i64 %a, i64 %b) {
  %eq = icmp eq i64 %a, %b
  %ne = icmp ne i64 %a, 5
  %lt = icmp slt i64 %a, %b
  %ge = icmp uge i64 %a, %b
  %x = zext i1 %eq to i32
  %y = zext i1 %ne to i32
  %z = zext i1 %lt to i32
  %w = zext i1 %ge to i32
  %s1 = shl i32 %y, 1
  %s2 = shl i32 %z, 2
  %s3 = shl i32 %w, 3
  %o1 = or i32 %x, %s1
  %o2 = or i32 %o1, %s2
  %o3 = or i32 %o2, %s3
  ret i32 %o3
}

; A loop summing into an i64 phi, and a select between pairs.
define i64 @sum(ptr %p, i32 %n, i1 %neg) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %q = getelementptr i32, ptr %p, i32 %i
  %v = load i32, ptr %q, align 4
  %w = sext i32 %v to i64
  %s1 = add i64 %s, %w
  %i1 = add i32 %i, 1
  %done = icmp sle i64 %s1, -100
  %end = icmp eq i32 %i1, %n
  %stop = or i1 %done, %end
  br i1 %stop, label %exit, label %loop
exit:
  %m = sub i64 0, %s1
  %r = select i1 %neg, i64 %m, i64 %s1
  ret i64 %r
}

; Shifts: by constants below 32 (SSAI + SRC for the word both halves feed), from 32 (one
; word moves), and by a register (SSL/SSR + SRC, then conditional moves on bit 5).
define i64 @shifts(i64 %a, i64 %n) {
  %x = shl i64 %a, 7
  %y = lshr i64 %x, 20
  %z = ashr i64 %y, 40
  %w = lshr i64 %z, 32
  %v = shl i64 %w, %n
  %u = lshr i64 %v, %n
  %t = ashr i64 %u, %n
  ret i64 %t
}

; Rotates and funnel shifts by constants: one SSAI, SRC per word.
define i64 @rotates(i64 %a, i64 %b) {
  %x = call i64 @llvm.fshl.i64(i64 %a, i64 %a, i64 7)
  %y = call i64 @llvm.fshr.i64(i64 %x, i64 %b, i64 40)
  %z = call i64 @llvm.fshl.i64(i64 %y, i64 %b, i64 32)
  ret i64 %z
}
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i64 @llvm.fshr.i64(i64, i64, i64)

; Multiply and divide: libgcc's helpers (the qemu profile has no MULUH).
define i64 @arith(i64 %a, i64 %b) {
  %m = mul i64 %a, %b
  %q = udiv i64 %m, %b
  %s = sdiv i64 %q, 7
  %r = urem i64 %s, %a
  %t = srem i64 %r, %b
  ret i64 %t
}

define i64 @absolute(i64 %a) {
  %x = call i64 @llvm.abs.i64(i64 %a, i1 false)
  ret i64 %x
}
declare i64 @llvm.abs.i64(i64, i1)

define i64 @zeros(i64 %a) {
  %l = call i64 @llvm.ctlz.i64(i64 %a, i1 false)
  %t = call i64 @llvm.cttz.i64(i64 %a, i1 false)
  %s = add i64 %l, %t
  ret i64 %s
}
declare i64 @llvm.ctlz.i64(i64, i1)
declare i64 @llvm.cttz.i64(i64, i1)

; Checked arithmetic on i64: the pair and the overflow bit.
define i32 @checked(i64 %a, i64 %b, ptr %p) {
  %s = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %a, i64 %b)
  %u = call { i64, i1 } @llvm.usub.with.overflow.i64(i64 %a, i64 %b)
  %sv = extractvalue { i64, i1 } %s, 0
  %so = extractvalue { i64, i1 } %s, 1
  %uv = extractvalue { i64, i1 } %u, 0
  %uo = extractvalue { i64, i1 } %u, 1
  store i64 %sv, ptr %p, align 8
  %q = getelementptr i64, ptr %p, i32 1
  store i64 %uv, ptr %q, align 8
  %x = zext i1 %so to i32
  %y = zext i1 %uo to i32
  %y2 = shl i32 %y, 1
  %r = or i32 %x, %y2
  ret i32 %r
}
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.usub.with.overflow.i64(i64, i64)

define i64 @minmax(i64 %a, i64 %b) {
  %x = call i64 @llvm.smin.i64(i64 %a, i64 %b)
  %y = call i64 @llvm.umax.i64(i64 %x, i64 %b)
  ret i64 %y
}
declare i64 @llvm.smin.i64(i64, i64)
declare i64 @llvm.umax.i64(i64, i64)

; Population counts by fields (also i32 and narrower, zero-extended first).
define i64 @population(i64 %a, i16 %b) {
  %x = call i64 @llvm.ctpop.i64(i64 %a)
  %y = call i16 @llvm.ctpop.i16(i16 %b)
  %z = zext i16 %y to i64
  %s = add i64 %x, %z
  ret i64 %s
}
declare i64 @llvm.ctpop.i64(i64)
declare i16 @llvm.ctpop.i16(i16)

; An i64 compare that only feeds its block's branch becomes branches on the words.
define i32 @count(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %k = phi i32 [ 0, %entry ], [ %k1, %loop ]
  %i1 = add i64 %i, 3
  %k1 = add i32 %k, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  %e = icmp eq i64 %i1, 9
  br i1 %e, label %nine, label %other
nine:
  ret i32 -1
other:
  ret i32 %k1
}
