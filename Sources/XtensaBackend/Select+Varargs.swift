import CLLVM
import XtensaISA

// Variadic functions, laid out as GCC's Xtensa ABI has them (what ESP-IDF's newlib and
// llc-22's callers agree on):
//
//     va_list = { ptr stack, ptr registers, i32 index }
//
// `registers` is the address of a 24-byte save area holding a2–a7 as they were at entry
// (only the unnamed ones are stored), `stack` the address of the stack arguments minus 32,
// and `index` the byte offset of the next argument: 4 × the words the named parameters
// take, or 32 + their stack bytes once they overflowed to the stack. An argument whose end
// lies within the first 24 bytes is read from `registers + index`; any other from
// `stack + max(index, 32)` (an argument is never split between registers and stack).
// i64s are 8-byte aligned in both. LLVM 22's own Xtensa lowering deviates (its
// `registers` points one word too far, so va_arg skips the first unnamed register
// argument, and it overwrites a7 with its frame pointer before saving it); Kiln follows
// GCC, whose semantics the tests check against host builds.
extension Selector {
    /// Bytes of the argument area the named parameters take: the initial `index`.
    var namedArgumentBytes: Int {
        let shapes = argumentShapes(call: nil, function: function, module.targetData).flatMap { $0 }
        let layout = ArgumentLayout.locations(shapes: shapes)
        if layout.stackBytes > 0 { return 32 + layout.stackBytes }
        return zip(layout.locations, shapes).map { location, shape in
            if case .registers(let first) = location, case .words(let size) = shape { 4 * (first + size) } else { 0 }
        }.max() ?? 0
    }

    /// Stores the argument registers the unnamed arguments may occupy into a new frame
    /// object (24 bytes, one word per register from a2) and returns its index.
    mutating func saveArgumentRegisters() -> Int {
        let slot = addLocal(size: 4 * ArgumentLayout.registerCount, alignment: 4)
        let firstUnnamed = min(namedArgumentBytes / 4, ArgumentLayout.registerCount)
        for k in firstUnnamed..<ArgumentLayout.registerCount {
            emit(.s32i, .register(.physical(2 + k)), .register(.sp), .frame(slot, offset: 4 * k))
        }
        return slot
    }

    /// `llvm.va_start`, `llvm.va_copy` and `llvm.va_end`; false for other intrinsics.
    mutating func variadicIntrinsic(_ calleeName: String, _ arguments: [LLVMValueRef]) throws(BackendError) -> Bool {
        if calleeName.hasPrefix("llvm.va_end") { return true }
        if calleeName.hasPrefix("llvm.va_copy") {
            let destination = try use(arguments[0]), source = try use(arguments[1])
            for offset in [0, 4, 8] {
                let word = machine.newVirtual()
                emit(.l32i, .register(word), .register(source), .immediate(offset))
                emit(.s32i, .register(word), .register(destination), .immediate(offset))
            }
            return true
        }
        guard calleeName.hasPrefix("llvm.va_start") else { return false }
        guard let slot = registerSaveSlot else { throw unsupported("va_start outside a variadic function") }
        let list = try use(arguments[0])
        let stack = machine.newVirtual()
        emit(.frameAddress, [.register(stack), .incomingArgument(-32)])
        emit(.s32i, .register(stack), .register(list), .immediate(0))
        emit(.s32i, .register(try materialize(.frame(slot), 0)), .register(list), .immediate(4))
        emit(.s32i, .register(try constantRegister(namedArgumentBytes)), .register(list), .immediate(8))
        return true
    }

    /// `va_arg`: the next argument's address from the list (branch-free, with conditional
    /// moves), the index advanced, then the load.
    mutating func variadicArgument(_ inst: LLVMValueRef) throws(BackendError) {
        let type = LLVMTypeOf(inst)!
        guard isWord(type) || isDoubleWord(type) else { throw unsupported("va_arg of this type is not supported yet") }
        let size = isDoubleWord(type) ? 8 : 4
        func fresh() -> Register { machine.newVirtual() }
        let list = try use(operand(inst, 0))
        var index = fresh()
        emit(.l32i, .register(index), .register(list), .immediate(8))
        if size == 8 {
            let rounded = fresh(), aligned = fresh()
            emit(.addi, .register(rounded), .register(index), .immediate(7))
            emit(.and, .register(aligned), .register(rounded), .register(try constantRegister(-8)))
            index = aligned
        }
        let registers = fresh(), stack = fresh(), test = fresh()
        emit(.l32i, .register(registers), .register(list), .immediate(4))
        emit(.l32i, .register(stack), .register(list), .immediate(0))
        // test < 0 exactly when the argument ends within the 24 bytes of registers.
        emit(.addi, .register(test), .register(index), .immediate(size - 25))
        let base = fresh()
        emit(.copy, [.register(base), .register(stack)])
        emit(.movltz, .register(base), .register(registers), .register(test))
        // On the stack the offset is at least 32 (where the stack arguments start).
        let thirtyTwo = try constantRegister(32), below = fresh(), offset = fresh()
        emit(.sub, .register(below), .register(index), .register(thirtyTwo))
        emit(.copy, [.register(offset), .register(index)])
        emit(.movltz, .register(offset), .register(thirtyTwo), .register(below))
        emit(.movltz, .register(offset), .register(index), .register(test))
        let updated = fresh(), address = fresh()
        emit(.addi, .register(updated), .register(offset), .immediate(size))
        emit(.s32i, .register(updated), .register(list), .immediate(8))
        emit(.add, .register(address), .register(base), .register(offset))
        if size == 8 {
            let result = pair(for: inst)
            emit(.l32i, .register(result.low), .register(address), .immediate(0))
            emit(.l32i, .register(result.high), .register(address), .immediate(4))
        } else {
            emit(.l32i, .register(register(for: inst)), .register(address), .immediate(0))
        }
    }
}
