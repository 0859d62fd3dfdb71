; Phis become copies on the incoming edges; the critical back edge gets its own block.
define i32 @sum(ptr %p, i32 %n) {
entry:
  %empty = icmp slt i32 %n, 1
  br i1 %empty, label %exit, label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %loop ]
  %a = getelementptr inbounds i32, ptr %p, i32 %i
  %v = load i32, ptr %a, align 4
  %s.next = add i32 %v, %s
  %next = add nuw nsw i32 %i, 1
  %done = icmp eq i32 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  %r = phi i32 [ 0, %entry ], [ %s.next, %loop ]
  ret i32 %r
}

; Two phis that swap each iteration need a temporary.
define i32 @swap(i32 %a, i32 %b, i32 %n) {
entry:
  br label %loop
loop:
  %x = phi i32 [ %a, %entry ], [ %y, %loop ]
  %y = phi i32 [ %b, %entry ], [ %x, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  %r = sub i32 %x, %y
  ret i32 %r
}

; The increment is used only by the phi on the back edge: it is computed on that edge,
; where it can share the counter's register although the counter is live on the exit path.
define i32 @length(ptr %s) {
entry:
  br label %loop
loop:
  %n = phi i32 [ 0, %entry ], [ %n.next, %loop ]
  %p = getelementptr inbounds i8, ptr %s, i32 %n
  %c = load i8, ptr %p, align 1
  %n.next = add i32 %n, 1
  %end = icmp eq i8 %c, 0
  br i1 %end, label %exit, label %loop
exit:
  ret i32 %n
}
