@testable import XtensaISA

/// How LLVM writes the operands our printer leaves to a formatter: PC-relative targets.
enum LLVMSyntax {
    /// Assembler input for llvm-mc: our printer's text, with each target written relative
    /// to the instruction's own address (`. + 12`), which llvm-mc resolves at layout.
    static func text(_ placed: Placed) -> String {
        renamed(placed.instruction.opcode, Printer.format(placed.instruction) { target in
            let delta = target - placed.pc
            return delta < 0 ? ". - \(-delta)" : ". + \(delta)"
        })
    }

    /// GNU mnemonics LLVM 22 spells differently: it names the FP loads/stores with base
    /// update by the newer ISA names (post-increment), same encodings.
    static let mnemonics: [Opcode: String] = [.lsiu: "lsip", .ssiu: "ssip", .lsxu: "lsxp", .ssxu: "ssxp"]

    private static func renamed(_ op: Opcode, _ text: String) -> String {
        guard let name = mnemonics[op] else { return text }
        return name + text.dropFirst(op.mnemonic.count)
    }

    /// What LLVM 22's disassembler prints for the instruction: our printer's text, with
    /// targets written `. +N`, `. -N` or `. 0` (N from the instruction's address), and LLVM's
    /// known disassembler defects reproduced, so that everything else is still compared.
    static func printed(_ placed: Placed) -> String {
        let pc = placed.pc
        var instruction = placed.instruction
        // LLVM 22 decodes every ADDMI immediate as 0 (llvm-mc assembles it correctly, and
        // the bytes test checks that); compare the registers only.
        if instruction.opcode == .addmi { instruction.operands[2] = 0 }
        let kind = instruction.definition.targetOperand.flatMap { index -> TargetKind? in
            if case .target(let kind) = instruction.definition.operands[index].kind { return kind }
            return nil
        }
        return renamed(instruction.opcode, Printer.format(instruction) { target in
            var shown = target - pc
            switch kind {
            case .literal:
                // L32R's offset is imm16 extended with ones (always backward, ISA manual);
                // LLVM 22 prints imm16 << 2 sign-extended from 17 bits instead, so offsets
                // below -64 KiB print as the wrong address. Reproduce that from the field.
                let aligned = (pc + 3) & ~3
                let field = ((target - aligned) >> 2) & 0xFFFF
                let llvmOffset = (field << 2) & 0x10000 != 0 ? (field << 2 & 0x1FFFF) - 0x20000 : field << 2 & 0x1FFFF
                shown = aligned + llvmOffset - pc
            case .call:
                // LLVM 22 prints (offset << 2) + 4 + (PC & 3), the distance from the
                // instruction only at 4-byte aligned PCs; the hardware (and llvm-mc's
                // assembler, checked by the bytes test) measure from (PC & ~3) + 4.
                shown = target - (pc & ~3) + (pc & 3)
            default: break
            }
            return shown == 0 ? ". 0" : shown > 0 ? ". +\(shown)" : ". \(shown)"
        })
    }

    /// LLVM refuses special registers an instruction cannot access (`wsr` to a read-only
    /// register and so on), following the ISA manual's per-register access. Samples that
    /// LLVM would refuse for that reason are left out of the llvm-mc batch.
    static func acceptsSpecialRegister(_ instruction: Instruction) -> Bool {
        guard let index = instruction.definition.operands.firstIndex(where: { $0.kind == .specialRegister }) else { return true }
        let number = instruction.operands[index]
        switch instruction.opcode {
        case .rsr: return !SpecialRegisterAccess.writeOnly.contains(number)
        case .wsr: return !SpecialRegisterAccess.readOnly.contains(number)
        default: return !SpecialRegisterAccess.readOnly.contains(number) && !SpecialRegisterAccess.writeOnly.contains(number)
            && !SpecialRegisterAccess.noExchange.contains(number)
        }
    }
}

/// Access rules of special registers as LLVM 22 enforces them (checked in SpecialRegisterTests).
enum SpecialRegisterAccess {
    /// CONFIGID1, INTERRUPT (its write form is INTSET), DEBUGCAUSE, PRID: RSR only.
    static let readOnly: Set<Int> = [208, 226, 233, 235]
    /// INTCLEAR: WSR only.
    static let writeOnly: Set<Int> = [227]
    /// CONFIGID0: RSR and WSR, but no XSR.
    static let noExchange: Set<Int> = [176]
}
