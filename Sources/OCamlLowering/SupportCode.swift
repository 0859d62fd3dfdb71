/// The code every program gets besides its own functions (ocamlopt emits the same kind of
/// code as `caml_applyN`/`caml_curryN`): generic application with partial and
/// over-application, the partial-application closures' entry, the runtime's callbacks,
/// public-method lookup, and `main`. Written once as IR; LLVM's optimizer inlines what pays.
///
/// A partial application is a closure block (tag 247) of `4 + m` fields: code
/// `caml_pap_entry`, info (remaining arity << 24 | startenv 2), the closure applied, `Val_int(m)`,
/// then the m arguments already given. Every argument array below lives on the root stack,
/// so what it holds stays rooted while the callee runs. The callbacks and `caml_apply_array`
/// push at most four words, less than their native frames (they call), so they need no
/// stack test (`StackCheck`); a partial application's frame has no bound: it tests.
enum SupportCode {
    static let declarations = """
        @caml_root_sp = external global ptr
        @caml_root_limit = external global ptr
        @caml_exn_bucket = external global i32
        @caml_native_stack_limit = external global i32
        @caml_extra_args = external global [64 x i32]
        @caml_alloc_ptr = external global i32
        @caml_alloc_limit = external global i32
        declare i32 @caml_raise_stack_overflow()
        declare void @caml_init_runtime()
        declare void @caml_shutdown()
        declare void @caml_fatal_uncaught_exception(i32)
        declare ptr @llvm.stacksave.p0()
        ; There is no C library: LLVM must not turn copy loops into memcpy calls.
        attributes #0 = { "no-builtins" }
        """

    /// `caml_callback`, `caml_callback2`, `caml_callback3` (Docs/abi.md): the arguments and
    /// the closure go into a root frame (they stay rooted while the call allocates), then
    /// `caml_apply_array` applies the closure to them.
    static let callbacks = (1...3).map { n -> String in
        let name = n == 1 ? "caml_callback" : "caml_callback\(n)"
        let parameters = (1...n).map { "i32 %a\($0)" }.joined(separator: ", ")
        let stores = (1...n).map { k in
            k == 1 ? "  store i32 %a1, ptr %frame"
                   : "  %p\(k) = getelementptr i32, ptr %frame, i32 \(k - 1)\n  store i32 %a\(k), ptr %p\(k)"
        }.joined(separator: "\n")
        return """
            define i32 @\(name)(i32 %clos, \(parameters)) #0 {
            entry:
              %rsp0 = load ptr, ptr @caml_root_sp
              %frame = getelementptr i32, ptr %rsp0, i32 -\(n + 1)
              store ptr %frame, ptr @caml_root_sp
            \(stores)
              %c = getelementptr i32, ptr %frame, i32 \(n)
              store i32 %clos, ptr %c
              %r = call i32 @caml_apply_array(i32 %clos, i32 \(n), ptr %frame)
              store ptr %rsp0, ptr @caml_root_sp
              ret i32 %r
            }
            """
    }.joined(separator: "\n\n")

    /// `caml_pap_entry`'s direct calls (its comment says when): for one and then two held
    /// arguments, the test, and the call with the held arguments (fields 4, 5, ...) before
    /// the new ones; a partial application that fits neither goes on to `generic`.
    static let heldArgumentCalls = (1...2).map { m -> String in
        let held = (0..<m).map { k in "  %qh\(m)_\(k)p = getelementptr i32, ptr %ep, i32 \(4 + k)\n  %qh\(m)_\(k) = load i32, ptr %qh\(m)_\(k)p" }
        let arguments = (0..<m).map { "i32 %qh\(m)_\($0)" } + (1...(5 - m)).map { "i32 %a\($0)" }
        return """
              %qheld\(m) = icmp eq i32 %m, \(m)
              %qsmall\(m) = icmp ule i32 %rest, \(5 - m)
              %qfit\(m) = and i1 %qheld\(m), %qsmall\(m)
              %qdirect\(m) = and i1 %qfit\(m), %qexact
              br i1 %qdirect\(m), label %held\(m), label %\(m == 2 ? "generic" : "notheld\(m)")
            held\(m):
            \(held.joined(separator: "\n"))
              %qc\(m) = load ptr, ptr %qfo
              %qr\(m) = call i32 %qc\(m)(i32 %f, \(arguments.joined(separator: ", ")))
              ret i32 %qr\(m)
            \(m == 2 ? "" : "notheld\(m):")
            """
    }.joined(separator: "\n")

