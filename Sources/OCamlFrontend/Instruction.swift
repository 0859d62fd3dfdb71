/// One decoded bytecode instruction, with branch targets already absolute.
public struct Instruction: Equatable, Sendable {
    /// Position of the opcode word, in words from the start of CODE (what branch targets,
    /// closures and `ocamldumpobj` count in).
    public var position: Int
    /// The opcode.
    public var opcode: Opcode
    /// The operands, shaped by `opcode.shape`.
    public var operands: Operands
    /// Words the instruction takes, opcode included: the next instruction's position is
    /// `position + length`.
    public var length: Int

    /// Creates an instruction.
    public init(position: Int, opcode: Opcode, operands: Operands, length: Int) {
        self.position = position
        self.opcode = opcode
        self.operands = operands
        self.length = length
    }

    /// Code positions control can go to from here besides the next instruction (branches,
    /// switch cases, closure bodies, trap handlers, return addresses).
    public var targets: [Int] {
        switch operands {
        case .target(let target), .intTarget(_, let target): [target]
        case .switchTable(let ints, let tags): ints + tags
        case .closureRec(_, let functions): functions
        default: []
        }
    }
}

/// Decoded operands, one case per `OperandShape`; integers are sign- or zero-extended
/// as the shape says, targets are absolute word positions in CODE.
public enum Operands: Equatable, Sendable {
    /// No operand.
    case none
    /// `.unsigned` or `.signed`.
    case int(Int)
    /// `.twoUnsigned`.
    case twoInts(Int, Int)
    /// `.target`.
    case target(Int)
    /// `.unsignedTarget`, `.signedTarget`.
    case intTarget(Int, target: Int)
    /// `.global`: an index into the global table.
    case global(Int)
    /// `.globalField`.
    case globalField(Int, field: Int)
    /// `.setGlobal`.
    case setGlobal(Int)
    /// `.primitive`: an index into PRIM.
    case primitive(Int)
    /// `.countPrimitive`.
    case countPrimitive(count: Int, primitive: Int)
    /// `.switchTable`: targets for integer values 0..<ints.count and for tags 0..<tags.count.
    case switchTable(ints: [Int], tags: [Int])
    /// `.closureRec`: the environment size and each function's code position.
    case closureRec(variables: Int, functions: [Int])
    /// `.publicMethod`.
    case publicMethod(tag: Int, cache: Int)
}
