import Testing
@testable import XtensaISA

/// Our decoder against LLVM's on words that are *not* our encodings: every word one bit away
/// from a sampled instruction, and a fixed pseudo-random spread. Where both decode, the text
/// must agree; where only we decode, our fixed bits are too loose (or the opcode is one LLVM
/// lacks). Words only LLVM decodes are instructions the table does not have: reported, not
/// failed, since the table only needs what Kiln emits.
@Suite struct DecoderOracleTests {
    /// The words both decoder checks use, built once.
    static let words = neighbours()

    static func neighbours() -> [(bytes: [UInt8], pc: Int)] {
        var words: [(bytes: [UInt8], pc: Int)] = []
        for op in Opcode.allCases {
            let placed = Samples.program(include: { $0 == op })[0]
            let bytes = try! Encoder.encode(placed.instruction, at: placed.pc)
            for bit in 0..<(8 * bytes.count) {
                var flipped = bytes + [0]
                flipped[bit / 8] ^= 1 << UInt8(bit % 8)
                words.append((flipped, placed.pc))
            }
        }
        // A fixed linear congruential spread over all 24-bit words (reproducible).
        var state: UInt32 = 0x2545_F491
        for _ in 0..<12_000 {
            state = state &* 1_664_525 &+ 1_013_904_223
            let word = state >> 8
            words.append(([UInt8(word & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word >> 16), 0], Samples.base + Int(state & 3)))
        }
        return words
    }

    static func namesItsRegisters(_ instruction: Instruction) -> Bool {
        zip(instruction.definition.operands, instruction.operands).allSatisfy { operand, value in
            switch operand.kind {
            case .specialRegister: SpecialRegisters.name(of: value, in: SpecialRegisters.special) != nil
            case .userRegister: SpecialRegisters.name(of: value, in: SpecialRegisters.user) != nil
            default: true
            }
        }
    }

    @Test func decoderAgreesWithLLVM() throws {
        let disassembler = try LLVMDisassembler()
        var failures: [String] = []
        var onlyLLVM: [String: Int] = [:]
        for (bytes, pc) in Self.words {
            let ours = Decoder.decode(bytes, at: pc)
            // We decode any special/user register number 0–255 (the assembler takes numbers),
            // LLVM only the registers esp32 has: compare only numbers we have names for.
            if let instruction = ours, !Self.namesItsRegisters(instruction) { continue }
            let theirs = disassembler.disassemble(bytes, pc: pc)
            let word = hexBytes(Array(bytes.prefix(ours?.size ?? theirs?.size ?? 3)))
            switch (ours, theirs) {
            case let (instruction?, (text, size)?):
                let expected = normalizedWhitespace(LLVMSyntax.printed(Placed(instruction: instruction, pc: pc)))
                if normalizedWhitespace(text) != expected || size != instruction.size {
                    failures.append("\(word) at \(hex(pc)): LLVM `\(normalizedWhitespace(text))` (\(size) bytes), ours `\(expected)`")
                }
            case let (instruction?, nil) where !ReferenceEncodings.notInLLVM.contains(instruction.opcode):
                failures.append("\(word): we decode `\(Printer.format(instruction))`, LLVM decodes nothing")
            case let (nil, (text, _)?):
                let mnemonic = normalizedWhitespace(text).split(separator: " ").first.map(String.init) ?? text
                onlyLLVM[mnemonic, default: 0] += 1
            default: break
            }
        }
        for failure in failures.prefix(40) { Issue.record(Comment(rawValue: failure)) }
        if failures.count > 40 { Issue.record("\(failures.count - 40) more disagreements") }
        print("words LLVM decodes and we do not:", onlyLLVM.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
    }
}
