/// Turns instructions into bytes, following the instruction table.
public enum Encoder {
    /// Encodes `instruction` placed at address `pc`; with a profile, refuses instructions
    /// that profile lacks.
    public static func encode(_ instruction: Instruction, at pc: Int = 0, profile: Profile? = nil) throws(EncodingError) -> [UInt8] {
        let def = instruction.definition
        if let profile, let missing = def.missingFeature(in: profile) {
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

    /// The instruction word stored little-endian in `bytes` (at most 3 of them).
    public static func word<C: Collection>(of bytes: C) -> UInt32 where C.Element == UInt8 {
        word32(of: bytes.prefix(3))
    }

    /// The little-endian value of up to 4 bytes.
    public static func word32<C: Collection>(of bytes: C) -> UInt32 where C.Element == UInt8 {
        bytes.prefix(4).enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }
}
