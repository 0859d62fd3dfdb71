; Loads and stores of every width, GEP offsets folded into the immediate, scaled indices via ADDX.
%struct.S = type { i32, i16, i8, [4 x i32] }

define i32 @fields(ptr %s, i32 %i) {
  %b = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  %bv = load i16, ptr %b, align 4
  %c = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 2
  %cv = load i8, ptr %c, align 2
  %d = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 3, i32 %i
  %dv = load i32, ptr %d, align 4
  %bx = sext i16 %bv to i32
  %cx = zext i8 %cv to i32
  %x = add i32 %bx, %cx
  %y = add i32 %x, %dv
  ret i32 %y
}

define void @stores(ptr %p, i32 %v) {
  store i32 %v, ptr %p, align 4
  %h = getelementptr inbounds i16, ptr %p, i32 3
  %v16 = trunc i32 %v to i16
  store i16 %v16, ptr %h, align 2
  %b = getelementptr inbounds i8, ptr %p, i32 1
  %v8 = trunc i32 %v to i8
  store i8 %v8, ptr %b, align 1
  %far = getelementptr inbounds i32, ptr %p, i32 300
  store i32 %v, ptr %far, align 4
  ret void
}

define i32 @scaled(ptr %p, i32 %i, i32 %j) {
  %a = getelementptr inbounds i16, ptr %p, i32 %i
  %av = load i16, ptr %a, align 2
  %b = getelementptr inbounds i64, ptr %p, i32 %j
  %bv = load i32, ptr %b, align 8
  %c = getelementptr inbounds [3 x i32], ptr %p, i32 %i
  %cv = load i32, ptr %c, align 4
  %ax = zext i16 %av to i32
  %x = add i32 %ax, %bv
  %y = add i32 %x, %cv
  ret i32 %y
}

declare void @use(ptr)

define i32 @locals(i32 %v) {
  %buffer = alloca [4 x i32], align 4
  %one = alloca i32, align 4
  store i32 %v, ptr %one, align 4
  %e = getelementptr inbounds [4 x i32], ptr %buffer, i32 0, i32 2
  store i32 %v, ptr %e, align 4
  call void @use(ptr %buffer)
  %r = load i32, ptr %one, align 4
  ret i32 %r
}
