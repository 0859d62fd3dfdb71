import Testing
@testable import XtensaISA

/// Every opcode of the table, with operand values drawn from its own metadata, is checked
/// against LLVM 22's Xtensa MC layer: llvm-mc's bytes, LLVM's disassembler text, and our
/// decoder's round trip. Opcodes LLVM does not know are in `ReferenceEncodingTests`.
@Suite struct EncodingOracleTests {
    /// The sampled program for the opcodes LLVM knows, built once for all tests here.
    static let program = Samples.program(
        include: { !ReferenceEncodings.notInLLVM.contains($0) }, keep: LLVMSyntax.acceptsSpecialRegister)

    /// The bytes we give every sampled instruction.
    static func ours(_ placed: Placed) throws -> [UInt8] {
        try Encoder.encode(placed.instruction, at: placed.pc, profile: .esp32)
    }

    @Test func sampleCoversEveryOpcode() {
        let sampled = Set(Self.program.map(\.instruction.opcode))
        let expected = Set(Opcode.allCases).subtracting(ReferenceEncodings.notInLLVM)
        #expect(sampled == expected, "opcodes without samples: \(expected.subtracting(sampled).map(\.mnemonic).sorted())")
    }

    @Test func bytesMatchLLVMMC() throws {
        let program = Self.program
        let results = try LLVMMC.assemble(program.map { (LLVMSyntax.text($0), $0.instruction.size) })
        var failures = FailureLog()
        for (placed, result) in zip(program, results) {
            let ours = try Self.ours(placed)
            switch result {
            case .bytes(let theirs):
                if ours != theirs {
                    failures.add(placed.instruction.opcode,
                                 "\(placed): ours \(hexBytes(ours)), llvm-mc \(hexBytes(theirs)) for `\(LLVMSyntax.text(placed))`")
                }
            case .error(let message):
                failures.add(placed.instruction.opcode, "\(placed): llvm-mc rejects `\(LLVMSyntax.text(placed))`: \(message)")
            }
        }
        failures.report(checked: program.count)
    }

    @Test func llvmDisassemblesOurBytesToOurText() throws {
        let disassembler = try LLVMDisassembler()
        var failures = FailureLog()
        for placed in Self.program {
            let bytes = try Self.ours(placed)
            let ours = normalizedWhitespace(LLVMSyntax.printed(placed))
            guard let (text, size) = disassembler.disassemble(bytes + [0, 0, 0], pc: placed.pc) else {
                failures.add(placed.instruction.opcode, "\(placed): LLVM cannot decode \(hexBytes(bytes))")
                continue
            }
            let theirs = normalizedWhitespace(text)
            if theirs != ours || size != bytes.count {
                failures.add(placed.instruction.opcode, "\(placed): \(hexBytes(bytes)) is `\(theirs)` (\(size) bytes) to LLVM, `\(ours)` to us")
            }
        }
        failures.report(checked: Self.program.count)
    }

    @Test func decoderRoundTripsEverySample() throws {
        var failures = FailureLog()
        let all = Samples.program()
        for placed in all {
            let bytes = try Encoder.encode(placed.instruction, at: placed.pc)
            let decoded = Decoder.decode(bytes, at: placed.pc)
            if decoded != placed.instruction {
                let text = decoded.map { Printer.format($0, target: { hex($0) }) } ?? "nothing"
                failures.add(placed.instruction.opcode, "\(placed): \(hexBytes(bytes)) decodes to \(text)")
            }
        }
        failures.report(checked: all.count)
    }
}
