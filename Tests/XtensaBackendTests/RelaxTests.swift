import Testing
@testable import XtensaBackend
import XtensaISA

/// Relaxation of jumps beyond J's ±128 KiB, inside one function: islands (blocks holding
/// only `j target`) carry them, and the code runs as before. Checked on a function built
/// for it: a loop over 300 KB of straight-line code, entered by a far conditional branch
/// and closed by a far backward jump.
@Suite struct RelaxTests {
    /// b0: bnez a2, b3 | b1: nop × 100,000 | b2: addi a2, a2, 1; j b0 | b3: retw
    static func function() -> MachineFunction {
        var function = MachineFunction(name: "far", isGlobal: true)
        func block(_ id: Int, _ instructions: [MachineInstruction]) -> MachineBlock {
            var block = MachineBlock(id: id)
            block.instructions = instructions
            return block
        }
        let a2 = MachineOperand.register(.physical(2))
        function.blocks = [
            block(0, [MachineInstruction(.bnez, a2, .block(3))]),
            block(1, Array(repeating: MachineInstruction(.nop), count: 100_000)),
            block(2, [MachineInstruction(.addi, a2, a2, .immediate(1)), MachineInstruction(.j, .block(0))]),
            block(3, [MachineInstruction(.retw)]),
        ]
        return function
    }

    /// The instructions `function` runs from its entry with a2 = 0, branches and jumps left
    /// out (relaxation inverts branches and adds jumps), up to RETW; nil if it runs off its
    /// end or jumps nowhere.
    static func trace(_ function: MachineFunction) -> [Opcode]? {
        let index = Dictionary(uniqueKeysWithValues: function.blocks.enumerated().map { ($1.id, $0) })
        var trace: [Opcode] = []
        var (b, i, a2) = (0, 0, 0)
        while trace.count < 1_000_000 {
            guard b < function.blocks.count else { return nil }
            guard i < function.blocks[b].instructions.count else { (b, i) = (b + 1, 0); continue }
            let instruction = function.blocks[b].instructions[i]
            guard case .isa(let op) = instruction.opcode else { return nil }
            var jump: Int?
            switch op {
            case .j: jump = instruction.targets.first
            case .bnez: if a2 != 0 { jump = instruction.targets.first }
            case .beqz: if a2 == 0 { jump = instruction.targets.first }
            case .addi: a2 += 1
            case .retw: return trace + [op]
            default: break
            }
            if op.definition.targetOperand == nil { trace.append(op) }
            if let jump {
                guard let target = index[jump] else { return nil }
                (b, i) = (target, 0)
            } else {
                i += 1
            }
        }
        return nil
    }

    @Test func farJumpsGoThroughIslandsAndTheCodeRunsAsBefore() throws {
        let original = Self.function()
        let relaxed = Relax.run(original)
        #expect(Relax.outOfReach(relaxed, Relax.blockAddresses(relaxed)).isEmpty, "every branch and jump reaches")
        let islands = relaxed.blocks.filter { $0.instructions.count == 1 && $0.instructions[0].opcode == .isa(.j) }
        #expect(islands.count >= 4, "two islands each way across 300 KB: \(islands.count)")
        let expected = try #require(Self.trace(original))
        #expect(expected.count == 100_002)  // the nops, addi, retw
        let actual = try #require(Self.trace(relaxed), "the relaxed function runs off its end or jumps nowhere")
        // Compared by count and first difference: a failure must not print 100,000 opcodes.
        #expect(actual.count == expected.count)
        #expect(actual.indices.first { $0 < expected.count && actual[$0] != expected[$0] } == nil)
    }
}
