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
    /// Instructions whose only use is a phi on an edge out of their block: selected on that
    /// edge (see `isSunkToEdge`).
    var sunk: Set<LLVMValueRef> = []
    /// The registers of the fields of struct-valued results ({i32, i1} of the
    /// `*.with.overflow` intrinsics), made on first mention like `values`.
    var fields: [LLVMValueRef: [Register]] = [:]
    /// The (low, high) registers of i64 values, made on first mention like `values`.
    var pairs: [LLVMValueRef: RegisterPair] = [:]
    /// Registers written once, with 0: the shared constant 0 and the zero words of i64
    /// values (a zero extension's high word), which `or`/`xor`/`and`/`add` of pairs fold.
    var zeroWords: Set<Register> = []
    /// Overflow bits of `*.with.overflow` that their branch tests itself (`Select+OverflowBranches.swift`).
    var overflowBranches: [LLVMValueRef: OverflowTest] = [:]
    /// Compares that are selected as part of their user.
    var fused: Set<LLVMValueRef> = []
    /// `fcmp`s left for their block's branch: the soft-float routine's result and its test.
    var floatBranches: [LLVMValueRef: (result: Register, test: ZeroTest)] = [:]
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
    /// The frame object holding a variadic function's argument registers (`va_start`).
    var registerSaveSlot: Int?
    /// Returns that follow a proper tail call, which replaces them.
    var tailReturns: Set<LLVMValueRef> = []
    /// The IR instruction being selected, for error messages.
    var instruction: LLVMValueRef?
    /// Where a function whose aggregate result does not fit a2–a5 stores it (the hidden
    /// first argument; see Select+Aggregates.swift).
    var hiddenResultPointer: Register?

    init(module: IRModule, profile: Profile, function: LLVMValueRef) {
        self.module = module
        self.profile = profile
        self.function = function
        let linkage = LLVMGetLinkage(function)
        let isLocal = linkage == LLVMInternalLinkage || linkage == LLVMPrivateLinkage
        machine = MachineFunction(name: name(of: function), isGlobal: !isLocal)
    }

    // MARK: - Driver

    /// The frame pointer of functions that move SP: a7, which calls preserve (as llc-22).
    static let framePointer = Register.physical(7)

    mutating func run() throws(BackendError) {
        let type = LLVMGlobalGetValueType(function)!
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
        if LLVMIsFunctionVarArg(type) != 0 { registerSaveSlot = saveArgumentRegisters() }
        if Self.movesStackPointer(irBlocks) {
            machine.framePointer = Self.framePointer
            emit(.copy, [.register(Self.framePointer), .register(.sp)])
        }
        loopBlocks = Self.blocksInCycles(irBlocks)
        machine.outgoingArgumentSize = Self.outgoingArgumentSize(irBlocks, module.targetData)
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
    static func outgoingArgumentSize(_ blocks: [LLVMBasicBlockRef], _ targetData: LLVMTargetDataRef) -> Int {
        var words = 0
        for block in blocks {
            var next = LLVMGetFirstInstruction(block)
            while let inst = next {
                if LLVMGetInstructionOpcode(inst) == LLVMCall {
                    let parts = argumentShapes(call: inst, function: nil, targetData)
                    words = max(words, ArgumentLayout.locations(parts: parts).stackBytes / 4)
                }
                next = LLVMGetNextInstruction(inst)
            }
        }
        return Frame.align(4 * words, 16)
    }

    /// Blocks that can reach themselves: the blocks of a strongly connected component of
    /// more than one block, or with an edge to itself. Tarjan's algorithm, iterative and
    /// linear in blocks and edges: a search from every block was quadratic, ~5% of building
    /// an OCaml program (whose initialisation function has thousands of blocks).
    static func blocksInCycles(_ blocks: [LLVMBasicBlockRef]) -> Set<LLVMBasicBlockRef> {
        let index = Dictionary(blocks.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let successors: [[Int]] = blocks.map { block in
            guard let terminator = LLVMGetBasicBlockTerminator(block) else { return [] }
            return (0..<LLVMGetNumSuccessors(terminator)).compactMap { index[LLVMGetSuccessor(terminator, $0)!] }
        }
        var order = [Int](repeating: -1, count: blocks.count), low = order
        var onStack = [Bool](repeating: false, count: blocks.count)
        var stack: [Int] = [], visited = 0
        var result: Set<LLVMBasicBlockRef> = []
        func discover(_ node: Int) {
            order[node] = visited; low[node] = visited; visited += 1
            stack.append(node); onStack[node] = true
        }
        for root in blocks.indices where order[root] < 0 {
            discover(root)
            // The depth-first path: each node with the index of its next successor to visit.
            var path: [(node: Int, next: Int)] = [(root, 0)]
            while let top = path.last {
                if top.next < successors[top.node].count {
                    path[path.count - 1].next += 1
                    let successor = successors[top.node][top.next]
                    if order[successor] < 0 {
                        discover(successor)
                        path.append((successor, 0))
                    } else if onStack[successor] {
                        low[top.node] = min(low[top.node], order[successor])
                    }
                    continue
                }
                path.removeLast()
                if let parent = path.last?.node { low[parent] = min(low[parent], low[top.node]) }
                guard low[top.node] == order[top.node] else { continue }
                var component: [Int] = []
                repeat {
                    let member = stack.removeLast()
                    onStack[member] = false
                    component.append(member)
                } while component.last != top.node
                if component.count > 1 || successors[top.node].contains(top.node) {
                    result.formUnion(component.map { blocks[$0] })
                }
            }
        }
        return result
    }

    /// Copies the incoming arguments out of a2–a7 or loads them from the caller's frame.
    mutating func receiveArguments() throws(BackendError) {
        let params = (0..<LLVMCountParams(function)).map { LLVMGetParam(function, $0)! }
        for (i, param) in params.enumerated() where !isWord(LLVMTypeOf(param)) && !isDoubleWord(LLVMTypeOf(param))
            && !(Self.isAggregate(LLVMTypeOf(param)) && Self.wordCount(LLVMTypeOf(param)) != nil) {
            throw unsupported("parameter \(i + 1) is not an integer of at most 64 bits, a pointer or an aggregate of them")
        }
        let parts = argumentShapes(call: nil, function: function, module.targetData)
        let hidden = returnsThroughMemory(LLVMGlobalGetValueType(function))
        var layout = ArgumentLayout.locations(parts: (hidden ? [[.words(1)]] : []) + parts)
        if hidden {
            let pointer = machine.newVirtual()
            emit(.copy, [.register(pointer), .register(.physical(2))])
            hiddenResultPointer = pointer
            layout.locations.removeFirst()
        }
        for (i, param) in params.enumerated() {
            if case .byValue = parts[i][0], case .stack(let offset) = layout.locations[i][0] {
                // The aggregate itself lies in the caller's stack arguments: the parameter is its address.
                emit(.frameAddress, [.register(register(for: param)), .incomingArgument(offset)])
                continue
            }
            let type = LLVMTypeOf(param)!
            var words = Self.isAggregate(type) ? fieldRegisters(param) : isDoubleWord(type) ? pair(for: param).words : [register(for: param)]
            for (part, location) in zip(parts[i], layout.locations[i]) {
                guard case .words(let count) = part else { continue }
                for (k, word) in words.prefix(count).enumerated() {
                    switch location {
                    case .registers(let first):
                        emit(.copy, [.register(word), .register(.physical(2 + first + k))])
                    case .stack(let offset):
                        // Stack arguments are at the bottom of the caller's frame, just above ours.
                        emit(.l32i, .register(word), .register(.sp), .incomingArgument(offset + 4 * k))
                    }
                }
                words.removeFirst(count)
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
        if LLVMGetTypeKind(type) != LLVMVoidTypeKind, !isWord(type), !isDoubleWord(type), overflowIntrinsic(inst) == nil,
           LLVMGetInstructionOpcode(inst) != LLVMAtomicCmpXchg, !Self.isAggregate(type) {
            throw unsupported("values wider than 64 bits, floating point and vectors are not supported yet")
        }
        if isSunkToEdge(inst) { return }
        // An and/or/not of compares that only the block's branch reads: taken apart there.
        if LLVMGetTypeKind(type) == LLVMIntegerTypeKind, LLVMGetIntTypeWidth(type) == 1, isConditionTree(inst) { return }
        if opcode == LLVMVAArg { return try variadicArgument(inst) }
        if floatOpcodes.contains(opcode) { return try floatingPoint(inst) }
        if isDoubleWord(type) { return try doubleWord(inst) }
        if Self.isAggregate(type) {
            switch opcode {
            case LLVMInsertValue: return try insertValue(inst)
            case LLVMSelect: return try selectAggregate(inst)
            case LLVMPHI: _ = fieldRegisters(inst); return   // written by copies on the incoming edges
            case LLVMCall, LLVMExtractValue, LLVMAtomicCmpXchg: break
            default: throw unsupported("this operation on an aggregate is not supported yet")
            }
        }
        switch opcode {
        case LLVMAdd, LLVMSub, LLVMMul, LLVMAnd, LLVMOr, LLVMXor, LLVMUDiv, LLVMSDiv, LLVMURem, LLVMSRem:
            try binary(inst, opcode)
        case LLVMShl, LLVMLShr, LLVMAShr:
            try shift(inst, opcode)
        case LLVMICmp where isDoubleWord(LLVMTypeOf(operand(inst, 0))):
            if canFuseDoubleWord(inst) { fused.insert(inst) } else { try doubleWordCompare(inst) }
        case LLVMTrunc where isDoubleWord(LLVMTypeOf(operand(inst, 0))):
            try truncateDoubleWord(inst)
        case LLVMICmp:
            if canFuse(inst) { fused.insert(inst) } else { try compareValue(inst) }
        case LLVMSelect:
            try selectValue(inst)
        case LLVMZExt, LLVMSExt, LLVMTrunc:
            try cast(inst, opcode)
        case LLVMIntToPtr where isDoubleWord(LLVMTypeOf(operand(inst, 0))):
            // Addresses are 32 bits: the low word.
            emit(.copy, [.register(register(for: inst)), .register(try usePair(operand(inst, 0)).low)])
        case LLVMBitCast, LLVMPtrToInt, LLVMIntToPtr, LLVMFreeze:
            // A cast of SP (`stackIntrinsic`) is SP too: never a copy of a1.
            if values[operand(inst, 0)] == .sp { values[inst] = .sp; break }
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
        case LLVMAtomicRMW:
            try atomicReadModifyWrite(inst)
        case LLVMAtomicCmpXchg:
            try compareExchange(inst)
        case LLVMFence:
            emit(.memw)
        case LLVMExtractValue:
            try extractValue(inst)
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
        if isDoubleWord(LLVMTypeOf(value)) { throw unsupported("this use of a 64-bit value is not supported yet") }
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
            if let (symbol, offset) = symbolOffset(value, module.targetData) { return try materialize(.symbol(symbol), offset) }
            switch LLVMGetConstOpcode(value) {
            case LLVMGetElementPtr:
                let (base, offset) = try address(value)
                return try materialize(base, offset)
            case LLVMPtrToInt where bitWidth(LLVMTypeOf(value)) < 32:
                // The address's low bits: LLVM folds an is-integer test of a static block's
                // address to `ptrtoint @block to i1` (its low bit, 0).
                let result = machine.newVirtual()
                emit(.extui, .register(result), .register(try use(operand(value, 0))), .immediate(0),
                     .immediate(bitWidth(LLVMTypeOf(value))))
                return result
            case LLVMBitCast, LLVMIntToPtr, LLVMPtrToInt:
                return try use(operand(value, 0))
            case LLVMSub where isWord(LLVMTypeOf(value)), LLVMAdd where isWord(LLVMTypeOf(value)):
                // The size of a region between two linker symbols (`_heap_end − _heap_start`).
                let result = machine.newVirtual()
                let opcode: Opcode = LLVMGetConstOpcode(value) == LLVMSub ? .sub : .add
                emit(opcode, .register(result), .register(try use(operand(value, 0))), .register(try use(operand(value, 1))))
                return result
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
        let register = hoisted(.immediate(value)) { selector, result in
            if Opcode.movi.accepts(value, at: 1) {
                selector.emit(.movi, .register(result), .immediate(value))
            } else {
                selector.emit(.l32r, .register(result), .literal(selector.machine.literal(.immediate(value))))
            }
        }
        if value == 0 { zeroWords.insert(register) }
        return register
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

    /// The value of an integer constant, sign-extended from its width; the bits of a float one.
    func constant(_ value: LLVMValueRef) -> Int? {
        if LLVMGetTypeKind(LLVMTypeOf(value)) == LLVMFloatTypeKind { return floatingPointBits(value) }
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
