import KilnOCaml

// The bytecode interpreter: OCaml 4.13's stack machine (runtime/interp.c's semantics),
// over the values, collector and primitives that native code uses too (Docs/abi.md).
//
// Speed comes from what ocamlrun does: one dense `switch` over the opcode (the compiler
// makes it a jump table; the cases are integer literals for that reason), the
// accumulator, environment, extra-argument count, stack and code pointers in locals, no
// allocation except what the program asks for, and code pre-decoded at build time so
// that no operand needs arithmetic before use.
//
// The bytecode stack is the root stack of Docs/abi.md, so the collector sees it. Before
// anything that can collect (an allocation, a primitive) the interpreter stores the
// accumulator and the environment just below its stack pointer and points `caml_root_sp`
// at them; nothing needs reloading afterwards because the collector does not move.

// Values, tags and the constants unit/false/true/exceptionSentinel are the runtime's
// (Runtime/OCaml/Values.swift); these are the interpreter's own unchecked accessors.

/// Val_int without overflow checks.
@inline(__always) private func tagged(_ n: Int32) -> value { value(bitPattern: n &<< 1) | 1 }

/// Int_val.
@inline(__always) private func untagged(_ v: value) -> Int32 { Int32(bitPattern: v) &>> 1 }

/// The fields of a block (a value that is an address).
@inline(__always) private func fields(_ v: value) -> UnsafeMutablePointer<value> {
    UnsafeMutablePointer<value>(bitPattern: UInt(v)).unsafelyUnwrapped
}

/// A code address held in a value-sized word (closure field 0, a return address).
@inline(__always) private func codeAt(_ w: value) -> UnsafePointer<UInt32> {
    UnsafePointer<UInt32>(bitPattern: UInt(w)).unsafelyUnwrapped
}

/// The word that holds a code address (the image lies in 32-bit memory on every target).
@inline(__always) private func word(_ p: UnsafePointer<UInt32>) -> value {
    value(truncatingIfNeeded: UInt(bitPattern: p))
}

/// The word that holds the address of a stack slot or field.
@inline(__always) private func word(_ p: UnsafeMutablePointer<value>) -> value {
    value(truncatingIfNeeded: UInt(bitPattern: p))
}

/// Closure info of a bytecode closure: arity 0 (bytecode takes it from GRAB), environment
/// from field `startenv` (Docs/abi.md).
@inline(__always) private func closureInfo(startenv: Int) -> value { value(startenv) << 1 | 1 }

private let closureTag = OCamlTag.closure
private let infixTag = OCamlTag.infix
private let doubleTag = OCamlTag.double
private let doubleArrayTag = OCamlTag.doubleArray

/// Words kept free below the stack pointer at every function entry: what one function's
/// frame and a primitive call's two saved words may use before the next check (ocamlrun
/// keeps 256 words too).
private let stackMargin = 256

/// Primitive signatures of the C ABI (Docs/abi.md): up to 5 values, or an array and a count.
private typealias Primitive1 = @convention(c) (value) -> value
private typealias Primitive2 = @convention(c) (value, value) -> value
private typealias Primitive3 = @convention(c) (value, value, value) -> value
private typealias Primitive4 = @convention(c) (value, value, value, value) -> value
private typealias Primitive5 = @convention(c) (value, value, value, value, value) -> value
private typealias PrimitiveN = @convention(c) (UnsafeMutablePointer<value>, Int32) -> value

/// Makes a block of `wosize` fields, whose fields the caller stores before anything can
/// collect. Returns the block's fields, or nil after a failed allocation (the exception is
/// in `caml_exn_bucket`). Inline fast path as in native code (Docs/abi.md, "Allocation"):
/// bump `caml_alloc_ptr` within `caml_alloc_limit` and write the header; otherwise
/// `caml_alloc_block`, with the accumulator and environment rooted just below the stack
/// pointer (the stack above it is rooted already). Atoms (no fields) are static: always
/// the runtime's.
@inline(__always) private func allocate(
    _ wosize: Int, _ tag: UInt32, sp: UnsafeMutablePointer<value>, accu: value, env: value
) -> UnsafeMutablePointer<value>? {
    let chunk = caml_alloc_ptr
    let next = chunk &+ UInt32(truncatingIfNeeded: wosize &+ 1) &* 4
    if wosize > 0, next <= caml_alloc_limit {
        caml_alloc_ptr = next
        let header = fields(chunk)
        header[0] = UInt32(truncatingIfNeeded: wosize) << 10 | tag
        return header + 1
    }
    return allocateSlowly(wosize, tag, sp: sp, accu: accu, env: env)
}

