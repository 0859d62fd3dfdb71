; Structs by value as clang-22 emits them for Xtensa: a `byval` pointer argument is copied
; by the caller into its outgoing stack arguments (words, halfwords or bytes as the
; alignment allows; memcpy beyond 64 bytes), and every argument after it goes to the stack
; too; the callee's parameter is the address of that copy in the caller's frame. `sret` is
; an ordinary pointer argument.
%pair = type { i32, i32 }
%odd = type { i8, i8, i8 }
%big = type { [20 x i32] }

declare void @take(i32, ptr byval(%pair) align 4, i32)
declare void @take_odd(ptr byval(%odd) align 1, i32)
declare void @take_big(ptr byval(%big) align 4)

define void @give(ptr %p, ptr %q, ptr %r) {
  call void @take(i32 1, ptr byval(%pair) align 4 %p, i32 2)
  call void @take_odd(ptr byval(%odd) align 1 %q, i32 3)
  call void @take_big(ptr byval(%big) align 4 %r)
  ret void
}

define i32 @receive(i32 %a, ptr byval(%pair) align 4 %s, i32 %b) {
  %f = getelementptr inbounds i8, ptr %s, i32 4
  %y = load i32, ptr %f
  %t = add i32 %a, %y
  %u = add i32 %t, %b
  ret i32 %u
}

define void @make(ptr sret(%pair) align 4 %out, i32 %x) {
  store i32 %x, ptr %out
  %f = getelementptr inbounds i8, ptr %out, i32 4
  store i32 7, ptr %f
  ret void
}

