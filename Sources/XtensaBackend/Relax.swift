import XtensaISA

/// Branch relaxation: a conditional branch whose target is out of its reach (BRI8: −128…127
/// bytes from PC + 4, BRI12: ±2 KiB) becomes the inverted branch over a J, which reaches
/// ±128 KiB. A J out of reach (a function over 128 KiB: an OCaml program's top level with
/// Format and Scanf is) goes to an *island*, a block holding only `j target` placed as far
/// toward the target as the J reaches; when that is still too far, the island's own J gets
/// an island in turn. Runs on the final layout and repeats until nothing grows.
enum Relax {
    static func run(_ input: MachineFunction) -> MachineFunction {
        var function = input
        var nextID = (function.blocks.map(\.id).max() ?? 0) + 1
        while true {
            // Every branch out of reach at once (code only grows, so each stays out of reach),
            // last first so the positions of the others stay valid; then again, since the
            // new jumps may push more branches out of reach.
            let addresses = blockAddresses(function)
            let far = outOfReach(function, addresses)
            if far.isEmpty { return function }
            let branches = far.filter { function.blocks[$0.0].instructions[$0.1].opcode != .isa(.j) }
            if branches.isEmpty {
                // Only jumps: an island each, last first. Each island moves the code after
                // it by 3 bytes (6 with a split), so the addresses used here are estimates;
                // the next round checks every jump again.
                var estimated = addresses
                let jumps = far.map { (id: function.blocks[$0.0].id, fromEnd: function.blocks[$0.0].instructions.count - $0.1) }
                for jump in jumps.reversed() {
                    addIsland(for: jump, &function, &estimated, &nextID)
                }
                continue
            }
            for (b, i) in branches.reversed() {
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

    /// How far from a J its island goes: J reaches ±128 KiB from PC + 4; the 4 KiB kept back
    /// absorb the code that later islands and relaxed branches insert in between.
    static let islandDistance = 124 * 1024

    /// Points the J at `site` (its block's id, its position counted from the block's end)
    /// at an island: an existing one for the same target that it reaches and that is nearer
    /// the target, else a new one at a block boundary where control does not fall through
    /// (no cost on any path), else in a block split for it (`j` over the island on the
    /// fall-through path). `addresses` are estimates, and get the new blocks'.
    static func addIsland(for site: (id: Int, fromEnd: Int), _ function: inout MachineFunction,
                          _ addresses: inout [Int: Int], _ nextID: inout Int) {
        // An earlier island's split may have moved the jump: then the next round finds it.
        guard let b = function.blocks.firstIndex(where: { $0.id == site.id }),
              case let i = function.blocks[b].instructions.count - site.fromEnd, i >= 0,
              function.blocks[b].instructions[i].opcode == .isa(.j),
              case .block(let target) = function.blocks[b].instructions[i].operands.last,
              let goal = addresses[target], let start = addresses[site.id]
        else { return }
        let pc = start + function.blocks[b].instructions[..<i].reduce(0) { $0 + size(of: $1) }
        // A jump this round's splits put at (b, i) is in reach: leave it.
        let jump = Opcode.j.definition
        if (try? jump.field(jump.targetOperand!, value: goal, pc: pc)) != nil { return }
        let forward = goal > pc
        let desired = forward ? pc + islandDistance : pc - islandDistance
        // Boundaries between the jump and `desired`, at least half way.
        func usable(_ address: Int) -> Bool {
            forward ? address >= pc + islandDistance / 2 && address <= desired
                    : address <= pc - islandDistance / 2 && address >= desired
        }
        func retarget(_ island: Int) {
            function.blocks[b].instructions[i].operands[function.blocks[b].instructions[i].operands.count - 1] = .block(island)
        }
        if let island = function.blocks.first(where: { block in
            block.instructions.count == 1 && block.instructions[0].opcode == .isa(.j)
                && block.instructions[0].operands == [.block(target)] && addresses[block.id].map(usable) == true
        }) {
            return retarget(island.id)
        }
        var island = MachineBlock(id: nextID)
        nextID += 1
        island.instructions = [MachineInstruction(.j, .block(target))]
        // Before blocks move, while (b, i) still names the jump.
        retarget(island.id)
        let gaps = function.blocks.indices.dropFirst().filter { k in
            function.blocks[k - 1].instructions.last?.isBarrier == true && addresses[function.blocks[k].id].map(usable) == true
        }
        if let k = gaps.min(by: { abs(addresses[function.blocks[$0].id]! - desired) < abs(addresses[function.blocks[$1].id]! - desired) }) {
            addresses[island.id] = addresses[function.blocks[k].id]!
            function.blocks.insert(island, at: k)
            return
        }
        // No gap: split the block holding `desired` before the instruction there.
        guard let k = function.blocks.lastIndex(where: { addresses[$0.id].map { $0 <= desired } == true }) else { return }
        var split = 0
        var address = addresses[function.blocks[k].id]!
        for instruction in function.blocks[k].instructions {
            if address + size(of: instruction) > desired { break }
            address += size(of: instruction)
            split += 1
        }
        var rest = MachineBlock(id: nextID)
        nextID += 1
        rest.instructions = Array(function.blocks[k].instructions[split...])
        function.blocks[k].instructions = Array(function.blocks[k].instructions[..<split]) + [MachineInstruction(.j, .block(rest.id))]
        function.blocks.insert(contentsOf: [island, rest], at: k + 1)
        addresses[island.id] = address + 3
        addresses[rest.id] = address + 6
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
                guard case .isa(let op) = instruction.opcode, let t = op.definition.targetOperand,
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
