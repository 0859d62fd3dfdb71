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

    /// The limits used by the back end: an interpreter's ~150 handlers, a copy of up to 24
    /// instructions (the dispatch and the phi copies or spills of the loop's latch).
    static let limits = Limits(dispatch: 10, sequence: 24, predecessors: 512)

    static func run(_ input: MachineFunction, limits: Limits = limits) -> MachineFunction {
        var function = input
        let original = input.blocks
        let exits = original.indices.map { exit(of: $0, in: original) }
        for dispatch in original where isDispatch(dispatch, limits: limits) {
            let entries = Set(dispatch.instructions.last!.targets)
            // What a block that leaves for block X may run instead: X's sequence, which is
            // the dispatch itself, or a straight-line block followed by the sequence of the
            // block it leaves for (latch blocks of phi copies, in front of the dispatch).
            var sequences: [Int: [MachineInstruction]] = [dispatch.id: dispatch.instructions.map(withoutTable)]
            var grown = true
            while grown {
                grown = false
                for (position, block) in original.enumerated() where sequences[block.id] == nil {
                    guard let (body, to) = exits[position], let rest = sequences[to],
                          body.allSatisfy({ $0.targets.isEmpty && $0.implicitDefs.isEmpty && !$0.isBarrier }),
                          body.count + rest.count <= limits.sequence else { continue }
                    sequences[block.id] = body + rest
                    grown = true
                }
            }
            // Every block that leaves for a sequence's block runs the sequence instead, when
            // the switch is in a loop (some entry of the table does) and the copies are few.
            let into = original.indices.filter { position in exits[position].map { sequences[$0.to] != nil } ?? false }
            guard into.count <= limits.predecessors,
                  into.contains(where: { entries.contains(original[$0].id) }) else { continue }
            for position in into {
                let (body, to) = exits[position]!
                function.blocks[position].instructions = body + sequences[to]!
            }
        }
        return function
    }

    /// How block `position` leaves when it has one way to its successor: by a final `j X`
    /// or by falling into the next block X, X named by no other branch of the block.
    /// Returns the instructions before that exit and X.
    static func exit(of position: Int, in blocks: [MachineBlock]) -> (body: [MachineInstruction], to: Int)? {
        let code = blocks[position].instructions
        if let last = code.last, last.opcode == .isa(.j), last.targets.count == 1 {
            let to = last.targets[0]
            return code.dropLast().contains { $0.targets.contains(to) } ? nil : (Array(code.dropLast()), to)
        }
        guard code.last?.isBarrier != true, position + 1 < blocks.count else { return nil }
        let to = blocks[position + 1].id
        return code.contains { $0.targets.contains(to) } ? nil : (code, to)
    }

    /// A block of at most `limits.dispatch` instructions that ends in a jump-table `jx` and
    /// makes no call (a copy must not change what the frame needs).
    static func isDispatch(_ block: MachineBlock, limits: Limits) -> Bool {
        guard let last = block.instructions.last, last.opcode == .isa(.jx),
              last.operands.count > 1, case .jumpTable = last.operands[1],
              block.instructions.count <= limits.dispatch else { return false }
        return block.instructions.allSatisfy { $0.implicitDefs.isEmpty && $0.opcode != .tailCall }
    }

    /// The instruction as a copy carries it: a `jx` keeps its register and the table's
    /// entries as block operands, but not the `jumpTable` operand emission prints a table for.
    static func withoutTable(_ instruction: MachineInstruction) -> MachineInstruction {
        var copy = instruction
        copy.operands.removeAll { if case .jumpTable = $0 { true } else { false } }
        return copy
    }
}
