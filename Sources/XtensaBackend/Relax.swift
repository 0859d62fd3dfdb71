import XtensaISA

/// Branch relaxation: a conditional branch whose target is out of its reach (BRI8: −128…127
/// bytes from PC + 4, BRI12: ±2 KiB) becomes the inverted branch over a J, which reaches
/// ±128 KiB. Runs on the final layout and repeats until nothing grows.
enum Relax {
    static func run(_ input: MachineFunction) -> MachineFunction {
        var function = input
        var nextID = (function.blocks.map(\.id).max() ?? 0) + 1
        while true {
            // Every branch out of reach at once (code only grows, so each stays out of reach),
            // last first so the positions of the others stay valid; then again, since the
            // new jumps may push more branches out of reach.
            let far = outOfReach(function, blockAddresses(function))
            if far.isEmpty { return function }
            for (b, i) in far.reversed() {
                let block = function.blocks[b]
                var branch = block.instructions[i]
                guard case .isa(let op) = branch.opcode, let inverse = invertedBranches[op] else { return function }
                // B: ... b!cc skip; j target    skip: (the rest of B)
                let target = branch.operands.last!
                var rest = MachineBlock(id: nextID)
                nextID += 1
                rest.instructions = Array(block.instructions[(i + 1)...])
                branch.opcode = .isa(inverse)
                branch.operands[branch.operands.count - 1] = .block(rest.id)
                function.blocks[b].instructions = Array(block.instructions[..<i]) + [branch, MachineInstruction(.j, target)]
                function.blocks.insert(rest, at: b + 1)
            }
        }
    }

    /// The offset of each block from the function's start, by block id.
    static func blockAddresses(_ function: MachineFunction) -> [Int: Int] {
        var addresses: [Int: Int] = [:]
        var address = 0
        for block in function.blocks {
            addresses[block.id] = address
            address += block.instructions.reduce(0) { $0 + size(of: $1) }
        }
        return addresses
    }

    /// Positions of the conditional branches that cannot reach their targets, in layout order.
    static func outOfReach(_ function: MachineFunction, _ addresses: [Int: Int]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for (b, block) in function.blocks.enumerated() {
            var pc = addresses[block.id]!
            for (i, instruction) in block.instructions.enumerated() {
                defer { pc += size(of: instruction) }
                guard case .isa(let op) = instruction.opcode, op != .j, let t = op.definition.targetOperand,
                      case .block(let id) = instruction.operands[t] else { continue }
                if (try? op.definition.field(t, value: addresses[id]!, pc: pc)) == nil { found.append((b, i)) }
            }
        }
        return found
    }

    static func size(of instruction: MachineInstruction) -> Int {
        if case .isa(let op) = instruction.opcode { return op.definition.size }
        return 3
    }
}
