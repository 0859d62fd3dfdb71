import Testing
@testable import XtensaISA

/// Instructions LLVM 22's Xtensa target (esp32) does not know, checked against words from the
/// Xtensa ISA reference manual's encoding tables instead. Each word was also cross-checked
/// once by hand with QEMU 7.2's Tensilica-generated decoder (`-d in_asm`, cores dc233c and
/// de233_fpu; the latter calls LSIU/SSIU/LSXU/SSXU by their newer names LSIP/SSIP/LSXP/SSXP).
enum ReferenceEncodings {
    /// Opcodes llvm-mc-22 rejects as "unrecognized instruction mnemonic" for esp32.
    static let notInLLVM: Set<Opcode> = [
        .simcall,           // simulator call (ISS and QEMU semihosting): not in LLVM at all
        .ssa8b,             // big-endian shift-amount setup: LLVM only has SSA8L
        .l32ai, .s32ri,     // Multiprocessor Synchronization option: no LLVM feature
    ]
    // LSIU/SSIU/LSXU/SSXU are in LLVM as LSIP/SSIP/LSXP/SSXP (`LLVMSyntax.mnemonics`) and
    // are compared with llvm-mc like the rest; their words stay below as a second check.

    /// Instruction, 24-bit word (little-endian bytes b0 | b1 << 8 | b2 << 16). Operand
    /// values at both ends of each field.
    static let words: [(Instruction, UInt32)] = [
        // RRR, op0 = 0, op1 = 0, op2 = 0, r = 5 (SYSCALL group), s = 1.
        (Instruction(.simcall), 0x00_5100),
        // RRR, op2 = 4 (ST1), r = 3, s = as.
        (Instruction(.ssa8b, [3]), 0x40_3300),
        (Instruction(.ssa8b, [15]), 0x40_3F00),
        // RRI8, op0 = 2 (LSAI), r = 11 / 15, imm8 = offset / 4.
        (Instruction(.l32ai, [2, 3, 4]), 0x01_B322),
        (Instruction(.l32ai, [15, 0, 1020]), 0xFF_B0F2),
        (Instruction(.s32ri, [2, 3, 8]), 0x02_F322),
        (Instruction(.s32ri, [0, 15, 0]), 0x00_FF02),
        // RRI8, op0 = 3 (LSCI), r = 8 (LSIU) / 12 (SSIU), imm8 = offset / 4.
        (Instruction(.lsiu, [1, 2, 4]), 0x01_8213),
        (Instruction(.lsiu, [15, 0, 1020]), 0xFF_80F3),
        (Instruction(.ssiu, [1, 2, 1020]), 0xFF_C213),
        (Instruction(.ssiu, [0, 15, 0]), 0x00_CF03),
        // RRR, op0 = 0, op1 = 8 (LSCX), op2 = 1 (LSXU) / 5 (SSXU): fr, as, at.
        (Instruction(.lsxu, [1, 2, 3]), 0x18_1230),
        (Instruction(.lsxu, [15, 0, 15]), 0x18_F0F0),
        (Instruction(.ssxu, [1, 2, 3]), 0x58_1230),
        (Instruction(.ssxu, [0, 15, 0]), 0x58_0F00),
    ]
}

@Suite struct ReferenceEncodingTests {
    @Test(arguments: ReferenceEncodings.words.indices)
    func encodesToTheManualsWord(_ index: Int) throws {
        let (instruction, word) = ReferenceEncodings.words[index]
        let bytes = try Encoder.encode(instruction, at: Samples.base)
        #expect(bytes == Encoder.bytes(of: word, size: instruction.size), "\(Printer.format(instruction))")
        #expect(Decoder.decode(bytes, at: Samples.base) == instruction)
    }

    @Test func everyOpcodeOutsideLLVMHasReferenceWords() {
        let covered = Set(ReferenceEncodings.words.map(\.0.opcode))
        #expect(ReferenceEncodings.notInLLVM.isSubset(of: covered),
                "no reference word for \(ReferenceEncodings.notInLLVM.subtracting(covered).map(\.mnemonic).sorted())")
    }

    /// If a later LLVM learns one of these, it should move back to the llvm-mc comparison.
    @Test func llvmReallyLacksThem() throws {
        let ops = ReferenceEncodings.notInLLVM.sorted { $0.rawValue < $1.rawValue }
        let lines = ops.map { op in LLVMSyntax.text(Samples.program(include: { $0 == op })[0]) }
        for (op, error) in zip(ops, try LLVMMC.errors(lines)) {
            #expect(error?.contains("unrecognized instruction mnemonic") == true,
                    "llvm-mc-22 now knows \(op.mnemonic): compare it with llvm-mc instead")
        }
    }
}
