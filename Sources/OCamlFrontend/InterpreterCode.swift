/// A program's code pre-decoded for Kiln's bytecode interpreter
/// (Runtime/OCaml/Interpreter, whose `InterpreterImage` reads this layout).
///
/// Every instruction keeps ocamlc's word position and length, so positions mean the same
/// as in `ocamldumpobj`; what changes is that branch, closure, return-address, trap and
/// switch targets become distances from their own operand word (ocamlc's are relative to
/// the instruction or the table; one rule makes the interpreter's `target` a single add),
/// C_CALL operands index `primitives` (the used ones only, so a firmware's table holds
/// nothing else), and GETPUBMET's cache word is 0 (the image is read-only, in flash on
/// the device). After the program's words come the engine's trampolines.
public struct InterpreterCode: Equatable, Sendable {
    /// The image: the program's words, then `trampolineWords`.
    public var words: [UInt32]
    /// How many of `words` are the program's.
    public var programWords: Int
    /// Names of the primitives C_CALL operands index, in that order.
    public var primitives: [String]

    /// The engine's own instructions: callbacks for 1, 2 and 3 arguments (ACC n+3,
    /// APPLY n, POP 1, STOP, as ocamlrun's `callback_code`), then RAISE_NOTRACE, which the
    /// interpreter jumps to when a primitive or an allocation returns the sentinel.
    public static let trampolineWords: [UInt32] = [1, 2, 3].flatMap { arity -> [UInt32] in
        [Opcode.ACC.rawValue, arity + 3, Opcode.APPLY.rawValue, arity, Opcode.POP.rawValue, 1, Opcode.STOP.rawValue]
    } + [Opcode.RAISE_NOTRACE.rawValue]

    /// Pre-decodes `program`'s code.
    public init(_ program: BytecodeExecutable) {
        let used = program.usedPrimitiveIndices
        var slot: [Int: UInt32] = [:]
        for (compact, index) in used.enumerated() { slot[index] = UInt32(compact) }
        primitives = used.map { program.primitives[$0] }

        var words: [UInt32] = []
        for instruction in program.code {
            words.append(instruction.opcode.rawValue)
            words += Self.operandWords(instruction.operands, at: words.count, primitiveSlot: { slot[$0]! })
        }
        programWords = words.count
        self.words = words + Self.trampolineWords
    }

    /// The operand words of one instruction, in the order ocamlc wrote them, the first at
    /// word `position`. A target is written as its distance from its own word.
    static func operandWords(_ operands: Operands, at position: Int, primitiveSlot: (Int) -> UInt32) -> [UInt32] {
        func w(_ n: Int) -> UInt32 { UInt32(truncatingIfNeeded: n) }
        /// Target `t` written at word `at`.
        func relative(_ t: Int, _ at: Int) -> UInt32 { w(t - at) }
        switch operands {
        case .none: return []
        case .int(let n), .global(let n), .setGlobal(let n): return [w(n)]
        case .target(let t): return [relative(t, position)]
        case .twoInts(let a, let b), .globalField(let a, let b): return [w(a), w(b)]
        case .intTarget(let a, let t): return [w(a), relative(t, position + 1)]
        case .primitive(let index): return [primitiveSlot(index)]
        case .countPrimitive(let count, let index): return [w(count), primitiveSlot(index)]
        case .switchTable(let ints, let tags):
            return [w(ints.count | tags.count << 16)] + (ints + tags).enumerated().map { relative($1, position + 1 + $0) }
        case .closureRec(let variables, let functions):
            return [w(functions.count), w(variables)] + functions.enumerated().map { relative($1, position + 2 + $0) }
        case .publicMethod(let tag, _): return [w(tag), 0]
        }
    }
}