/// `allocate` when the allocation chunk is used up: the runtime's allocator, which may collect.
@inline(never) private func allocateSlowly(
    _ wosize: Int, _ tag: UInt32, sp: UnsafeMutablePointer<value>, accu: value, env: value
) -> UnsafeMutablePointer<value>? {
    sp[-1] = accu
    sp[-2] = env
    caml_root_sp = sp - 2
    let block = caml_alloc_block(UInt32(truncatingIfNeeded: wosize), tag)
    return block == exceptionSentinel ? nil : fields(block)
}

/// Calls C_CALL1…5's primitive with the accumulator and the stack's top `args - 1` words,
/// accumulator and environment rooted below the stack pointer.
@inline(__always) private func callPrimitive(
    _ entry: UnsafeRawPointer, _ args: Int, sp: UnsafeMutablePointer<value>, accu: value, env: value
) -> value {
    sp[-1] = accu
    sp[-2] = env
    caml_root_sp = sp - 2
    switch args {
    case 1: return unsafeBitCast(entry, to: Primitive1.self)(accu)
    case 2: return unsafeBitCast(entry, to: Primitive2.self)(accu, sp[0])
    case 3: return unsafeBitCast(entry, to: Primitive3.self)(accu, sp[0], sp[1])
    case 4: return unsafeBitCast(entry, to: Primitive4.self)(accu, sp[0], sp[1], sp[2])
    default: return unsafeBitCast(entry, to: Primitive5.self)(accu, sp[0], sp[1], sp[2], sp[3])
    }
}

/// The method `label` (a tagged integer) of `object`: a binary search of its class's method
/// table, [count; mask; (method, label)...] sorted by label.
@inline(never) private func method(of object: value, label: value) -> value {
    let methods = fields(fields(object)[0])
    let key = Int32(bitPattern: label)
    var low = 3, high = Int(Int32(bitPattern: methods[0]))
    while low < high {
        let middle = ((low + high) >> 1) | 1
        if key < Int32(bitPattern: methods[middle]) { high = middle - 2 } else { low = middle }
    }
    return methods[low - 1]
}

/// Raises Division_by_zero with the stack as it is; returns the exception.
@inline(never) private func divisionByZero(sp: UnsafeMutablePointer<value>) -> value {
    caml_root_sp = sp
    _ = caml_raise_zero_divide()
    return caml_exn_bucket
}

/// What the activations share and use seldom (primitive calls, globals, raising, the stack
/// check at function entry, traps) lies in memory, not in registers: under the windowed ABI
/// only a2–a7 survive the calls the loop makes, and they are for what nearly every
/// instruction uses (pc, sp, accu, env, extraArgs). Set by `start(_:)` before any code runs.
enum Engine {
    /// The used primitives' entry points, in C_CALL operand order.
    nonisolated(unsafe) static var primitives: UnsafePointer<UnsafeRawPointer?>? = nil
    /// `caml_globals`' fields.
    nonisolated(unsafe) static var globals: UnsafeMutablePointer<value>? = nil
    /// The trampolines' RAISE_NOTRACE: where the loop goes when a primitive or an
    /// allocation returns the exception sentinel.
    nonisolated(unsafe) static var raiseCode: UnsafePointer<UInt32>? = nil
    /// The lowest stack pointer a function may be entered with (`stackMargin` words above
    /// `caml_root_limit`).
    nonisolated(unsafe) static var stackLimit: UnsafeMutablePointer<value>? = nil
    /// The innermost handler of the running activation (PUSHTRAP's 4 words) as its distance
    /// below `caml_root_top`, 0 when it has none (an exception then leaves the activation).
    /// Each trap keeps the previous one's distance as a tagged integer, so the collector
    /// ignores it; each activation starts with 0 and restores its caller's on the way out.
    nonisolated(unsafe) static var trap = 0

    /// Makes `image` the running program.
    static func start(_ image: InterpreterImage) {
        primitives = image.primitives
        globals = image.globals
        raiseCode = image.code + image.programWords + Trampoline.raise
        stackLimit = caml_root_limit + stackMargin
        trap = 0
    }
}

/// The code address the word at `p` names: target operands are distances from their own
/// word (the pre-decoder's `InterpreterCode`), as ocamlc's are, so no base register is needed.
@inline(__always) private func target(_ p: UnsafePointer<UInt32>) -> UnsafePointer<UInt32> {
    p + Int(Int32(bitPattern: p.pointee))
}

