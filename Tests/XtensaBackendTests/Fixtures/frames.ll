; Locals beyond the reach of L32I/S32I offsets (1020 bytes) are addressed through a register.
declare void @use(ptr, ptr)

define i32 @big(i32 %v) {
  %small = alloca [4 x i32], align 4
  %buffer = alloca [3000 x i8], align 16
  %tail = alloca i32, align 4
  %s = getelementptr inbounds [4 x i32], ptr %small, i32 0, i32 3
  store i32 %v, ptr %s, align 4
  %b = getelementptr inbounds [3000 x i8], ptr %buffer, i32 0, i32 2999
  %v8 = trunc i32 %v to i8
  store i8 %v8, ptr %b, align 1
  store i32 %v, ptr %tail, align 4
  call void @use(ptr %buffer, ptr %small)
  %r = load i32, ptr %tail, align 4
  ret i32 %r
}
