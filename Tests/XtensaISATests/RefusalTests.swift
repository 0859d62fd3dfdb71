import Testing
@testable import XtensaISA

/// What the encoder refuses, and that LLVM refuses the same: a profile's missing options,
/// immediates just outside their range, targets just out of reach. The llvm-mc checks catch
/// ranges we made too narrow (a value we refuse that the hardware has).
@Suite struct RefusalTests {
    @Test func qemuProfileRefusesWhatDc233cLacks() throws {
        #expect(throws: EncodingError.missingFeature(.muluh, .mul32High, profile: "qemu")) {
            try Encoder.encode(Instruction(.muluh, [2, 3, 4]), profile: .qemu)
        }
        #expect(throws: EncodingError.missingFeature(.addS, .fp, profile: "qemu")) {
            try Encoder.encode(Instruction(.addS, [0, 1, 2]), profile: .qemu)
        }
        // Every opcode: refused exactly when its option is missing, whatever the profile.
        for profile in Profile.all {
            for op in Opcode.allCases {
                let placed = Samples.program(include: { $0 == op })[0]
                let feature = op.definition.feature
                if profile.has(feature) {
                    #expect(throws: Never.self) { try Encoder.encode(placed.instruction, at: placed.pc, profile: profile) }
                } else {
                    #expect(throws: EncodingError.missingFeature(op, feature, profile: profile.name)) {
                        try Encoder.encode(placed.instruction, at: placed.pc, profile: profile)
                    }
                }
            }
        }
    }

    @Test func profilesMatchTheirCores() {
        for feature in [Feature.mul32High, .boolean, .fp] {
            #expect(!Profile.qemu.has(feature), "dc233c has no \(feature.rawValue)")
            #expect(Profile.esp32.has(feature))
        }
        #expect(Profile.qemu.features.isSubset(of: Profile.esp32.features))
    }

    /// Out-of-range immediates, one step past each end (and off the scale grid): we throw
    /// `immediateOutOfRange` for the right operand, and llvm-mc rejects the same text.
    @Test func immediatesOutOfRangeAreRefused() throws {
        var lines: [(String, Opcode)] = []
        for op in Opcode.allCases {
            let placed = Samples.program(include: { $0 == op })[0]
            for (index, operand) in op.definition.operands.enumerated() {
                guard case .immediate(let imm) = operand.kind else { continue }
                for bad in Samples.invalidValues(imm) {
                    var instruction = placed.instruction
                    instruction.operands[index] = bad
                    #expect(throws: EncodingError.immediateOutOfRange(op, operand: index, value: bad, allowed: imm.description)) {
                        try Encoder.encode(instruction, at: placed.pc)
                    }
                    // llvm-mc (like GNU as) turns a MOVI it cannot encode into an L32R of a
                    // literal: an assembler macro, not the instruction, so it proves nothing.
                    if !ReferenceEncodings.notInLLVM.contains(op) && op != .movi {
                        lines.append((LLVMSyntax.text(Placed(instruction: instruction, pc: placed.pc)), op))
                    }
                }
            }
        }
        for ((line, op), error) in zip(lines, try LLVMMC.errors(lines.map(\.0))) {
            #expect(error != nil, "we refuse `\(line)` but llvm-mc accepts it: is the range of \(op.mnemonic) too narrow?")
        }
    }

    /// Targets one step past each reach (and misaligned call/literal targets): we throw
    /// `targetOutOfReach`, and llvm-mc reports a fixup error for the same line.
    @Test func unreachableTargetsAreRefused() throws {
        var lines: [(String, Int)] = []
        var pc = Samples.base
        for op in Opcode.allCases {
            guard let index = op.definition.targetOperand,
                  case .target(let kind) = op.definition.operands[index].kind else { continue }
            let template = Samples.program(include: { $0 == op })[0].instruction
            let placement = op.definition.operands[index].placement
            for which in Samples.unreachableTargets(kind, placement: placement, pc: pc).indices {
                // Each instruction's targets are relative to its own address.
                let bad = Samples.unreachableTargets(kind, placement: placement, pc: pc)[which]
                var instruction = template
                instruction.operands[index] = bad
                #expect(throws: EncodingError.targetOutOfReach(op, operand: index, distance: bad - pc, rule: kind.reachDescription)) {
                    try Encoder.encode(instruction, at: pc)
                }
                // Laid out one after the other, as llvm-mc will place them.
                // LLVM 22 does not check that an L32R target lies before the instruction: it
                // encodes `l32r a0, .` as offset field 0, which the hardware reads as -256 KiB.
                // Likewise its 6-bit fixup treats a zero distance as "no fixup": `beqz.n a2, .`
                // silently becomes a branch to PC + 4.
                let llvmChecks = !(kind == .literal && bad >= (pc + 3) & ~3)
                    && !(kind == .forward && bad == pc && op.definition.size == 2)
                if !ReferenceEncodings.notInLLVM.contains(op) && llvmChecks {
                    lines.append((LLVMSyntax.text(Placed(instruction: instruction, pc: pc)), instruction.size))
                    pc += instruction.size
                }
            }
        }
        let results = try LLVMMC.assemble(lines.map { (text: $0.0, size: $0.1) })
        for ((line, _), result) in zip(lines, results) {
            if case .bytes(let bytes) = result {
                Issue.record("we refuse `\(line)` but llvm-mc assembles it to \(hexBytes(bytes))")
            }
        }
    }

    @Test func badRegistersAndOperandCounts() {
        #expect(throws: EncodingError.badRegister(.add, operand: 2, value: 16)) {
            try Encoder.encode(Instruction(.add, [1, 2, 16]))
        }
        #expect(throws: EncodingError.badRegister(.addS, operand: 0, value: -1)) {
            try Encoder.encode(Instruction(.addS, [-1, 2, 3]))
        }
        // ANY4's source is a group of four booleans (BR4), ANY8's of eight (BR8).
        #expect(throws: EncodingError.badRegister(.any4, operand: 1, value: 6)) {
            try Encoder.encode(Instruction(.any4, [0, 6]))
        }
        #expect(throws: EncodingError.badRegister(.all8, operand: 1, value: 4)) {
            try Encoder.encode(Instruction(.all8, [0, 4]))
        }
        #expect(Decoder.decode(Encoder.bytes(of: 0x00_8600, size: 3)) == nil, "any4 b0, b6 is not an instruction")
        #expect(throws: EncodingError.operandCount(.add, expected: 3, got: 2)) {
            try Encoder.encode(Instruction(.add, [1, 2]))
        }
        #expect(throws: EncodingError.immediateOutOfRange(.rsr, operand: 1, value: 256, allowed: "0...255")) {
            try Encoder.encode(Instruction(.rsr, [1, 256]))
        }
    }
}
