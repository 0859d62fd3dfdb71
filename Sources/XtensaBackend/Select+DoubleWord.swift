import CLLVM
import XtensaISA

/// An i64 value as two virtual registers, the low word and the high word.
struct RegisterPair {
    var low: Register
    var high: Register

    var words: [Register] { [low, high] }
}

// Instruction selection, continued. i64 is legalised here into register pairs, so that
// allocation and frames only ever see 32-bit virtual registers.
extension Selector {
    /// The pair an i64 instruction or argument writes (made on first mention).
    mutating func pair(for value: LLVMValueRef) -> RegisterPair {
        if let p = pairs[value] { return p }
        let p = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
        pairs[value] = p
        return p
    }

    /// A pair holding the i64 `value` at the current point.
    mutating func usePair(_ value: LLVMValueRef) throws(BackendError) -> RegisterPair {
        if let bits = doubleWordConstant(value) {
            return RegisterPair(low: try constantRegister(bits), high: try constantRegister(bits >> 32))
        }
        if LLVMIsUndef(value) != 0 || LLVMIsPoison(value) != 0 || (LLVMIsConstant(value) != 0 && LLVMIsNull(value) != 0) {
            let zero = try constantRegister(0)
            return RegisterPair(low: zero, high: zero)
        }
        if LLVMIsAInstruction(value) != nil || LLVMIsAArgument(value) != nil { return pair(for: value) }
        if LLVMIsAConstantExpr(value) != nil, LLVMGetConstOpcode(value) == LLVMPtrToInt {
            // An address widened to 64 bits: the high word is zero.
            return RegisterPair(low: try use(operand(value, 0)), high: try constantRegister(0))
        }
        throw unsupported("the 64-bit constant '\(printed(value))' is not supported yet")
    }

    /// The value of an i64 constant; the bits of a double one.
    func doubleWordConstant(_ value: LLVMValueRef) -> Int? {
        LLVMIsAConstantInt(value) != nil ? Int(LLVMConstIntGetSExtValue(value)) : floatingPointBits(value)
    }

    /// An instruction whose result is i64.
    mutating func doubleWord(_ inst: LLVMValueRef) throws(BackendError) {
        let opcode = LLVMGetInstructionOpcode(inst)
        switch opcode {
        case LLVMAnd, LLVMOr, LLVMXor:
            let a = try usePair(operand(inst, 0)), b = try usePair(operand(inst, 1))
            let result = pair(for: inst)
            for (destination, (x, y)) in zip(result.words, zip(a.words, b.words)) {
                logicalWord(opcode, destination, x, y)
            }
        case LLVMAdd, LLVMSub:
            try addDoubleWord(opcode == LLVMAdd, try usePair(operand(inst, 0)), try usePair(operand(inst, 1)), into: pair(for: inst))
        case LLVMZExt:
            let result = pair(for: inst)
            emit(.copy, [.register(result.low), .register(try extended(operand(inst, 0), .zero))])
            clearWord(result.high)
        case LLVMSExt:
            let source = operand(inst, 0), result = pair(for: inst)
            if bitWidth(LLVMTypeOf(source)) == 1 {
                emit(.neg, .register(result.low), .register(try use(source)))
            } else {
                emit(.copy, [.register(result.low), .register(try extended(source, .sign))])
            }
            emit(.srai, .register(result.high), .register(result.low), .immediate(31))
        case LLVMSelect:
            let condition = try use(operand(inst, 0))
            let ifTrue = try usePair(operand(inst, 1)), ifFalse = try usePair(operand(inst, 2))
            let result = pair(for: inst)
            for (destination, (t, f)) in zip(result.words, zip(ifTrue.words, ifFalse.words)) {
                emit(.copy, [.register(destination), .register(f)])
                emit(.movnez, .register(destination), .register(t), .register(condition))
            }
        case LLVMLoad:
            let piece = try checkAccess(inst, size: 4)
            let (base, offset) = try address(operand(inst, 0))
            let result = pair(for: inst)
            for (k, word) in result.words.enumerated() {
                if piece < 4 { try loadPieces(word, base, offset + 4 * k, size: 4, piece: piece); continue }
                emit(.isa(.l32i), [.register(word)] + (try memoryOperands(base, offset + 4 * k, .l32i)))
            }
        case LLVMPtrToInt:
            // Pointers are 32 bits: the high word is zero.
            let result = pair(for: inst)
            emit(.copy, [.register(result.low), .register(try use(operand(inst, 0)))])
            clearWord(result.high)
        case LLVMBitCast, LLVMFreeze:
            let source = try usePair(operand(inst, 0)), result = pair(for: inst)
            emit(.copy, [.register(result.low), .register(source.low)])
            emit(.copy, [.register(result.high), .register(source.high)])
        case LLVMShl, LLVMLShr, LLVMAShr:
            try shiftDoubleWord(inst, opcode)
        case LLVMMul:
            try multiplyPair(try usePair(operand(inst, 0)), try usePair(operand(inst, 1)), into: pair(for: inst))
        case LLVMUDiv, LLVMSDiv, LLVMURem, LLVMSRem:
            try callHelper(Self.doubleWordHelpers[opcode]!, [try usePair(operand(inst, 0)), try usePair(operand(inst, 1))],
                           into: pair(for: inst))
        case LLVMExtractValue:
            try extractValue(inst)
        case LLVMPHI:
            _ = pair(for: inst)   // written by copies on the incoming edges
        case LLVMCall:
            try call(inst)
        default:
            throw unsupported("this 64-bit operation is not supported yet")
        }
    }

