import CLLVM
import XtensaISA

// Instruction selection, continued. Arithmetic and comparisons: the table-driven operators, shifts, casts, and compares as
// branches, conditional moves or 0/1 values.
extension Selector {
    // MARK: - Arithmetic

    mutating func binary(_ inst: LLVMValueRef, _ opcode: LLVMOpcode) throws(BackendError) {
        // Tested by its branch's BBCI/BBSI/BNONE/BANY instead.
        if opcode == LLVMAnd, branchBitTest(inst) != nil { return }
        let rule = binaryRules[opcode]!
        let result = register(for: inst)
        let lhs = operand(inst, 0), rhs = operand(inst, 1)
        if opcode == LLVMAnd, let field = extractedField(inst) {
            let value = try use(field.value)
            if field.placed == 0 {
                return emit(.extui, .register(result), .register(value), .immediate(field.shift), .immediate(field.width))
            }
            let bits = machine.newVirtual()
            emit(.extui, .register(bits), .register(value), .immediate(field.shift), .immediate(field.width))
            return emit(.slli, .register(result), .register(bits), .immediate(field.placed))
        }
        if opcode == LLVMOr, LLVMGetIsDisjoint(inst) != 0, let c = constant(rhs), constant(lhs) == nil,
           Opcode.addi.accepts(Int(Int32(truncatingIfNeeded: c)), at: 2) || Opcode.addmi.accepts(Int(Int32(truncatingIfNeeded: c)), at: 2) {
            // No bit in common: the OR is an add, and ADDI/ADDMI take the constant as an immediate.
            return try addConstant(result, try use(lhs), c)
        }
        if rule.opcode == .mull, !profile.has(.mul32) { throw unsupported("the target has no 32-bit multiplier") }
        if let c = constant(rhs) {
            switch opcode {
            case LLVMAdd: return try addConstant(result, try use(lhs), c)
            case LLVMSub: return try addConstant(result, try use(lhs), -c)
            case LLVMMul where c > 0 && c & (c - 1) == 0:
                let shift = c.trailingZeroBitCount
                return shift == 0 ? emit(.copy, [.register(result), .register(try use(lhs))])
                    : emit(.slli, .register(result), .register(try use(lhs)), .immediate(shift))
            case LLVMMul where [3, 5, 9].contains(c):
                // x × (2^k + 1) = (x << k) + x: one ADDX instead of MOVI and MULL.
                let x = try use(lhs)
                return emit(scaledAdds[c - 1]!, .register(result), .register(x), .register(x))
            case LLVMAnd where c > 0 && c & (c + 1) == 0 && Opcode.extui.accepts((c + 1).trailingZeroBitCount, at: 3):
                return emit(.extui, .register(result), .register(try use(lhs)), .immediate(0), .immediate((c + 1).trailingZeroBitCount))
            default: break
            }
        }
        if opcode == LLVMSub, constant(lhs) == 0 {
            return emit(.neg, .register(result), .register(try use(rhs)))
        }
        let a = try extended(lhs, rule.widening), b = try extended(rhs, rule.widening)
        emit(rule.opcode, .register(result), .register(a), .register(b))
    }

    /// `result = source + value`, in as few instructions as the immediates allow.
    mutating func addConstant(_ result: Register, _ source: Register, _ value: Int) throws(BackendError) {
        let value = Int(Int32(truncatingIfNeeded: value))
        if value == 0 { return emit(.copy, [.register(result), .register(source)]) }
        if Opcode.addi.accepts(value, at: 2) { return emit(.addi, .register(result), .register(source), .immediate(value)) }
        if Opcode.addmi.accepts(value, at: 2) { return emit(.addmi, .register(result), .register(source), .immediate(value)) }
        let low = Int(Int8(truncatingIfNeeded: value)), high = value - low
        if Opcode.addmi.accepts(high, at: 2) {
            let middle = machine.newVirtual()
            emit(.addmi, .register(middle), .register(source), .immediate(high))
            return emit(.addi, .register(result), .register(middle), .immediate(low))
        }
        emit(.add, .register(result), .register(source), .register(try constantRegister(value)))
    }

