/// One machine instruction: an opcode and one value per operand, in assembly order.
///
/// Operand values are register numbers, immediate values (as written, before scaling),
/// special/user register numbers, or, for PC-relative operands, the absolute target address.
public struct Instruction: Hashable, Sendable {
    public var opcode: Opcode
    public var operands: [Int]

    public init(_ opcode: Opcode, _ operands: [Int] = []) {
        self.opcode = opcode
        self.operands = operands
    }

    public var definition: InstructionDefinition { opcode.definition }
    public var size: Int { definition.size }
}

/// Why an instruction could not be encoded. Messages name the instruction and the bad value.
public enum EncodingError: Error, Equatable, CustomStringConvertible {
    case missingFeature(Opcode, Feature, profile: String)
    case operandCount(Opcode, expected: Int, got: Int)
    case badRegister(Opcode, operand: Int, value: Int)
    case immediateOutOfRange(Opcode, operand: Int, value: Int, allowed: String)
    case targetOutOfReach(Opcode, operand: Int, distance: Int, rule: String)

    public var description: String {
        switch self {
        case let .missingFeature(op, feature, profile):
            "'\(op.mnemonic)' needs the \(feature.rawValue) option, which target '\(profile)' does not have"
        case let .operandCount(op, expected, got):
            "'\(op.mnemonic)' takes \(expected) operand\(expected == 1 ? "" : "s"), not \(got)"
        case let .badRegister(op, operand, value):
            "operand \(operand + 1) of '\(op.mnemonic)': register number \(value) is not "
                + (op.definition.operands[operand].registerMultiple == 1
                    ? "0...15" : "a multiple of \(op.definition.operands[operand].registerMultiple) in 0...15")
        case let .immediateOutOfRange(op, operand, value, allowed):
            "operand \(operand + 1) of '\(op.mnemonic)': \(value) is out of range (\(allowed))"
        case let .targetOutOfReach(op, operand, distance, rule):
            "operand \(operand + 1) of '\(op.mnemonic)': target \(distance) bytes away is out of reach (\(rule))"
        }
    }
}

extension InstructionDefinition {
    /// The field value of operand `index` for `value`, for an instruction at `pc`.
    public func field(_ index: Int, value: Int, pc: Int) throws(EncodingError) -> UInt32 {
        let operand = operands[index]
        let width = operand.placement.width
        switch operand.kind {
        case .register:
            guard operand.accepts(register: value) else { throw .badRegister(opcode, operand: index, value: value) }
            return UInt32(value)
        case .specialRegister, .userRegister:
            guard (0...255).contains(value) else {
                throw .immediateOutOfRange(opcode, operand: index, value: value, allowed: "0...255")
            }
            return UInt32(value)
        case .immediate(let imm):
            guard let field = imm.field(for: value, width: width) else {
                throw .immediateOutOfRange(opcode, operand: index, value: value, allowed: imm.description)
            }
            return field
        case .target(let kind):
            guard let field = kind.field(target: Int64(value), pc: Int64(pc), width: width) else {
                throw .targetOutOfReach(opcode, operand: index, distance: value - pc, rule: kind.reachDescription)
            }
            return field
        }
    }

    /// The word with each operand's field set.
    public func word(fields: [UInt32]) -> UInt32 {
        zip(operands, fields).reduce(base) { $1.0.placement.insert($1.1, into: $0) }
    }

    /// The value of operand `index` in `word` at `pc`, or nil when the field codes no valid value.
    public func value(_ index: Int, in word: UInt32, pc: Int) -> Int? {
        let operand = operands[index]
        let field = operand.placement.extract(from: word)
        let width = operand.placement.width
        switch operand.kind {
        case .register: return operand.accepts(register: Int(field)) ? Int(field) : nil
        case .specialRegister, .userRegister: return Int(field)
        case .immediate(let imm): return imm.value(for: field, width: width)
        case .target(let kind): return Int(kind.target(field: field, pc: Int64(pc), width: width))
        }
    }

    /// The index of the PC-relative operand, if the instruction has one.
    public var targetOperand: Int? {
        operands.firstIndex { if case .target = $0.kind { true } else { false } }
    }
}