    /// `result = a × b` mod 2⁶⁴: with MUL32_HIGH, (ah·2³² + al)(bh·2³² + bl) mod 2⁶⁴ =
    /// al·bl + ((al·bh + ah·bl) << 32) inline; without it, a call to `__muldi3`.
    mutating func multiplyPair(_ a: RegisterPair, _ b: RegisterPair, into result: RegisterPair) throws(BackendError) {
        guard profile.has(.mul32High) else { return try callHelper("__muldi3", [a, b], into: result) }
        let carried = machine.newVirtual(), cross1 = machine.newVirtual(), cross2 = machine.newVirtual()
        let partial = machine.newVirtual()
        emit(.muluh, .register(carried), .register(a.low), .register(b.low))
        emit(.mull, .register(cross1), .register(a.low), .register(b.high))
        emit(.mull, .register(cross2), .register(a.high), .register(b.low))
        emit(.add, .register(partial), .register(carried), .register(cross1))
        emit(.add, .register(result.high), .register(partial), .register(cross2))
        emit(.mull, .register(result.low), .register(a.low), .register(b.low))
    }

    /// `destination = x op y` for one word of an i64 and/or/xor; a copy (or the zero) when
    /// either word is known to be zero (`zeroWords`): `UInt64(high) << 32 | UInt64(low)`
    /// is then two copies, and the zero words' MOVIs die (`DeadCode`).
    mutating func logicalWord(_ opcode: LLVMOpcode, _ destination: Register, _ x: Register, _ y: Register) {
        let zero = zeroWords.contains(x) ? x : zeroWords.contains(y) ? y : nil
        guard let zero else { return emit(binaryRules[opcode]!.opcode, .register(destination), .register(x), .register(y)) }
        // and with zero is zero; or/xor with zero is the other word.
        let kept = opcode == LLVMAnd ? zero : zero == x ? y : x
        emit(.copy, [.register(destination), .register(kept)])
        if zeroWords.contains(kept) { zeroWords.insert(destination) }
    }

    /// Writes 0 to the i64 word `word` (defined nowhere else), remembering that it is zero.
    mutating func clearWord(_ word: Register) {
        emit(.movi, .register(word), .immediate(0))
        zeroWords.insert(word)
    }

    /// `result = a + b` (or `a − b`): the low words' carry (borrow) is the unsigned overflow
    /// of their add (subtract), added to (subtracted from) the high words'. With b's low word
    /// known to be zero (or a's, adding) there is no carry: the other low word is the result's.
    mutating func addDoubleWord(_ adding: Bool, _ a: RegisterPair, _ b: RegisterPair, into result: RegisterPair) throws(BackendError) {
        if zeroWords.contains(b.low) || (adding && zeroWords.contains(a.low)) {
            let low = zeroWords.contains(b.low) ? a.low : b.low
            emit(.copy, [.register(result.low), .register(low)])
            if zeroWords.contains(low) { zeroWords.insert(result.low) }
            return emit(adding ? .add : .sub, .register(result.high), .register(a.high), .register(b.high))
        }
        let carry = machine.newVirtual(), high = machine.newVirtual()
        try overflowArithmetic(adding ? "uadd" : "usub", a.low, b.low, into: result.low, overflow: carry)
        emit(adding ? .add : .sub, .register(high), .register(a.high), .register(b.high))
        emit(adding ? .add : .sub, .register(result.high), .register(high), .register(carry))
    }

