; Nine values live across a call: a2-a7 hold six, the rest go to frame slots.
declare i32 @f(i32)

define i32 @pressure(i32 %a) {
  %v1 = call i32 @f(i32 1)
  %v2 = call i32 @f(i32 2)
  %v3 = call i32 @f(i32 3)
  %v4 = call i32 @f(i32 4)
  %v5 = call i32 @f(i32 5)
  %v6 = call i32 @f(i32 6)
  %v7 = call i32 @f(i32 7)
  %v8 = call i32 @f(i32 8)
  %v9 = call i32 @f(i32 9)
  %s1 = add i32 %v1, %v2
  %s2 = add i32 %s1, %v3
  %s3 = add i32 %s2, %v4
  %s4 = add i32 %s3, %v5
  %s5 = add i32 %s4, %v6
  %s6 = add i32 %s5, %v7
  %s7 = add i32 %s6, %v8
  %s8 = add i32 %s7, %v9
  %s9 = add i32 %s8, %a
  ret i32 %s9
}
