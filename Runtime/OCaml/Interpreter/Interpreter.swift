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

/// Makes a block of `wosize` fields, with the accumulator and environment rooted just
/// below the stack pointer (the stack above it is rooted already). Returns the block's
/// fields, or nil after a failed allocation (the exception is in `caml_exn_bucket`).
@inline(__always) private func allocate(
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
func interpret(_ image: InterpreterImage, entry: UnsafePointer<UInt32>, environment: value) -> value {
    let code = image.code
    let primitives = image.primitives
    let globals = image.globals
    let raiseCode = code + image.programWords + Trampoline.raise
    let stackLimit = caml_root_limit + stackMargin
    let initialSP: UnsafeMutablePointer<value> = caml_root_sp
    let stackTop: UnsafeMutablePointer<value> = caml_root_top

    var pc = entry
    var sp = initialSP
    var accu: value = tagged(0)
    var env = environment
    var extraArgs = 0
    // The innermost handler of this activation (PUSHTRAP's 4 words), nil when none: an
    // exception then leaves the activation. Each trap links to the previous one by its
    // distance from the stack top (a tagged integer, so the collector ignores it; 0 = none).
    var trapSP: UnsafeMutablePointer<value>? = nil

    while true {
        let opcode = pc.pointee
        pc += 1
        switch opcode {

        // Stack and environment access.
        case 0: accu = sp[0]                                         // ACC0
        case 1: accu = sp[1]
        case 2: accu = sp[2]
        case 3: accu = sp[3]
        case 4: accu = sp[4]
        case 5: accu = sp[5]
        case 6: accu = sp[6]
        case 7: accu = sp[7]                                         // ACC7
        case 8: accu = sp[Int(pc[0])]; pc += 1                       // ACC n
        case 9, 10: sp -= 1; sp[0] = accu                            // PUSH, PUSHACC0
        case 11: sp -= 1; sp[0] = accu; accu = sp[1]                 // PUSHACC1
        case 12: sp -= 1; sp[0] = accu; accu = sp[2]
        case 13: sp -= 1; sp[0] = accu; accu = sp[3]
        case 14: sp -= 1; sp[0] = accu; accu = sp[4]
        case 15: sp -= 1; sp[0] = accu; accu = sp[5]
        case 16: sp -= 1; sp[0] = accu; accu = sp[6]
        case 17: sp -= 1; sp[0] = accu; accu = sp[7]                 // PUSHACC7
        case 18: sp -= 1; sp[0] = accu; accu = sp[Int(pc[0])]; pc += 1   // PUSHACC n
        case 19: sp += Int(pc[0]); pc += 1                           // POP n
        case 20: sp[Int(pc[0])] = accu; accu = unit; pc += 1         // ASSIGN n
        case 21: accu = fields(env)[1]                               // ENVACC1
        case 22: accu = fields(env)[2]
        case 23: accu = fields(env)[3]
        case 24: accu = fields(env)[4]                               // ENVACC4
        case 25: accu = fields(env)[Int(pc[0])]; pc += 1             // ENVACC n
        case 26: sp -= 1; sp[0] = accu; accu = fields(env)[1]        // PUSHENVACC1
        case 27: sp -= 1; sp[0] = accu; accu = fields(env)[2]
        case 28: sp -= 1; sp[0] = accu; accu = fields(env)[3]
        case 29: sp -= 1; sp[0] = accu; accu = fields(env)[4]        // PUSHENVACC4
        case 30: sp -= 1; sp[0] = accu; accu = fields(env)[Int(pc[0])]; pc += 1

        // Function application.
        case 31:                                                     // PUSH_RETADDR target
            sp -= 3
            sp[0] = word(code + Int(pc[0]))
            sp[1] = env
            sp[2] = tagged(Int32(truncatingIfNeeded: extraArgs))
            pc += 1
        case 32:                                                     // APPLY n
            extraArgs = Int(pc[0]) &- 1
            pc = codeAt(fields(accu)[0]); env = accu
            if sp < stackLimit { accu = stackOverflow(sp: sp); pc = raiseCode }
        case 33:                                                     // APPLY1
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
            if sp < stackLimit { accu = stackOverflow(sp: sp); pc = raiseCode }
        case 34:                                                     // APPLY2
            let arg1 = sp[0], arg2 = sp[1]
            sp[1] = tagged(Int32(truncatingIfNeeded: extraArgs))
            sp[0] = env
            sp[-1] = word(pc)
            sp[-2] = arg2
            sp[-3] = arg1
            sp -= 3
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs = 1
            if sp < stackLimit { accu = stackOverflow(sp: sp); pc = raiseCode }
        case 35:                                                     // APPLY3
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
            if sp < stackLimit { accu = stackOverflow(sp: sp); pc = raiseCode }
        case 36:                                                     // APPTERM nargs, slots
            // Slide the arguments to the top of the frame, dropping the rest of it.
            let nargs = Int(pc[0])
            let shift = Int(pc[1]) &- nargs
            var i = nargs &- 1
            while i >= 0 { sp[i &+ shift] = sp[i]; i &-= 1 }
            sp += shift
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs &+= nargs &- 1
            if sp < stackLimit { accu = stackOverflow(sp: sp); pc = raiseCode }
        case 37:                                                     // APPTERM1 slots
            let shift = Int(pc[0]) &- 1
            sp[shift] = sp[0]
            sp += shift
            pc = codeAt(fields(accu)[0]); env = accu
            if sp < stackLimit { accu = stackOverflow(sp: sp); pc = raiseCode }
        case 38:                                                     // APPTERM2 slots
            let shift = Int(pc[0]) &- 2
            let arg1 = sp[0], arg2 = sp[1]
            sp[shift &+ 1] = arg2
            sp[shift] = arg1
            sp += shift
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs &+= 1
            if sp < stackLimit { accu = stackOverflow(sp: sp); pc = raiseCode }
        case 39:                                                     // APPTERM3 slots
            let shift = Int(pc[0]) &- 3
            let arg1 = sp[0], arg2 = sp[1], arg3 = sp[2]
            sp[shift &+ 2] = arg3
            sp[shift &+ 1] = arg2
            sp[shift] = arg1
            sp += shift
            pc = codeAt(fields(accu)[0]); env = accu
            extraArgs &+= 2
            if sp < stackLimit { accu = stackOverflow(sp: sp); pc = raiseCode }
        case 40:                                                     // RETURN slots
            sp += Int(pc[0])
            if extraArgs > 0 {
                // Over-application: the result is a closure taking the remaining arguments.
                extraArgs &-= 1
                pc = codeAt(fields(accu)[0]); env = accu
            } else {
                pc = codeAt(sp[0]); env = sp[1]; extraArgs = Int(untagged(sp[2])); sp += 3
            }
        case 41:                                                     // RESTART
            // A partial application resumes: its saved arguments go back on the stack.
            let saved = Int(fields(env)[-1] >> 10) - 3
            sp -= saved
            for i in 0..<saved { sp[i] = fields(env)[i + 3] }
            env = fields(env)[2]
            extraArgs &+= saved
        case 42:                                                     // GRAB required
            let required = Int(pc[0])
            pc += 1
            if extraArgs >= required {
                extraArgs &-= required
            } else {
                // Too few arguments: return a closure over them that restarts here.
                let count = 1 &+ extraArgs
                guard let block = allocate(count + 3, closureTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
                block[0] = word(pc - 3)
                block[1] = closureInfo(startenv: 2)
                block[2] = env
                for i in 0..<count { block[i + 3] = sp[i] }
                accu = word(block)
                sp += count
                pc = codeAt(sp[0]); env = sp[1]; extraArgs = Int(untagged(sp[2])); sp += 3
            }
        case 43:                                                     // CLOSURE nvars, target
            let nvars = Int(pc[0])
            if nvars > 0 { sp -= 1; sp[0] = accu }
            guard let block = allocate(2 + nvars, closureTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            block[0] = word(code + Int(pc[1]))
            block[1] = closureInfo(startenv: 2)
            for i in 0..<nvars { block[i + 2] = sp[i] }
            sp += nvars
            pc += 2
            accu = word(block)
        case 44:                                                     // CLOSUREREC nfuncs, nvars, targets
            let nfuncs = Int(pc[0]), nvars = Int(pc[1])
            let envOffset = nfuncs * 3 - 1
            if nvars > 0 { sp -= 1; sp[0] = accu }
            guard let block = allocate(envOffset + nvars, closureTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            for i in 0..<nvars { block[envOffset + i] = sp[i] }
            sp += nvars
            let targets = pc + 2
            block[0] = word(code + Int(targets[0]))
            block[1] = closureInfo(startenv: envOffset)
            sp -= 1
            sp[0] = word(block)
            var i = 1
            while i < nfuncs {
                // Each further function is an infix closure inside the same block.
                block[3 * i - 1] = value(3 * i) << 10 | infixTag
                block[3 * i] = word(code + Int(targets[i]))
                block[3 * i + 1] = closureInfo(startenv: envOffset - 3 * i)
                sp -= 1
                sp[0] = word(block + 3 * i)
                i += 1
            }
            pc = targets + nfuncs
            accu = word(block)
        case 45: accu = env &- 12                                    // OFFSETCLOSUREM3
        case 46: accu = env                                          // OFFSETCLOSURE0
        case 47: accu = env &+ 12                                    // OFFSETCLOSURE3
        case 48: accu = env &+ (pc[0] &<< 2); pc += 1                // OFFSETCLOSURE n
        case 49: sp -= 1; sp[0] = accu; accu = env &- 12
        case 50: sp -= 1; sp[0] = accu; accu = env
        case 51: sp -= 1; sp[0] = accu; accu = env &+ 12
        case 52: sp -= 1; sp[0] = accu; accu = env &+ (pc[0] &<< 2); pc += 1

        // Globals.
        case 53: accu = globals[Int(pc[0])]; pc += 1                 // GETGLOBAL n
        case 54: sp -= 1; sp[0] = accu; accu = globals[Int(pc[0])]; pc += 1
        case 55: accu = fields(globals[Int(pc[0])])[Int(pc[1])]; pc += 2  // GETGLOBALFIELD n, f
        case 56:
            sp -= 1; sp[0] = accu
            accu = fields(globals[Int(pc[0])])[Int(pc[1])]; pc += 2
        case 57: globals[Int(pc[0])] = accu; accu = unit; pc += 1    // SETGLOBAL n

        // Blocks.
        case 58, 60:                                                 // ATOM0, PUSHATOM0
            if opcode == 60 { sp -= 1; sp[0] = accu }
            guard let block = allocate(0, 0, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            accu = word(block)
        case 59, 61:                                                 // ATOM tag, PUSHATOM tag
            if opcode == 61 { sp -= 1; sp[0] = accu }
            guard let block = allocate(0, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            pc += 1
            accu = word(block)
        case 62:                                                     // MAKEBLOCK size, tag
            let size = Int(pc[0])
            guard let block = allocate(size, pc[1], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            block[0] = accu
            var i = 1
            while i < size { block[i] = sp[i - 1]; i += 1 }
            sp += size - 1
            pc += 2
            accu = word(block)
        case 63:                                                     // MAKEBLOCK1 tag
            guard let block = allocate(1, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            block[0] = accu
            pc += 1
            accu = word(block)
        case 64:                                                     // MAKEBLOCK2 tag
            guard let block = allocate(2, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            block[0] = accu
            block[1] = sp[0]
            sp += 1
            pc += 1
            accu = word(block)
        case 65:                                                     // MAKEBLOCK3 tag
            guard let block = allocate(3, pc[0], sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            block[0] = accu
            block[1] = sp[0]
            block[2] = sp[1]
            sp += 2
            pc += 1
            accu = word(block)
        case 66:                                                     // MAKEFLOATBLOCK size
            // Doubles are copied as their two words: bits, no floating-point arithmetic.
            let size = Int(pc[0])
            guard let block = allocate(size * 2, doubleArrayTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
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
        case 67: accu = fields(accu)[0]                              // GETFIELD0
        case 68: accu = fields(accu)[1]
        case 69: accu = fields(accu)[2]
        case 70: accu = fields(accu)[3]                              // GETFIELD3
        case 71: accu = fields(accu)[Int(pc[0])]; pc += 1            // GETFIELD n
        case 72:                                                     // GETFLOATFIELD n
            let source = fields(accu) + 2 * Int(pc[0])
            guard let block = allocate(2, doubleTag, sp: sp, accu: accu, env: env) else { accu = caml_exn_bucket; pc = raiseCode; continue }
            block[0] = source[0]
            block[1] = source[1]
            pc += 1
            accu = word(block)
        case 73: fields(accu)[0] = sp[0]; sp += 1; accu = unit       // SETFIELD0
        case 74: fields(accu)[1] = sp[0]; sp += 1; accu = unit
        case 75: fields(accu)[2] = sp[0]; sp += 1; accu = unit
        case 76: fields(accu)[3] = sp[0]; sp += 1; accu = unit       // SETFIELD3
        case 77: fields(accu)[Int(pc[0])] = sp[0]; sp += 1; accu = unit; pc += 1
        case 78:                                                     // SETFLOATFIELD n
            let target = fields(accu) + 2 * Int(pc[0])
            target[0] = fields(sp[0])[0]
            target[1] = fields(sp[0])[1]
            sp += 1
            pc += 1
            accu = unit

        // Arrays and strings (bounds are checked by the code ocamlc emits around these).
        case 79:                                                     // VECTLENGTH
            let header = fields(accu)[-1]
            let size = header >> 10
            accu = tagged(Int32(bitPattern: header & 0xFF == doubleArrayTag ? size >> 1 : size))
        case 80: accu = fields(accu)[Int(untagged(sp[0]))]; sp += 1  // GETVECTITEM
        case 81:                                                     // SETVECTITEM
            fields(accu)[Int(untagged(sp[0]))] = sp[1]
            sp += 2
            accu = unit
        case 82, 148:                                                // GETBYTESCHAR, GETSTRINGCHAR
            let bytes = UnsafeMutableRawPointer(fields(accu))
            accu = tagged(Int32(bytes.load(fromByteOffset: Int(untagged(sp[0])), as: UInt8.self)))
            sp += 1
        case 83:                                                     // SETBYTESCHAR
            let bytes = UnsafeMutableRawPointer(fields(accu))
            bytes.storeBytes(of: UInt8(truncatingIfNeeded: untagged(sp[1])),
                             toByteOffset: Int(untagged(sp[0])), as: UInt8.self)
            sp += 2
            accu = unit

        // Branches.
        case 84: pc = code + Int(pc[0])                              // BRANCH
        case 85: pc = accu != falseValue ? code + Int(pc[0]) : pc + 1    // BRANCHIF
        case 86: pc = accu == falseValue ? code + Int(pc[0]) : pc + 1    // BRANCHIFNOT
        case 87:                                                     // SWITCH sizes, targets
            let sizes = pc[0]
            let table = pc + 1
            if accu & 1 == 0 {
                pc = code + Int(table[Int(sizes & 0xFFFF) + Int(fields(accu)[-1] & 0xFF)])
            } else {
                pc = code + Int(table[Int(untagged(accu))])
            }
        case 88: accu = 4 &- accu                                    // BOOLNOT

        // Exceptions.
        case 89:                                                     // PUSHTRAP handler
            sp -= 4
            sp[0] = word(code + Int(pc[0]))
            sp[1] = trapSP.map { tagged(Int32(stackTop - $0)) } ?? tagged(0)
            sp[2] = env
            sp[3] = tagged(Int32(truncatingIfNeeded: extraArgs))
            trapSP = sp
            pc += 1
        case 90:                                                     // POPTRAP
            let link = Int(untagged(sp[1]))
            trapSP = link == 0 ? nil : stackTop - link
            sp += 4
        case 91, 146, 147:                                           // RAISE, RERAISE, RAISE_NOTRACE
            guard let handler = trapSP else {
                // No handler in this activation: the exception leaves it.
                caml_exn_bucket = accu
                caml_root_sp = initialSP
                return exceptionSentinel
            }
            sp = handler
            pc = codeAt(sp[0])
            let link = Int(untagged(sp[1]))
            trapSP = link == 0 ? nil : stackTop - link
            env = sp[2]
            extraArgs = Int(untagged(sp[3]))
            sp += 4
        case 92: break                                               // CHECK_SIGNALS: no signals

        // Primitives.
        case 93:  // C_CALL1 prim
            let result = callPrimitive(primitives[Int(pc[0])].unsafelyUnwrapped, 1, sp: sp, accu: accu, env: env)
            sp += 0
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = raiseCode } else { accu = result; pc += 1 }
        case 94:  // C_CALL2 prim
            let result = callPrimitive(primitives[Int(pc[0])].unsafelyUnwrapped, 2, sp: sp, accu: accu, env: env)
            sp += 1
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = raiseCode } else { accu = result; pc += 1 }
        case 95:  // C_CALL3 prim
            let result = callPrimitive(primitives[Int(pc[0])].unsafelyUnwrapped, 3, sp: sp, accu: accu, env: env)
            sp += 2
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = raiseCode } else { accu = result; pc += 1 }
        case 96:  // C_CALL4 prim
            let result = callPrimitive(primitives[Int(pc[0])].unsafelyUnwrapped, 4, sp: sp, accu: accu, env: env)
            sp += 3
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = raiseCode } else { accu = result; pc += 1 }
        case 97:  // C_CALL5 prim
            let result = callPrimitive(primitives[Int(pc[0])].unsafelyUnwrapped, 5, sp: sp, accu: accu, env: env)
            sp += 4
            if result == exceptionSentinel { accu = caml_exn_bucket; pc = raiseCode } else { accu = result; pc += 1 }
        case 98:                                                     // C_CALLN nargs, prim
            let nargs = Int(pc[0])
            sp -= 1
            sp[0] = accu
            sp[-1] = env
            caml_root_sp = sp - 1
            let entry = unsafeBitCast(primitives[Int(pc[1])].unsafelyUnwrapped, to: PrimitiveN.self)
            let result = entry(sp, Int32(nargs))
            sp += nargs
            if result == exceptionSentinel {
                accu = caml_exn_bucket
                pc = raiseCode
            } else {
                accu = result
                pc += 2
            }

        // Integer constants and arithmetic on tagged integers.
        case 99: accu = 1                                            // CONST0
        case 100: accu = 3
        case 101: accu = 5
        case 102: accu = 7                                           // CONST3
        case 103: accu = tagged(Int32(bitPattern: pc[0])); pc += 1   // CONSTINT n
        case 104: sp -= 1; sp[0] = accu; accu = 1                    // PUSHCONST0
        case 105: sp -= 1; sp[0] = accu; accu = 3
        case 106: sp -= 1; sp[0] = accu; accu = 5
        case 107: sp -= 1; sp[0] = accu; accu = 7
        case 108: sp -= 1; sp[0] = accu; accu = tagged(Int32(bitPattern: pc[0])); pc += 1
        case 109: accu = 2 &- accu                                   // NEGINT
        case 110: accu = accu &+ sp[0] &- 1; sp += 1                 // ADDINT
        case 111: accu = accu &- sp[0] &+ 1; sp += 1                 // SUBINT
        case 112: accu = tagged(untagged(accu) &* untagged(sp[0])); sp += 1   // MULINT
        case 113, 114:                                               // DIVINT, MODINT
            let divisor = untagged(sp[0])
            sp += 1
            if divisor == 0 {
                caml_root_sp = sp
                _ = caml_raise_zero_divide()
                accu = caml_exn_bucket
                pc = raiseCode
                break
            }
            // 31-bit operands: min_int / -1 cannot overflow an Int32.
            let dividend = untagged(accu)
            accu = tagged(opcode == 113 ? dividend / divisor : dividend % divisor)
        case 115: accu = accu & sp[0]; sp += 1                       // ANDINT
        case 116: accu = accu | sp[0]; sp += 1                       // ORINT
        case 117: accu = (accu ^ sp[0]) | 1; sp += 1                 // XORINT
        case 118: accu = ((accu &- 1) &<< untagged(sp[0])) &+ 1; sp += 1   // LSLINT
        case 119: accu = (accu &>> untagged(sp[0])) | 1; sp += 1     // LSRINT
        case 120:                                                    // ASRINT
            accu = value(bitPattern: Int32(bitPattern: accu) &>> untagged(sp[0])) | 1
            sp += 1
        case 121: accu = accu == sp[0] ? trueValue : falseValue; sp += 1   // EQ
        case 122: accu = accu != sp[0] ? trueValue : falseValue; sp += 1   // NEQ
        case 123: accu = Int32(bitPattern: accu) < Int32(bitPattern: sp[0]) ? trueValue : falseValue; sp += 1
        case 124: accu = Int32(bitPattern: accu) <= Int32(bitPattern: sp[0]) ? trueValue : falseValue; sp += 1
        case 125: accu = Int32(bitPattern: accu) > Int32(bitPattern: sp[0]) ? trueValue : falseValue; sp += 1
        case 126: accu = Int32(bitPattern: accu) >= Int32(bitPattern: sp[0]) ? trueValue : falseValue; sp += 1
        case 137: accu = accu < sp[0] ? trueValue : falseValue; sp += 1    // ULTINT
        case 138: accu = accu >= sp[0] ? trueValue : falseValue; sp += 1   // UGEINT
        case 127: accu = accu &+ (pc[0] &<< 1); pc += 1              // OFFSETINT n
        case 128:                                                    // OFFSETREF n
            fields(accu)[0] = fields(accu)[0] &+ (pc[0] &<< 1)
            accu = unit
            pc += 1
        case 129: accu = (accu & 1) << 1 | 1                         // ISINT

        // Compare-and-branch: operand n, target; the test is `n op Int_val(accu)`.
        case 131: pc = Int32(bitPattern: pc[0]) == untagged(accu) ? code + Int(pc[1]) : pc + 2  // BEQ
        case 132: pc = Int32(bitPattern: pc[0]) != untagged(accu) ? code + Int(pc[1]) : pc + 2  // BNEQ
        case 133: pc = Int32(bitPattern: pc[0]) < untagged(accu) ? code + Int(pc[1]) : pc + 2   // BLTINT
        case 134: pc = Int32(bitPattern: pc[0]) <= untagged(accu) ? code + Int(pc[1]) : pc + 2  // BLEINT
        case 135: pc = Int32(bitPattern: pc[0]) > untagged(accu) ? code + Int(pc[1]) : pc + 2   // BGTINT
        case 136: pc = Int32(bitPattern: pc[0]) >= untagged(accu) ? code + Int(pc[1]) : pc + 2  // BGEINT
        case 139: pc = pc[0] < value(bitPattern: untagged(accu)) ? code + Int(pc[1]) : pc + 2   // BULTINT
        case 140: pc = pc[0] >= value(bitPattern: untagged(accu)) ? code + Int(pc[1]) : pc + 2  // BUGEINT

        // Objects: a method table is [count; mask; (method, label)...] sorted by label.
        case 130: accu = fields(fields(sp[0])[0])[Int(untagged(accu))]   // GETMETHOD
        case 141, 142:                                               // GETPUBMET label, cache; GETDYNMET
            if opcode == 141 {
                // The code lives in flash on the device, so there is no inline cache to
                // write: the label is looked up like GETDYNMET's.
                sp -= 1
                sp[0] = accu
                accu = tagged(Int32(bitPattern: pc[0]))
                pc += 2
            }
            let methods = fields(fields(sp[0])[0])
            let label = Int32(bitPattern: accu)
            var low = 3, high = Int(Int32(bitPattern: methods[0]))
            while low < high {
                let middle = ((low + high) >> 1) | 1
                if label < Int32(bitPattern: methods[middle]) { high = middle - 2 } else { low = middle }
            }
            accu = methods[low - 1]

        case 143:                                                    // STOP
            caml_root_sp = sp
            return accu
        case 144, 145: break                                         // EVENT, BREAK: no debugger
        default:
            // The build checks every opcode; a word outside the table means corrupt code.
            caml_root_sp = sp
            _ = caml_raise_index_out_of_bounds()
            caml_root_sp = initialSP
            return exceptionSentinel
        }
    }
}
