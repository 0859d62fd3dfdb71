import XtensaISA

/// The last rewrites before emission, on allocated code in final layout order:
/// branches to a block that only jumps go straight to its target, jumps to the next block vanish, a conditional branch over a jump becomes the inverted
/// branch, copies become `mov.n`, and instructions take their 16-bit density form when
/// every operand fits it.
enum Peephole {
    static func run(_ input: MachineFunction, profile: Profile) -> MachineFunction {
        var function = threadJumps(input)
        let blocks = function.blocks
        for (position, block) in blocks.enumerated() {
            let next = position + 1 < blocks.count ? blocks[position + 1].id : nil
            var code = block.instructions
            if let last = code.last, last.opcode == .isa(.j), let next, last.targets == [next] {
                code.removeLast()
            } else if code.count >= 2, let last = code.last, last.opcode == .isa(.j), let next,
                      case .isa(let op) = code[code.count - 2].opcode, let inverse = invertedBranches[op],
                      code[code.count - 2].targets == [next] {
                // bcc L_next; j L_other  →  b!cc L_other
                var branch = code[code.count - 2]
                branch.opcode = .isa(inverse)
                branch.operands[branch.operands.count - 1] = last.operands[0]
                code.removeLast(2)
                code.append(branch)
            }
            function.blocks[position].instructions = code.map { narrowed($0, profile: profile) }
        }
        return function
    }

    /// Retargets branches to blocks that hold nothing but `j X` (phi edges whose copies
    /// the allocator removed) to X, and branches to a block that repeats an earlier one
    /// (ending in a jump or return) to the earlier one; then drops blocks nothing reaches.
    static func threadJumps(_ input: MachineFunction) -> MachineFunction {
        var function = input
        var forward: [Int: Int] = [:]
        var seen: [[MachineInstruction]: Int] = [:]
        for block in function.blocks.dropFirst() {
            if block.instructions.count == 1, block.instructions[0].opcode == .isa(.j) {
                forward[block.id] = block.instructions[0].targets[0]
            } else if block.instructions.last?.isBarrier == true {
                if let first = seen[block.instructions] { forward[block.id] = first } else { seen[block.instructions] = block.id }
            }
        }
        func final(_ id: Int) -> Int {
            var id = id, visited: Set<Int> = []
            while let next = forward[id], visited.insert(id).inserted { id = next }
            return id
        }
        for b in function.blocks.indices {
            for i in function.blocks[b].instructions.indices {
                function.blocks[b].instructions[i].operands = function.blocks[b].instructions[i].operands.map {
                    if case .block(let id) = $0 { .block(final(id)) } else { $0 }
                }
            }
        }
        let referenced = Set(function.blocks.flatMap(\.successors))
        var kept: [MachineBlock] = []
        for block in function.blocks {
            let fallenInto = kept.last.map { $0.instructions.last?.isBarrier != true } ?? true
            if !fallenInto, !referenced.contains(block.id) { continue }
            kept.append(block)
        }
        function.blocks = kept
        return function
    }

    /// The density form of `instruction` when the profile has it and the operands fit.
    static func narrowed(_ instruction: MachineInstruction, profile: Profile) -> MachineInstruction {
        guard profile.has(.density) else { return instruction }
        if instruction.opcode == .copy { return MachineInstruction(.isa(.movN), instruction.operands) }
        if instruction.opcode == .isa(.addi), instruction.operands[2] == .immediate(0) {
            // An address that is SP itself (a local at offset 0), or any register plus 0.
            return MachineInstruction(.isa(.movN), Array(instruction.operands.prefix(2)))
        }
        guard case .isa(let op) = instruction.opcode, let narrow = narrowForms[op] else { return instruction }
        for (i, operand) in instruction.operands.enumerated() {
            switch operand {
            case .register(.physical(let r)) where narrow.accepts(r, at: i): continue
            case .immediate(let value) where narrow.accepts(value, at: i): continue
            default: return instruction
            }
        }
        var result = instruction
        result.opcode = .isa(narrow)
        return result
    }
}
