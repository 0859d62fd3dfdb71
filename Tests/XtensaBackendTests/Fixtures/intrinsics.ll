; Bit intrinsics: NSAU for ctlz/cttz, EXTUI/SLLI/OR for bswap, SRC for funnel shifts,
; MIN/MAX/ABS, and calls for memset.
define i32 @clz(i32 %x) {
  %r = call i32 @llvm.ctlz.i32(i32 %x, i1 false)
  ret i32 %r
}

define i16 @clz16(i16 %x) {
  %r = call i16 @llvm.ctlz.i16(i16 %x, i1 false)
  ret i16 %r
}

define i32 @ctz(i32 %x) {
  %r = call i32 @llvm.cttz.i32(i32 %x, i1 false)
  ret i32 %r
}

define i32 @ctz_poison(i32 %x) {
  %r = call i32 @llvm.cttz.i32(i32 %x, i1 true)
  ret i32 %r
}

define i32 @swap(i32 %x) {
  %r = call i32 @llvm.bswap.i32(i32 %x)
  ret i32 %r
}

define i32 @rotl(i32 %x, i32 %n) {
  %r = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 %n)
  ret i32 %r
}

define i32 @rotr7(i32 %x) {
  %r = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 7)
  ret i32 %r
}

define i32 @clamp(i32 %x) {
  %a = call i32 @llvm.smax.i32(i32 %x, i32 -100)
  %b = call i32 @llvm.umin.i32(i32 %a, i32 1000)
  %c = call i32 @llvm.abs.i32(i32 %b, i1 false)
  ret i32 %c
}

define void @clear(ptr %p, i32 %n) {
  call void @llvm.memset.p0.i32(ptr %p, i8 0, i32 %n, i1 false)
  ret void
}

declare i32 @llvm.ctlz.i32(i32, i1)
declare i16 @llvm.ctlz.i16(i16, i1)
declare i32 @llvm.cttz.i32(i32, i1)
declare i32 @llvm.bswap.i32(i32)
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i32 @llvm.fshr.i32(i32, i32, i32)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.abs.i32(i32, i1)
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
