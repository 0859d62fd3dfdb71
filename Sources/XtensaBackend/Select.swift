import CLLVM
import XtensaISA

/// Instruction selection: one LLVM function in, Machine IR with virtual registers out.
///
/// Values live in virtual registers; constants, allocas and constant-offset GEPs are
/// rematerialised where they are used so that they fold into immediates and addressing.
/// A compare whose only user is the block's branch (or a select) is fused into it.
/// Phis become copies on their incoming edges; critical edges get a block of their own.
/// The windowed ABI appears as copies from and to fixed registers: a2–a7 on entry,
/// a10–a15 around calls, a2 on return.
enum Select {
    static func function(_ function: LLVMValueRef, in module: IRModule, profile: Profile) throws(BackendError) -> MachineFunction {
        var selector = Selector(module: module, profile: profile, function: function)
        try selector.run()
        return selector.machine
    }
}

/// Where an address comes from: a register, a frame object, or a symbol.
enum AddressBase {
    case register(Register)
    case frame(Int)
    case symbol(String)
}

/// A narrow value widened one way in one machine block.
struct ExtensionKey: Hashable {
    let block: Int
    let value: LLVMValueRef
    let widening: Extension
}

/// A comparison with a direct branch form: `lhs pred rhs`, rhs maybe constant.
struct Comparison {
    var predicate: LLVMIntPredicate
    var lhs: LLVMValueRef
    var rhs: LLVMValueRef
    var rhsConstant: Int?

    var rule: BranchRule { branchRules[predicate]! }
}

// swiftlint:disable:next type_body_length
struct Selector {
    let module: IRModule
    let profile: Profile
    let function: LLVMValueRef
    var machine: MachineFunction
    /// The block instructions are appended to, by id.
    var current = 0
    var nextBlockID = 0
    /// The first machine block of each IR block.
    var blockIDs: [LLVMBasicBlockRef: Int] = [:]
    /// The machine block each IR block ends in (selection may split blocks).
    var exitBlocks: [LLVMBasicBlockRef: Int] = [:]
    var values: [LLVMValueRef: Register] = [:]
    var frameSlots: [LLVMValueRef: Int] = [:]
    /// Narrow values whose register is known to be zero- or sign-extended (loaded by
    /// L8UI/L16UI/L16SI), so widening them again is a no-op.
    var knownExtension: [LLVMValueRef: Extension] = [:]
    /// Extended copies of narrow values made so far, reusable within their machine block.
    var extensions: [ExtensionKey: Register] = [:]
    /// Offsets of the allocas from the start of the locals, as `Frame` lays them out.
    var localOffsets: [Int] = []
    var localsSize = 0
    /// Compares that are selected as part of their user.
    var fused: Set<LLVMValueRef> = []
    /// The IR block being selected.
    var irBlock: LLVMBasicBlockRef?
    /// IR blocks that are part of a loop.
    var loopBlocks: Set<LLVMBasicBlockRef> = []
    /// Constants made in each machine block (by id), for reuse later in the same block.
    var blockConstants: [Int: [MachineOperand: Register]] = [:]
    /// Constants already made in the entry block for use in loops.
    var hoistedConstants: [MachineOperand: Register] = [:]
    /// The debug location of the IR instruction being selected, given to what it becomes.
    var location: String?
    /// Edge blocks made for the current IR block's terminator so far.
    var edgeBlocks = 0
    /// The IR instruction being selected, for error messages.
    var instruction: LLVMValueRef?

    init(module: IRModule, profile: Profile, function: LLVMValueRef) {
        self.module = module
        self.profile = profile
        self.function = function
        let linkage = LLVMGetLinkage(function)
        let isLocal = linkage == LLVMInternalLinkage || linkage == LLVMPrivateLinkage
        machine = MachineFunction(name: name(of: function), isGlobal: !isLocal)
    }

    // MARK: - Driver

    mutating func run() throws(BackendError) {
        let type = LLVMGlobalGetValueType(function)!
        if LLVMIsFunctionVarArg(type) != 0 { throw unsupported("variadic functions are not supported yet") }
        var irBlocks: [LLVMBasicBlockRef] = []
        var block = LLVMGetFirstBasicBlock(function)
        while let b = block {
            irBlocks.append(b)
            blockIDs[b] = newBlockID()
            block = LLVMGetNextBasicBlock(b)
        }
        machine.blocks = irBlocks.map { MachineBlock(id: blockIDs[$0]!) }
        current = machine.blocks[0].id
        try receiveArguments()
        loopBlocks = Self.blocksInCycles(irBlocks)
        machine.outgoingArgumentSize = Self.outgoingArgumentSize(irBlocks)
        for irBlock in irBlocks {
            self.irBlock = irBlock
            current = blockIDs[irBlock]!
            edgeBlocks = 0
            var next = LLVMGetFirstInstruction(irBlock)
            while let inst = next {
                instruction = inst
                location = sourceLocation(inst)
                try select(inst)
                next = LLVMGetNextInstruction(inst)
            }
            exitBlocks[irBlock] = current
        }
    }