    static let definitions = """
        ; Calls closure %clos, whose arity is %n, with the arguments at %args.
        define internal i32 @caml_call_exact(i32 %clos, i32 %n, ptr %args) #0 {
        entry:
          %cp = inttoptr i32 %clos to ptr
          %code = load i32, ptr %cp
          %f = inttoptr i32 %code to ptr
          %p1 = getelementptr i32, ptr %args, i32 1
          %p2 = getelementptr i32, ptr %args, i32 2
          %p3 = getelementptr i32, ptr %args, i32 3
          %p4 = getelementptr i32, ptr %args, i32 4
          switch i32 %n, label %many [i32 1, label %c1 i32 2, label %c2 i32 3, label %c3 i32 4, label %c4 i32 5, label %c5]
        c1:
          %a11 = load i32, ptr %args
          %r1 = call i32 %f(i32 %clos, i32 %a11, i32 undef, i32 undef, i32 undef, i32 undef)
          ret i32 %r1
        c2:
          %a21 = load i32, ptr %args
          %a22 = load i32, ptr %p1
          %r2 = call i32 %f(i32 %clos, i32 %a21, i32 %a22, i32 undef, i32 undef, i32 undef)
          ret i32 %r2
        c3:
          %a31 = load i32, ptr %args
          %a32 = load i32, ptr %p1
          %a33 = load i32, ptr %p2
          %r3 = call i32 %f(i32 %clos, i32 %a31, i32 %a32, i32 %a33, i32 undef, i32 undef)
          ret i32 %r3
        c4:
          %a41 = load i32, ptr %args
          %a42 = load i32, ptr %p1
          %a43 = load i32, ptr %p2
          %a44 = load i32, ptr %p3
          %r4 = call i32 %f(i32 %clos, i32 %a41, i32 %a42, i32 %a43, i32 %a44, i32 undef)
          ret i32 %r4
        c5:
          %a51 = load i32, ptr %args
          %a52 = load i32, ptr %p1
          %a53 = load i32, ptr %p2
          %a54 = load i32, ptr %p3
          %a55 = load i32, ptr %p4
          %r5 = call i32 %f(i32 %clos, i32 %a51, i32 %a52, i32 %a53, i32 %a54, i32 %a55)
          ret i32 %r5
        many:
          %extra = sub i32 %n, 5
          %from = getelementptr i32, ptr %args, i32 5
          call void @caml_copy_words(ptr @caml_extra_args, ptr %from, i32 %extra)
          %m1 = load i32, ptr %args
          %m2 = load i32, ptr %p1
          %m3 = load i32, ptr %p2
          %m4 = load i32, ptr %p3
          %m5 = load i32, ptr %p4
          %rm = call i32 %f(i32 %clos, i32 %m1, i32 %m2, i32 %m3, i32 %m4, i32 %m5)
          ret i32 %rm
        }

        define internal void @caml_copy_words(ptr %to, ptr %from, i32 %n) #0 {
        entry:
          %empty = icmp sle i32 %n, 0
          br i1 %empty, label %done, label %loop
        loop:
          %i = phi i32 [0, %entry], [%i1, %loop]
          %s = getelementptr i32, ptr %from, i32 %i
          %d = getelementptr i32, ptr %to, i32 %i
          %w = load i32, ptr %s
          store i32 %w, ptr %d
          %i1 = add i32 %i, 1
          %more = icmp slt i32 %i1, %n
          br i1 %more, label %loop, label %done
        done:
          ret void
        }

        ; Applies %clos to the %n arguments at %args (on the root stack): exact, partial or over-application.
        define internal i32 @caml_apply_array(i32 %clos0, i32 %n0, ptr %args0) #0 {
        entry:
          %rsp0 = load ptr, ptr @caml_root_sp
          %slot = getelementptr i32, ptr %rsp0, i32 -1
          store ptr %slot, ptr @caml_root_sp
          br label %loop
        loop:
          %clos = phi i32 [%clos0, %entry], [%r, %over]
          %n = phi i32 [%n0, %entry], [%n2, %over]
          %args = phi ptr [%args0, %entry], [%args2, %over]
          store i32 %clos, ptr %slot
          %cp = inttoptr i32 %clos to ptr
          %ip = getelementptr i32, ptr %cp, i32 1
          %info = load i32, ptr %ip
          %arity = lshr i32 %info, 24
          %eq = icmp eq i32 %n, %arity
          br i1 %eq, label %exact, label %notexact
        exact:
          %r0 = call i32 @caml_call_exact(i32 %clos, i32 %n, ptr %args)
          store ptr %rsp0, ptr @caml_root_sp
          ret i32 %r0
        notexact:
          %lt = icmp ult i32 %n, %arity
          br i1 %lt, label %partial, label %overapp
        partial:
          %pap = call i32 @caml_make_pap(i32 %clos, i32 %arity, i32 %n, ptr %args)
          store ptr %rsp0, ptr @caml_root_sp
          ret i32 %pap
        overapp:
          %r = call i32 @caml_call_exact(i32 %clos, i32 %arity, ptr %args)
          %isexn = icmp eq i32 %r, 2
          br i1 %isexn, label %exn, label %over
        exn:
          store ptr %rsp0, ptr @caml_root_sp
          ret i32 2
        over:
          %n2 = sub i32 %n, %arity
          %args2 = getelementptr i32, ptr %args, i32 %arity
          br label %loop
        }

        ; A partial application of %clos (rooted by the caller) to %n of its %arity arguments.
        define internal i32 @caml_make_pap(i32 %clos, i32 %arity, i32 %n, ptr %args) #0 {
        entry:
          %size = add i32 %n, 4
          %b = call i32 @caml_alloc_block(i32 %size, i32 247)
          %isexn = icmp eq i32 %b, 2
          br i1 %isexn, label %exn, label %fill
        exn:
          ret i32 2
        fill:
          %bp = inttoptr i32 %b to ptr
          store i32 ptrtoint (ptr @caml_pap_entry to i32), ptr %bp
          %rest = sub i32 %arity, %n
          %restsh = shl i32 %rest, 24
          %info = or i32 %restsh, 5
          %f1 = getelementptr i32, ptr %bp, i32 1
          store i32 %info, ptr %f1
          %f2 = getelementptr i32, ptr %bp, i32 2
          store i32 %clos, ptr %f2
          %tn = shl i32 %n, 1
          %tn1 = or i32 %tn, 1
          %f3 = getelementptr i32, ptr %bp, i32 3
          store i32 %tn1, ptr %f3
          %f4 = getelementptr i32, ptr %bp, i32 4
          call void @caml_copy_words(ptr %f4, ptr %args, i32 %n)
          ret i32 %b
        }

        ; The code of every partial application: the held arguments, then the new ones.
        ; One or two held arguments that with the new ones are exactly the function's
        ; arity, five at most (`Hashtbl.key_index h` applied to a key, `List.map (f x)`),
        ; make a direct call with all of them in registers: no root frame, no copies, no
        ; caml_apply_array. The callee roots what it keeps, as after any direct call.
        define internal i32 @caml_pap_entry(i32 %env, i32 %a1, i32 %a2, i32 %a3, i32 %a4, i32 %a5) #0 {
        entry:
          %regs = alloca [5 x i32], align 4
          %ep = inttoptr i32 %env to ptr
          %ip = getelementptr i32, ptr %ep, i32 1
          %info = load i32, ptr %ip
          %rest = lshr i32 %info, 24
          %fp = getelementptr i32, ptr %ep, i32 2
          %f = load i32, ptr %fp
          %mp = getelementptr i32, ptr %ep, i32 3
          %mt = load i32, ptr %mp
          %m = ashr i32 %mt, 1
          %total = add i32 %rest, %m
          %qfo = inttoptr i32 %f to ptr
          %qfip = getelementptr i32, ptr %qfo, i32 1
          %qfinfo = load i32, ptr %qfip
          %qarity = lshr i32 %qfinfo, 24
          %qexact = icmp eq i32 %total, %qarity
        \(heldArgumentCalls)
        generic:
          store i32 %a1, ptr %regs
          %g2 = getelementptr i32, ptr %regs, i32 1
          store i32 %a2, ptr %g2
          %g3 = getelementptr i32, ptr %regs, i32 2
          store i32 %a3, ptr %g3
          %g4 = getelementptr i32, ptr %regs, i32 3
          store i32 %a4, ptr %g4
          %g5 = getelementptr i32, ptr %regs, i32 4
          store i32 %a5, ptr %g5
          %size = add i32 %total, 1
          %rsp0 = load ptr, ptr @caml_root_sp
          %negsize = sub i32 0, %size
          %frame = getelementptr i32, ptr %rsp0, i32 %negsize
          %sp = call ptr @llvm.stacksave.p0()
          %spi = ptrtoint ptr %sp to i32
          %splim = load i32, ptr @caml_native_stack_limit
          %framei = ptrtoint ptr %frame to i32
          %rlim = load i32, ptr @caml_root_limit
        \(StackCheck.roomRule(stack: "%spi", stackLimit: "%splim", frame: "%framei", rootLimit: "%rlim", into: "%ovf").joined(separator: "\n"))
          br i1 %ovf, label %overflow, label %ok
        overflow:
          %o = call i32 @caml_raise_stack_overflow()
          ret i32 2
        ok:
          store ptr %frame, ptr @caml_root_sp
          %envslot = getelementptr i32, ptr %frame, i32 %total
          store i32 %env, ptr %envslot
          %held = getelementptr i32, ptr %ep, i32 4
          call void @caml_copy_words(ptr %frame, ptr %held, i32 %m)
          %new = getelementptr i32, ptr %frame, i32 %m
          %inregs = call i32 @llvm.umin.i32(i32 %rest, i32 5)
          call void @caml_copy_words(ptr %new, ptr %regs, i32 %inregs)
          %newextra = getelementptr i32, ptr %new, i32 5
          %extra = sub i32 %rest, 5
          call void @caml_copy_words(ptr %newextra, ptr @caml_extra_args, i32 %extra)
          %r = call i32 @caml_apply_array(i32 %f, i32 %total, ptr %frame)
          store ptr %rsp0, ptr @caml_root_sp
          ret i32 %r
        }

        declare i32 @llvm.umin.i32(i32, i32)

        \(callbacks)

        ; GETDYNMET: binary search of the method table (interp.c's loop; tags compared signed).
        define internal i32 @caml_kiln_dynamic_method(i32 %obj, i32 %tag) #0 {
        entry:
          %op = inttoptr i32 %obj to ptr
          %meths = load i32, ptr %op
          %mp = inttoptr i32 %meths to ptr
          %hi0 = load i32, ptr %mp
          br label %loop
        loop:
          %li = phi i32 [3, %entry], [%li2, %step]
          %hi = phi i32 [%hi0, %entry], [%hi2, %step]
          %more = icmp slt i32 %li, %hi
          br i1 %more, label %step, label %done
        step:
          %sum = add i32 %li, %hi
          %half = ashr i32 %sum, 1
          %mi = or i32 %half, 1
          %tp = getelementptr i32, ptr %mp, i32 %mi
          %t = load i32, ptr %tp
          %below = icmp slt i32 %tag, %t
          %mi2 = sub i32 %mi, 2
          %hi2 = select i1 %below, i32 %mi2, i32 %hi
          %li2 = select i1 %below, i32 %li, i32 %mi
          br label %loop
        done:
          %at = sub i32 %li, 1
          %rp = getelementptr i32, ptr %mp, i32 %at
          %r = load i32, ptr %rp
          ret i32 %r
        }

        define i32 @main() #0 {
        entry:
          call void @caml_init_runtime()
          %r = call i32 @caml_program(i32 1, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef)
          %exn = icmp eq i32 %r, 2
          br i1 %exn, label %uncaught, label %ok
        uncaught:
          %b = load i32, ptr @caml_exn_bucket
          call void @caml_fatal_uncaught_exception(i32 %b)
          unreachable
        ok:
          call void @caml_shutdown()
          ret i32 0
        }
        """
}
