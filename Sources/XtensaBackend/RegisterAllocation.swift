/// Register allocation in the linear-scan family: intervals (with holes) are taken in order
/// of their start and each gets the first register, hints first, whose intervals and ABI
/// uses do not overlap it; with none free, the longest-reaching occupants are evicted.
///
/// Allocatable registers are a2–a15 (a0 holds the return address, a1 the stack pointer).
/// The ABI's fixed uses (arguments, call clobbers of a8–a15, the result) are ranges the
/// scan must avoid, so values live across a call end up in a2–a7, which the window keeps.
/// Copies to and from fixed registers are hints, and a copy whose ends get the same
/// register disappears. When no register is free, whichever reaches furthest is spilled
/// to a frame slot: each use reloads into a fresh, short-lived register and each
/// definition stores, and the scan runs again. Once it converges, spilled values whose
/// lifetimes do not overlap share slots (`SpillSlots`).
enum RegisterAllocation {
    /// Registers in the order the scan tries them: a8–a15 first, since values there cost
    /// nothing to clobber, so a2–a7 stay free for values that live across calls.
    static let order = Array(8...15) + Array(2...7)

    static func run(_ input: MachineFunction) throws(BackendError) -> MachineFunction {
        var function = input
        var unspillable: Set<Int> = []
        // Spilling adds instructions inside blocks, never blocks: one estimate serves every round.
        let frequencies = BlockFrequency.estimate(function)
        for _ in 0..<16 {
            let liveness = Liveness.compute(function)
            // Computed once per round, for the scan and for the spilling that follows it.
            let constants = rematerialisable(function, count: liveness.intervals.count)
            let costs = spillCosts(function, frequencies: frequencies, count: liveness.intervals.count)
            switch scan(function, liveness, constants: constants, costs: costs, frequencies: frequencies, unspillable: unspillable) {
            case .assigned(let assignment):
                return rewrite(SpillSlots.share(function), assignment)
            case .spill(let registers):
                spill(registers, in: &function, constants: constants, unspillable: &unspillable)
            }
        }
        throw .unsupported(function: input.name, instruction: "(whole function)", reason: "register allocation did not converge")
    }

    enum Outcome {
        /// The physical register of each virtual register, by number (-1: never live).
        case assigned([Int])
        case spill([Int])
    }

