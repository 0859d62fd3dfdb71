import XtensaISA

/// Threaded dispatch for `switch`-in-a-loop code (bytecode interpreters): a short block that
/// ends in a jump-table `jx` is copied into every predecessor that jumps or falls into it,
/// so each handler ends in its own indirect jump instead of a `j` back to one shared
/// dispatch. An interpreter step then runs one jump fewer (on an ESP32 a taken jump costs
/// as much as the instructions around it); ocamlrun gets the same shape from computed goto.
///
/// Runs on allocated, framed code in final layout, after `Peephole` and before `Relax`:
/// registers and frame offsets are final, so a copy computes exactly what the block would.
/// The copies carry the table's entries (the CFG still sees every successor) but not the
/// table itself: emission prints a table once, from the original block, which stays.
enum DispatchDuplication {
    /// When a block is worth copying: what it may hold and where it is copied to.
    struct Limits {
        /// Instructions the block may have, its `jx` included: the dispatch of a switch is
        /// a load of the case value, an index computation, the table load and the jump.
        var instructions: Int
        /// Predecessors it may be copied into (each copy costs `instructions` words of code).
        var predecessors: Int
    }

    /// The limits used by the back end: an interpreter's ~150 handlers, a dispatch of up to
    /// eight instructions (about 3.6 KiB more code for OCaml's interpreter).
    static let limits = Limits(instructions: 8, predecessors: 256)

    static func run(_ input: MachineFunction, limits: Limits = limits) -> MachineFunction {
        var function = input
        let candidates = function.blocks.filter { isDispatch($0, limits: limits) }
        for dispatch in candidates {
            // Only a switch in a loop: some entry of the table comes back to the dispatch.
            let entries = Set(dispatch.instructions.last!.targets)
            var into: [Int] = []   // layout positions of the predecessors to copy into
            for (position, block) in function.blocks.enumerated() where block.id != dispatch.id {
                let next = position + 1 < function.blocks.count ? function.blocks[position + 1].id : nil
                if endsInJump(block, to: dispatch.id) || (next == dispatch.id && block.instructions.last?.isBarrier != true
                                                           && !block.instructions.contains { $0.targets.contains(dispatch.id) }) {
                    into.append(position)
                }
            }
            guard !into.isEmpty, into.count <= limits.predecessors,
                  into.contains(where: { entries.contains(function.blocks[$0].id) }) else { continue }
            let copy = dispatch.instructions.map(withoutTable)
            for position in into {
                var code = function.blocks[position].instructions
                if endsInJump(function.blocks[position], to: dispatch.id) { code.removeLast() }
                function.blocks[position].instructions = code + copy
            }
        }
        return function
    }

    /// A block of at most `limits.instructions` that ends in a jump-table `jx` and makes no
    /// call (a copy must not change what the frame needs).
    static func isDispatch(_ block: MachineBlock, limits: Limits) -> Bool {
        guard let last = block.instructions.last, last.opcode == .isa(.jx),
              last.operands.count > 1, case .jumpTable = last.operands[1],
              block.instructions.count <= limits.instructions else { return false }
        return block.instructions.allSatisfy { $0.implicitDefs.isEmpty && $0.opcode != .tailCall }
    }

    /// Whether `block` ends in `j target` (its only transfer to `target`).
    static func endsInJump(_ block: MachineBlock, to target: Int) -> Bool {
        guard let last = block.instructions.last, last.opcode == .isa(.j), last.targets == [target] else { return false }
        return !block.instructions.dropLast().contains { $0.targets.contains(target) }
    }

    /// The instruction as a copy carries it: a `jx` keeps its register and the table's
    /// entries as block operands, but not the `jumpTable` operand emission prints a table for.
    static func withoutTable(_ instruction: MachineInstruction) -> MachineInstruction {
        var copy = instruction
        copy.operands.removeAll { if case .jumpTable = $0 { true } else { false } }
        return copy
    }
}