    /// A bit field of a shifted word, masked: `and (lshr x, n), m` or `and (shl x, n), m` on
    /// words, m one run of w ones from bit k. With k = 0 it is one EXTUI (x, n, w) instead of
    /// a shift and an EXTUI; with k > 0, EXTUI then SLLI by k, instead of the shift, the mask
    /// (MOVI or L32R) and the AND, when the shift has no other reader. Returns x, the field's
    /// first bit in x, its width and where it goes (k).
    func extractedField(_ and: LLVMValueRef) -> (value: LLVMValueRef, shift: Int, width: Int, placed: Int)? {
        guard LLVMIsAInstruction(and) != nil, LLVMGetInstructionOpcode(and) == LLVMAnd, bitWidth(LLVMTypeOf(and)) == 32 else { return nil }
        var (shifted, mask) = (operand(and, 0), operand(and, 1))
        if constant(shifted) != nil { swap(&shifted, &mask) }
        guard let m = constant(mask).map({ $0 & 0xFFFF_FFFF }), m != 0, case let k = m.trailingZeroBitCount,
              (m >> k) & ((m >> k) + 1) == 0, LLVMIsAInstruction(shifted) != nil,
              [LLVMLShr, LLVMShl].contains(LLVMGetInstructionOpcode(shifted)),
              let n = constant(operand(shifted, 1)), n > 0, n < 32 else { return nil }
        let ones = ((m >> k) + 1).trailingZeroBitCount
        let field: (shift: Int, width: Int, placed: Int)
        if LLVMGetInstructionOpcode(shifted) == LLVMLShr {
            // Bits k… of the result are bits n + k… of x; none beyond bit 31.
            field = (n + k, min(ones, 32 - n - k), k)
        } else {
            // Bits below n of the shifted word are zero: the field starts at max(k, n).
            let start = max(k, n)
            field = (start - n, ones - (start - k), start)
        }
        guard field.width > 0, Opcode.extui.accepts(field.width, at: 3), Opcode.extui.accepts(field.shift, at: 2) else { return nil }
        if field.placed > 0 {
            // Two instructions: only worth it when the shift is not made (this AND is its only reader).
            guard let use = LLVMGetFirstUse(shifted), LLVMGetNextUse(use) == nil else { return nil }
        }
        return (operand(shifted, 0), field.shift, field.width, field.placed)
    }

    /// Whether the shift `inst` is only read by an `and` that extracts its bits from the
    /// shift's operand itself (`extractedField`): the shift is then not made.
    func isFoldedIntoField(_ inst: LLVMValueRef) -> Bool {
        guard [LLVMLShr, LLVMShl].contains(LLVMGetInstructionOpcode(inst)), let use = LLVMGetFirstUse(inst), LLVMGetNextUse(use) == nil,
              let user = LLVMGetUser(use), extractedField(user) != nil else { return false }
        // An `and` that a branch tests bit by bit reads the shift instead.
        return branchBitTest(user) == nil
    }

    mutating func shift(_ inst: LLVMValueRef, _ opcode: LLVMOpcode) throws(BackendError) {
        if isFoldedIntoField(inst) { return }
        let rule = shiftRules[opcode]!
        let result = register(for: inst)
        let width = bitWidth(LLVMTypeOf(inst))
        let value = try extended(operand(inst, 0), rule.widening)
        if let amount = constant(operand(inst, 1)) {
            // Shifting by the width or more is poison in IR: any result will do.
            return shiftWord(opcode, result, value, by: amount & 31, width: width)
        }
        let amount = try use(operand(inst, 1))
        emit(rule.setAmount, .register(amount))
        if rule.shift == .sll {
            emit(.sll, .register(result), .register(value))
        } else {
            emit(rule.shift, .register(result), .register(value))
        }
    }

