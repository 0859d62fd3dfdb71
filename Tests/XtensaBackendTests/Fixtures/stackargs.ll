; Arguments beyond the sixth: the caller stores them at its SP+0, +4, ... (an area at the
; bottom of its frame); the callee loads them from its SP + frame size + 0, +4, ...
define i32 @callee(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i32 %g, i32 %h) {
  %x = mul i32 %g, %h
  %y = add i32 %x, %a
  ret i32 %y
}

define i32 @caller(i32 %x) {
  %big = alloca [4 x i32], align 4
  store i32 %x, ptr %big, align 4
  %h = add i32 %x, 7
  %r = call i32 @callee(i32 %x, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 %h)
  %v = load i32, ptr %big, align 4
  %s = add i32 %r, %v
  ret i32 %s
}
