; Branches on and/or/not of compares (what SimplifyCFG makes of `a && b`, `a || b`) are
; taken apart into compare-and-branches: no compare is made into a 0/1 register.
declare void @hit(i32)

; quicksort's array access: in bounds and not a float array (tag 254).
define void @bounds(i32 %index, i32 %length, ptr %block) {
entry:
  %inside = icmp ult i32 %index, %length
  %tag = load i8, ptr %block
  %plain = icmp ne i8 %tag, -2
  %both = and i1 %inside, %plain
  br i1 %both, label %fast, label %slow
fast:
  call void @hit(i32 1)
  ret void
slow:
  call void @hit(i32 2)
  ret void
}

; The logical forms LLVM prefers (no poison from the second operand), nested, with a not.
define void @logical(i32 %a, i32 %b, i32 %c) {
entry:
  %x = icmp slt i32 %a, %b
  %y = icmp eq i32 %c, 12
  %z = icmp sgt i32 %a, 7
  %either = select i1 %y, i1 true, i1 %z
  %all = select i1 %x, i1 %either, i1 false
  %none = xor i1 %all, true
  br i1 %none, label %one, label %two
one:
  call void @hit(i32 1)
  ret void
two:
  call void @hit(i32 2)
  ret void
}

; A compare used twice stays a value (tested with bnez); the other is fused. Phis on both
; edges: each edge gets its copies once, whichever test leaves for it.
define i32 @phis(i32 %a, i32 %b) {
entry:
  %p = icmp ne i32 %a, 0
  %q = icmp uge i32 %b, 100
  %r = or i1 %p, %q
  br i1 %r, label %join, label %other
other:
  %s = zext i1 %p to i32
  call void @hit(i32 %s)
  br label %join
join:
  %v = phi i32 [ %a, %entry ], [ %b, %other ]
  ret i32 %v
}

; nqueens' test: c <> q && c <> q + d && c <> q - d, in a loop.
define i32 @safe(ptr %queens, i32 %n, i32 %c) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %continue ]
  %d = add i32 %i, 1
  %slot = getelementptr i32, ptr %queens, i32 %i
  %q = load i32, ptr %slot
  %up = add i32 %q, %d
  %down = sub i32 %q, %d
  %e1 = icmp ne i32 %c, %q
  %e2 = icmp ne i32 %c, %up
  %e3 = icmp ne i32 %c, %down
  %a1 = select i1 %e1, i1 %e2, i1 false
  %a2 = select i1 %a1, i1 %e3, i1 false
  br i1 %a2, label %continue, label %unsafe
continue:
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, %n
  br i1 %done, label %ok, label %loop
ok:
  ret i32 1
unsafe:
  ret i32 0
}

; Bit tests: the AND is not made, the branch tests the bits (OCaml's integer tag, v & 1,
; of two values at once; one bit of a byte; a mask; a register mask; bit 0 by truncation).
define void @bits(i32 %a, i32 %b, i8 %c, i32 %d) {
entry:
  %both = and i32 %a, %b
  %tag = and i32 %both, 1
  %boxed = icmp eq i32 %tag, 0
  br i1 %boxed, label %one, label %two
one:
  call void @hit(i32 1)
  %bit = and i8 %c, 4
  %set = icmp ne i8 %bit, 0
  br i1 %set, label %two, label %three
two:
  call void @hit(i32 2)
  %field = and i32 %d, 48
  %none = icmp eq i32 %field, 0
  %common = and i32 %a, %d
  %any = icmp ne i32 %common, 0
  %either = or i1 %none, %any
  br i1 %either, label %three, label %four
three:
  call void @hit(i32 3)
  %odd = trunc i32 %b to i1
  br i1 %odd, label %four, label %exit
four:
  call void @hit(i32 4)
  br label %exit
exit:
  ret void
}

; The sign of a narrow value is its top bit.
define void @signs(i8 %a, i16 %b) {
entry:
  %negative = icmp slt i8 %a, 0
  br i1 %negative, label %one, label %two
one:
  call void @hit(i32 1)
  %positive = icmp sgt i16 %b, -1
  br i1 %positive, label %two, label %exit
two:
  call void @hit(i32 2)
  br label %exit
exit:
  ret void
}
