; Dynamic allocas: a7 becomes the frame pointer (copied from SP after the arguments are
; read), frame objects and incoming stack arguments are addressed from it; SP moves down
; by the size rounded to 16 with MOVSP and the memory starts above the outgoing stack
; arguments. stacksave reads SP, stackrestore writes it with MOVSP, frameaddress(0) is
; the frame pointer (SP where there is none).
declare void @use(ptr)
declare i32 @eight(i32, i32, i32, i32, i32, i32, i32, i32)

define i32 @vla(i32 %n, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i32 %g) {
  %fixed = alloca [4 x i32]
  call void @use(ptr %fixed)
  %p = alloca i32, i32 %n
  call void @use(ptr %p)
  %q = alloca [3 x i8], i32 %b
  call void @use(ptr %q)
  %r = call i32 @eight(i32 %n, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i32 %g, i32 %n)
  ret i32 %r
}

define void @scoped(i32 %n) {
  %saved = call ptr @llvm.stacksave.p0()
  %p = alloca i8, i32 %n
  call void @use(ptr %p)
  call void @llvm.stackrestore.p0(ptr %saved)
  ret void
}

define ptr @frame() {
  %p = call ptr @llvm.frameaddress.p0(i32 0)
  ret ptr %p
}

declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)
declare ptr @llvm.frameaddress.p0(i32)