/// An unsigned operand as an index, without the overflow check `Int(_:)` makes where Int is
/// 32 bits (the device): operands are built by the pre-decoder and are always in range.
@inline(__always) private func operand(_ w: UInt32) -> Int { Int(truncatingIfNeeded: w) }

/// Keeps a handler that is only register moves (OFFSETCLOSURE0, CONST0…3) or nothing (CHECK_SIGNALS)
/// a block of its own on the host. Otherwise the `switch` jumps straight back to its own
/// block, a single-block loop, which LLVM's tail duplication does not copy into the
/// handlers: every handler would then jump back to one shared dispatch (no threading).
/// Publishing the stack pointer is one store and harmless: the collector reads it only
/// when something allocates, and every allocation sets it first. Kiln's back end copies the
/// dispatch either way (DispatchDuplication), so the device build does without it.
@inline(__always) private func ownBlock(sp: UnsafeMutablePointer<value>) {
#if !hasFeature(Embedded)
    caml_root_sp = sp
#endif
}

/// Raises Stack_overflow with the stack as it is; returns the exception.
@inline(never) private func stackOverflow(sp: UnsafeMutablePointer<value>) -> value {
    caml_root_sp = sp
    _ = caml_raise_stack_overflow()
    return caml_exn_bucket
}

/// Runs code from `entry` with the stack at `caml_root_sp` until STOP, and returns the
/// accumulator, or the exception sentinel with the exception in `caml_exn_bucket` when one
/// escapes every handler this activation installed. Re-entrant: a primitive may call back
/// into OCaml (`caml_callback`), which starts a nested activation above the caller's stack.
func interpret(entry: UnsafePointer<UInt32>, environment: value) -> value {
    let initialSP: UnsafeMutablePointer<value> = caml_root_sp
    let outerTrap = Engine.trap
    Engine.trap = 0
    defer { Engine.trap = outerTrap }

    var pc = entry
    var sp = initialSP
    var accu: value = tagged(0)
    var env = environment
    var extraArgs = 0

    while true {
        // The low byte of the word (the pre-decoder writes only valid opcodes).
        let instruction = unsafeBitCast(UInt8(truncatingIfNeeded: pc.pointee), to: Instruction.self)
        pc += 1
        switch instruction {

        // Stack and environment access.
        case .ACC0: accu = sp[0]
        case .ACC1: accu = sp[1]
        case .ACC2: accu = sp[2]
        case .ACC3: accu = sp[3]
        case .ACC4: accu = sp[4]
        case .ACC5: accu = sp[5]
        case .ACC6: accu = sp[6]
        case .ACC7: accu = sp[7]
        case .ACC: accu = sp[operand(pc[0])]; pc += 1  // n
        case .PUSH, .PUSHACC0: sp -= 1; sp[0] = accu
        case .PUSHACC1: sp -= 1; sp[0] = accu; accu = sp[1]
        case .PUSHACC2: sp -= 1; sp[0] = accu; accu = sp[2]
        case .PUSHACC3: sp -= 1; sp[0] = accu; accu = sp[3]
        case .PUSHACC4: sp -= 1; sp[0] = accu; accu = sp[4]
        case .PUSHACC5: sp -= 1; sp[0] = accu; accu = sp[5]
        case .PUSHACC6: sp -= 1; sp[0] = accu; accu = sp[6]
        case .PUSHACC7: sp -= 1; sp[0] = accu; accu = sp[7]
        case .PUSHACC: sp -= 1; sp[0] = accu; accu = sp[operand(pc[0])]; pc += 1  // n
        case .POP: sp += operand(pc[0]); pc += 1  // n
        case .ASSIGN: sp[operand(pc[0])] = accu; accu = unit; pc += 1  // n
        case .ENVACC1: accu = fields(env)[1]
        case .ENVACC2: accu = fields(env)[2]
        case .ENVACC3: accu = fields(env)[3]
        case .ENVACC4: accu = fields(env)[4]
        case .ENVACC: accu = fields(env)[operand(pc[0])]; pc += 1  // n
        case .PUSHENVACC1: sp -= 1; sp[0] = accu; accu = fields(env)[1]
        case .PUSHENVACC2: sp -= 1; sp[0] = accu; accu = fields(env)[2]
        case .PUSHENVACC3: sp -= 1; sp[0] = accu; accu = fields(env)[3]
        case .PUSHENVACC4: sp -= 1; sp[0] = accu; accu = fields(env)[4]
        case .PUSHENVACC: sp -= 1; sp[0] = accu; accu = fields(env)[operand(pc[0])]; pc += 1

        // Function application.
        case .PUSH_RETADDR:  // target
            sp -= 3
            sp[0] = word(target(pc))
            sp[1] = env
            sp[2] = tagged(Int32(truncatingIfNeeded: extraArgs))
            pc += 1
        case .APPLY:  // n
            extraArgs = operand(pc[0]) &- 1
            pc = codeAt(fields(accu)[0]); env = accu
            if sp < Engine.stackLimit.unsafelyUnwrapped { accu = stackOverflow(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped }
        case .APPLY1:
            // The arguments move 3 words down, under a return frame. Every store is
            // addressed from the old stack pointer, which moves last: swiftc 6.3's -O
            // dead-store elimination dropped the argument move when it was written as
            // `let a = sp[0]; sp -= 3; sp[0] = a` (or through `let frame = sp - 3`).
            let arg1 = sp[0]
            sp[0] = tagged(Int32(truncatingIfNeeded: extraArgs))
            sp[-1] = env
            sp[-2] = word(pc)
            sp[-3] = arg1
            sp -= 3
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs = 0
            if sp < Engine.stackLimit.unsafelyUnwrapped { accu = stackOverflow(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped }
        case .APPLY2:
            let arg1 = sp[0], arg2 = sp[1]
            sp[1] = tagged(Int32(truncatingIfNeeded: extraArgs))
            sp[0] = env
            sp[-1] = word(pc)
            sp[-2] = arg2
            sp[-3] = arg1
            sp -= 3
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs = 1
            if sp < Engine.stackLimit.unsafelyUnwrapped { accu = stackOverflow(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped }
        case .APPLY3:
            let arg1 = sp[0], arg2 = sp[1], arg3 = sp[2]
            sp[2] = tagged(Int32(truncatingIfNeeded: extraArgs))
            sp[1] = env
            sp[0] = word(pc)
            sp[-1] = arg3
            sp[-2] = arg2
            sp[-3] = arg1
            sp -= 3
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs = 2
            if sp < Engine.stackLimit.unsafelyUnwrapped { accu = stackOverflow(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped }
        case .APPTERM:  // nargs, slots
            // Slide the arguments to the top of the frame, dropping the rest of it.
            let nargs = operand(pc[0])
            let shift = operand(pc[1]) &- nargs
            var i = nargs &- 1
            while i >= 0 { sp[i &+ shift] = sp[i]; i &-= 1 }
            sp += shift
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs &+= nargs &- 1
            if sp < Engine.stackLimit.unsafelyUnwrapped { accu = stackOverflow(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped }
        case .APPTERM1:  // slots
            let shift = operand(pc[0]) &- 1
            sp[shift] = sp[0]
            sp += shift
            pc = codeAt(fields(accu)[0]); env = accu
            if sp < Engine.stackLimit.unsafelyUnwrapped { accu = stackOverflow(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped }
        case .APPTERM2:  // slots
            let shift = operand(pc[0]) &- 2
            let arg1 = sp[0], arg2 = sp[1]
            sp[shift &+ 1] = arg2
            sp[shift] = arg1
            sp += shift
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs &+= 1
            if sp < Engine.stackLimit.unsafelyUnwrapped { accu = stackOverflow(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped }
        case .APPTERM3:  // slots
            let shift = operand(pc[0]) &- 3
            let arg1 = sp[0], arg2 = sp[1], arg3 = sp[2]
            sp[shift &+ 2] = arg3
            sp[shift &+ 1] = arg2
            sp[shift] = arg1
            sp += shift
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs &+= 2
            if sp < Engine.stackLimit.unsafelyUnwrapped { accu = stackOverflow(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped }
        case .RETURN:  // slots
            sp += operand(pc[0])
            if extraArgs > 0 {
                // Over-application: the result is a closure taking the remaining arguments.
                extraArgs &-= 1
                pc = codeAt(fields(accu)[0]); env = accu
            } else {
                pc = codeAt(sp[0]); env = sp[1]; extraArgs = Int(untagged(sp[2])); sp += 3
            }
        case .RESTART:
            // A partial application resumes: its saved arguments go back on the stack.
            let saved = operand(fields(env)[-1] >> 10) - 3
            sp -= saved
            for i in 0..<saved { sp[i] = fields(env)[i + 3] }
            env = fields(env)[2]
            extraArgs &+= saved
        case .GRAB:  // required
            let required = operand(pc[0])
            pc += 1
            if extraArgs >= required {
                extraArgs &-= required
            } else {
                // Too few arguments: return a closure over them that restarts here.
                let count = 1 &+ extraArgs
                guard let block = allocate(count + 3, closureTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
                block[0] = word(pc - 3)
                block[1] = closureInfo(startenv: 2)
                block[2] = env
                for i in 0..<count { block[i + 3] = sp[i] }
                accu = word(block)
                sp += count
                pc = codeAt(sp[0]); env = sp[1]; extraArgs = Int(untagged(sp[2])); sp += 3
            }
        case .CLOSURE:  // nvars, target
            let nvars = operand(pc[0])
            if nvars > 0 { sp -= 1; sp[0] = accu }
            guard let block = allocate(2 + nvars, closureTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            block[0] = word(target(pc + 1))
            block[1] = closureInfo(startenv: 2)
            for i in 0..<nvars { block[i + 2] = sp[i] }
            sp += nvars
            pc += 2
            accu = word(block)
        case .CLOSUREREC:  // nfuncs, nvars, targets
            let nfuncs = operand(pc[0]), nvars = operand(pc[1])
            let envOffset = nfuncs * 3 - 1
            if nvars > 0 { sp -= 1; sp[0] = accu }
            guard let block = allocate(envOffset + nvars, closureTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            for i in 0..<nvars { block[envOffset + i] = sp[i] }
            sp += nvars
            let targets = pc + 2
            block[0] = word(target(targets))
            block[1] = closureInfo(startenv: envOffset)
            sp -= 1
            sp[0] = word(block)
            var i = 1
            while i < nfuncs {
                // Each further function is an infix closure inside the same block.
                block[3 * i - 1] = value(3 * i) << 10 | infixTag
                block[3 * i] = word(target(targets + i))
                block[3 * i + 1] = closureInfo(startenv: envOffset - 3 * i)
                sp -= 1
                sp[0] = word(block + 3 * i)
                i += 1
            }
            pc = targets + nfuncs
            accu = word(block)
        case .OFFSETCLOSUREM3: accu = env &- 12
        case .OFFSETCLOSURE0: accu = env; ownBlock(sp: sp)
        case .OFFSETCLOSURE3: accu = env &+ 12
        case .OFFSETCLOSURE: accu = env &+ (pc[0] &<< 2); pc += 1  // n
        case .PUSHOFFSETCLOSUREM3: sp -= 1; sp[0] = accu; accu = env &- 12
        case .PUSHOFFSETCLOSURE0: sp -= 1; sp[0] = accu; accu = env
        case .PUSHOFFSETCLOSURE3: sp -= 1; sp[0] = accu; accu = env &+ 12
        case .PUSHOFFSETCLOSURE: sp -= 1; sp[0] = accu; accu = env &+ (pc[0] &<< 2); pc += 1

        // Globals.
        case .GETGLOBAL: accu = Engine.globals.unsafelyUnwrapped[operand(pc[0])]; pc += 1  // n
        case .PUSHGETGLOBAL: sp -= 1; sp[0] = accu; accu = Engine.globals.unsafelyUnwrapped[operand(pc[0])]; pc += 1
        case .GETGLOBALFIELD: accu = fields(Engine.globals.unsafelyUnwrapped[operand(pc[0])])[operand(pc[1])]; pc += 2  // n, f
        case .PUSHGETGLOBALFIELD:
            sp -= 1; sp[0] = accu
            accu = fields(Engine.globals.unsafelyUnwrapped[operand(pc[0])])[operand(pc[1])]; pc += 2
        case .SETGLOBAL: Engine.globals.unsafelyUnwrapped[operand(pc[0])] = accu; accu = unit; pc += 1  // n

        // Blocks.
        case .PUSHATOM0:
            sp -= 1; sp[0] = accu
            guard let block = allocate(0, 0, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            accu = word(block)
        case .ATOM0:
            guard let block = allocate(0, 0, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            accu = word(block)
        case .PUSHATOM:
            sp -= 1; sp[0] = accu
            guard let block = allocate(0, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            pc += 1
            accu = word(block)
        case .ATOM:  // tag
            guard let block = allocate(0, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            pc += 1
            accu = word(block)
        case .MAKEBLOCK:  // size, tag
            let size = operand(pc[0])
            guard let block = allocate(size, pc[1], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            block[0] = accu
            var i = 1
            while i < size { block[i] = sp[i - 1]; i += 1 }
            sp += size - 1
            pc += 2
            accu = word(block)
        case .MAKEBLOCK1:  // tag
            guard let block = allocate(1, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            block[0] = accu
            pc += 1
            accu = word(block)
        case .MAKEBLOCK2:  // tag
            guard let block = allocate(2, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            block[0] = accu
            block[1] = sp[0]
            sp += 1
            pc += 1
            accu = word(block)
        case .MAKEBLOCK3:  // tag
            guard let block = allocate(3, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            block[0] = accu
            block[1] = sp[0]
            block[2] = sp[1]
            sp += 2
            pc += 1
            accu = word(block)
        case .MAKEFLOATBLOCK:  // size
            // Doubles are copied as their two words: bits, no floating-point arithmetic.
            let size = operand(pc[0])
            guard let block = allocate(size * 2, doubleArrayTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            block[0] = fields(accu)[0]
            block[1] = fields(accu)[1]
            var i = 1
            while i < size {
                block[2 * i] = fields(sp[i - 1])[0]
                block[2 * i + 1] = fields(sp[i - 1])[1]
                i += 1
            }
            sp += size - 1
            pc += 1
            accu = word(block)
        case .GETFIELD0: accu = fields(accu)[0]
        case .GETFIELD1: accu = fields(accu)[1]
        case .GETFIELD2: accu = fields(accu)[2]
        case .GETFIELD3: accu = fields(accu)[3]
        case .GETFIELD: accu = fields(accu)[operand(pc[0])]; pc += 1  // n
        case .GETFLOATFIELD:  // n
            let source = fields(accu) + 2 * operand(pc[0])
            guard let block = allocate(2, doubleTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            block[0] = source[0]
            block[1] = source[1]
            pc += 1
            accu = word(block)
        case .SETFIELD0: fields(accu)[0] = sp[0]; sp += 1; accu = unit
        case .SETFIELD1: fields(accu)[1] = sp[0]; sp += 1; accu = unit
        case .SETFIELD2: fields(accu)[2] = sp[0]; sp += 1; accu = unit
        case .SETFIELD3: fields(accu)[3] = sp[0]; sp += 1; accu = unit
        case .SETFIELD: fields(accu)[operand(pc[0])] = sp[0]; sp += 1; accu = unit; pc += 1
        case .SETFLOATFIELD:  // n
            let target = fields(accu) + 2 * operand(pc[0])
            target[0] = fields(sp[0])[0]
            target[1] = fields(sp[0])[1]
            sp += 1
            pc += 1
            accu = unit

        // Arrays and strings (bounds are checked by the code ocamlc emits around these).
        case .VECTLENGTH:
            let header = fields(accu)[-1]
            let size = header >> 10
            accu = tagged(Int32(bitPattern: header & 0xFF == doubleArrayTag ? size >> 1 : size))
        case .GETVECTITEM: accu = fields(accu)[Int(untagged(sp[0]))]; sp += 1
        case .SETVECTITEM:
            fields(accu)[Int(untagged(sp[0]))] = sp[1]
            sp += 2
            accu = unit
        case .GETBYTESCHAR, .GETSTRINGCHAR:
            let bytes = UnsafeMutableRawPointer(fields(accu))
            accu = tagged(Int32(bytes.load(fromByteOffset: Int(untagged(sp[0])), as: UInt8.self)))
            sp += 1
        case .SETBYTESCHAR:
            let bytes = UnsafeMutableRawPointer(fields(accu))
            bytes.storeBytes(of: UInt8(truncatingIfNeeded: untagged(sp[1])),
                             toByteOffset: Int(untagged(sp[0])), as: UInt8.self)
            sp += 2
            accu = unit

        // Branches.
        case .BRANCH: pc = target(pc)
        case .BRANCHIF: pc = accu != falseValue ? target(pc) : pc + 1
        case .BRANCHIFNOT: pc = accu == falseValue ? target(pc) : pc + 1
        case .SWITCH:  // sizes, targets
            let sizes = pc[0]
            let table = pc + 1
            if accu & 1 == 0 {
                pc = target(table + Int(sizes & 0xFFFF) + Int(fields(accu)[-1] & 0xFF))
            } else {
                pc = target(table + Int(untagged(accu)))
            }
        case .BOOLNOT: accu = 4 &- accu

        // Exceptions.
        case .PUSHTRAP:  // handler
            sp -= 4
            sp[0] = word(target(pc))
            sp[1] = tagged(Int32(truncatingIfNeeded: Engine.trap))
            sp[2] = env
            sp[3] = tagged(Int32(truncatingIfNeeded: extraArgs))
            Engine.trap = caml_root_top.unsafelyUnwrapped - sp
            pc += 1
        case .POPTRAP:
            Engine.trap = Int(untagged(sp[1]))
            sp += 4
        case .RAISE, .RERAISE, .RAISE_NOTRACE:
            if Engine.trap == 0 {
                // No handler in this activation: the exception leaves it.
                caml_exn_bucket = accu
                caml_root_sp = initialSP
                return exceptionSentinel
            }
            sp = caml_root_top.unsafelyUnwrapped - Engine.trap
            pc = codeAt(sp[0])
            Engine.trap = Int(untagged(sp[1]))
            env = sp[2]
            extraArgs = Int(untagged(sp[3]))
            sp += 4
        case .CHECK_SIGNALS: ownBlock(sp: sp)  // no signals on the device

        // Primitives.
        case .C_CALL1:  // prim
            let result = callPrimitive(Engine.primitives.unsafelyUnwrapped[operand(pc[0])].unsafelyUnwrapped, 1, sp: sp, accu: accu, env: env)
            sp += 0
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped } else { accu = result; pc += 1 }
        case .C_CALL2:  // prim
            let result = callPrimitive(Engine.primitives.unsafelyUnwrapped[operand(pc[0])].unsafelyUnwrapped, 2, sp: sp, accu: accu, env: env)
            sp += 1
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped } else { accu = result; pc += 1 }
        case .C_CALL3:  // prim
            let result = callPrimitive(Engine.primitives.unsafelyUnwrapped[operand(pc[0])].unsafelyUnwrapped, 3, sp: sp, accu: accu, env: env)
            sp += 2
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped } else { accu = result; pc += 1 }
        case .C_CALL4:  // prim
            let result = callPrimitive(Engine.primitives.unsafelyUnwrapped[operand(pc[0])].unsafelyUnwrapped, 4, sp: sp, accu: accu, env: env)
            sp += 3
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped } else { accu = result; pc += 1 }
        case .C_CALL5:  // prim
            let result = callPrimitive(Engine.primitives.unsafelyUnwrapped[operand(pc[0])].unsafelyUnwrapped, 5, sp: sp, accu: accu, env: env)
            sp += 4
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = Engine.raiseCode.unsafelyUnwrapped } else { accu = result; pc += 1 }
        case .C_CALLN:  // nargs, prim
            let nargs = operand(pc[0])
            sp -= 1
            sp[0] = accu
            sp[-1] = env
            caml_root_sp = sp - 1
            let entry = unsafeBitCast(Engine.primitives.unsafelyUnwrapped[operand(pc[1])].unsafelyUnwrapped, to: PrimitiveN.self)
            let result = entry(sp, Int32(nargs))
            sp += nargs
            if result == exceptionSentinel {
                accu = caml_exn_bucket
                pc = Engine.raiseCode.unsafelyUnwrapped
            } else {
                accu = result
                pc += 2
            }

        // Integer constants and arithmetic on tagged integers.
        case .CONST0: accu = 1; ownBlock(sp: sp)
        case .CONST1: accu = 3; ownBlock(sp: sp)
        case .CONST2: accu = 5; ownBlock(sp: sp)
        case .CONST3: accu = 7; ownBlock(sp: sp)
        case .CONSTINT: accu = tagged(Int32(bitPattern: pc[0])); pc += 1  // n
        case .PUSHCONST0: sp -= 1; sp[0] = accu; accu = 1
        case .PUSHCONST1: sp -= 1; sp[0] = accu; accu = 3
        case .PUSHCONST2: sp -= 1; sp[0] = accu; accu = 5
        case .PUSHCONST3: sp -= 1; sp[0] = accu; accu = 7
        case .PUSHCONSTINT: sp -= 1; sp[0] = accu; accu = tagged(Int32(bitPattern: pc[0])); pc += 1
        case .NEGINT: accu = 2 &- accu
        case .ADDINT: accu = accu &+ sp[0] &- 1; sp += 1
        case .SUBINT: accu = accu &- sp[0] &+ 1; sp += 1
        case .MULINT: accu = tagged(untagged(accu) &* untagged(sp[0])); sp += 1
        // 31-bit operands: min_int / -1 cannot overflow an Int32.
        case .DIVINT:
            let divisor = untagged(sp[0])
            sp += 1
            if divisor == 0 { accu = divisionByZero(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            accu = tagged(untagged(accu) / divisor)
        case .MODINT:
            let divisor = untagged(sp[0])
            sp += 1
            if divisor == 0 { accu = divisionByZero(sp: sp); pc = Engine.raiseCode.unsafelyUnwrapped; continue }
            accu = tagged(untagged(accu) % divisor)
        case .ANDINT: accu = accu & sp[0]; sp += 1
        case .ORINT: accu = accu | sp[0]; sp += 1
        case .XORINT: accu = (accu ^ sp[0]) | 1; sp += 1
        case .LSLINT: accu = ((accu &- 1) &<< untagged(sp[0])) &+ 1; sp += 1
        case .LSRINT: accu = (accu &>> untagged(sp[0])) | 1; sp += 1
        case .ASRINT:
            accu = value(bitPattern: Int32(bitPattern: accu) &>> untagged(sp[0])) | 1
            sp += 1
        case .EQ: accu = accu == sp[0] ? trueValue : falseValue; sp += 1
        case .NEQ: accu = accu != sp[0] ? trueValue : falseValue; sp += 1
        case .LTINT: accu = Int32(bitPattern: accu) < Int32(bitPattern: sp[0]) ? trueValue : falseValue; sp += 1
        case .LEINT: accu = Int32(bitPattern: accu) <= Int32(bitPattern: sp[0]) ? trueValue : falseValue; sp += 1
        case .GTINT: accu = Int32(bitPattern: accu) > Int32(bitPattern: sp[0]) ? trueValue : falseValue; sp += 1
        case .GEINT: accu = Int32(bitPattern: accu) >= Int32(bitPattern: sp[0]) ? trueValue : falseValue; sp += 1
        case .ULTINT: accu = accu < sp[0] ? trueValue : falseValue; sp += 1
        case .UGEINT: accu = accu >= sp[0] ? trueValue : falseValue; sp += 1
        case .OFFSETINT: accu = accu &+ (pc[0] &<< 1); pc += 1  // n
        case .OFFSETREF:  // n
            fields(accu)[0] = fields(accu)[0] &+ (pc[0] &<< 1)
            accu = unit
            pc += 1
        case .ISINT: accu = (accu & 1) << 1 | 1

        // Compare-and-branch: operand n, target; the test is `n op Int_val(accu)`.
        case .BEQ: pc = Int32(bitPattern: pc[0]) == untagged(accu) ? target(pc + 1) : pc + 2
        case .BNEQ: pc = Int32(bitPattern: pc[0]) != untagged(accu) ? target(pc + 1) : pc + 2
        case .BLTINT: pc = Int32(bitPattern: pc[0]) < untagged(accu) ? target(pc + 1) : pc + 2
        case .BLEINT: pc = Int32(bitPattern: pc[0]) <= untagged(accu) ? target(pc + 1) : pc + 2
        case .BGTINT: pc = Int32(bitPattern: pc[0]) > untagged(accu) ? target(pc + 1) : pc + 2
        case .BGEINT: pc = Int32(bitPattern: pc[0]) >= untagged(accu) ? target(pc + 1) : pc + 2
        case .BULTINT: pc = pc[0] < value(bitPattern: untagged(accu)) ? target(pc + 1) : pc + 2
        case .BUGEINT: pc = pc[0] >= value(bitPattern: untagged(accu)) ? target(pc + 1) : pc + 2

        // Objects: a method table is [count; mask; (method, label)...] sorted by label.
        case .GETMETHOD: accu = fields(fields(sp[0])[0])[Int(untagged(accu))]
        case .GETPUBMET:  // label, cache
            // The code lives in flash on the device, so there is no inline cache to write:
            // the label is looked up like GETDYNMET's.
            sp -= 1
            sp[0] = accu
            accu = method(of: sp[0], label: tagged(Int32(bitPattern: pc[0])))
            pc += 2
        case .GETDYNMET: accu = method(of: sp[0], label: accu)

        case .STOP:
            caml_root_sp = sp
            return accu
        case .EVENT, .BREAK:
            // Debugger patches: the build refuses them, so reaching one means corrupt code.
            caml_root_sp = sp
            _ = caml_raise_index_out_of_bounds()
            caml_root_sp = initialSP
            return exceptionSentinel
        }
    }
}
