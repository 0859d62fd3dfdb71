/// Turns instructions into bytes, following the instruction table.
public enum Encoder {
    /// Encodes `instruction` placed at address `pc`; with a profile, refuses instructions
    /// that profile lacks.
    public static func encode(_ instruction: Instruction, at pc: Int = 0, profile: Profile? = nil) throws(EncodingError) -> [UInt8] {
        let def = instruction.definition
        if let profile, let missing = def.features.first(where: { !profile.has($0) }) {
            throw .missingFeature(def.opcode, missing, profile: profile.name)
        }
        guard instruction.operands.count == def.operands.count else {
            throw .operandCount(def.opcode, expected: def.operands.count, got: instruction.operands.count)
        }
        var fields: [UInt32] = []
        for (index, value) in instruction.operands.enumerated() {
            fields.append(try def.field(index, value: value, pc: pc))
        }
        return bytes(of: def.word(fields: fields), size: def.size)
    }

    /// The little-endian bytes of an instruction word.
    public static func bytes(of word: UInt32, size: Int) -> [UInt8] {
        (0..<size).map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) }
    }

    /// The instruction word stored little-endian in `bytes`.
    public static func word<C: Collection>(of bytes: C) -> UInt32 where C.Element == UInt8 {
        bytes.prefix(3).enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }
}