    /// `result = value` shifted by the constant `n` (0…31) as `opcode` says; `width` bits of
    /// `value` are significant (the logical right shift extracts only those).
    mutating func shiftWord(_ opcode: LLVMOpcode, _ result: Register, _ value: Register, by n: Int, width: Int = 32) {
        if n == 0 { return emit(.copy, [.register(result), .register(value)]) }
        switch opcode {
        case LLVMShl: emit(.slli, .register(result), .register(value), .immediate(n))
        case LLVMAShr: emit(.srai, .register(result), .register(value), .immediate(n))
        default:
            // SRLI reaches 15; EXTUI extracts the 32 − n bits that remain for larger shifts.
            if Opcode.srli.accepts(n, at: 2) { return emit(.srli, .register(result), .register(value), .immediate(n)) }
            emit(.extui, .register(result), .register(value), .immediate(n), .immediate(min(width, 32) - n))
        }
    }

    mutating func cast(_ inst: LLVMValueRef, _ opcode: LLVMOpcode) throws(BackendError) {
        let source = operand(inst, 0)
        if isExtendedCondition(inst), isConditionTree(source) || fused.contains(source) {
            return try conditionValue(source, ifTrue: opcode == LLVMZExt ? 1 : -1, into: register(for: inst))
        }
        let from = bitWidth(LLVMTypeOf(source)), to = bitWidth(LLVMTypeOf(inst))
        if opcode != LLVMTrunc, from > 1, knownExtension[source] == (opcode == LLVMZExt ? .zero : .sign), values[inst] == nil {
            // A load already extended it the same way: the register can be shared.
            values[inst] = try use(source)
            return
        }
        if opcode == LLVMTrunc, to > 1 || (opcode == LLVMZExt && from == 1), values[inst] == nil {
            // Truncation to i8/i16 and zero-extension of i1 leave the bits as they are.
            values[inst] = try use(source)
            return
        }
        // Tested by its branch's BBSI instead.
        if opcode == LLVMTrunc, to == 1, branchTruncation(inst) != nil { return }
        let result = register(for: inst)
        let value = try use(source)
        switch opcode {
        case LLVMTrunc where to == 1:
            emit(.extui, .register(result), .register(value), .immediate(0), .immediate(1))
        case LLVMZExt where from > 1:
            extend(result, value, width: from, .zero)
        case LLVMSExt where from == 1:
            emit(.neg, .register(result), .register(value))
        case LLVMSExt:
            extend(result, value, width: from, .sign)
        default:
            // Truncation to i8/i16 and zero-extension of i1 leave the bits as they are.
            emit(.copy, [.register(result), .register(value)])
        }
    }

    /// The register of `value` with its upper bits set as `extension` requires.
    mutating func extended(_ value: LLVMValueRef, _ widening: Extension) throws(BackendError) -> Register {
        let width = bitWidth(LLVMTypeOf(value))
        if let c = constant(value) { return try constantRegister(widening == .zero ? c & ((1 << width) - 1) : c) }
        let register = try use(value)
        guard width < 32, width > 1, widening != .none, knownExtension[value] != widening else { return register }
        let key = ExtensionKey(block: current, value: value, widening: widening)
        if let result = extensions[key] { return result }
        let result = machine.newVirtual()
        extend(result, register, width: width, widening)
        extensions[key] = result
        return result
    }

    /// `result` = the low `width` bits of `value` zero- or sign-extended: EXTUI (up to 16
    /// bits) or SEXT (8 to 23), else (the i24 of bit-fields, say) a left shift and a right
    /// shift back.
    mutating func extend(_ result: Register, _ value: Register, width: Int, _ widening: Extension) {
        if widening == .zero, Opcode.extui.accepts(width, at: 3) {
            return emit(.extui, .register(result), .register(value), .immediate(0), .immediate(width))
        }
        if widening == .sign, Opcode.sext.accepts(width - 1, at: 2) {
            return emit(.sext, .register(result), .register(value), .immediate(width - 1))
        }
        let high = machine.newVirtual()
        emit(.slli, .register(high), .register(value), .immediate(32 - width))
        shiftWord(widening == .zero ? LLVMLShr : LLVMAShr, result, high, by: 32 - width)
    }

