import KilnOCaml

// The interpreter's entry points (C names, for the module `kiln build --interpret` emits
// and for the host build): the program start of Docs/abi.md and the engine side of
// `caml_callback*`. The interpreter does not define `caml_callback` itself, so that one
// runtime object can serve native and interpreted firmware; the interpreted firmware's
// module (and the host driver) forward those names here.

/// The program being run: set once by `kiln_interp_main` before any OCaml code runs, read
/// by the callbacks.
nonisolated(unsafe) private var runningImage: InterpreterImage? = nil

/// Runs a whole interpreted program as Docs/abi.md's program start says: initialise the
/// runtime, run the code from word 0 with the unit environment, report an uncaught
/// exception (exit code 2) or shut down (at_exit, flushing) and return 0.
///
/// - Parameters:
///   - code: the pre-decoded image (program code, then the trampolines).
///   - programWords: how many words of `code` are the program's.
///   - primitives: the used primitives' entry points, in C_CALL operand order.
///   - globals: `caml_globals`, the global table's fields.
@c(kiln_interp_main)
public func kilnInterpreterMain(
    _ code: UnsafePointer<UInt32>, _ programWords: UInt32,
    _ primitives: UnsafePointer<UnsafeRawPointer?>, _ globals: UnsafeMutablePointer<value>
) -> Int32 {
    caml_init_runtime()
    let image = InterpreterImage(code: code, programWords: Int(programWords), primitives: primitives, globals: globals)
    runningImage = image
    Engine.start(image)
    let result = interpret(entry: code, environment: 1)
    if result == KILN_EXCEPTION_SENTINEL {
        caml_fatal_uncaught_exception(caml_exn_bucket)
    }
    caml_shutdown()
    return 0
}

/// Applies `closure` to `count` arguments from OCaml's side of the stack machine: the
/// arguments and a return frame into the trampoline go on the root stack, then the
/// trampoline applies the closure (partial and over-application included) and stops.
private func callback(_ closure: value, _ count: Int, _ a1: value, _ a2: value, _ a3: value) -> value {
    let image = runningImage.unsafelyUnwrapped
    let saved: UnsafeMutablePointer<value> = caml_root_sp
    let trampoline = image.code + image.programWords + Trampoline.callback(arity: count)
    let sp = saved - (count + 4)
    if sp < caml_root_limit {
        return caml_raise_stack_overflow()
    }
    sp[0] = a1
    if count > 1 { sp[1] = a2 }
    if count > 2 { sp[2] = a3 }
    sp[count] = value(truncatingIfNeeded: UInt(bitPattern: trampoline + 4))  // its POP 1
    sp[count + 1] = 1                                                       // environment: unit
    sp[count + 2] = 1                                                       // extra arguments: 0
    sp[count + 3] = closure
    caml_root_sp = sp
    let result = interpret(entry: trampoline, environment: 1)
    caml_root_sp = saved
    return result
}

/// `caml_callback(closure, arg)`: the closure's result, or the exception sentinel.
@c(kiln_interp_callback1)
public func kilnInterpreterCallback1(_ closure: value, _ arg: value) -> value {
    callback(closure, 1, arg, 1, 1)
}

/// `caml_callback2(closure, arg1, arg2)`.
@c(kiln_interp_callback2)
public func kilnInterpreterCallback2(_ closure: value, _ arg1: value, _ arg2: value) -> value {
    callback(closure, 2, arg1, arg2, 1)
}

/// `caml_callback3(closure, arg1, arg2, arg3)`.
@c(kiln_interp_callback3)
public func kilnInterpreterCallback3(_ closure: value, _ arg1: value, _ arg2: value, _ arg3: value) -> value {
    callback(closure, 3, arg1, arg2, arg3)
}
