; Proper tail calls: arguments in the caller's own a2-a7, SP moved with MOVSP by the
; difference of the frames (nothing when they are equal), then a jump past the callee's
; ENTRY; through a register or to another object, the callee's frame size is read from
; its ENTRY instruction. A plain `tail` call becomes a jump only to a function of this
; module whose result is returned unchanged.
declare i32 @external(i32, i32, i32, i32, i32, i32)

define i32 @small(i32 %env, i32 %a, i32 %b, i32 %c, i32 %d, i32 %e) {
  %x = add i32 %a, %e
  %r = musttail call i32 @big(i32 %env, i32 %b, i32 %a, i32 %x, i32 %d, i32 %c)
  ret i32 %r
}

define i32 @big(i32 %env, i32 %a, i32 %b, i32 %c, i32 %d, i32 %e) {
  %buffer = alloca [64 x i32]
  store volatile i32 %a, ptr %buffer
  %v = load volatile i32, ptr %buffer
  %r = musttail call i32 @small(i32 %v, i32 %a, i32 %b, i32 %c, i32 %d, i32 %e)
  ret i32 %r
}

define i32 @same(i32 %env, i32 %a, i32 %b, i32 %c, i32 %d, i32 %e) {
  %r = musttail call i32 @small(i32 %a, i32 %env, i32 %b, i32 %c, i32 %d, i32 7)
  ret i32 %r
}

define i32 @through(ptr %fn, i32 %a, i32 %b, i32 %c, i32 %d, i32 %e) {
  %r = musttail call i32 %fn(ptr %fn, i32 %b, i32 %a, i32 %c, i32 %d, i32 %e)
  ret i32 %r
}

define i32 @outside(i32 %env, i32 %a, i32 %b, i32 %c, i32 %d, i32 %e) {
  %r = musttail call i32 @external(i32 %env, i32 %a, i32 %b, i32 %c, i32 %d, i32 %e)
  ret i32 %r
}

define i32 @optional(i32 %a) {
  %x = mul i32 %a, 3
  %r = tail call i32 @small(i32 %x, i32 %a, i32 0, i32 0, i32 0, i32 1)
  ret i32 %r
}

define i32 @not_here(i32 %a) {
  %r = tail call i32 @external(i32 %a, i32 %a, i32 0, i32 0, i32 0, i32 1)
  ret i32 %r
}

define void @void_tail(i32 %a) {
  tail call void @sink(i32 %a)
  ret void
}

define void @sink(i32 %a) {
  ret void
}
