; Compares fused into Xtensa's compare-and-branch forms.
declare void @hit(i32)

define void @registers(i32 %a, i32 %b) {
entry:
  %c1 = icmp slt i32 %a, %b
  br i1 %c1, label %one, label %two
one:
  call void @hit(i32 1)
  %c2 = icmp ugt i32 %a, %b     ; swapped: bltu b, a
  br i1 %c2, label %two, label %three
two:
  call void @hit(i32 2)
  %c3 = icmp eq i32 %a, %b
  br i1 %c3, label %three, label %exit
three:
  call void @hit(i32 3)
  br label %exit
exit:
  ret void
}

define void @zero(i32 %a) {
entry:
  %c1 = icmp eq i32 %a, 0
  br i1 %c1, label %one, label %two
one:
  call void @hit(i32 1)
  %c2 = icmp sgt i32 %a, -1     ; bgez
  br i1 %c2, label %two, label %exit
two:
  call void @hit(i32 2)
  %c3 = icmp slt i32 %a, 0      ; bltz
  br i1 %c3, label %exit, label %one
exit:
  ret void
}

define void @immediates(i32 %a) {
entry:
  br label %top
top:
  %c1 = icmp eq i32 %a, 12      ; beqi (B4CONST)
  br i1 %c1, label %one, label %two
one:
  call void @hit(i32 1)
  %c2 = icmp ult i32 %a, 32768  ; bltui (B4CONSTU)
  br i1 %c2, label %two, label %three
two:
  call void @hit(i32 2)
  %c3 = icmp sgt i32 %a, 7      ; bgei 8
  br i1 %c3, label %three, label %four
three:
  call void @hit(i32 3)
  %c4 = icmp ne i32 %a, 9       ; 9 is not in B4CONST: movi + bne
  br i1 %c4, label %four, label %exit
four:
  call void @hit(i32 4)
  %c5 = icmp ule i32 %a, 255    ; bltui 256
  br i1 %c5, label %exit, label %top
exit:
  ret void
}
