; A sparse switch as a chain of compare-and-branch.
define i32 @classify(i32 %x) {
entry:
  switch i32 %x, label %other [
    i32 1, label %one
    i32 100, label %hundred
    i32 -1, label %one
  ]
one:
  br label %exit
hundred:
  br label %exit
other:
  br label %exit
exit:
  %r = phi i32 [ 10, %one ], [ 20, %hundred ], [ 30, %other ]
  ret i32 %r
}