    /// The scan. Everything per virtual register is a flat array indexed by its number, and
    /// what a physical register holds is its segments with their owners' numbers: the inner
    /// loops allocate nothing and retain nothing.
    static func scan(_ function: MachineFunction, _ liveness: Liveness, constants: [Bool], costs: [Int],
                     frequencies: [Int], unspillable unspillableSet: Set<Int>) -> Outcome {
        let count = liveness.intervals.count
        let hints = copyHints(function, frequencies: frequencies, count: count)
        var unspillable = [Bool](repeating: false, count: count)
        for v in unspillableSet where v < count { unspillable[v] = true }
        let intervals = liveness.sortedIntervals
        var ends = [Int](repeating: 0, count: count)
        for interval in intervals { ends[interval.register] = interval.end }
        var assignment = [Int](repeating: -1, count: count)
        // What each physical register holds so far: the segments of its intervals, disjoint
        // and ascending, each with its interval's register (binary search instead of a scan
        // of every occupant: large functions have thousands of intervals).
        var occupants = [[(segment: ClosedRange<Int>, owner: Int)]](repeating: [], count: 16)
        var spills: [Int] = []

        func isFree(_ p: Int, _ interval: Liveness.Interval) -> Bool {
            for segment in interval.segments {
                let i = Liveness.firstEnding(atOrAfter: segment.lowerBound, in: occupants[p]) { $0.segment }
                if i < occupants[p].count, occupants[p][i].segment.lowerBound <= segment.upperBound { return false }
            }
            return true
        }
        /// The registers of the intervals in `p` that overlap `interval`, in order of discovery.
        func conflicts(_ p: Int, _ interval: Liveness.Interval) -> [Int] {
            var found: [Int] = []
            for segment in interval.segments {
                var i = Liveness.firstEnding(atOrAfter: segment.lowerBound, in: occupants[p]) { $0.segment }
                while i < occupants[p].count, occupants[p][i].segment.lowerBound <= segment.upperBound {
                    let owner = occupants[p][i].owner
                    if !found.contains(owner) { found.append(owner) }
                    i += 1
                }
            }
            return found
        }
        func occupy(_ p: Int, _ interval: Liveness.Interval) {
            for segment in interval.segments {
                let i = Liveness.firstEnding(atOrAfter: segment.lowerBound, in: occupants[p]) { $0.segment }
                occupants[p].insert((segment, interval.register), at: i)
            }
        }

        var preferred: [Int] = [], frontier: [Int] = [], next: [Int] = [], seen: [Int] = []
        var candidates: [Int] = []
        var direct = [Int](repeating: 0, count: 16)
        for interval in intervals {
            // Registers of copy-related values, nearest first, looking through values not yet
            // allocated (t → phi → counter: t can take the counter's register directly). The
            // direct partners' registers come first, the one whose copies weigh most (by
            // block frequency) first among them: a loop's latch value is copied from many
            // handlers' values, some tied to a call's a10, and back into the loop's phi once
            // per iteration; that copy is the one to remove.
            preferred.removeAll(keepingCapacity: true)
            frontier.removeAll(keepingCapacity: true)
            frontier.append(interval.register)
            seen.removeAll(keepingCapacity: true)
            seen.append(interval.register)
            for p in direct.indices { direct[p] = 0 }
            for level in 0..<3 {
                next.removeAll(keepingCapacity: true)
                for v in frontier {
                    for (hint, weight) in hints[v] {
                        var register: Int? = nil
                        switch hint {
                        case .physical(let p): register = p
                        case .virtual(let w) where !seen.contains(w):
                            seen.append(w)
                            if w < count, assignment[w] >= 0 { register = assignment[w] } else { next.append(w) }
                        case .virtual(let w) where level == 0 && w < count && assignment[w] >= 0:
                            register = assignment[w]  // another copy with the same partner
                        default: break
                        }
                        guard let p = register else { continue }
                        if level == 0, (0..<16).contains(p) { direct[p] += weight }
                        preferred.append(p)
                    }
                }
                if level == 0 {
                    // Stable: equally weighted registers keep the order they were found in.
                    let ranked = preferred.enumerated().sorted { a, b in
                        let (wa, wb) = (direct[a.element], direct[b.element])
                        return wa != wb ? wa > wb : a.offset < b.offset
                    }
                    preferred = ranked.map(\.element)
                }
                swap(&frontier, &next)
            }
            candidates.removeAll(keepingCapacity: true)
            for list in [preferred, order] {
                for p in list where (2...15).contains(p) && Register.physical(p) != function.framePointer
                    && !liveness.isFixed(p, overlapping: interval) {
                    candidates.append(p)
                }
            }
            if let p = candidates.first(where: { isFree($0, interval) }) {
                assignment[interval.register] = p
                occupy(p, interval)
                continue
            }
            // Constants are cheapest to spill (they are made again where used): spill this one,
            // or evict a register held only by constants. Otherwise evict the occupants of the
            // register whose conflicting intervals all can be spilled and cost least to spill
            // (their uses and definitions weighted by loop depth: spilling everywhere puts a
            // load or store at each), furthest-reaching first among equals, if they cost less
            // than this one, or as much and reach further. By reach alone, a switch in a loop
            // lost the values every handler uses (they reach furthest) to the temporaries
            // of the few handlers that call something.
            let isUnspillable = unspillable[interval.register]
            let evictions = candidates.compactMap { p -> (register: Int, victims: [Int], cost: Int, reach: Int)? in
                let victims = conflicts(p, interval)
                guard !victims.contains(where: { unspillable[$0] }) else { return nil }
                return (p, victims, victims.reduce(0) { $0 + costs[$1] }, victims.map { ends[$0] }.max()!)
            }
            let constantEviction = evictions.first { $0.victims.allSatisfy { constants[$0] } }
            let eviction = constants[interval.register] && !isUnspillable ? nil
                : constantEviction ?? evictions.min { ($0.cost, -$0.reach) < ($1.cost, -$1.reach) }
            let cost = costs[interval.register]
            if let (p, victims, victimCost, reach) = eviction,
               isUnspillable || constantEviction != nil || victimCost < cost || (victimCost == cost && reach > interval.end) {
                for victim in victims {
                    spills.append(victim)
                    assignment[victim] = -1
                }
                occupants[p].removeAll { victims.contains($0.owner) }
                assignment[interval.register] = p
                occupy(p, interval)
            } else {
                spills.append(interval.register)
            }
        }
        return spills.isEmpty ? .assigned(assignment) : .spill(spills)
    }

    /// What spilling each virtual register below `count` everywhere would cost: a load or
    /// store at each instruction that mentions it, weighted by its block's frequency.
    static func spillCosts(_ function: MachineFunction, frequencies: [Int], count: Int) -> [Int] {
        var costs = [Int](repeating: 0, count: count)
        for (b, block) in function.blocks.enumerated() {
            let weight = frequencies[b]
            for instruction in block.instructions {
                for case .register(.virtual(let v)) in instruction.operands where v < count { costs[v] += weight }
            }
        }
        return costs
    }

    /// For each virtual register below `count`, the registers it is copied from or to, each
    /// with the frequency of the copy's block.
    static func copyHints(_ function: MachineFunction, frequencies: [Int], count: Int) -> [[(Register, Int)]] {
        var hints = [[(Register, Int)]](repeating: [], count: count)
        for (b, block) in function.blocks.enumerated() {
            for instruction in block.instructions where instruction.opcode == .copy {
                guard let to = instruction.operands[0].register, let from = instruction.operands[1].register else { continue }
                if case .virtual(let v) = to, v < count { hints[v].append((from, frequencies[b])) }
                if case .virtual(let v) = from, v < count { hints[v].append((to, frequencies[b])) }
            }
        }
        return hints
    }

