import Testing
@testable import XtensaISA

/// The `qemu` profile against the core it stands for: QEMU's `dc233c` decodes with that
/// core's own Tensilica-generated tables, so every sample of an opcode the profile allows
/// must come out as our printer's text, and every sample of an opcode it refuses as "???".
@Suite struct QEMUCoreTests {
    /// Registers dc233c does not have, which our register names do not tie to a profile yet:
    /// BR (booleans), MEMCTL, MISC2/MISC3 (it has two MISC registers), FCR/FSR (FPU).
    static let dc233cLacksSpecial: Set<Int> = [4, 97, 246, 247]
    static let dc233cLacksUser: Set<Int> = [232, 233]

    static func dc233cHasRegisters(_ instruction: Instruction) -> Bool {
        zip(instruction.definition.operands, instruction.operands).allSatisfy { operand, value in
            switch operand.kind {
            case .specialRegister: !dc233cLacksSpecial.contains(value)
            case .userRegister: !dc233cLacksUser.contains(value)
            default: true
            }
        }
    }

    /// QEMU prints the manual's per-register opcodes, `rsr.sar a2`; GNU as also takes (and
    /// we print) the operand form `rsr a2, sar`.
    static func registerOperandForm(_ text: String) -> String {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let dot = parts[0].firstIndex(of: "."),
              ["rsr", "wsr", "xsr", "rur", "wur"].contains(parts[0][..<dot]) else { return text }
        return "\(parts[0][..<dot]) \(parts[1]), \(parts[0][parts[0].index(after: dot)...])"
    }

    /// Our text with the special register as a number: dc233c's tables have no names for
    /// CONFIGID0/CONFIGID1 and QEMU prints 176/208.
    static func numbered(_ instruction: Instruction, _ text: String) -> String {
        guard let index = instruction.definition.operands.firstIndex(where: { $0.kind == .specialRegister }),
              let name = SpecialRegisters.name(of: instruction.operands[index], in: SpecialRegisters.special) else { return text }
        return text.replacingOccurrences(of: ", " + name, with: ", \(instruction.operands[index])")
    }

    @Test func dc233cDecodesWhatTheQemuProfileAllows() throws {
        // At the sim machine's ROM; access rules as LLVM enforces them (QEMU agrees).
        let program = Samples.program(at: 0xFE00_0000, keep: { Self.dc233cHasRegisters($0) && LLVMSyntax.acceptsSpecialRegister($0) })
        let code = try program.flatMap { try Encoder.encode($0.instruction, at: $0.pc) }
        let listing = try QEMUDisassembler.disassemble(code, at: program[0].pc, count: program.count, cpu: "dc233c")
        var failures = FailureLog()
        for placed in program {
            let op = placed.instruction.opcode
            let theirs = listing[placed.pc].map { Self.registerOperandForm(normalizedWhitespace($0)) } ?? "nothing"
            if Profile.qemu.features.isSuperset(of: op.definition.features) {
                let ours = normalizedWhitespace(Printer.format(placed.instruction))
                if theirs != ours && theirs != Self.numbered(placed.instruction, ours) { failures.add(op, "\(placed): dc233c says `\(theirs)`, we print `\(ours)`") }
            } else if theirs != "???" {
                failures.add(op, "\(placed): the qemu profile refuses it, but dc233c decodes `\(theirs)`")
            }
        }
        failures.report(checked: program.count)
    }
}

