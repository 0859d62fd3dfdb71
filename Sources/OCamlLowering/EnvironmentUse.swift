import OCamlFrontend

/// Whether a function must keep its `env` in its root frame: only when it reads `env`
/// after something that may collect. The caller does not root the closure it applies
/// (it is the caller's accumulator, dead after the call), so the callee is the one that
/// keeps it alive while it still needs it (Docs/abi.md, "Values that need no root").
enum EnvironmentUse {
    /// True when an instruction reading `env` is reachable from a call, an allocation or an
    /// exception handler (a handler runs after a call raised). (A function whose closure is
    /// static data needs no root for `env` at all: the caller does not ask.)
    static func afterCall(_ positions: [Int], _ instruction: (Int) -> Instruction) -> Bool {
        var work: [Int] = []
        for position in positions {
            let current = instruction(position)
            if FunctionLowering.callingOpcodes.contains(current.opcode) {
                work += FunctionTable.successors(of: current)
            }
            // APPLY continues at the return address, and a handler after a call that raised.
            if current.opcode == .PUSH_RETADDR || current.opcode == .PUSHTRAP { work += current.targets }
        }
        var seen = Set(work)
        while let position = work.popLast() {
            let current = instruction(position)
            if readsEnvironment(current.opcode) { return true }
            for next in FunctionTable.successors(of: current) where seen.insert(next).inserted { work.append(next) }
        }
        return false
    }

    static func readsEnvironment(_ opcode: Opcode) -> Bool {
        switch opcode {
        case .ENVACC1, .ENVACC2, .ENVACC3, .ENVACC4, .ENVACC, .PUSHENVACC1, .PUSHENVACC2, .PUSHENVACC3, .PUSHENVACC4, .PUSHENVACC,
             .OFFSETCLOSUREM3, .OFFSETCLOSURE0, .OFFSETCLOSURE3, .OFFSETCLOSURE,
             .PUSHOFFSETCLOSUREM3, .PUSHOFFSETCLOSURE0, .PUSHOFFSETCLOSURE3, .PUSHOFFSETCLOSURE:
            return true
        default:
            return false
        }
    }
}