    /// `llvm.abs.i64`: 0 − x replaces x when x's high word is negative.
    mutating func absoluteDoubleWord(_ inst: LLVMValueRef, _ argument: LLVMValueRef) throws(BackendError) {
        let x = try usePair(argument), result = pair(for: inst)
        let zero = try constantRegister(0)
        let negated = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
        try addDoubleWord(false, RegisterPair(low: zero, high: zero), x, into: negated)
        for (destination, (value, negative)) in zip(result.words, zip(x.words, negated.words)) {
            emit(.copy, [.register(destination), .register(value)])
            emit(.movltz, .register(destination), .register(negative), .register(x.high))
        }
    }

    /// `llvm.ctlz/cttz.i64`: the count in the word nearest the end counted from, unless that
    /// word is zero; then 32 + the count in the other word (NSAU and cttz of 0 give 32).
    mutating func countZerosDoubleWord(_ inst: LLVMValueRef, _ argument: LLVMValueRef, leading: Bool) throws(BackendError) {
        let x = try usePair(argument), result = pair(for: inst)
        let (near, far) = leading ? (x.high, x.low) : (x.low, x.high)
        let nearCount = machine.newVirtual(), farCount = machine.newVirtual(), farPlus32 = machine.newVirtual()
        if leading {
            emit(.nsau, .register(nearCount), .register(near))
            emit(.nsau, .register(farCount), .register(far))
        } else {
            try trailingZeros(near, into: nearCount, zeroIsPoison: true)
            try trailingZeros(far, into: farCount, zeroIsPoison: false)
        }
        emit(.addi, .register(farPlus32), .register(farCount), .immediate(32))
        emit(.copy, [.register(result.low), .register(nearCount)])
        emit(.moveqz, .register(result.low), .register(farPlus32), .register(near))
        try constantRegister(0, into: result.high)
    }

    /// `llvm.{s,u}{add,sub}.with.overflow.i64`: the sum or difference as a pair, and the
    /// overflow bit: unsigned, r <u a for add and a <u b for subtract; signed, the sign of
    /// (a ^ r) & (b ^ r) for add and (a ^ b) & (a ^ r) for subtract, on the high words.
    mutating func overflowDoubleWord(_ inst: LLVMValueRef, _ operation: String, _ arguments: [LLVMValueRef]) throws(BackendError) {
        let a = try usePair(arguments[0]), b = try usePair(arguments[1])
        let words = fieldRegisters(inst)
        try overflowPair(operation, a, b, into: RegisterPair(low: words[0], high: words[1]), overflow: words[2])
    }

    /// `result` = a op b wrapped, `overflow` = 1 when it overflowed (see `overflowDoubleWord`).
    mutating func overflowPair(_ operation: String, _ a: RegisterPair, _ b: RegisterPair,
                               into result: RegisterPair, overflow: Register) throws(BackendError) {
        if operation.hasSuffix("mul") { return try multiplyWithOverflow(signed: operation == "smul", a, b, into: result, overflow: overflow) }
        let adding = operation.hasSuffix("add")
        try addDoubleWord(adding, a, b, into: result)
        if operation.hasPrefix("u") {
            return try compareDoubleWord(LLVMIntULT, adding ? result : a, adding ? a : b, into: overflow)
        }
        let x = machine.newVirtual(), y = machine.newVirtual(), both = machine.newVirtual()
        emit(.xor, .register(x), .register(a.high), .register(result.high))
        emit(.xor, .register(y), .register(adding ? b.high : a.high), .register(adding ? result.high : b.high))
        emit(.and, .register(both), .register(x), .register(y))
        emit(.extui, .register(overflow), .register(both), .immediate(31), .immediate(1))
    }

