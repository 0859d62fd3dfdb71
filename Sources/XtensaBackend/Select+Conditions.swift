import CLLVM
import XtensaISA

// Instruction selection, continued. Branches on conditions combined with and/or/not.
//
// LLVM's SimplifyCFG folds `if a && b` into one branch on `and i1 a, b` (or on the logical
// form `select i1 a, i1 b, i1 false`), because its targets split such a branch again in
// instruction selection ("jumps are cheap"). Selected as values, each compare becomes a 0/1
// register (a branch over a MOVI, or MOVI + MOVEQZ) and the branch tests their AND: three to
// five instructions per compare where Xtensa needs one compare-and-branch. Here the
// combination is taken apart instead: `a && b` branches to the false target when `a` fails,
// then on `b`; `a || b` to the true target when `a` holds, then on `b`; `!a` swaps the
// targets. The compares' operands are computed before the branch either way (they are
// earlier instructions of the block), so nothing moves; only the tests are split.

/// The shape of an i1 value built from other i1 values.
enum LogicalOperation {
    /// Both hold (`and`, `select a, b, false`).
    case and(LLVMValueRef, LLVMValueRef)
    /// Either holds (`or`, `select a, true, b`).
    case or(LLVMValueRef, LLVMValueRef)
    /// The operand does not hold (`xor a, true`).
    case not(LLVMValueRef)
}

extension Selector {
    /// `value` as an and/or/not of two (one) i1 values, when it is one.
    func logicalOperation(_ value: LLVMValueRef) -> LogicalOperation? {
        guard LLVMIsAInstruction(value) != nil, bitWidth(LLVMTypeOf(value)) == 1,
              LLVMGetTypeKind(LLVMTypeOf(value)) == LLVMIntegerTypeKind else { return nil }
        let isTrue = { (v: LLVMValueRef) in self.constant(v) == 1 }
        let isFalse = { (v: LLVMValueRef) in self.constant(v) == 0 }
        switch LLVMGetInstructionOpcode(value) {
        case LLVMAnd: return .and(operand(value, 0), operand(value, 1))
        case LLVMOr: return .or(operand(value, 0), operand(value, 1))
        case LLVMXor where isTrue(operand(value, 1)): return .not(operand(value, 0))
        case LLVMXor where isTrue(operand(value, 0)): return .not(operand(value, 1))
        case LLVMSelect where isFalse(operand(value, 2)): return .and(operand(value, 0), operand(value, 1))
        case LLVMSelect where isTrue(operand(value, 1)): return .or(operand(value, 0), operand(value, 2))
        default: return nil
        }
    }

    /// Whether `value`'s only use is, in its own block, the condition of the block's branch
    /// or an operand of a logical operation that is itself part of such a condition: it is
    /// then selected as part of the branch (`branch(on:ifTrue:ifFalse:)`), not as a value.
    /// `depth`: how many logical operations lie between the caller's value and `value`.
    func feedsBranchOnly(_ value: LLVMValueRef, depth: Int = 0) -> Bool {
        guard let use = LLVMGetFirstUse(value), LLVMGetNextUse(use) == nil, let user = LLVMGetUser(use),
              LLVMGetInstructionParent(user) == LLVMGetInstructionParent(value) else { return false }
        if LLVMGetInstructionOpcode(user) == LLVMBr { return true }
        // The root of a tree that an extension makes a word of (`conditionValue`); a compare
        // extended alone stays a 0/1 value (`compareValue`).
        if isExtendedCondition(user) { return logicalOperation(value) != nil }
        return isConditionTree(user, depth: depth + 1)
    }

    /// `zext`/`sext` of an i1 to a word: when its operand is an and/or/not (a condition tree
    /// with the extension in place of the branch), the word is made by branching
    /// (`conditionValue`), not from 0/1 registers of every compare combined.
    func isExtendedCondition(_ value: LLVMValueRef) -> Bool {
        let opcode = LLVMGetInstructionOpcode(value)
        return (opcode == LLVMZExt || opcode == LLVMSExt) && bitWidth(LLVMTypeOf(operand(value, 0))) == 1 && isWord(LLVMTypeOf(value))
    }

    /// `result` = `ifTrue` when the condition tree (or fused compare) `condition` holds,
    /// else 0: `movi result, ifTrue`, the branches to the end, `movi result, 0` where it
    /// fails. For the 64-bit borrow `sext (a <u b || c <u d)` four instructions instead of
    /// nine; for `sext (a <u b)` (soft-float division's borrows) three instead of four.
    mutating func conditionValue(_ condition: LLVMValueRef, ifTrue value: Int, into result: Register) throws(BackendError) {
        emit(.movi, .register(result), .immediate(value))
        let join = newBlockID(), clear = newBlockID()
        try branch(on: condition, ifTrue: join, ifFalse: clear)
        // `j clear` with clear next: the peephole drops the jump.
        startBlock(clear)
        emit(.movi, .register(result), .immediate(0))
        startBlock(join)
    }

    /// Operations nested deeper than this below a branch are made as values: the checks walk
    /// up to the branch and the splitting recurses, so a generated condition of thousands
    /// of `and`s must not make either quadratic or deep.
    static let conditionDepthLimit = 16

    /// Whether `value` is a logical operation that is taken apart into branches.
    func isConditionTree(_ value: LLVMValueRef, depth: Int = 0) -> Bool {
        depth < Self.conditionDepthLimit && logicalOperation(value) != nil && feedsBranchOnly(value, depth: depth)
    }

