import XtensaISA

/// Before allocation: instructions whose result nothing reads are removed. Selection makes
/// some values that turn out unused: the high word of a 64-bit value whose only user reads
/// its low word (`trunc`, an argument split into words, `UInt64(high) << 32 | low`'s zero
/// words once `or` with a zero word became a copy), a constant made for an operand that
/// folded into an immediate. The allocator still gave each a register, and emission printed
/// them (`movi a9, 0` that nothing reads).
///
/// Only instructions without effects besides their one virtual register result are removed
/// (arithmetic, moves, constants; never loads, which may be volatile, stores, branches,
/// calls or divisions, which may trap). A register counts as read when an instruction other
/// than such a removable writer of it reads it: a conditional move reads its destination,
/// and `r = r + 1` reads `r`, but neither makes `r` needed by itself. Removing an instruction
/// can make its operands dead in turn, so the scan repeats until nothing changes.
enum DeadCode {
    static func run(_ input: MachineFunction) -> MachineFunction {
        var function = input
        var reads = [Int](repeating: 0, count: function.virtualCount)
        for block in function.blocks {
            for instruction in block.instructions { count(instruction, into: &reads, by: 1) }
        }
        var changed = true
        while changed {
            changed = false
            // Backwards, so that a chain of dead values goes in one sweep.
            for b in function.blocks.indices.reversed() {
                var kept: [MachineInstruction] = []
                kept.reserveCapacity(function.blocks[b].instructions.count)
                for instruction in function.blocks[b].instructions.reversed() {
                    if let v = removableResult(instruction), reads[v] == 0 {
                        count(instruction, into: &reads, by: -1)
                        changed = true
                    } else {
                        kept.append(instruction)
                    }
                }
                function.blocks[b].instructions = kept.reversed()
            }
        }
        return function
    }

    /// Adds `delta` to the read count of each virtual register `instruction` reads, except
    /// its own result when the instruction is removable (its reading only feeds itself).
    static func count(_ instruction: MachineInstruction, into reads: inout [Int], by delta: Int) {
        let written = removableResult(instruction).map { Register.virtual($0) }
        instruction.forEachUse { register in
            guard case .virtual(let v) = register, register != written, v < reads.count else { return }
            reads[v] += delta
        }
    }

    /// The virtual register `instruction` writes, when writing it is all the instruction does.
    static func removableResult(_ instruction: MachineInstruction) -> Int? {
        guard instruction.implicitDefs.isEmpty, instruction.implicitUses.isEmpty,
              let d = instruction.definedOperand, case .register(.virtual(let v)) = instruction.operands[d] else { return nil }
        switch instruction.opcode {
        case .copy, .frameAddress: return v
        case .isa(let op): return pure.contains(op) ? v : nil
        case .tailCall: return nil
        }
    }

    /// Instructions that only compute their destination from registers and immediates.
    static let pure: Set<Opcode> = [
        .add, .addx2, .addx4, .addx8, .sub, .subx2, .subx4, .subx8, .neg, .abs, .and, .or, .xor, .addi, .addmi,
        .movi, .l32r, .moveqz, .movnez, .movltz, .movgez, .extui, .slli, .srai, .srli, .src, .srl, .sll, .sra,
        .mul16u, .mul16s, .mull, .muluh, .mulsh, .min, .max, .minu, .maxu, .sext, .nsa, .nsau, .clamps,
    ]
}