    /// Bytes for the stack arguments of the function's widest call (words beyond the sixth).
    static func outgoingArgumentSize(_ blocks: [LLVMBasicBlockRef]) -> Int {
        var words = 0
        for block in blocks {
            var next = LLVMGetFirstInstruction(block)
            while let inst = next {
                if LLVMGetInstructionOpcode(inst) == LLVMCall { words = max(words, Int(LLVMGetNumArgOperands(inst)) - 6) }
                next = LLVMGetNextInstruction(inst)
            }
        }
        return Frame.align(4 * words, 16)
    }

    /// Blocks that can reach themselves.
    static func blocksInCycles(_ blocks: [LLVMBasicBlockRef]) -> Set<LLVMBasicBlockRef> {
        func successors(_ block: LLVMBasicBlockRef) -> [LLVMBasicBlockRef] {
            guard let terminator = LLVMGetBasicBlockTerminator(block) else { return [] }
            return (0..<LLVMGetNumSuccessors(terminator)).map { LLVMGetSuccessor(terminator, $0)! }
        }
        var result: Set<LLVMBasicBlockRef> = []
        for start in blocks {
            var stack = successors(start), seen: Set<LLVMBasicBlockRef> = []
            while let block = stack.popLast() {
                if block == start { result.insert(start); break }
                if seen.insert(block).inserted { stack += successors(block) }
            }
        }
        return result
    }

    /// Copies the incoming arguments out of a2–a7.
    mutating func receiveArguments() throws(BackendError) {
        let count = Int(LLVMCountParams(function))
        for i in 0..<count {
            let param = LLVMGetParam(function, UInt32(i))!
            guard isWord(LLVMTypeOf(param)) else { throw unsupported("parameter \(i + 1) has a type wider than 32 bits or not an integer/pointer") }
            if i < 6 {
                emit(.copy, [.register(register(for: param)), .register(.physical(2 + i))])
            } else {
                // Words 7 and up are at the bottom of the caller's frame, just above ours.
                emit(.l32i, .register(register(for: param)), .register(.sp), .incomingArgument(4 * (i - 6)))
            }
            // The caller extended arguments marked signext/zeroext.
            let index = UInt32(i + 1)
            if LLVMGetEnumAttributeAtIndex(function, index, attributeKind("signext")) != nil { knownExtension[param] = .sign }
            if LLVMGetEnumAttributeAtIndex(function, index, attributeKind("zeroext")) != nil { knownExtension[param] = .zero }
        }
    }

    // MARK: - One IR instruction

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func select(_ inst: LLVMValueRef) throws(BackendError) {
        let opcode = LLVMGetInstructionOpcode(inst)
        let type = LLVMTypeOf(inst)!
        if LLVMGetTypeKind(type) != LLVMVoidTypeKind, !isWord(type) {
            throw unsupported("values wider than 32 bits, floating point and vectors are not supported yet")
        }
        switch opcode {
        case LLVMAdd, LLVMSub, LLVMMul, LLVMAnd, LLVMOr, LLVMXor, LLVMUDiv, LLVMSDiv, LLVMURem, LLVMSRem:
            try binary(inst, opcode)
        case LLVMShl, LLVMLShr, LLVMAShr:
            try shift(inst, opcode)
        case LLVMICmp:
            if canFuse(inst) { fused.insert(inst) } else { try compareValue(inst) }
        case LLVMSelect:
            try selectValue(inst)
        case LLVMZExt, LLVMSExt, LLVMTrunc:
            try cast(inst, opcode)
        case LLVMBitCast, LLVMPtrToInt, LLVMIntToPtr, LLVMFreeze:
            emit(.copy, [.register(register(for: inst)), .register(try use(operand(inst, 0)))])
        case LLVMLoad:
            try load(inst)
        case LLVMStore:
            try store(inst)
        case LLVMGetElementPtr:
            try addressComputation(inst)
        case LLVMAlloca:
            try allocate(inst)
        case LLVMPHI:
            _ = register(for: inst)   // written by copies on the incoming edges
        case LLVMCall:
            try call(inst)
        case LLVMBr:
            try branch(inst)
        case LLVMSwitch:
            try switchBranch(inst)
        case LLVMRet:
            try ret(inst)
        case LLVMUnreachable:
            emit(.isa(.ill), [])
        default:
            throw unsupported("this instruction is not supported yet")
        }
    }

    // MARK: - Arithmetic

