import CLLVM
import XtensaISA

// Instruction selection, continued. Addresses, loads, stores and allocas: GEPs folded into immediates and ADDX, globals
// through one literal per symbol, locals from SP.
extension Selector {
    // MARK: - Memory

    /// The address `pointer` denotes, as a base and a constant byte offset.
    mutating func address(_ pointer: LLVMValueRef) throws(BackendError) -> (AddressBase, Int) {
        if let slot = frameSlots[pointer] { return (.frame(slot), 0) }
        if LLVMIsAGlobalValue(pointer) != nil { return (.symbol(name(of: pointer)), 0) }
        if LLVMIsAConstantExpr(pointer) != nil, let (symbol, offset) = symbolOffset(pointer, module.targetData) {
            return (.symbol(symbol), offset)
        }
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
        return try memoryOperands(base, offset, opcode)
    }

    /// The (base register or SP, offset) operands for `offset` bytes from `base`.
    mutating func memoryOperands(_ base: AddressBase, _ offset: Int, _ opcode: Opcode) throws(BackendError) -> [MachineOperand] {
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

    /// Checks that the access can be selected; returns the size of the pieces it is made of
    /// (`size` unless the access is less aligned than its size; bytes for the 3-byte
    /// accesses LLVM makes of adjacent bit-fields).
    @discardableResult
    mutating func checkAccess(_ inst: LLVMValueRef, size: Int) throws(BackendError) -> Int {
        guard memoryRules[size] != nil || size == 3 else { throw unsupported("\(size * 8)-bit memory accesses are not supported yet") }
        // Atomic loads and stores are plain ones here: see Select+Atomics.swift.
        if size == 3 { return 1 }
        let alignment = Int(LLVMGetAlignment(inst))
        return alignment > 0 && alignment < size ? alignment : size
    }

    /// A load of `size` bytes at `base` + `offset` made of `piece`-byte loads (an access
    /// less aligned than its size: the hardware would raise an exception), assembled
    /// little-endian with SLLI and OR. The result's upper bits are zero.
    mutating func loadPieces(_ result: Register, _ base: AddressBase, _ offset: Int, size: Int, piece: Int) throws(BackendError) {
        let opcode = memoryRules[piece]!.load
        var accumulated: Register?
        for k in 0..<size / piece {
            let part = machine.newVirtual()
            emit(.isa(opcode), [.register(part)] + (try memoryOperands(base, offset + piece * k, opcode)))
            guard let low = accumulated else { accumulated = part; continue }
            let shifted = machine.newVirtual()
            emit(.slli, .register(shifted), .register(part), .immediate(8 * piece * k))
            let next = k == size / piece - 1 ? result : machine.newVirtual()
            emit(.or, .register(next), .register(low), .register(shifted))
            accumulated = next
        }
    }

    /// The store matching `loadPieces`: each piece of `data` taken out with EXTUI.
    mutating func storePieces(_ data: Register, _ base: AddressBase, _ offset: Int, size: Int, piece: Int) throws(BackendError) {
        let opcode = memoryRules[piece]!.store
        for k in 0..<size / piece {
            var part = data
            if k > 0 {
                part = machine.newVirtual()
                emit(.extui, .register(part), .register(data), .immediate(8 * piece * k), .immediate(8 * piece))
            }
            emit(.isa(opcode), [.register(part)] + (try memoryOperands(base, offset + piece * k, opcode)))
        }
    }

    mutating func load(_ inst: LLVMValueRef) throws(BackendError) {
        let size = accessSize(LLVMTypeOf(inst))
        let piece = try checkAccess(inst, size: size)
        knownExtension[inst] = .zero
        if piece < size {
            let (base, offset) = try address(operand(inst, 0))
            return try loadPieces(register(for: inst), base, offset, size: size, piece: piece)
        }
        var opcode = memoryRules[size]!.load
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
        if isDoubleWord(LLVMTypeOf(value)) { return try storeDoubleWord(inst) }
        guard isWord(LLVMTypeOf(value)) else { throw unsupported("stores of values wider than 64 bits are not supported yet") }
        let size = accessSize(LLVMTypeOf(value))
        let piece = try checkAccess(inst, size: size)
        let data = try use(value)
        if piece < size {
            let (base, offset) = try address(operand(inst, 1))
            return try storePieces(data, base, offset, size: size, piece: piece)
        }
        let opcode = memoryRules[size]!.store
        let address = try memoryOperands(operand(inst, 1), opcode)
        emit(.isa(opcode), [.register(data)] + address)
    }

    mutating func allocate(_ inst: LLVMValueRef) throws(BackendError) {
        guard Self.isStatic(alloca: inst), let count = constant(operand(inst, 0)) else {
            return try allocateDynamic(inst)
        }
        let size = Int(LLVMABISizeOfType(module.targetData, LLVMGetAllocatedType(inst))) * count
        let alignment = max(4, Int(LLVMGetAlignment(inst)))
        guard alignment <= 16 else { throw unsupported("allocas aligned beyond 16 bytes are not supported yet") }
        frameSlots[inst] = addLocal(size: size, alignment: alignment)
    }

    /// A new local frame object (laid out as `Frame` will), by index.
    mutating func addLocal(size: Int, alignment: Int) -> Int {
        localsSize = Frame.align(localsSize, alignment)
        localOffsets.append(localsSize)
        localsSize += size
        machine.frameObjects.append(FrameObject(size: size, alignment: alignment))
        return machine.frameObjects.count - 1
    }

    /// An alloca of constant size in the entry block: a frame object.
    static func isStatic(alloca: LLVMValueRef) -> Bool {
        let block = LLVMGetInstructionParent(alloca)!
        return block == LLVMGetEntryBasicBlock(LLVMGetBasicBlockParent(block)) && LLVMIsAConstantInt(LLVMGetOperand(alloca, 0)) != nil
    }

    /// Whether the function moves SP after ENTRY (dynamic allocas, `llvm.stackrestore`),
    /// and so needs a frame pointer.
    static func movesStackPointer(_ blocks: [LLVMBasicBlockRef]) -> Bool {
        blocks.contains { block in
            var next = LLVMGetFirstInstruction(block)
            while let inst = next {
                switch LLVMGetInstructionOpcode(inst) {
                case LLVMAlloca where !isStatic(alloca: inst): return true
                case LLVMCall:
                    if let callee = LLVMGetCalledValue(inst), LLVMIsAFunction(callee) != nil,
                       name(of: callee).hasPrefix("llvm.stackrestore") { return true }
                default: break
                }
                next = LLVMGetNextInstruction(inst)
            }
            return false
        }
    }

    /// A dynamic alloca: SP moves down by the size rounded to 16 (with MOVSP, which gets the
    /// caller's spilled registers back first, since their save area lies just below SP), and
    /// the memory starts above the outgoing stack arguments, which stay at the bottom.
    mutating func allocateDynamic(_ inst: LLVMValueRef) throws(BackendError) {
        let elementSize = Int(LLVMABISizeOfType(module.targetData, LLVMGetAllocatedType(inst)))
        guard LLVMGetAlignment(inst) <= 16 else { throw unsupported("allocas aligned beyond 16 bytes are not supported yet") }
        let rounded: Register
        if let count = constant(operand(inst, 0)) {
            rounded = try constantRegister(Frame.align(count * elementSize, 16))
        } else {
            let count = try extended(operand(inst, 0), .zero), bytes = machine.newVirtual()
            if elementSize.nonzeroBitCount == 1 {
                shiftWord(LLVMShl, bytes, count, by: elementSize.trailingZeroBitCount, width: 32)
            } else {
                emit(.mull, .register(bytes), .register(count), .register(try constantRegister(elementSize)))
            }
            let padded = machine.newVirtual()
            rounded = machine.newVirtual()
            emit(.addi, .register(padded), .register(bytes), .immediate(15))
            emit(.and, .register(rounded), .register(padded), .register(try constantRegister(-16)))
        }
        let newSP = machine.newVirtual()
        emit(.sub, .register(newSP), .register(.sp), .register(rounded))
        emit(.movsp, .register(.sp), .register(newSP))
        try addConstant(register(for: inst), .sp, machine.outgoingArgumentSize)
    }

    /// `llvm.stacksave` (SP), `llvm.stackrestore` (MOVSP) and `llvm.frameaddress(0)` (SP as it
    /// was after ENTRY); false for other intrinsics. In a function that never moves SP after
    /// ENTRY (calls keep it, a tail call moves it only as it leaves), stacksave's value is
    /// a1 itself: its uses read a1, with no copy (the OCaml lowering's stack test at every
    /// function's entry reads SP this way).
    mutating func stackIntrinsic(_ inst: LLVMValueRef, _ calleeName: String, _ arguments: [LLVMValueRef]) throws(BackendError) -> Bool {
        if calleeName.hasPrefix("llvm.stacksave") {
            if machine.framePointer == nil, values[inst] == nil { values[inst] = .sp; return true }
            emit(.copy, [.register(register(for: inst)), .register(.sp)])
        } else if calleeName.hasPrefix("llvm.stackrestore") {
            emit(.movsp, .register(.sp), .register(try use(arguments[0])))
        } else if calleeName.hasPrefix("llvm.frameaddress") {
            guard constant(arguments[0]) == 0 else { throw unsupported("only llvm.frameaddress(0) is supported") }
            emit(.copy, [.register(register(for: inst)), .register(machine.framePointer ?? .sp)])
        } else {
            return false
        }
        return true
    }
}
