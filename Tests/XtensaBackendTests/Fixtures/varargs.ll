; Varargs as GCC's Xtensa ABI has them: the unnamed argument registers saved at entry,
; va_start fills {stack args - 32, save area, 4 x named words}, va_arg picks registers or
; stack with conditional moves and advances the index, va_copy copies three words.
; Callers pass arguments as to any function.
%va = type { ptr, ptr, i32 }

define i32 @two_named(i32 %a, i64 %b, ...) {
  %ap = alloca %va
  call void @llvm.va_start.p0(ptr %ap)
  %x = va_arg ptr %ap, i32
  %y = va_arg ptr %ap, i64
  %t = trunc i64 %y to i32
  %s = add i32 %x, %t
  call void @llvm.va_end.p0(ptr %ap)
  ret i32 %s
}

define void @copy(ptr %to, ptr %from) {
  call void @llvm.va_copy.p0(ptr %to, ptr %from)
  ret void
}

define i32 @caller() {
  %r = call i32 (i32, i64, ...) @two_named(i32 1, i64 2, i32 3, i64 4, i32 5)
  ret i32 %r
}

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare void @llvm.va_copy.p0(ptr, ptr)
