; Intrinsics needing more than one word of work: multiply with overflow (i32 through the
; 64-bit product, i64 through partial products), bswap/bitreverse/variable funnel shift/
; three-way compare on i64, bitreverse on i32, and the folded query intrinsics.
define i32 @mulo(i32 %a, i32 %b) {
  %s = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %a, i32 %b)
  %u = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 %a, i32 %b)
  %so = extractvalue { i32, i1 } %s, 1
  %uo = extractvalue { i32, i1 } %u, 1
  %sr = extractvalue { i32, i1 } %s, 0
  %x = zext i1 %so to i32
  %y = zext i1 %uo to i32
  %z = add i32 %x, %y
  %r = add i32 %z, %sr
  ret i32 %r
}

define i64 @mulo64(i64 %a, i64 %b) {
  %u = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue { i64, i1 } %u, 0
  %o = extractvalue { i64, i1 } %u, 1
  %s = select i1 %o, i64 -1, i64 %r
  ret i64 %s
}

define i64 @bits(i64 %a, i64 %n) {
  %s = call i64 @llvm.bswap.i64(i64 %a)
  %r = call i64 @llvm.bitreverse.i64(i64 %s)
  %f = call i64 @llvm.fshl.i64(i64 %r, i64 %a, i64 %n)
  ret i64 %f
}

define i32 @misc(i64 %a, i64 %b, i32 %c, ptr %p) {
  %x = call i32 @llvm.scmp.i32.i64(i64 %a, i64 %b)
  %y = call i32 @llvm.bitreverse.i32(i32 %c)
  %k = call i1 @llvm.is.constant.i32(i32 %c)
  %o = call i32 @llvm.objectsize.i32.p0(ptr %p, i1 false, i1 true, i1 false)
  %kz = zext i1 %k to i32
  %s = add i32 %x, %y
  %t = add i32 %s, %kz
  %u = add i32 %t, %o
  ret i32 %u
}

declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare i64 @llvm.bswap.i64(i64)
declare i64 @llvm.bitreverse.i64(i64)
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i32 @llvm.scmp.i32.i64(i64, i64)
declare i32 @llvm.bitreverse.i32(i32)
declare i1 @llvm.is.constant.i32(i32)
declare i32 @llvm.objectsize.i32.p0(ptr, i1, i1, i1)
