; A dense switch jumps through a table of block addresses in .rodata.
declare void @act(i32)

define void @dispatch(i32 %op) {
entry:
  switch i32 %op, label %other [
    i32 10, label %a
    i32 11, label %b
    i32 12, label %c
    i32 14, label %d
    i32 15, label %a
  ]
a:
  call void @act(i32 1)
  br label %exit
b:
  call void @act(i32 2)
  br label %exit
c:
  call void @act(i32 3)
  br label %exit
d:
  call void @act(i32 4)
  br label %exit
other:
  call void @act(i32 0)
  br label %exit
exit:
  ret void
}
