import XtensaISA

/// Threaded dispatch for `switch`-in-a-loop code (bytecode interpreters): a short block that
/// ends in a jump-table `jx` is copied into every predecessor that jumps or falls into it,
/// and so is a straight-line latch in front of it (followed by the dispatch) into the
/// latch's predecessors, so each handler ends in its own indirect jump instead of a `j`
/// back to one shared dispatch. An interpreter step then runs one jump fewer (on an ESP32 a taken jump costs
/// as much as the instructions around it); ocamlrun gets the same shape from computed goto.
///
/// Runs on allocated, framed code in final layout, after `Peephole` and before `Relax`:
/// registers and frame offsets are final, so a copy computes exactly what the block would.
/// The copies carry the table's entries (the CFG still sees every successor) but not the
/// table itself: emission prints a table once, from the original block, which stays.
enum DispatchDuplication {
    /// When a block is worth copying: what it may hold and where it is copied to.
    struct Limits {
        /// Instructions the dispatch may have, its `jx` included: a load of the case value,
        /// an index computation, the table load and the jump.
        var dispatch: Int
        /// Instructions a copy may have in all: the dispatch plus a shared latch in front of
        /// it (the block every handler jumps to, holding the loop's phi copies and spills).
        var sequence: Int
        /// Predecessors a sequence may be copied into (each copy costs `sequence` words).
        var predecessors: Int
    }

    /// The limits used by the back end: an interpreter's ~150 handlers, a copy of up to
    /// sixteen instructions (under 8 KiB more code for OCaml's interpreter).
    static let limits = Limits(dispatch: 10, sequence: 16, predecessors: 256)

    static func run(_ input: MachineFunction, limits: Limits = limits) -> MachineFunction {
        var function = input
        let original = input.blocks
        for dispatch in original where isDispatch(dispatch, limits: limits) {
            let entries = Set(dispatch.instructions.last!.targets)
            let copy = dispatch.instructions.map(withoutTable)
            // What may be copied: the dispatch itself, and each straight-line block that only
            // jumps or falls into it, prefixed to it.
            var sequences: [(id: Int, code: [MachineInstruction])] = [(dispatch.id, copy)]
            for (position, block) in original.enumerated() where block.id != dispatch.id {
                let next = position + 1 < original.count ? original[position + 1].id : nil
                let body = endsInJump(block, to: dispatch.id) ? Array(block.instructions.dropLast())
                    : next == dispatch.id && block.instructions.last?.isBarrier != true ? block.instructions : nil
                guard let body, body.allSatisfy({ $0.targets.isEmpty && $0.implicitDefs.isEmpty }),
                      body.count + copy.count <= limits.sequence else { continue }
                sequences.append((block.id, body + copy))
            }
            // Only a switch in a loop: some entry of the table comes back to a sequence.
            let into = sequences.map { predecessors(of: $0.id, in: function.blocks) }
            let total = into.reduce(0) { $0 + $1.count }
            guard total <= limits.predecessors,
                  into.joined().contains(where: { entries.contains(function.blocks[$0].id) }) else { continue }
            for (sequence, positions) in zip(sequences, into) {
                for position in positions {
                    var code = function.blocks[position].instructions
                    if endsInJump(function.blocks[position], to: sequence.id) { code.removeLast() }
                    function.blocks[position].instructions = code + sequence.code
                }
            }
        }
        return function
    }

    /// Layout positions of the blocks that end in `j target` or fall into it (and branch to
    /// it nowhere else).
    static func predecessors(of target: Int, in blocks: [MachineBlock]) -> [Int] {
        blocks.indices.filter { position in
            let block = blocks[position]
            if block.id == target { return false }
            if endsInJump(block, to: target) { return true }
            let next = position + 1 < blocks.count ? blocks[position + 1].id : nil
            return next == target && block.instructions.last?.isBarrier != true
                && !block.instructions.contains { $0.targets.contains(target) }
        }
    }

    /// A block of at most `limits.dispatch` instructions that ends in a jump-table `jx` and
    /// makes no call (a copy must not change what the frame needs).
    static func isDispatch(_ block: MachineBlock, limits: Limits) -> Bool {
        guard let last = block.instructions.last, last.opcode == .isa(.jx),
              last.operands.count > 1, case .jumpTable = last.operands[1],
              block.instructions.count <= limits.dispatch else { return false }
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