    /// `llvm.{s,u}{add,sub}.sat.i64`: the wrapped result, replaced by the bound it crossed
    /// when it overflowed (unsigned: all ones or 0; signed: INT64_MAX for a ≥ 0, INT64_MIN
    /// for a < 0, which is the sign word, flipped, with 0x7FFFFFFF xored into the high word).
    mutating func saturatingDoubleWord(_ inst: LLVMValueRef, _ operation: String, _ arguments: [LLVMValueRef]) throws(BackendError) {
        let a = try usePair(arguments[0]), b = try usePair(arguments[1]), result = pair(for: inst)
        let wrapped = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual()), overflow = machine.newVirtual()
        try overflowPair(operation, a, b, into: wrapped, overflow: overflow)
        let bound: RegisterPair
        if operation.hasPrefix("s") {
            let sign = machine.newVirtual(), low = machine.newVirtual(), high = machine.newVirtual()
            emit(.srai, .register(sign), .register(a.high), .immediate(31))
            emit(.xor, .register(low), .register(sign), .register(try constantRegister(-1)))
            emit(.xor, .register(high), .register(sign), .register(try constantRegister(0x7FFF_FFFF)))
            bound = RegisterPair(low: low, high: high)
        } else {
            let fill = try constantRegister(operation == "uadd" ? -1 : 0)
            bound = RegisterPair(low: fill, high: fill)
        }
        for (destination, (value, limit)) in zip(result.words, zip(wrapped.words, bound.words)) {
            emit(.copy, [.register(destination), .register(value)])
            emit(.movnez, .register(destination), .register(limit), .register(overflow))
        }
    }

    /// i64 min/max intrinsics: the predicate under which the first operand is the result.
    static let doubleWordMinMax: [String: LLVMIntPredicate] = [
        "llvm.smin.i64": LLVMIntSLT, "llvm.smax.i64": LLVMIntSGT, "llvm.umin.i64": LLVMIntULT, "llvm.umax.i64": LLVMIntUGT,
    ]

    /// min/max of i64: b, replaced by a where `a predicate b`.
    mutating func minMaxDoubleWord(_ inst: LLVMValueRef, _ predicate: LLVMIntPredicate, _ arguments: [LLVMValueRef]) throws(BackendError) {
        let a = try usePair(arguments[0]), b = try usePair(arguments[1]), result = pair(for: inst)
        let chosen = machine.newVirtual()
        try compareDoubleWord(predicate, a, b, into: chosen)
        for (destination, (first, second)) in zip(result.words, zip(a.words, b.words)) {
            emit(.copy, [.register(destination), .register(second)])
            emit(.movnez, .register(destination), .register(first), .register(chosen))
        }
    }

    /// The C library (libgcc) functions for the i64 operations with no instruction sequence.
    static let doubleWordHelpers: [LLVMOpcode: String] = [
        LLVMMul: "__muldi3", LLVMUDiv: "__udivdi3", LLVMSDiv: "__divdi3", LLVMURem: "__umoddi3", LLVMSRem: "__moddi3",
    ]

    /// Calls the helper `name` with i64 arguments (in a10/a11, a12/a13) for an i64 result
    /// (in a10/a11).
    mutating func callHelper(_ name: String, _ arguments: [RegisterPair], into result: RegisterPair) throws(BackendError) {
        try callRoutine(name, arguments.map(\.words), into: result.words)
    }

    /// Shifts of an i64. SRC shifts the 64-bit (high:low) right by SAR, which gives the word
    /// that takes bits from both halves; the other word is an ordinary shift. Amounts of 32
    /// and more move one word into the other (by a constant: chosen here; by a register:
    /// by conditional moves on bit 5 of the amount, SSL/SSR using its low five bits).
    mutating func shiftDoubleWord(_ inst: LLVMValueRef, _ opcode: LLVMOpcode) throws(BackendError) {
        let value = try usePair(operand(inst, 0)), result = pair(for: inst)
        let left = opcode == LLVMShl
        // Bits cross from `source` into `into`: for left shifts low → high, for right shifts
        // high → low; `other` is `source` shifted alone.
        let source = left ? value.low : value.high
        let (into, other) = left ? (result.high, result.low) : (result.low, result.high)
        if let c = doubleWordConstant(operand(inst, 1)) {
            // Shifting by 64 or more is poison in IR: any result will do.
            let n = c & 63
            if n >= 32 {
                shiftWord(opcode, into, source, by: n - 32)
                if opcode == LLVMAShr { return emit(.srai, .register(other), .register(source), .immediate(31)) }
                return clearWord(other)
            }
            if n == 0 {
                emit(.copy, [.register(result.low), .register(value.low)])
                return emit(.copy, [.register(result.high), .register(value.high)])
            }
            emit(.ssai, .immediate(left ? 32 - n : n))
            emit(.src, .register(into), .register(value.high), .register(value.low))
            return shiftWord(opcode, other, source, by: n)
        }
        try shiftPair(opcode, value, by: try usePair(operand(inst, 1)).low, into: result)
    }

    /// `result` = `value` shifted as `opcode` says by the register `amount` (0…63).
    mutating func shiftPair(_ opcode: LLVMOpcode, _ value: RegisterPair, by amount: Register, into result: RegisterPair) throws(BackendError) {
        let left = opcode == LLVMShl
        let source = left ? value.low : value.high
        let (into, other) = left ? (result.high, result.low) : (result.low, result.high)
        let rule = shiftRules[opcode]!
        let mixed = machine.newVirtual(), shifted = machine.newVirtual(), big = machine.newVirtual()
        emit(rule.setAmount, .register(amount))
        emit(.src, .register(mixed), .register(value.high), .register(value.low))
        emit(rule.shift, .register(shifted), .register(source))
        emit(.extui, .register(big), .register(amount), .immediate(5), .immediate(1))
        // Below 32: the mixed word and the shifted one; from 32: the shifted word moves over
        // and the other becomes 0 (or the sign, for an arithmetic shift).
        emit(.copy, [.register(into), .register(mixed)])
        emit(.movnez, .register(into), .register(shifted), .register(big))
        emit(.copy, [.register(other), .register(shifted)])
        let fill: Register
        if opcode == LLVMAShr {
            fill = machine.newVirtual()
            emit(.srai, .register(fill), .register(source), .immediate(31))
        } else {
            fill = try constantRegister(0)
        }
        emit(.movnez, .register(other), .register(fill), .register(big))
    }

    /// `llvm.fshl/fshr.i64` by a constant (rotates, when both operands are the same): the
    /// top 64 bits of (a:b) << n, n mod 64, fshr by n being fshl by 64 − n. Each result word
    /// is SRC of two neighbouring words of (a.high, a.low, b.high, b.low), one SSAI for both.
    mutating func funnelShiftDoubleWord(_ inst: LLVMValueRef, _ arguments: [LLVMValueRef], left: Bool, by amount: Int) throws(BackendError) {
        let a = try usePair(arguments[0]), b = try usePair(arguments[1]), result = pair(for: inst)
        let n = left ? amount : (64 - amount) & 63
        let words = [a.high, a.low, b.high, b.low], k = n / 32, m = n % 32
        if m != 0 { emit(.ssai, .immediate(32 - m)) }
        for (destination, i) in [(result.high, k), (result.low, k + 1)] {
            if m == 0 {
                emit(.copy, [.register(destination), .register(words[i])])
            } else {
                emit(.src, .register(destination), .register(words[i]), .register(words[i + 1]))
            }
        }
    }

    /// Stores an i64 as two words, the low one first (little-endian).
    mutating func storeDoubleWord(_ inst: LLVMValueRef) throws(BackendError) {
        let piece = try checkAccess(inst, size: 4)
        let data = try usePair(operand(inst, 0))
        let (base, offset) = try address(operand(inst, 1))
        for (k, word) in data.words.enumerated() {
            if piece < 4 { try storePieces(word, base, offset + 4 * k, size: 4, piece: piece); continue }
            emit(.isa(.s32i), [.register(word)] + (try memoryOperands(base, offset + 4 * k, .s32i)))
        }
    }

    /// `trunc` of an i64: its low word (narrow values may have any upper bits, i1 is 0/1).
    mutating func truncateDoubleWord(_ inst: LLVMValueRef) throws(BackendError) {
        let low = try usePair(operand(inst, 0)).low
        if bitWidth(LLVMTypeOf(inst)) == 1 {
            return emit(.extui, .register(register(for: inst)), .register(low), .immediate(0), .immediate(1))
        }
        if values[inst] == nil { values[inst] = low } else { emit(.copy, [.register(register(for: inst)), .register(low)]) }
    }

    /// An i64 compare whose only user is its block's branch (directly or through and/or) is
    /// selected there.
    func canFuseDoubleWord(_ compare: LLVMValueRef) -> Bool {
        feedsBranchOnly(compare)
    }

    /// Branches to `ifTrue` when the i64 `compare` holds, else to `ifFalse`: EQ/NE on each
    /// word, the ordered predicates on the high words and, when equal, the low words unsigned.
    mutating func branchOnDoubleWords(_ compare: LLVMValueRef, to ifTrue: Int, else ifFalse: Int) throws(BackendError) {
        var predicate = LLVMGetICmpPredicate(compare)
        var a = try usePair(operand(compare, 0)), b = try usePair(operand(compare, 1))
        func branch(_ opcode: Opcode, _ x: Register, _ y: Register, _ target: Int) {
            emit(opcode, .register(x), .register(y), .block(target))
            startBlock(newBlockID())
        }
        switch predicate {
        case LLVMIntEQ, LLVMIntNE:
            // Any differing word decides: false for EQ, true for NE.
            let differ = predicate == LLVMIntEQ ? ifFalse : ifTrue
            branch(.bne, a.low, b.low, differ)
            branch(.bne, a.high, b.high, differ)
            return emit(.j, .block(predicate == LLVMIntEQ ? ifTrue : ifFalse))
        case LLVMIntSGT, LLVMIntSGE, LLVMIntUGT, LLVMIntUGE:
            swap(&a, &b)
            predicate = swappedPredicates[predicate]!
        default: break
        }
        let signed = predicate == LLVMIntSLT || predicate == LLVMIntSLE
        branch(signed ? .blt : .bltu, a.high, b.high, ifTrue)
        branch(.bne, a.high, b.high, ifFalse)
        if predicate == LLVMIntSLE || predicate == LLVMIntULE {
            branch(.bgeu, b.low, a.low, ifTrue)
        } else {
            branch(.bltu, a.low, b.low, ifTrue)
        }
        emit(.j, .block(ifFalse))
    }

    /// An i64 `icmp` as a 0/1 value.
    mutating func doubleWordCompare(_ inst: LLVMValueRef) throws(BackendError) {
        try compareDoubleWord(LLVMGetICmpPredicate(inst), try usePair(operand(inst, 0)), try usePair(operand(inst, 1)),
                              into: register(for: inst))
    }

    /// `result` = 1 when `a predicate b`, else 0. EQ/NE test (a.low ^ b.low) | (a.high ^ b.high);
    /// the ordered predicates decide on the high words (signed or unsigned as the predicate
    /// says) and, when those are equal, on the low words, always unsigned.
    mutating func compareDoubleWord(_ predicate: LLVMIntPredicate, _ a: RegisterPair, _ b: RegisterPair,
                                    into result: Register) throws(BackendError) {
        var predicate = predicate, a = a, b = b
        if predicate == LLVMIntEQ || predicate == LLVMIntNE {
            let low = machine.newVirtual(), high = machine.newVirtual(), both = machine.newVirtual()
            emit(.xor, .register(low), .register(a.low), .register(b.low))
            emit(.xor, .register(high), .register(a.high), .register(b.high))
            emit(.or, .register(both), .register(low), .register(high))
            if predicate == LLVMIntNE {
                emit(.movi, .register(result), .immediate(1))
                return emit(.moveqz, .register(result), .register(both), .register(both))
            }
            emit(.movi, .register(result), .immediate(0))
            return emit(.moveqz, .register(result), .register(try constantRegister(1)), .register(both))
        }
        // Only < and <= remain once > and >= swap their operands.
        if [LLVMIntSGT, LLVMIntSGE, LLVMIntUGT, LLVMIntUGE].contains(predicate) {
            swap(&a, &b)
            predicate = swappedPredicates[predicate]!
        }
        let signed = predicate == LLVMIntSLT || predicate == LLVMIntSLE
        let orEqual = predicate == LLVMIntSLE || predicate == LLVMIntULE
        let join = newBlockID(), clear = newBlockID()
        emit(.movi, .register(result), .immediate(1))
        emit(signed ? .blt : .bltu, .register(a.high), .register(b.high), .block(join))
        startBlock(newBlockID())
        emit(.bne, .register(a.high), .register(b.high), .block(clear))
        startBlock(newBlockID())
        // a.low <u b.low, or for <=, b.low >=u a.low.
        if orEqual {
            emit(.bgeu, .register(b.low), .register(a.low), .block(join))
        } else {
            emit(.bltu, .register(a.low), .register(b.low), .block(join))
        }
        startBlock(clear)
        emit(.movi, .register(result), .immediate(0))
        startBlock(join)
    }
}