    // MARK: - Comparisons

    /// A compare with one user, the branch or a select of its own block (or an and/or that
    /// is part of the branch's condition), is selected there.
    func canFuse(_ compare: LLVMValueRef) -> Bool {
        guard let use = LLVMGetFirstUse(compare), LLVMGetNextUse(use) == nil else { return false }
        let user = LLVMGetUser(use)!
        guard LLVMGetInstructionParent(user) == LLVMGetInstructionParent(compare),
              !isDoubleWord(LLVMTypeOf(operand(compare, 0))), !isDoubleWord(LLVMTypeOf(user)) else { return false }
        switch LLVMGetInstructionOpcode(user) {
        case LLVMBr: return true
        case _ where isConditionTree(user): return true   // an and/or taken apart into branches
        case LLVMSExt where isExtendedCondition(user):
            // 0 or −1 by branching (`conditionValue`): MOVI −1, the branch, MOVI 0, instead of
            // the 0/1 value's three and a NEG. NE and the sign test make their 0/1 value in
            // fewer instructions (MOVEQZ, EXTUI), so those stay values.
            let c = comparison(compare)
            return c.predicate != LLVMIntNE && !(c.predicate == LLVMIntSLT && c.rhsConstant == 0)
        case LLVMSelect:
            // Only as the condition, and only when a conditional move can test it.
            guard operand(user, 0) == compare else { return false }
            let c = comparison(compare)
            return c.rhsConstant == 0 ? c.rule.conditionalMove != nil : [LLVMIntEQ, LLVMIntNE].contains(c.predicate)
        default: return false
        }
    }

    /// `compare` rewritten into one of the six directly branchable predicates, with a
    /// constant operand on the right, extended the way the predicate reads its operands.
    func comparison(_ compare: LLVMValueRef) -> Comparison {
        var predicate = LLVMGetICmpPredicate(compare)
        var lhs = operand(compare, 0), rhs = operand(compare, 1)
        if constant(lhs) != nil, constant(rhs) == nil {
            swap(&lhs, &rhs)
            predicate = swappedPredicates[predicate]!
        }
        let width = bitWidth(LLVMTypeOf(lhs))
        let mask = width >= 32 ? 0xFFFF_FFFF : (1 << width) - 1
        var c = constant(rhs)
        if let value = c, let incremented = incrementedPredicates[predicate] {
            // a > C is a >= C + 1, unless C is already the largest value.
            let signed = predicate == LLVMIntSGT || predicate == LLVMIntSLE
            let (normalized, limit) = signed ? (value, mask >> 1) : (value & mask, mask)
            if normalized < limit {
                predicate = incremented
                c = normalized + 1
            }
        }
        if branchRules[predicate] == nil {
            swap(&lhs, &rhs)
            predicate = swappedPredicates[predicate]!
            c = constant(rhs)
        }
        if let value = c, branchRules[predicate]!.widening == .zero {
            c = Int(Int32(truncatingIfNeeded: value & mask))
        }
        return Comparison(predicate: predicate, lhs: lhs, rhs: rhs, rhsConstant: c)
    }

    /// Emits a branch to `target` taken when `c` holds.
    mutating func compareAndBranch(_ c: Comparison, to target: Int) throws(BackendError) {
        if c.rhsConstant == 0, c.predicate == LLVMIntEQ || c.predicate == LLVMIntNE, let test = branchBitTest(c.lhs) {
            return try branchOnBits(test, ifZero: c.predicate == LLVMIntEQ, to: target)
        }
        let width = bitWidth(LLVMTypeOf(c.lhs))
        if c.rhsConstant == 0, c.predicate == LLVMIntSLT || c.predicate == LLVMIntSGE, width > 1, width < 32,
           knownExtension[c.lhs] != .sign, constant(c.lhs) == nil {
            // The sign of a narrow value is its top bit: one BBSI/BBCI instead of SEXT and BLTZ/BGEZ.
            return emit(c.predicate == LLVMIntSLT ? .bbsi : .bbci, .register(try use(c.lhs)), .immediate(width - 1), .block(target))
        }
        let lhs = try extended(c.lhs, c.rule.widening)
        if let value = c.rhsConstant {
            try branch(c.rule, lhs, constant: value, to: target)
        } else {
            emit(c.rule.registers, .register(lhs), .register(try extended(c.rhs, c.rule.widening)), .block(target))
        }
    }

