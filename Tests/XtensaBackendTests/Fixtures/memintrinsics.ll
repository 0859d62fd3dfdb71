; Small memcpy/memmove/memset of constant length, inline: pieces as large as the alignment
; allows, the tail in smaller ones; memmove loads everything first; memcpy.inline too.
; Longer or variable lengths call the C functions.
@g = global [8 x i32] zeroinitializer

define void @copy(ptr align 4 %d, ptr align 4 %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 14, i1 false)
  ret void
}

define void @move(ptr align 2 %d, ptr align 4 %s) {
  call void @llvm.memmove.p0.p0.i32(ptr align 2 %d, ptr align 4 %s, i32 6, i1 false)
  ret void
}

define void @fill(ptr %d, i8 %v) {
  call void @llvm.memset.p0.i32(ptr align 4 @g, i8 %v, i32 8, i1 false)
  call void @llvm.memset.p0.i32(ptr %d, i8 -1, i32 3, i1 false)
  ret void
}

define void @inline(ptr %d) {
  call void @llvm.memcpy.inline.p0.p0.i32(ptr align 4 %d, ptr align 4 getelementptr (i8, ptr @g, i32 8), i32 8, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 @g, i32 33, i1 false)
  ret void
}

declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memcpy.inline.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
