import XtensaISA

/// After register allocation: instructions that load a register with what it already holds
/// are removed. Selection makes a constant once per block (or once in the entry block for
/// loops), but the allocator rematerialises a spilled constant before every use, so a block
/// of stores of 1 became `movi a9, 1; s32i a9, ...; movi a9, 1; s32i a9, ...`; a global's
/// address is reloaded by L32R the same way, and a spilled value reloaded from its slot
/// while the register still holds it.
///
/// A forward scan over each block tracks, per physical register, the constant it holds
/// (a MOVI immediate or an L32R literal: the pool never changes) and the spill slot whose
/// value it holds (set by the reload or the spill store; spill slots are never
/// address-taken, so only spill stores change them). Any other write to the register
/// forgets both, calls forget a8–a15 through their implicit definitions. A copy hands its
/// source's knowledge on, and disappears when its destination already holds the same.
/// A block with a single predecessor, placed before it, starts from the predecessor's end
/// state; every other block starts knowing nothing.
enum KnownValues {
    /// What a register is known to hold.
    struct Knowledge: Equatable {
        /// A MOVI's immediate or an L32R's literal operand.
        var constant: MachineOperand?
        /// A spill slot (frame object) with the same value.
        var slot: Int?
    }

    static func run(_ input: MachineFunction) -> MachineFunction {
        var function = input
        let successors = function.layoutSuccessors
        var predecessors = [[Int]](repeating: [], count: function.blocks.count)
        for (b, next) in successors.enumerated() {
            for s in next { predecessors[s].append(b) }
        }
        let spillSlots = Set(function.frameObjects.indices.filter { function.frameObjects[$0].isSpillSlot })
        var exitStates = [[Knowledge]?](repeating: nil, count: function.blocks.count)
        for b in function.blocks.indices {
            var state = [Knowledge](repeating: Knowledge(), count: 16)
            if b > 0, predecessors[b].count == 1, let entry = exitStates[predecessors[b][0]] { state = entry }
            function.blocks[b].instructions = function.blocks[b].instructions.filter { instruction in
                !transfer(instruction, &state, spillSlots: spillSlots)
            }
            exitStates[b] = state
        }
        return function
    }

    /// Updates `state` for `instruction`; true when the instruction is redundant (it only
    /// writes a register with what `state` says it already holds) and should go.
    static func transfer(_ instruction: MachineInstruction, _ state: inout [Knowledge], spillSlots: Set<Int>) -> Bool {
        let operands = instruction.operands
        switch instruction.opcode {
        case .isa(.movi), .isa(.l32r):
            guard case .register(.physical(let r)) = operands[0], instruction.implicitDefs.isEmpty else { break }
            if state[r].constant == operands[1] { return true }
            state[r] = Knowledge(constant: operands[1])
            return false
        case .isa(.l32i):
            guard case .register(.physical(let r)) = operands[0], operands[1] == .register(.sp),
                  case .frame(let slot, offset: 0) = operands[2], spillSlots.contains(slot) else { break }
            if state[r].slot == slot { return true }
            state[r] = Knowledge(slot: slot)
            return false
        case .isa(.s32i):
            guard case .register(.physical(let r)) = operands[0], operands[1] == .register(.sp),
                  case .frame(let slot, offset: 0) = operands[2], spillSlots.contains(slot) else { break }
            for i in state.indices where state[i].slot == slot { state[i].slot = nil }
            state[r].slot = slot
            return false
        case .copy:
            guard case .register(.physical(let d)) = operands[0], case .register(.physical(let s)) = operands[1],
                  instruction.implicitDefs.isEmpty else { break }
            if d == s || (state[s] != Knowledge() && state[d] == state[s]) { return true }
            state[d] = state[s]
            return false
        default:
            break
        }
        instruction.forEachDef { register in
            if case .physical(let r) = register, r < state.count { state[r] = Knowledge() }
        }
        return false
    }
}
