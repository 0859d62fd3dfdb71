; Constant expressions over symbol addresses: GEPs, ptrtoint + add/sub of a constant, in
; global initializers (relocations with addends, also in a 64-bit field) and in operands.
@text = internal constant [12 x i8] c"alpha\00beta\00\00"
@numbers = global [4 x i32] [i32 1, i32 2, i32 3, i32 4]
@words = global [2 x ptr] [ptr @text, ptr getelementptr (i8, ptr @text, i32 6)]
@after = global i32 add (i32 ptrtoint (ptr @numbers to i32), i32 4)
@before = global i32 sub (i32 ptrtoint (ptr getelementptr ([4 x i32], ptr @numbers, i32 0, i32 3) to i32), i32 8)
@wide = global i64 ptrtoint (ptr @numbers to i64)
@functions = global [2 x ptr] [ptr @third, ptr @sum]

define i32 @third() {
  %x = load i32, ptr inttoptr (i32 add (i32 ptrtoint (ptr @numbers to i32), i32 8) to ptr)
  ret i32 %x
}

define i32 @sum() {
  %p = getelementptr i8, ptr inttoptr (i32 sub (i32 ptrtoint (ptr @numbers to i32), i32 4) to ptr), i32 8
  %x = load i32, ptr %p
  %a = ptrtoint ptr getelementptr ([4 x i32], ptr @numbers, i32 0, i32 3) to i32
  %y = add i32 %x, %a
  ret i32 %y
}
