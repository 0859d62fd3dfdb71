; Globals are addressed through literals (symbol + offset); initializers become data with relocations.
@counter = global i32 0, align 4
@table = global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 4
@message = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@pointer = global ptr getelementptr (i8, ptr @message, i32 2), align 4
@pair = internal global { i8, i32 } { i8 7, i32 -1 }, align 4

define i32 @bump() {
  %v = load i32, ptr @counter, align 4
  %n = add i32 %v, 1
  store i32 %n, ptr @counter, align 4
  %t = load i32, ptr getelementptr inbounds ([4 x i32], ptr @table, i32 0, i32 2), align 4
  %r = add i32 %n, %t
  ret i32 %r
}

define ptr @address() {
  ret ptr getelementptr inbounds ([4 x i32], ptr @table, i32 0, i32 1)
}

define ptr @pair_address() {
  ret ptr @pair
}

; Unnamed globals are legal IR; they get __unnamed_N names every reference agrees on.
@0 = private constant [3 x i8] c"ab\00"

define ptr @unnamed_address() {
  ret ptr @0
}
