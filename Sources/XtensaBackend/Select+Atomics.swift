import CLLVM
import XtensaISA

// Instruction selection, continued. Atomic operations and unaligned stores, as the Embedded
// Swift runtime emits them (reference counts, `swift_once` tokens, byte-offset stores).
//
// Kiln's firmware runs one thread on one core and no interrupt handler touches Swift or C
// state, so an aligned 32-bit load or store is already atomic and a read-modify-write needs
// no exclusive access (S32C1I would also fault on QEMU's sim RAM): atomics are plain memory
// operations, in program order, and a `memw` keeps the order visible to the memory system
// where the IR asks for more than monotonic.
extension Selector {
    /// Whether an `atomicrmw` or `cmpxchg` needs a barrier (anything above monotonic).
    func needsBarrier(_ ordering: LLVMAtomicOrdering) -> Bool {
        ordering != LLVMAtomicOrderingNotAtomic && ordering != LLVMAtomicOrderingUnordered
            && ordering != LLVMAtomicOrderingMonotonic
    }

    /// `atomicrmw op ptr, v`: the old value, and op(old, v) stored back.
    mutating func atomicReadModifyWrite(_ inst: LLVMValueRef) throws(BackendError) {
        guard isWord(LLVMTypeOf(inst)), accessSize(LLVMTypeOf(inst)) == 4 else {
            throw unsupported("atomic read-modify-write on anything but 32 bits is not supported yet")
        }
        let binary: [LLVMAtomicRMWBinOp: Opcode] = [
            LLVMAtomicRMWBinOpAdd: .add, LLVMAtomicRMWBinOpSub: .sub, LLVMAtomicRMWBinOpAnd: .and,
            LLVMAtomicRMWBinOpOr: .or, LLVMAtomicRMWBinOpXor: .xor,
        ]
        let operation = LLVMGetAtomicRMWBinOp(inst)
        let barrier = needsBarrier(LLVMGetOrdering(inst))
        let address = try memoryOperands(operand(inst, 0), .l32i)
        let value = try use(operand(inst, 1))
        let old = register(for: inst)
        if barrier { emit(.memw) }
        emit(.isa(.l32i), [.register(old)] + address)
        let new: Register
        if operation == LLVMAtomicRMWBinOpXchg {
            new = value
        } else if let opcode = binary[operation] {
            new = machine.newVirtual()
            emit(opcode, .register(new), .register(old), .register(value))
        } else {
            throw unsupported("this atomic read-modify-write operation is not supported yet")
        }
        emit(.isa(.s32i), [.register(new)] + address)
        if barrier { emit(.memw) }
    }

    /// `cmpxchg ptr, expected, new` → {old, old == expected}; `new` is stored only when equal
    /// (MOVEQZ picks what to store back, so there is no branch).
    mutating func compareExchange(_ inst: LLVMValueRef) throws(BackendError) {
        guard accessSize(LLVMTypeOf(operand(inst, 1))) == 4 else {
            throw unsupported("compare-exchange on anything but 32 bits is not supported yet")
        }
        let barrier = needsBarrier(LLVMGetCmpXchgSuccessOrdering(inst))
        let address = try memoryOperands(operand(inst, 0), .l32i)
        let expected = try use(operand(inst, 1)), new = try use(operand(inst, 2))
        let parts = fieldRegisters(inst)
        let old = parts[0], success = parts[1]
        if barrier { emit(.memw) }
        emit(.isa(.l32i), [.register(old)] + address)
        let difference = machine.newVirtual(), stored = machine.newVirtual(), one = machine.newVirtual()
        emit(.sub, .register(difference), .register(old), .register(expected))
        emit(.copy, [.register(stored), .register(old)])
        emit(.moveqz, .register(stored), .register(new), .register(difference))
        emit(.isa(.s32i), [.register(stored)] + address)
        emit(.movi, .register(success), .immediate(0))
        emit(.movi, .register(one), .immediate(1))
        emit(.moveqz, .register(success), .register(one), .register(difference))
        if barrier { emit(.memw) }
    }

    /// Inline assembly Kiln can honour: an empty template without results (what Swift emits
    /// as an optimisation barrier) is nothing.
    func isEmptyInlineAssembly(_ callee: LLVMValueRef, _ inst: LLVMValueRef) -> Bool {
        var length = 0
        guard let text = LLVMGetInlineAsmAsmString(callee, &length) else { return false }
        let template = String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self)
        return template.allSatisfy(\.isWhitespace) && LLVMGetTypeKind(LLVMTypeOf(inst)) == LLVMVoidTypeKind
    }
}
