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

; The branch tests the overflow itself: a signed add or subtract of a constant is one
; compare of the result with the operand (BLT), an unsigned one BLTU of the operands, a
; signed one of two registers BLTZ of the xors' AND. No 0/1 bit is made.
define i32 @checked_steps(i32 %a, i32 %b) {
entry:
  %i = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 1)
  %iv = extractvalue { i32, i1 } %i, 0
  %io = extractvalue { i32, i1 } %i, 1
  br i1 %io, label %trap, label %l1
l1:
  %d = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %iv, i32 3)
  %dv = extractvalue { i32, i1 } %d, 0
  %do = extractvalue { i32, i1 } %d, 1
  br i1 %do, label %trap, label %l2
l2:
  %u = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %dv, i32 %b)
  %uv = extractvalue { i32, i1 } %u, 0
  %uo = extractvalue { i32, i1 } %u, 1
  %v = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %uv, i32 %a)
  %vv = extractvalue { i32, i1 } %v, 0
  %vo = extractvalue { i32, i1 } %v, 1
  %either = or i1 %uo, %vo
  br i1 %either, label %trap, label %l3
l3:
  %s = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %vv, i32 %b)
  %sv = extractvalue { i32, i1 } %s, 0
  %so = extractvalue { i32, i1 } %s, 1
  br i1 %so, label %trap, label %ok
trap:
  call void @llvm.trap()
  unreachable
ok:
  ret i32 %sv
}
