; CALL8 to known functions, CALLX8 through a register; arguments in a10-a15, the result in a10,
; values live across calls in a2-a7.
declare i32 @f(i32, i32)
declare void @g()

define i32 @direct(i32 %a, i32 %b) {
  %x = call i32 @f(i32 %b, i32 %a)
  %y = call i32 @f(i32 %x, i32 5)
  %z = add i32 %y, %a
  ret i32 %z
}

define i32 @indirect(ptr %fn, i32 %a) {
  %x = call i32 %fn(i32 %a, i32 %a)
  %y = call i32 %fn(i32 %x, i32 %a)
  ret i32 %y
}

define void @six(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f) {
  call void @g()
  %x = call i32 @f(i32 %f, i32 %e)
  %y = call i32 @f(i32 %d, i32 %c)
  %z = call i32 @f(i32 %b, i32 %a)
  ret void
}

define signext i8 @narrow(i8 signext %a) {
  %x = add i8 %a, 1
  ret i8 %x
}

declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)

define void @copy(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr %d, ptr %s, i32 64, i1 false)
  ret void
}
