import OCamlFrontend

/// Unboxed float temporaries (Docs/ocaml-frontend.md, "Unboxed floats"). An inline float
/// primitive's result (`a *. b`, `float_of_int`, GETFLOATFIELD) gets no box at first: the
/// state holds a token, an SSA-looking name that is never defined, standing for the double
/// (`pendingDoubles`). The instructions that only move stack words or read the token as a
/// double leave it alone; before any other instruction, and before control leaves the
/// bytecode block, every token still in the state is boxed, so nothing else ever sees one.
/// `x *. y +. z` thus allocates one box instead of two, and a float comparison of products
/// none. The doubles are plain SSA values: they need no rooting, whatever collects.
extension FunctionLowering {
    /// A token for the unboxed double `double`.
    func unboxedFloat(_ double: String) -> String {
        let token = "%unboxed" + fresh().dropFirst(2)
        pendingDoubles[token] = double
        return token
    }

    /// The double a float value holds: a token's SSA value, else the two words of the box
    /// at `field` (low word first).
    func doubleOf(_ v: String, field: Int = 0) -> String {
        if field == 0, let double = pendingDoubles[v] { return double }
        let low = value("zext i32 \(load(v, field)) to i64")
        let high = value("shl i64 \(value("zext i32 \(load(v, field + 1)) to i64")), 32")
        return value("bitcast i64 \(value("or i64 \(low), \(high)")) to double")
    }

    /// Stores `double` into words `field` and `field + 1` of `block`.
    func storeDouble(_ double: String, into block: String, _ field: Int) {
        let bits = value("bitcast double \(double) to i64")
        store(value("trunc i64 \(bits) to i32"), into: block, field)
        store(value("trunc i64 \(value("lshr i64 \(bits), 32")) to i32"), into: block, field + 1)
    }

    /// Whether `instruction` may see tokens: it moves stack words, loads constants, or reads
    /// its float operands as doubles (inline float primitives, SETFLOATFIELD). (A join's
    /// phis and frame words need values: `lower` boxes before control falls into one.)
    func keepsDoublesUnboxed(_ instruction: Instruction) -> Bool {
        switch instruction.opcode {
        case .ACC0, .ACC1, .ACC2, .ACC3, .ACC4, .ACC5, .ACC6, .ACC7, .ACC, .PUSH,
             .PUSHACC0, .PUSHACC1, .PUSHACC2, .PUSHACC3, .PUSHACC4, .PUSHACC5, .PUSHACC6, .PUSHACC7, .PUSHACC,
             .POP, .ASSIGN, .CONST0, .CONST1, .CONST2, .CONST3, .PUSHCONST0, .PUSHCONST1, .PUSHCONST2, .PUSHCONST3,
             .CONSTINT, .PUSHCONSTINT, .GETGLOBAL, .PUSHGETGLOBAL, .GETGLOBALFIELD, .PUSHGETGLOBALFIELD,
             .ENVACC1, .ENVACC2, .ENVACC3, .ENVACC4, .ENVACC, .PUSHENVACC1, .PUSHENVACC2, .PUSHENVACC3,
             .PUSHENVACC4, .PUSHENVACC, .GETFLOATFIELD, .SETFLOATFIELD:
            return true
        case .C_CALL1, .C_CALL2:
            guard case .primitive(let index) = instruction.operands else { return false }
            switch InlinePrimitive.table[program.primitives[index]] {
            case .floatArithmetic, .floatCompare, .floatOfInt: return true
            default: return false
            }
        default:
            return false
        }
    }

    /// Gives every token in `state` a box (one per token: copies of a word share it). The
    /// tokens are first replaced by unit, so that the allocations' slow paths root only
    /// values; each box then takes its token's places before the next allocation.
    func boxPendingDoubles(_ state: inout StackState) throws(LoweringError) {
        let pending = pendingDoubles
        pendingDoubles = [:]
        var tokens: [String] = [], inAccu: Set<String> = [], depths: [String: [Int]] = [:]
        if pending[state.accu] != nil {
            tokens.append(state.accu)
            inAccu.insert(state.accu)
            state.accu = "1"
        }
        for depth in state.slots.indices {
            guard case .value(let v) = state.slots[depth], pending[v] != nil else { continue }
            if depths[v] == nil && !inAccu.contains(v) { tokens.append(v) }
            depths[v, default: []].append(depth)
            state.slots[depth] = .value("1")
        }
        for token in tokens {
            let box = try allocate(2, tag: 253, &state)
            storeDouble(pending[token]!, into: box, 0)
            if inAccu.contains(token) { state.accu = box }
            for depth in depths[token] ?? [] { state.slots[depth] = .value(box) }
        }
    }
}
