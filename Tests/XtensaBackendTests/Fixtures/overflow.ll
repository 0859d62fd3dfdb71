; The *.with.overflow intrinsics Swift emits for every checked + and -: the result and an
; overflow bit (0 or 1), read with extractvalue; a branch on the bit traps.
define i32 @checked_add(i32 %a, i32 %b) {
entry:
  %r = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 %b)
  %sum = extractvalue { i32, i1 } %r, 0
  %ov = extractvalue { i32, i1 } %r, 1
  br i1 %ov, label %trap, label %ok
trap:
  call void @llvm.trap()
  unreachable
ok:
  ret i32 %sum
}

define i32 @flags(i32 %a, i32 %b) {
  %s = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %a, i32 %b)
  %u = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %a, i32 %b)
  %v = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %a, i32 %b)
  %s1 = extractvalue { i32, i1 } %s, 1
  %u1 = extractvalue { i32, i1 } %u, 1
  %v1 = extractvalue { i32, i1 } %v, 1
  %s32 = zext i1 %s1 to i32
  %u32 = zext i1 %u1 to i32
  %v32 = zext i1 %v1 to i32
  %x = shl i32 %u32, 1
  %y = shl i32 %v32, 2
  %t = or i32 %s32, %x
  %r = or i32 %t, %y
  ret i32 %r
}

declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.ssub.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32)
declare void @llvm.trap()

; Saturating arithmetic: the wrapped result unless it overflowed, then the bound it crossed.
define i32 @saturate(i32 %a, i32 %b) {
  %s = call i32 @llvm.sadd.sat.i32(i32 %a, i32 %b)
  %u = call i32 @llvm.usub.sat.i32(i32 %s, i32 %b)
  ret i32 %u
}

declare i32 @llvm.sadd.sat.i32(i32, i32)
declare i32 @llvm.usub.sat.i32(i32, i32)
