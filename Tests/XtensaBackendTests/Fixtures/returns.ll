; Return blocks copied into their predecessors (ReturnDuplication): each path returns its
; own value straight from a2 instead of copying it into the phi's register and jumping to
; a shared `mov a2, phi; retw.n`.
target datalayout = "e-m:e-p:32:32-v1:8:8-i64:64-i128:128-n32"
target triple = "xtensa"

declare i32 @raise()

; OCaml's fib after LLVM's SimplifyCFG: one `common.ret` collects every result, 2 is the
; exception sentinel (the conditional edges get return blocks of their own).
define i32 @fib(i32 %env, i32 %n) {
entry:
  %small = icmp slt i32 %n, 4
  br i1 %small, label %common.ret, label %recurse

recurse:
  %m = add i32 %n, -4
  %a = call i32 @fib(i32 0, i32 %m)
  %ea = icmp eq i32 %a, 2
  br i1 %ea, label %common.ret, label %second

second:
  %k = add i32 %n, -2
  %b = call i32 @fib(i32 0, i32 %k)
  %eb = icmp eq i32 %b, 2
  br i1 %eb, label %common.ret, label %sum

sum:
  %s = add i32 %a, -1
  %t = add i32 %s, %b
  br label %common.ret

common.ret:
  %r = phi i32 [ %n, %entry ], [ 2, %recurse ], [ 2, %second ], [ %t, %sum ]
  ret i32 %r
}

; A return block that computes (two instructions after its phi), reached from a switch
; (several edges from one block) and from an unconditional branch.
define i32 @scaled(i32 %x, i32 %y) {
entry:
  switch i32 %x, label %other [ i32 1, label %done
                                i32 2, label %done
                                i32 7, label %done ]

other:
  %z = mul i32 %y, %y
  br label %done

done:
  %v = phi i32 [ %y, %entry ], [ %y, %entry ], [ %y, %entry ], [ %z, %other ]
  %w = shl i32 %v, 2
  %u = add i32 %w, 1
  ret i32 %u
}

; A call whose result reaches the return through the phi becomes a proper tail call
; once the return is copied into its block.
define i32 @pick(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %zero, label %call

call:
  %r = tail call i32 @scaled(i32 %x, i32 3)
  br label %done

zero:
  br label %done

done:
  %v = phi i32 [ %r, %call ], [ 5, %zero ]
  ret i32 %v
}

; Not copied: the return block calls something (copies stay small and cheap).
define i32 @calls(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %done, label %more

more:
  %y = add i32 %x, 3
  br label %done

done:
  %v = phi i32 [ %x, %entry ], [ %y, %more ]
  %r = call i32 @raise()
  %s = add i32 %r, %v
  ret i32 %s
}
