import XtensaISA

/// The last rewrites before emission, on allocated code in final layout order: branches to
/// a block that only jumps go straight to its target, loops whose header tests for the exit
/// are rotated so the test also ends the loop, jumps to the next block vanish, a
/// conditional branch over a jump becomes the inverted branch, copies become `mov.n`, and
/// instructions take their 16-bit density form when every operand fits it.
enum Peephole {
    static func run(_ input: MachineFunction, profile: Profile) -> MachineFunction {
        var function = rotateLoops(threadJumps(input))
        let blocks = function.blocks
        let positions = Dictionary(uniqueKeysWithValues: blocks.enumerated().map { ($1.id, $0) })
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
            } else if code.count >= 2, let last = code.last, last.opcode == .isa(.j),
                      case .isa(let op) = code[code.count - 2].opcode, let inverse = invertedBranches[op],
                      let exit = code[code.count - 2].targets.first, let back = last.targets.first,
                      let e = positions[exit], let h = positions[back], h == position || (h < position && e > position) {
                // A loop's latch `bcc L_exit; j L_head` (the head is this block, or before it with
                // the exit after) → `b!cc L_head; j L_exit`: the same size,
                // but an iteration runs one taken branch instead of a branch and a jump.
                var branch = code[code.count - 2]
                branch.opcode = .isa(inverse)
                branch.operands[branch.operands.count - 1] = .block(back)
                code[code.count - 2] = branch
                code[code.count - 1] = MachineInstruction(.j, .block(exit))
            }
            function.blocks[position].instructions = code.map { narrowed($0, profile: profile) }
        }
        return function
    }

    /// A back edge `j H`, where H starts with at most three plain instructions and a
    /// conditional exit branch, becomes a copy of those instructions and the inverted branch
    /// back to just after H's test (then `j` to the exit): each iteration saves the jump.
    /// Registers are allocated already, so the copy computes exactly what H would.
    static func rotateLoops(_ input: MachineFunction) -> MachineFunction {
        var function = input
        var nextID = (function.blocks.map(\.id).max() ?? 0) + 1
        // Each block's position by id (kept up to date when a block is inserted): a search
        // per jump was quadratic in OCaml's functions of thousands of blocks.
        var positions = Dictionary(uniqueKeysWithValues: function.blocks.enumerated().map { ($1.id, $0) })
        var l = 0
        while l < function.blocks.count {
            defer { l += 1 }
            guard let jump = function.blocks[l].instructions.last, jump.opcode == .isa(.j),
                  let h = positions[jump.targets[0]], h <= l, h > 0 else { continue }
            let header = function.blocks[h].instructions
            guard let test = header.firstIndex(where: { !$0.targets.isEmpty || $0.isBarrier || !$0.implicitDefs.isEmpty }),
                  test <= 3, case .isa(let op) = header[test].opcode, op != .j, let inverse = invertedBranches[op],
                  header[test].targets.count == 1,
                  // Only a loop exit: a target outside the blocks from H to the latch.
                  let exitPosition = positions[header[test].targets[0]],
                  exitPosition < h || exitPosition > l else { continue }
            // The code after the test gets a label: a block of its own, or the next block.
            var after: Int
            if test + 1 < header.count {
                var rest = MachineBlock(id: nextID)
                nextID += 1
                rest.instructions = Array(header[(test + 1)...])
                function.blocks[h].instructions = Array(header[...test])
                function.blocks.insert(rest, at: h + 1)
                for i in (h + 1)..<function.blocks.count { positions[function.blocks[i].id] = i }
                after = rest.id
                if l >= h { l += 1 }   // the latch moved down (or is the new block)
            } else {
                guard h + 1 < function.blocks.count else { continue }
                after = function.blocks[h + 1].id
            }
            var back = header[test]
            back.opcode = .isa(inverse)
            back.operands[back.operands.count - 1] = .block(after)
            let exit = MachineInstruction(.j, .block(header[test].targets[0]))
            function.blocks[l].instructions.removeLast()
            function.blocks[l].instructions += Array(header[..<test]) + [back, exit]
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
            guard forward[id] != nil else { return id }  // most targets: no set to allocate
            var id = id, visited: Set<Int> = []
            while let next = forward[id], visited.insert(id).inserted { id = next }
            return id
        }
        for b in function.blocks.indices {
            for i in function.blocks[b].instructions.indices {
                // Only operands that change are written: rewriting every operand list copied them all.
                for (k, operand) in function.blocks[b].instructions[i].operands.enumerated() {
                    guard case .block(let id) = operand else { continue }
                    let target = final(id)
                    if target != id { function.blocks[b].instructions[i].operands[k] = .block(target) }
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