    /// Ends the current block with branches to `ifTrue` when `condition` holds, else to
    /// `ifFalse` (machine blocks, the edges of the IR branch). Logical operations that are
    /// part of the branch (`isConditionTree`) are taken apart, a new block per operand after
    /// the first; the leaves are fused compares or i1 registers.
    mutating func branch(on condition: LLVMValueRef, ifTrue: Int, ifFalse: Int) throws(BackendError) {
        if isConditionTree(condition), let operation = logicalOperation(condition) {
            switch operation {
            case .not(let a):
                return try branch(on: a, ifTrue: ifFalse, ifFalse: ifTrue)
            case .and(let a, let b), .or(let a, let b):
                let next = newBlockID()
                if case .and = operation {
                    try branch(on: a, ifTrue: next, ifFalse: ifFalse)
                } else {
                    try branch(on: a, ifTrue: ifTrue, ifFalse: next)
                }
                // `bcc next; j other` with next right after: the peephole inverts it into one branch.
                startBlock(next)
                return try branch(on: b, ifTrue: ifTrue, ifFalse: ifFalse)
            }
        }
        if let c = constant(condition) { return emit(.j, .block(c != 0 ? ifTrue : ifFalse)) }
        if fused.contains(condition), isDoubleWord(LLVMTypeOf(operand(condition, 0))) {
            return try branchOnDoubleWords(condition, to: ifTrue, else: ifFalse)
        }
        try branchIf(condition, to: ifTrue)
        emit(.j, .block(ifFalse))
    }

    // MARK: - Bit tests

    /// `and x, m` read only by an `icmp eq/ne ..., 0` that a branch takes: the branch tests the
    /// bits itself (BBCI/BBSI for one bit of a constant, BNONE/BANY for a 32-bit mask), so the
    /// AND is not made. Returns x and m. OCaml's integer tag test (`v & 1`) is one of these.
    func branchBitTest(_ value: LLVMValueRef) -> (value: LLVMValueRef, mask: LLVMValueRef)? {
        guard LLVMIsAInstruction(value) != nil, LLVMGetInstructionOpcode(value) == LLVMAnd, isWord(LLVMTypeOf(value)),
              let use = LLVMGetFirstUse(value), LLVMGetNextUse(use) == nil, let compare = LLVMGetUser(use),
              LLVMGetInstructionOpcode(compare) == LLVMICmp, LLVMGetInstructionParent(compare) == LLVMGetInstructionParent(value),
              [LLVMIntEQ, LLVMIntNE].contains(LLVMGetICmpPredicate(compare)),
              constant(operand(compare, 0)) == 0 || constant(operand(compare, 1)) == 0,
              feedsBranchOnly(compare) else { return nil }
        var (x, mask) = (operand(value, 0), operand(value, 1))
        if constant(x) != nil { swap(&x, &mask) }
        let width = bitWidth(LLVMTypeOf(value))
        if let m = constant(mask) {
            // One bit within the type (narrow values' upper bits are undefined), or any mask of a word.
            let bits = width == 32 ? m & 0xFFFF_FFFF : m & ((1 << width) - 1)
            guard bits != 0, bits & (bits - 1) == 0 || width == 32 else { return nil }
            return (x, mask)
        }
        return width == 32 ? (x, mask) : nil
    }

    /// Branches to `target` when `x & mask` is zero (`ifZero`) or not: BBCI/BBSI for one bit,
    /// else BNONE/BANY.
    mutating func branchOnBits(_ test: (value: LLVMValueRef, mask: LLVMValueRef), ifZero: Bool, to target: Int) throws(BackendError) {
        let x = try use(test.value)
        if let m = constant(test.mask), case let bits = m & 0xFFFF_FFFF, bits & (bits - 1) == 0 {
            return emit(ifZero ? .bbci : .bbsi, .register(x), .immediate(bits.trailingZeroBitCount), .block(target))
        }
        emit(ifZero ? .bnone : .bany, .register(x), .register(try use(test.mask)), .block(target))
    }

    /// `trunc x to i1` read only by a branch: the branch tests bit 0 of x (BBSI), no EXTUI.
    func branchTruncation(_ value: LLVMValueRef) -> LLVMValueRef? {
        guard LLVMIsAInstruction(value) != nil, LLVMGetInstructionOpcode(value) == LLVMTrunc,
              bitWidth(LLVMTypeOf(value)) == 1, !isDoubleWord(LLVMTypeOf(operand(value, 0))),
              feedsBranchOnly(value) else { return nil }
        return operand(value, 0)
    }

    /// Branches to `target` when the i1 `condition` holds (a leaf of a branch's condition:
    /// a fused compare, a soft-float compare's result, a truncation, or a 0/1 register).
    mutating func branchIf(_ condition: LLVMValueRef, to target: Int) throws(BackendError) {
        if let test = overflowBranches[condition] {
            branchOnOverflow(test, to: target)
        } else if let (result, test) = floatBranches[condition] {
            let (predicate, value) = test.branch
            try branch(branchRules[predicate]!, result, constant: value, to: target)
        } else if fused.contains(condition) {
            try compareAndBranch(comparison(condition), to: target)
        } else if let x = branchTruncation(condition) {
            emit(.bbsi, .register(try use(x)), .immediate(0), .block(target))
        } else {
            // i1 values are exactly 0 or 1.
            emit(.bnez, .register(try use(condition)), .block(target))
        }
    }
}
