/// Turns bytes back into instructions, by matching the table's fixed bits.
public enum Decoder {
    /// Size in bytes of the instruction whose first byte is `byte0` (code density cores:
    /// op0 8…13 are the 16-bit formats).
    public static func size(firstByte byte0: UInt8) -> Int {
        (8...13).contains(byte0 & 0xF) ? 2 : 3
    }

    /// Decodes the instruction at the start of `bytes`, located at `pc`; nil when the bytes
    /// are not an instruction of the table (or are cut short).
    public static func decode<C: Collection>(_ bytes: C, at pc: Int = 0) -> Instruction? where C.Element == UInt8 {
        guard let first = bytes.first else { return nil }
        let size = size(firstByte: first)
        guard bytes.count >= size else { return nil }
        let word = Encoder.word(of: bytes.prefix(size))
        for def in candidates[Int(first & 0xF)] where word & def.fixedMask == def.base {
            let values = def.operands.indices.map { def.value($0, in: word, pc: pc) }
            if values.allSatisfy({ $0 != nil }) { return Instruction(def.opcode, values.map { $0! }) }
        }
        return nil
    }

    /// Definitions grouped by op0, most specific (most fixed bits) first.
    private static let candidates: [[InstructionDefinition]] = (0..<16).map { op0 in
        InstructionDefinition.table
            .filter { $0.base & 0xF == op0 }
            .sorted { $0.fixedMask.nonzeroBitCount > $1.fixedMask.nonzeroBitCount }
    }
}
