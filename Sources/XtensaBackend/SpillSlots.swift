/// Spill slot sharing, after register allocation has converged: the allocator gives every
/// spilled value a slot of its own, and this pass folds slots whose lifetimes do not overlap
/// into one, so that a function with hundreds of values spilled across calls (an OCaml
/// program's initialisation) needs only as many slots as values are live at once.
///
/// A slot's lifetime is computed like a virtual register's: its stores define it and its
/// loads use it, with the same dataflow and interval holes as `Liveness`. Slots are then
/// assigned in the order of their start, each to the first shared slot none of whose
/// occupants it overlaps: the linear scan again, with an unbounded supply of "registers".
/// The shared slots are ordered by how often they are accessed, so the busiest land nearest
/// SP, where `Frame` reaches them with a single L32I/S32I.
enum SpillSlots {
    static func share(_ input: MachineFunction) -> MachineFunction {
        var function = input
        let spillSlots = function.frameObjects.indices.filter { function.frameObjects[$0].isSpillSlot }
        guard spillSlots.count > 1 else { return function }

        // Slots touched by anything but a plain word spill or reload keep a slot of their own.
        var accesses: [Int: Int] = [:], ownSlot: Set<Int> = []
        for block in function.blocks {
            for instruction in block.instructions {
                for case .frame(let slot, let offset) in instruction.operands where function.frameObjects[slot].isSpillSlot {
                    accesses[slot, default: 0] += 1
                    if access(instruction) == nil || offset != 0 { ownSlot.insert(slot) }
                }
            }
        }
        let shareable = spillSlots.filter { accesses[$0] != nil && !ownSlot.contains($0) }
        let isShareable = Set(shareable)

        // Liveness of the slots, each standing in as virtual register `base + slot`: a reload
        // is a copy from it, a spill a copy to it.
        let base = function.virtualCount
        var proxy = function
        for b in proxy.blocks.indices {
            proxy.blocks[b].instructions = proxy.blocks[b].instructions.map { instruction in
                guard let (isStore, slot) = access(instruction), isShareable.contains(slot) else { return instruction }
                let slotRegister = MachineOperand.register(.virtual(base + slot))
                return isStore ? MachineInstruction(.copy, [slotRegister, instruction.operands[0]])
                    : MachineInstruction(.copy, [instruction.operands[0], slotRegister])
            }
        }
        let liveness = Liveness.compute(proxy)
        let intervals = shareable.compactMap { liveness.interval(base + $0) }
            .sorted { ($0.start, $0.register) < ($1.start, $1.register) }

        var occupants: [[Liveness.Interval]] = []
        var sharedSlot: [Int: Int] = [:]
        for interval in intervals {
            let slot = interval.register - base
            if let s = occupants.indices.first(where: { s in !occupants[s].contains { $0.overlaps(interval) } }) {
                occupants[s].append(interval)
                sharedSlot[slot] = s
            } else {
                occupants.append([interval])
                sharedSlot[slot] = occupants.count - 1
            }
            // Occupants that ended before this start can never overlap a later interval.
            for s in occupants.indices { occupants[s].removeAll { $0.end < interval.start } }
        }

        // New frame objects: the allocas in their order, the private slots, then the shared
        // slots, busiest first (stable, so equal counts keep their order of first use).
        var hotness = [Int](repeating: 0, count: occupants.count)
        for (slot, s) in sharedSlot { hotness[s] += accesses[slot] ?? 0 }
        let sharedOrder = occupants.indices.sorted { (-hotness[$0], $0) < (-hotness[$1], $1) }
        var objects: [FrameObject] = [], renumbered: [Int: Int] = [:]
        for (i, object) in function.frameObjects.enumerated() where !object.isSpillSlot || sharedSlot[i] == nil {
            renumbered[i] = objects.count
            objects.append(object)
        }
        var sharedIndex: [Int: Int] = [:]
        for s in sharedOrder {
            sharedIndex[s] = objects.count
            objects.append(FrameObject(size: 4, alignment: 4, isSpillSlot: true))
        }
        for (slot, s) in sharedSlot { renumbered[slot] = sharedIndex[s] }
        function.frameObjects = objects
        for b in function.blocks.indices {
            for i in function.blocks[b].instructions.indices {
                function.blocks[b].instructions[i].operands = function.blocks[b].instructions[i].operands.map {
                    if case .frame(let slot, let offset) = $0 { return .frame(renumbered[slot]!, offset: offset) }
                    return $0
                }
            }
        }
        return function
    }

    /// (whether it stores, the slot) for `L32I/S32I reg, sp, frame(slot)`, the only forms
    /// `RegisterAllocation.spill` writes.
    static func access(_ instruction: MachineInstruction) -> (Bool, Int)? {
        guard instruction.operands.count == 3, instruction.operands[1] == .register(.sp),
              case .frame(let slot, 0) = instruction.operands[2], instruction.operands[0].register != nil
        else { return nil }
        switch instruction.opcode {
        case .isa(.s32i): return (true, slot)
        case .isa(.l32i): return (false, slot)
        default: return nil
        }
    }
}