    /// Branches to `target` when `lhs` compares with `value` as `rule` says, in the shortest form.
    mutating func branch(_ rule: BranchRule, _ lhs: Register, constant value: Int, to target: Int) throws(BackendError) {
        if value == 0, let zero = rule.zero { return emit(zero, .register(lhs), .block(target)) }
        if rule.immediate.accepts(value, at: 1) {
            return emit(rule.immediate, .register(lhs), .immediate(value), .block(target))
        }
        if value == 0, rule.registers == .bgeu { return emit(.j, .block(target)) }
        emit(rule.registers, .register(lhs), .register(try constantRegister(value)), .block(target))
    }

    /// An `icmp` as a 0/1 value.
    mutating func compareValue(_ compare: LLVMValueRef) throws(BackendError) {
        try compareValue(comparison(compare), into: register(for: compare))
    }

    /// Sets `result` to 1 when `c` holds, else 0.
    mutating func compareValue(_ c: Comparison, into result: Register) throws(BackendError) {
        if c.predicate == LLVMIntSLT, c.rhsConstant == 0 {
            let value = try extended(c.lhs, .sign)
            return emit(.extui, .register(result), .register(value), .immediate(31), .immediate(1))
        }
        if c.predicate == LLVMIntNE {
            // result = 1, unless lhs − rhs is zero.
            let difference = try difference(c)
            emit(.movi, .register(result), .immediate(1))
            return emit(.moveqz, .register(result), .register(difference), .register(difference))
        }
        // result = 1; skip the clearing when the comparison holds. The operands are widened
        // first, so the result's register is not taken while they are still being made.
        _ = try extended(c.lhs, c.rule.widening)
        if c.rhsConstant == nil { _ = try extended(c.rhs, c.rule.widening) }
        emit(.movi, .register(result), .immediate(1))
        let join = newBlockID()
        try compareAndBranch(c, to: join)
        let clear = newBlockID()
        startBlock(clear)
        emit(.movi, .register(result), .immediate(0))
        startBlock(join)
    }

    /// lhs − rhs of an EQ/NE comparison: zero exactly when they are equal.
    mutating func difference(_ c: Comparison) throws(BackendError) -> Register {
        let lhs = try extended(c.lhs, .zero)
        let result = machine.newVirtual()
        if let value = c.rhsConstant {
            if value == 0 { return lhs }
            try addConstant(result, lhs, -value)
        } else {
            emit(.sub, .register(result), .register(lhs), .register(try extended(c.rhs, .zero)))
        }
        return result
    }

    mutating func selectValue(_ inst: LLVMValueRef) throws(BackendError) {
        guard isWord(LLVMTypeOf(operand(inst, 0))) else { throw unsupported("vector selects are not supported") }
        let result = register(for: inst)
        let condition = operand(inst, 0)
        let ifTrue = try use(operand(inst, 1)), ifFalse = try use(operand(inst, 2))
        var move = Opcode.movnez
        var test: Register
        if fused.contains(condition) {
            let c = comparison(condition)
            if c.rhsConstant == 0, let conditional = c.rule.conditionalMove {
                move = conditional
                test = try extended(c.lhs, c.rule.widening)
            } else {
                move = c.predicate == LLVMIntEQ ? .moveqz : .movnez
                test = try difference(c)
            }
        } else {
            test = try use(condition)
        }
        emit(.copy, [.register(result), .register(ifFalse)])
        emit(move, .register(result), .register(ifTrue), .register(test))
    }
}