    mutating func binary(_ inst: LLVMValueRef, _ opcode: LLVMOpcode) throws(BackendError) {
        let rule = binaryRules[opcode]!
        let result = register(for: inst)
        let lhs = operand(inst, 0), rhs = operand(inst, 1)
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

    mutating func shift(_ inst: LLVMValueRef, _ opcode: LLVMOpcode) throws(BackendError) {
        let rule = shiftRules[opcode]!
        let result = register(for: inst)
        let width = bitWidth(LLVMTypeOf(inst))
        let value = try extended(operand(inst, 0), rule.widening)
        if let amount = constant(operand(inst, 1)) {
            // Shifting by the width or more is poison in IR: any result will do.
            let n = amount & 31
            if n == 0 { return emit(.copy, [.register(result), .register(value)]) }
            switch opcode {
            case LLVMShl: return emit(.slli, .register(result), .register(value), .immediate(n))
            case LLVMAShr: return emit(.srai, .register(result), .register(value), .immediate(n))
            default:
                // SRLI reaches 15; EXTUI extracts the 32 − n bits that remain for larger shifts.
                if Opcode.srli.accepts(n, at: 2) { return emit(.srli, .register(result), .register(value), .immediate(n)) }
                return emit(.extui, .register(result), .register(value), .immediate(n), .immediate(min(width, 32) - n))
            }
        }
        let amount = try use(operand(inst, 1))
        emit(rule.setAmount, .register(amount))
        if rule.shift == .sll {
            emit(.sll, .register(result), .register(value))
        } else {
            emit(rule.shift, .register(result), .register(value))
        }
    }

    mutating func cast(_ inst: LLVMValueRef, _ opcode: LLVMOpcode) throws(BackendError) {
        let source = operand(inst, 0)
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
        let result = register(for: inst)
        let value = try use(source)
        switch opcode {
        case LLVMTrunc where to == 1:
            emit(.extui, .register(result), .register(value), .immediate(0), .immediate(1))
        case LLVMZExt where from > 1:
            emit(.extui, .register(result), .register(value), .immediate(0), .immediate(from))
        case LLVMSExt where from == 1:
            emit(.neg, .register(result), .register(value))
        case LLVMSExt:
            emit(.sext, .register(result), .register(value), .immediate(from - 1))
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
        if widening == .zero {
            emit(.extui, .register(result), .register(register), .immediate(0), .immediate(width))
        } else {
            emit(.sext, .register(result), .register(register), .immediate(width - 1))
        }
        extensions[key] = result
        return result
    }

    // MARK: - Comparisons

    /// A compare with one user, the branch or a select of its own block, is selected there.
    func canFuse(_ compare: LLVMValueRef) -> Bool {
        guard let use = LLVMGetFirstUse(compare), LLVMGetNextUse(use) == nil else { return false }
        let user = LLVMGetUser(use)!
        guard LLVMGetInstructionParent(user) == LLVMGetInstructionParent(compare) else { return false }
        switch LLVMGetInstructionOpcode(user) {
        case LLVMBr: return true
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

    // MARK: - Memory

    /// The address `pointer` denotes, as a base and a constant byte offset.
    mutating func address(_ pointer: LLVMValueRef) throws(BackendError) -> (AddressBase, Int) {
        if let slot = frameSlots[pointer] { return (.frame(slot), 0) }
        if LLVMIsAGlobalValue(pointer) != nil { return (.symbol(name(of: pointer)), 0) }
        let isGEP = (LLVMIsAGetElementPtrInst(pointer) != nil)
            || (LLVMIsAConstantExpr(pointer) != nil && LLVMGetConstOpcode(pointer) == LLVMGetElementPtr)
        if isGEP {
            let (base, offset, variable) = try gepParts(pointer)
            if variable.isEmpty { return (base, offset) }
            // The variable part was computed where the GEP stands.
            return (.register(register(for: pointer)), offset)
        }
        if LLVMIsAConstantExpr(pointer) != nil, [LLVMBitCast, LLVMIntToPtr, LLVMPtrToInt].contains(LLVMGetConstOpcode(pointer)) {
            return try address(operand(pointer, 0))
        }
        return (.register(try use(pointer)), 0)
    }

    /// A GEP as base address + constant offset + scaled variable indices.
    mutating func gepParts(_ gep: LLVMValueRef) throws(BackendError) -> (AddressBase, Int, [(LLVMValueRef, Int)]) {
        let (base, offset) = try address(operand(gep, 0))
        guard let terms = gepTerms(gep, module.targetData) else {
            throw unsupported("GEP through vectors or with 64-bit indices is not supported yet")
        }
        return (base, Int(Int32(truncatingIfNeeded: offset + terms.offset)), terms.variable)
    }

    /// A GEP with variable indices: its register holds base + Σ index × size; the constant
    /// part is left for the loads and stores to fold.
    mutating func addressComputation(_ gep: LLVMValueRef) throws(BackendError) {
        let (base, _, variable) = try gepParts(gep)
        guard !variable.isEmpty else { return }
        var sum = try materialize(base, 0)
        for (index, size) in variable {
            let next = machine.newVirtual()
            let i = try use(index)
            if let add = scaledAdds[size] {
                emit(add, .register(next), .register(i), .register(sum))
            } else {
                let scaled = machine.newVirtual()
                if size > 0, size & (size - 1) == 0 {
                    emit(.slli, .register(scaled), .register(i), .immediate(size.trailingZeroBitCount))
                } else {
                    guard profile.has(.mul32) else { throw unsupported("the target has no 32-bit multiplier") }
                    emit(.mull, .register(scaled), .register(i), .register(try constantRegister(size)))
                }
                emit(.add, .register(next), .register(scaled), .register(sum))
            }
            sum = next
        }
        emit(.copy, [.register(register(for: gep)), .register(sum)])
    }

    /// A register holding base + offset.
    mutating func materialize(_ base: AddressBase, _ offset: Int) throws(BackendError) -> Register {
        switch base {
        case .register(let r):
            if offset == 0 { return r }
            let result = machine.newVirtual()
            try addConstant(result, r, offset)
            return result
        case .frame(let slot):
            let address = MachineOperand.frame(slot, offset: offset)
            return hoisted(address) { selector, result in selector.emit(.frameAddress, [.register(result), address]) }
        case .symbol(let name) where offset != 0 && Opcode.addi.accepts(offset, at: 2)
                                  && machine.literals.contains(.symbol(name, addend: 0)):
            // The symbol already has a literal: an ADDI is cheaper than another literal.
            let result = machine.newVirtual()
            emit(.addi, .register(result), .register(try materialize(base, 0)), .immediate(offset))
            return result
        case .symbol(let name):
            let literal = MachineOperand.symbol(name, addend: offset)
            return hoisted(literal) { selector, result in
                selector.emit(.l32r, .register(result), .literal(selector.machine.literal(literal)))
            }
        }
    }

    /// The (base register or SP, offset) operands of a load or store of `opcode`.
    mutating func memoryOperands(_ pointer: LLVMValueRef, _ opcode: Opcode) throws(BackendError) -> [MachineOperand] {
        let (base, offset) = try address(pointer)
        switch base {
        case .frame(let slot)
            where opcode.accepts(machine.outgoingArgumentSize + FrameObject.spillArea + localOffsets[slot] + offset, at: 2):
            // In reach wherever the frame lowering puts it (spill slots stay below spillArea).
            return [.register(.sp), .frame(slot, offset: offset)]
        case .register(let r) where opcode.accepts(offset, at: 2):
            return [.register(r), .immediate(offset)]
        case .symbol where opcode.accepts(offset, at: 2):
            // One literal per symbol; fields and elements are immediates from it.
            return [.register(try materialize(base, 0)), .immediate(offset)]
        default:
            return [.register(try materialize(base, offset)), .immediate(0)]
        }
    }

    mutating func checkAccess(_ inst: LLVMValueRef, size: Int) throws(BackendError) {
        guard let rule = memoryRules[size] else { throw unsupported("\(size * 8)-bit memory accesses are not supported yet") }
        _ = rule
        if LLVMGetOrdering(inst) != LLVMAtomicOrderingNotAtomic { throw unsupported("atomic memory accesses are not supported yet") }
        if Int(LLVMGetAlignment(inst)) < size { throw unsupported("unaligned memory accesses are not supported yet") }
    }

    mutating func load(_ inst: LLVMValueRef) throws(BackendError) {
        let size = accessSize(LLVMTypeOf(inst))
        try checkAccess(inst, size: size)
        var opcode = memoryRules[size]!.load
        knownExtension[inst] = .zero
        // An i16 load whose only user sign-extends it is L16SI.
        if size == 2, let use = LLVMGetFirstUse(inst), LLVMGetNextUse(use) == nil,
           LLVMGetInstructionOpcode(LLVMGetUser(use)) == LLVMSExt {
            opcode = .l16si
            knownExtension[inst] = .sign
        }
        let address = try memoryOperands(operand(inst, 0), opcode)
        emit(.isa(opcode), [.register(register(for: inst))] + address)
    }

    mutating func store(_ inst: LLVMValueRef) throws(BackendError) {
        let value = operand(inst, 0)
        guard isWord(LLVMTypeOf(value)) else { throw unsupported("stores of values wider than 32 bits are not supported yet") }
        let size = accessSize(LLVMTypeOf(value))
        try checkAccess(inst, size: size)
        let opcode = memoryRules[size]!.store
        let data = try use(value)
        let address = try memoryOperands(operand(inst, 1), opcode)
        emit(.isa(opcode), [.register(data)] + address)
    }

    mutating func allocate(_ inst: LLVMValueRef) throws(BackendError) {
        guard LLVMGetInstructionParent(inst) == LLVMGetEntryBasicBlock(function), let count = constant(operand(inst, 0)) else {
            throw unsupported("dynamic alloca is not supported yet")
        }
        let size = Int(LLVMABISizeOfType(module.targetData, LLVMGetAllocatedType(inst))) * count
        let alignment = max(4, Int(LLVMGetAlignment(inst)))
        guard alignment <= 16 else { throw unsupported("allocas aligned beyond 16 bytes are not supported yet") }
        frameSlots[inst] = machine.frameObjects.count
        localsSize = Frame.align(localsSize, alignment)
        localOffsets.append(localsSize)
        localsSize += size
        machine.frameObjects.append(FrameObject(size: size, alignment: alignment))
    }

    // MARK: - Calls and returns

    /// Intrinsics with no code.
    static let ignoredIntrinsics = ["llvm.lifetime.", "llvm.dbg.", "llvm.assume", "llvm.experimental.noalias.scope.decl",
                                    "llvm.invariant.", "llvm.sideeffect", "llvm.donothing"]
    /// Intrinsics that are calls to the C library functions of the same job.
    static let libraryIntrinsics = ["llvm.memcpy.": "memcpy", "llvm.memmove.": "memmove", "llvm.memset.": "memset"]

    mutating func call(_ inst: LLVMValueRef) throws(BackendError) {
        let callee = LLVMGetCalledValue(inst)!
        var arguments = (0..<Int(LLVMGetNumArgOperands(inst))).map { operand(inst, $0) }
        var target = MachineOperand.symbol("", addend: 0)
        if LLVMIsAFunction(callee) != nil {
            let calleeName = name(of: callee)
            if calleeName.hasPrefix("llvm.") {
                if Self.ignoredIntrinsics.contains(where: calleeName.hasPrefix) { return }
                if let (_, library) = Self.libraryIntrinsics.first(where: { calleeName.hasPrefix($0.key) }) {
                    arguments.removeLast()   // the `isvolatile` flag
                    target = .symbol(library, addend: 0)
                } else {
                    return try intrinsic(inst, calleeName, arguments)
                }
            } else {
                target = .symbol(calleeName, addend: 0)
            }
        } else if LLVMIsAInlineAsm(callee) != nil {
            throw unsupported("inline assembly is not supported")
        } else {
            target = .register(try use(callee))
        }
        if LLVMIsFunctionVarArg(LLVMGetCalledFunctionType(inst)) != 0 { throw unsupported("calls to variadic functions are not supported yet") }
        var stackArguments: [Register] = []
        for (i, argument) in arguments.enumerated().dropFirst(6) {
            guard isWord(LLVMTypeOf(argument)) else { throw unsupported("argument \(i + 1) is wider than 32 bits or not an integer/pointer") }
            stackArguments.append(try extended(argument, callExtension(inst, index: UInt32(i + 1))))
        }
        for (k, value) in stackArguments.enumerated() {
            emit(.s32i, .register(value), .register(.sp), .immediate(4 * k))
        }
        arguments = Array(arguments.prefix(6))
        var registers: [Register?] = []
        for (i, argument) in arguments.enumerated() {
            guard isWord(LLVMTypeOf(argument)) else { throw unsupported("argument \(i + 1) is wider than 32 bits or not an integer/pointer") }
            // Constants are loaded straight into their argument register, after the copies.
            registers.append(constant(argument) == nil ? try extended(argument, callExtension(inst, index: UInt32(i + 1))) : nil)
        }
        let outgoing = arguments.indices.map { Register.physical(10 + $0) }
        for (argument, register) in zip(registers, outgoing) {
            if let argument { emit(.copy, [.register(register), .register(argument)]) }
        }
        for (i, argument) in arguments.enumerated() where registers[i] == nil {
            var value = constant(argument)!
            let width = bitWidth(LLVMTypeOf(argument))
            if width < 32, callExtension(inst, index: UInt32(i + 1)) == .zero { value &= (1 << width) - 1 }
            try constantRegister(value, into: outgoing[i])
        }
        // CALL8 rotates the window by 8: the callee may change all of a8–a15 (a8 gets the
        // return address, a9 the callee's SP, a10–a15 its a2–a7).
        let clobbered = (8...15).map { Register.physical($0) }
        let opcode: Opcode = if case .register = target { .callx8 } else { .call8 }
        emit(.isa(opcode), [target], implicitUses: outgoing, implicitDefs: clobbered)
        let type = LLVMTypeOf(inst)!
        if LLVMGetTypeKind(type) != LLVMVoidTypeKind {
            emit(.copy, [.register(register(for: inst)), .register(.physical(10))])
        }
    }

    /// How a call's argument (index ≥ 1) or result (index 0) is extended by its attributes.
    func callExtension(_ call: LLVMValueRef, index: UInt32) -> Extension {
        if LLVMGetCallSiteEnumAttribute(call, index, attributeKind("signext")) != nil { return .sign }
        if LLVMGetCallSiteEnumAttribute(call, index, attributeKind("zeroext")) != nil { return .zero }
        return .none
    }

    mutating func intrinsic(_ inst: LLVMValueRef, _ calleeName: String, _ arguments: [LLVMValueRef]) throws(BackendError) {
        let result = register(for: inst)
        if let (_, rule) = minMaxRules.first(where: { calleeName.hasPrefix($0.key + ".") }), profile.has(.minmax) {
            let a = try extended(arguments[0], rule.widening), b = try extended(arguments[1], rule.widening)
            return emit(rule.opcode, .register(result), .register(a), .register(b))
        }
        if calleeName.hasPrefix("llvm.abs.") {
            return emit(.abs, .register(result), .register(try extended(arguments[0], .sign)))
        }
        if calleeName.hasPrefix("llvm.expect.") {
            return emit(.copy, [.register(result), .register(try use(arguments[0]))])
        }
        if calleeName.hasPrefix("llvm.scmp.") || calleeName.hasPrefix("llvm.ucmp.") {
            // (a > b) − (a < b)
            let less: LLVMIntPredicate = calleeName.hasPrefix("llvm.scmp.") ? LLVMIntSLT : LLVMIntULT
            let greater = machine.newVirtual(), smaller = machine.newVirtual()
            let (a, b) = (arguments[0], arguments[1])
            try compareValue(Comparison(predicate: less, lhs: b, rhs: a, rhsConstant: nil), into: greater)
            try compareValue(Comparison(predicate: less, lhs: a, rhs: b, rhsConstant: nil), into: smaller)
            return emit(.sub, .register(result), .register(greater), .register(smaller))
        }
        if let width = calleeName.hasPrefix("llvm.") ? bitWidth(LLVMTypeOf(inst)) : nil,
           try bitIntrinsic(String(calleeName.dropFirst(5).prefix { $0 != "." }), width: width, arguments, into: result) {
            return
        }
        if calleeName == "llvm.trap" || calleeName == "llvm.debugtrap" { return emit(.isa(.ill), []) }
        throw unsupported("the intrinsic '\(calleeName)' is not supported yet")
    }

    /// Bit-counting, byte-swapping and funnel-shift intrinsics; false for anything else.
    mutating func bitIntrinsic(_ name: String, width: Int, _ arguments: [LLVMValueRef], into result: Register) throws(BackendError) -> Bool {
        func fresh() -> Register { machine.newVirtual() }
        switch name {
        case "ctlz" where profile.has(.nsa) && width <= 32:
            // NSAU counts the leading zeros of 32 bits (32 for zero); narrower types have fewer.
            let x = try extended(arguments[0], .zero)
            if width == 32 { emit(.nsau, .register(result), .register(x)); return true }
            let n = fresh()
            emit(.nsau, .register(n), .register(x))
            try addConstant(result, n, width - 32)
        case "cttz" where profile.has(.nsa) && width == 32:
            // The lowest set bit alone is x & −x; its position is 31 − NSAU of it.
            let x = try use(arguments[0])
            let negated = fresh(), lowest = fresh(), leading = fresh()
            emit(.neg, .register(negated), .register(x))
            emit(.and, .register(lowest), .register(x), .register(negated))
            emit(.nsau, .register(leading), .register(lowest))
            emit(.sub, .register(result), .register(try constantRegister(31)), .register(leading))
            if constant(arguments[1]) != 1 {
                // cttz(0) is 32 unless the IR says zero is poison.
                emit(.moveqz, .register(result), .register(try constantRegister(32)), .register(x))
            }
        case "bswap" where width == 32 || width == 16:
            let x = try use(arguments[0])
            var parts: [Register] = []
            for byte in 0..<(width / 8) {
                // Byte `byte` of x moves to byte (width/8 − 1 − byte).
                let extracted = fresh()
                emit(.extui, .register(extracted), .register(x), .immediate(8 * byte), .immediate(8))
                let shift = 8 * (width / 8 - 1 - byte)
                if shift == 0 { parts.append(extracted); continue }
                let moved = fresh()
                emit(.slli, .register(moved), .register(extracted), .immediate(shift))
                parts.append(moved)
            }
            var sum = parts[0]
            for (i, part) in parts.dropFirst().enumerated() {
                let next = i == parts.count - 2 ? result : fresh()
                emit(.or, .register(next), .register(sum), .register(part))
                sum = next
            }
        case "fshl" where width == 32, "fshr" where width == 32:
            // SRC shifts the 64-bit pair (a:b) right by SAR; fshl by n is fshr by 32 − n.
            let a = try use(arguments[0]), b = try use(arguments[1])
            if let amount = constant(arguments[2]) {
                let n = amount & 31
                if n == 0 {
                    emit(.copy, [.register(result), .register(name == "fshl" ? a : b)])
                    return true
                }
                emit(.ssai, .immediate(name == "fshl" ? 32 - n : n))
            } else {
                emit(name == "fshl" ? .ssl : .ssr, .register(try use(arguments[2])))
            }
            emit(.src, .register(result), .register(a), .register(b))
        default:
            return false
        }
        return true
    }

    mutating func ret(_ inst: LLVMValueRef) throws(BackendError) {
        var uses: [Register] = []
        if LLVMGetNumOperands(inst) == 1 {
            let value = operand(inst, 0)
            var kind = Extension.none
            if LLVMGetEnumAttributeAtIndex(function, LLVMAttributeIndex(LLVMAttributeReturnIndex), attributeKind("signext")) != nil { kind = .sign }
            if LLVMGetEnumAttributeAtIndex(function, LLVMAttributeIndex(LLVMAttributeReturnIndex), attributeKind("zeroext")) != nil { kind = .zero }
            if var c = constant(value) {
                let width = bitWidth(LLVMTypeOf(value))
                if width < 32, kind == .zero { c &= (1 << width) - 1 }
                try constantRegister(c, into: .physical(2))
            } else {
                emit(.copy, [.register(.physical(2)), .register(try extended(value, kind))])
            }
            uses = [.physical(2)]
        }
        emit(.isa(.retwN), [], implicitUses: uses)
    }

    // MARK: - Control flow

    mutating func branch(_ inst: LLVMValueRef) throws(BackendError) {
        let from = LLVMGetInstructionParent(inst)!
        if LLVMIsConditional(inst) == 0 {
            let to = LLVMGetSuccessor(inst, 0)!
            try phiCopies(from: from, to: to)
            return emit(.j, .block(blockIDs[to]!))
        }
        let condition = LLVMGetCondition(inst)!
        let ifTrue = LLVMGetSuccessor(inst, 0)!, ifFalse = LLVMGetSuccessor(inst, 1)!
        let comparison: Comparison
        if fused.contains(condition) {
            comparison = self.comparison(condition)
        } else {
            // i1 values are exactly 0 or 1.
            comparison = Comparison(predicate: LLVMIntNE, lhs: condition, rhs: condition, rhsConstant: 0)
        }
        if let c = constant(condition) {
            return emit(.j, .block(try edge(from: from, to: c != 0 ? ifTrue : ifFalse)))
        }
        let trueTarget = try edge(from: from, to: ifTrue)
        try compareAndBranch(comparison, to: trueTarget)
        emit(.j, .block(try edge(from: from, to: ifFalse)))
    }

    /// `switch` as a chain of compare-and-branch over its cases sorted by value, with runs of
    /// consecutive values that go to the same block tested as one range (x − lo <u n).
    /// Jump tables and binary search come later.
    mutating func switchBranch(_ inst: LLVMValueRef) throws(BackendError) {
        let from = LLVMGetInstructionParent(inst)!
        let value = operand(inst, 0)
        let width = bitWidth(LLVMTypeOf(value))
        let mask = width >= 32 ? 0xFFFF_FFFF : (1 << width) - 1
        // Successor 0 is the default; case i (from 1) has its value from LLVMGetSwitchCaseValue.
        let cases = (1..<LLVMGetNumSuccessors(inst)).map { i in
            (value: Int(LLVMConstIntGetZExtValue(LLVMGetSwitchCaseValue(inst, i)!)) & mask, target: LLVMGetSuccessor(inst, i)!)
        }.sorted { $0.value < $1.value }
        var ranges: [(low: Int, high: Int, target: LLVMBasicBlockRef)] = []
        for c in cases {
            if let last = ranges.last, last.target == c.target, last.high + 1 == c.value {
                ranges[ranges.count - 1].high = c.value
            } else {
                ranges.append((c.value, c.value, c.target))
            }
        }
        let x = try extended(value, .zero)
        for range in ranges {
            let target = try edge(from: from, to: range.target)
            if range.low == range.high {
                try branch(branchRules[LLVMIntEQ]!, x, constant: Int(Int32(truncatingIfNeeded: range.low)), to: target)
            } else {
                let offset = machine.newVirtual()
                try addConstant(offset, x, -range.low)
                try branch(branchRules[LLVMIntULT]!, offset, constant: range.high - range.low + 1, to: target)
            }
        }
        emit(.j, .block(try edge(from: from, to: LLVMGetSwitchDefaultDest(inst))))
    }

    /// The block a branch from `from` to `to` should target: `to` itself, or a new block
    /// that does the phi copies of this edge first.
    mutating func edge(from: LLVMBasicBlockRef, to: LLVMBasicBlockRef) throws(BackendError) -> Int {
        guard let first = LLVMGetFirstInstruction(to), LLVMIsAPHINode(first) != nil else { return blockIDs[to]! }
        let branchBlock = current
        let id = newBlockID()
        // Edge blocks go after the block being selected and any edge blocks it already has.
        let position = machine.blocks.firstIndex { $0.id == current }! + 1 + edgeBlocks
        machine.blocks.insert(MachineBlock(id: id), at: position)
        edgeBlocks += 1
        current = id
        try phiCopies(from: from, to: to)
        emit(.j, .block(blockIDs[to]!))
        current = branchBlock
        return id
    }

    /// Copies the values `to`'s phis take when entered from `from`. Sources that are phis of
    /// `to` itself are read into temporaries first, so the copies act in parallel.
    mutating func phiCopies(from: LLVMBasicBlockRef, to: LLVMBasicBlockRef) throws(BackendError) {
        var moves: [(Register, Register)] = []
        var phi = LLVMGetFirstInstruction(to)
        var temporaries: [(Register, Register)] = []
        var constants: [(Register, Int)] = []
        while let p = phi, LLVMIsAPHINode(p) != nil {
            guard isWord(LLVMTypeOf(p)) else { instruction = p; throw unsupported("phis wider than 32 bits are not supported yet") }
            let incoming = (0..<LLVMCountIncoming(p)).first { LLVMGetIncomingBlock(p, $0) == from }!
            let value = LLVMGetIncomingValue(p, incoming)!
            if let c = constant(value) {
                // Constants go straight into the phi's register: no copy to coalesce.
                constants.append((register(for: p), c))
                phi = LLVMGetNextInstruction(p)
                continue
            }
            var source = try use(value)
            if LLVMIsAPHINode(value) != nil, LLVMGetInstructionParent(value) == to {
                let temporary = machine.newVirtual()
                temporaries.append((temporary, source))
                source = temporary
            }
            moves.append((register(for: p), source))
            phi = LLVMGetNextInstruction(p)
        }
        for (destination, source) in temporaries + moves {
            emit(.copy, [.register(destination), .register(source)])
        }
        for (destination, value) in constants { try constantRegister(value, into: destination) }
    }

    // MARK: - Values

    /// The virtual register an instruction or argument writes (made on first mention, so
    /// uses may come before the definition in block order).
    mutating func register(for value: LLVMValueRef) -> Register {
        if let r = values[value] { return r }
        let r = machine.newVirtual()
        values[value] = r
        return r
    }

    /// A register holding `value` at the current point.
    mutating func use(_ value: LLVMValueRef) throws(BackendError) -> Register {
        if let c = constant(value) { return try constantRegister(c) }
        if LLVMIsUndef(value) != 0 || LLVMIsPoison(value) != 0 || (LLVMIsConstant(value) != 0 && LLVMIsNull(value) != 0) {
            return try constantRegister(0)
        }
        if let slot = frameSlots[value] { return try materialize(.frame(slot), 0) }
        if LLVMIsAGetElementPtrInst(value) != nil {
            let (base, offset, variable) = try gepParts(value)
            return try variable.isEmpty ? materialize(base, offset) : gepValue(value)
        }
        if LLVMIsAInstruction(value) != nil || LLVMIsAArgument(value) != nil { return register(for: value) }
        if LLVMIsAGlobalValue(value) != nil { return try materialize(.symbol(name(of: value)), 0) }
        if LLVMIsAConstantExpr(value) != nil {
            switch LLVMGetConstOpcode(value) {
            case LLVMGetElementPtr:
                let (base, offset) = try address(value)
                return try materialize(base, offset)
            case LLVMBitCast, LLVMIntToPtr, LLVMPtrToInt:
                return try use(operand(value, 0))
            default:
                throw unsupported("the constant expression '\(printed(value))' is not supported yet")
            }
        }
        throw unsupported("the constant '\(printed(value))' is not supported yet")
    }

    /// A variable GEP used as a value: its register plus its constant part.
    mutating func gepValue(_ gep: LLVMValueRef) throws(BackendError) -> Register {
        let (_, offset, _) = try gepParts(gep)
        return try materialize(.register(register(for: gep)), offset)
    }

    /// A register holding the constant `value`: MOVI when it fits, else L32R from the pool.
    mutating func constantRegister(_ value: Int) throws(BackendError) -> Register {
        let value = Int(Int32(truncatingIfNeeded: value))
        return hoisted(.immediate(value)) { selector, result in
            if Opcode.movi.accepts(value, at: 1) {
                selector.emit(.movi, .register(result), .immediate(value))
            } else {
                selector.emit(.l32r, .register(result), .literal(selector.machine.literal(.immediate(value))))
            }
        }
    }

    /// A register holding `constant`, made by `materialize`. Inside loops the constant is
    /// made once at the end of the entry block (loop-invariant, and LLVM leaves such
    /// constants in the loop because its own back end hoists them); elsewhere it is made
    /// where it is used, which keeps registers free.
    mutating func hoisted(_ constant: MachineOperand, _ materialize: (inout Selector, Register) -> Void) -> Register {
        let result = machine.newVirtual()
        guard let block = irBlock, loopBlocks.contains(block) else {
            // Outside loops a constant is shared within its machine block only.
            if let register = blockConstants[current]?[constant] { return register }
            blockConstants[current, default: [:]][constant] = result
            materialize(&self, result)
            return result
        }
        if let register = hoistedConstants[constant] { return register }
        hoistedConstants[constant] = result
        // Emit into the entry block, before its first branch: it dominates every use.
        let saved = current
        let entry = machine.blocks[0]
        current = entry.id
        let count = entry.instructions.count
        materialize(&self, result)
        let added = Array(machine.blocks[0].instructions[count...])
        machine.blocks[0].instructions.removeSubrange(count...)
        let position = entry.instructions.firstIndex { !$0.targets.isEmpty || $0.isBarrier } ?? count
        machine.blocks[0].instructions.insert(contentsOf: added, at: position)
        current = saved
        return result
    }

    /// Loads the constant `value` into `result`.
    mutating func constantRegister(_ value: Int, into result: Register) throws(BackendError) {
        let value = Int(Int32(truncatingIfNeeded: value))
        if Opcode.movi.accepts(value, at: 1) {
            emit(.movi, .register(result), .immediate(value))
        } else {
            emit(.l32r, .register(result), .literal(machine.literal(.immediate(value))))
        }
    }

    /// The value of an integer constant, sign-extended from its width.
    func constant(_ value: LLVMValueRef) -> Int? {
        guard LLVMIsAConstantInt(value) != nil else { return nil }
        let width = bitWidth(LLVMTypeOf(value))
        guard width <= 32 else { return nil }
        let raw = Int(LLVMConstIntGetZExtValue(value))
        return width == 1 ? raw : Int(LLVMConstIntGetSExtValue(value))
    }

    // MARK: - Helpers

    func operand(_ inst: LLVMValueRef, _ index: Int) -> LLVMValueRef { LLVMGetOperand(inst, UInt32(index))! }

    mutating func emit(_ opcode: MachineOpcode, _ operands: [MachineOperand], implicitUses: [Register] = [], implicitDefs: [Register] = []) {
        let index = machine.blocks.firstIndex { $0.id == current }!
        var instruction = MachineInstruction(opcode, operands, implicitUses: implicitUses, implicitDefs: implicitDefs)
        instruction.location = location
        machine.blocks[index].instructions.append(instruction)
    }

    mutating func emit(_ opcode: Opcode, _ operands: MachineOperand...) {
        emit(.isa(opcode), operands)
    }

    mutating func newBlockID() -> Int {
        defer { nextBlockID += 1 }
        return nextBlockID
    }

    /// Continues selection in a new block placed right after the current one.
    mutating func startBlock(_ id: Int) {
        let position = machine.blocks.firstIndex { $0.id == current }! + 1
        machine.blocks.insert(MachineBlock(id: id), at: position)
        current = id
    }

    func unsupported(_ reason: String) -> BackendError {
        let text = instruction.map { printed($0) } ?? "(function signature)"
        return .unsupported(function: machine.name, instruction: text, reason: reason)
    }
}
