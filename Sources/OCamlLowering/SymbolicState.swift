/// One word of the bytecode stack during symbolic execution. Only `.value` words hold OCaml
/// values (and are rooted); the others stand for the interpreter's bookkeeping words, which
/// native code does not need but whose positions keep the stack offsets of the bytecode right.
enum Slot: Equatable {
    /// An OCaml value: an LLVM operand (`%t3`, `7`, a constant expression).
    case value(String)
    /// The lowest of PUSHTRAP's four words: the handler at this code position is active.
    case trap(handler: Int)
    /// The lowest of PUSH_RETADDR's three words: APPLY returns to this code position.
    case returnAddress(Int)
    /// The other words of a trap or return-address frame.
    case filler
}

/// The stack machine's registers at one point of the symbolic execution: the bytecode stack
/// (index 0 = the function's bottom, the last element = the top) and the accumulator.
/// `env` never changes inside a function, so it is not part of the state.
struct StackState {
    var slots: [Slot]
    var accu: String

    /// The value `n` words below the top (ACC n).
    func peek(_ n: Int) -> String {
        if case .value(let v) = slots[slots.count - 1 - n] { return v }
        return "1"
    }

    mutating func push(_ value: String) { slots.append(.value(value)) }

    mutating func pop(_ n: Int) { slots.removeLast(n) }

    /// The innermost active exception handler and the stack depth it restores.
    var innermostTrap: (handler: Int, depth: Int)? {
        for depth in stride(from: slots.count - 1, through: 0, by: -1) {
            if case .trap(let handler) = slots[depth] { return (handler, depth) }
        }
        return nil
    }

    /// The shape (everything but the values) that every predecessor of a join must share.
    var shape: [Slot] {
        slots.map { if case .value = $0 { .value("") } else { $0 } }
    }
}