    /// Gives each of `registers` a frame slot; every use reloads it and every definition
    /// stores it. A constant (one MOVI, L32R or FRAMEADDR definition) is instead made again
    /// before each use. One pass over the function for all of them: a large function spills
    /// hundreds of values per round.
    static func spill(_ registers: [Int], in function: inout MachineFunction, constants: [Bool], unspillable: inout Set<Int>) {
        let spilled = Set(registers)
        // The single definition of each constant to remake; the others get slots.
        var definitions: [Int: MachineInstruction] = [:]
        for block in function.blocks {
            for instruction in block.instructions {
                for case .virtual(let v) in instruction.defs where spilled.contains(v) && v < constants.count && constants[v] {
                    definitions[v] = instruction
                }
            }
        }
        var slots: [Int: Int] = [:]
        for v in registers where definitions[v] == nil && slots[v] == nil {
            slots[v] = function.frameObjects.count
            function.frameObjects.append(FrameObject(size: 4, alignment: 4, isSpillSlot: true))
        }
        for b in function.blocks.indices {
            var rewritten: [MachineInstruction] = []
            for var instruction in function.blocks[b].instructions {
                var mentioned: [Int] = []
                for case .register(.virtual(let v)) in instruction.operands where spilled.contains(v) && !mentioned.contains(v) {
                    mentioned.append(v)
                }
                if mentioned.isEmpty { rewritten.append(instruction); continue }
                // A remade constant's own definition goes; its uses get copies of it.
                if instruction.defs.contains(where: { if case .virtual(let v) = $0 { definitions[v] != nil } else { false } }) { continue }
                let (uses, defs) = (instruction.uses, instruction.defs)
                var before: [MachineInstruction] = [], after: [MachineInstruction] = []
                for v in mentioned {
                    let temporary = function.newVirtual()
                    if case .virtual(let t) = temporary { unspillable.insert(t) }
                    instruction.operands = instruction.operands.map { $0 == .register(.virtual(v)) ? .register(temporary) : $0 }
                    if var copy = definitions[v] {
                        copy.operands[0] = .register(temporary)
                        before.append(copy)
                        continue
                    }
                    let address: [MachineOperand] = [.register(.sp), .frame(slots[v]!, offset: 0)]
                    if uses.contains(.virtual(v)) { before.append(MachineInstruction(.isa(.l32i), [.register(temporary)] + address)) }
                    if defs.contains(.virtual(v)) { after.append(MachineInstruction(.isa(.s32i), [.register(temporary)] + address)) }
                }
                rewritten += before + [instruction] + after
            }
            function.blocks[b].instructions = rewritten
        }
    }

    /// Virtual registers with a single definition that has no register inputs (MOVI, L32R,
    /// FRAMEADDR): spilling one costs nothing but remaking it where it is used. Indexed by
    /// register number, for registers below `count` (at least every one defined).
    static func rematerialisable(_ function: MachineFunction, count atLeast: Int = 0) -> [Bool] {
        var count = atLeast
        for block in function.blocks {
            for instruction in block.instructions {
                instruction.forEachDef { if case .virtual(let v) = $0 { count = max(count, v + 1) } }
            }
        }
        var definitions = [Int](repeating: 0, count: count), constant = [Bool](repeating: false, count: count)
        for block in function.blocks {
            for instruction in block.instructions {
                let isConstant = switch instruction.opcode {
                case .isa(.movi), .isa(.l32r), .frameAddress: true
                default: false
                }
                instruction.forEachDef { register in
                    guard case .virtual(let v) = register, v < count else { return }
                    definitions[v] += 1
                    if isConstant { constant[v] = true }
                }
            }
        }
        for v in constant.indices where definitions[v] != 1 { constant[v] = false }
        return constant
    }

    /// Replaces virtual registers by their assignment and drops copies that became no-ops.
    static func rewrite(_ input: MachineFunction, _ assignment: [Int]) -> MachineFunction {
        var function = input
        for b in function.blocks.indices {
            function.blocks[b].instructions = function.blocks[b].instructions.compactMap { instruction in
                var instruction = instruction
                instruction.operands = instruction.operands.map { operand in
                    // A register that is never live (an unused result) still needs one.
                    if case .register(.virtual(let v)) = operand {
                        return .register(.physical(v < assignment.count && assignment[v] >= 0 ? assignment[v] : 8))
                    }
                    return operand
                }
                if instruction.opcode == .copy, instruction.operands[0] == instruction.operands[1] { return nil }
                return instruction
            }
        }
        return function
    }
}