extension QEMUCoreTests {
    /// The options the `esp32` profile adds (MUL32_HIGH, booleans, FPU) against QEMU's
    /// `de233_fpu`, a core that has them. Its newer tables name the FP base-update ops
    /// LSIP/SSIP/LSXP/SSXP, like LLVM.
    @Test func de233FpuDecodesTheEsp32Options() throws {
        // de233_fpu has no MUL32_HIGH: MULUH/MULSH are checked by LLVM only.
        let extra = { (op: Opcode) in
            !Profile.qemu.features.isSuperset(of: op.definition.features) && !op.definition.features.contains(.mul32High)
        }
        let program = Samples.program(at: 0xFE00_0000, include: extra)
        let code = try program.flatMap { try Encoder.encode($0.instruction, at: $0.pc) }
        let listing = try QEMUDisassembler.disassemble(code, at: program[0].pc, count: program.count, cpu: "de233_fpu")
        var failures = FailureLog()
        for placed in program {
            let op = placed.instruction.opcode
            let theirs = listing[placed.pc].map(normalizedWhitespace) ?? "nothing"
            var ours = normalizedWhitespace(Printer.format(placed.instruction))
            if let name = LLVMSyntax.mnemonics[op] { ours = name + ours.dropFirst(op.mnemonic.count) }
            if theirs != ours { failures.add(op, "\(placed): de233_fpu says `\(theirs)`, we print `\(ours)`") }
        }
        failures.report(checked: program.count)
    }
}

extension QEMUCoreTests {
    /// Our decoder against dc233c's on the words `DecoderOracleTests` uses (each sampled
    /// encoding with one bit flipped, and a fixed random spread): where dc233c decodes an
    /// instruction the qemu profile has, we must decode the same; where we decode one of
    /// those and dc233c does not, our fixed bits are too loose.
    /// Words dc233c's tables accept and LLVM 22 and we reject (our encoder never makes
    /// them): RET, RETW, RET.N and RETW.N with a nonzero s field, which those tables treat
    /// as don't-care, and SLLI with shift field 0, which they read as a shift by 32 while
    /// the assembler syntax (GNU, LLVM, ours) is 1...31.
    static func dc233cIsLaxer(_ text: String) -> Bool {
        ["ret", "retw", "ret.n", "retw.n"].contains(text) || (text.hasPrefix("slli ") && text.hasSuffix(", 32"))
    }

    @Test func decoderAgreesWithDc233c() throws {
        // Laid out back to back, each word cut to the length its op0 gives (as on every
        // density core), so one listing walks them all; op0 14 and 15 have no length here.
        let base = 0xFE00_0000
        let words = DecoderOracleTests.words
            .map { Array($0.bytes.prefix(Decoder.size(firstByte: $0.bytes[0]))) }
            .filter { $0[0] & 0xF < 14 }
        var addresses: [Int] = [], next = base
        for word in words { addresses.append(next); next += word.count }
        let listing = try QEMUDisassembler.disassemble(Array(words.joined()), at: base, count: words.count, cpu: "dc233c")
        var failures: [String] = []
        for (word, pc) in zip(words, addresses) {
            guard let listed = listing[pc] else {
                failures.append("QEMU lists nothing at \(hex(pc)): the listing is out of step")
                break
            }
            let theirs = Self.registerOperandForm(normalizedWhitespace(listed))
            var ours = Decoder.decode(word, at: pc)
            if let instruction = ours, !Profile.qemu.features.isSuperset(of: instruction.definition.features) { ours = nil }
            // Special/user register numbers: we decode any, dc233c only its own.
            if let instruction = ours, !(DecoderOracleTests.namesItsRegisters(instruction) && Self.dc233cHasRegisters(instruction)) {
                continue
            }
            let bytes = hexBytes(word)
            switch ours {
            case let instruction?:
                let text = normalizedWhitespace(Printer.format(instruction))
                if theirs != text && theirs != Self.numbered(instruction, text) {
                    failures.append("\(bytes) at \(hex(pc)): dc233c `\(theirs)`, ours `\(text)`")
                }
            case nil where theirs != "???":
                // dc233c decodes it and we do not: fine when it is an instruction we lack
                // (MAC16, cache, TLB...), a failure when it is one of our opcodes.
                if let mnemonic = theirs.split(separator: " ").first, let op = Opcode(mnemonic: String(mnemonic)),
                   Profile.qemu.features.isSuperset(of: op.definition.features), !Self.dc233cIsLaxer(theirs) {
                    failures.append("\(bytes): dc233c decodes `\(theirs)`, we decode nothing")
                }
            default: break
            }
        }
        for failure in failures.prefix(40) { Issue.record(Comment(rawValue: failure)) }
        if failures.count > 40 { Issue.record("\(failures.count - 40) more disagreements") }
    }
}
