import CLLVM
import XtensaISA

// Instruction selection, continued. Small memcpy/memmove/memset of a constant length are
// loads and stores in place (as llc-22 does): a call and a byte loop would cost far more
// than the copy of a struct of a few words.
extension Selector {
    /// The largest constant length copied or set inline; memmove loads everything before it
    /// stores, so it keeps to fewer registers.
    static let inlineCopyLimit = 32, inlineMoveLimit = 16

    /// memcpy/memmove/memset with a small constant length, inline; false for any other call
    /// (which then calls the C function).
    mutating func inlineMemoryIntrinsic(_ inst: LLVMValueRef, _ calleeName: String, _ arguments: [LLVMValueRef]) throws(BackendError) -> Bool {
        let setting = calleeName.hasPrefix("llvm.memset.")
        let moving = calleeName.hasPrefix("llvm.memmove.")
        guard setting || moving || calleeName.hasPrefix("llvm.memcpy."), let length = constant(arguments[2]), length >= 0,
              length <= (moving ? Self.inlineMoveLimit : Self.inlineCopyLimit) else { return false }
        func alignment(_ index: Int) -> Int {
            guard let attribute = LLVMGetCallSiteEnumAttribute(inst, UInt32(index + 1), attributeKind("align")) else { return 1 }
            return Int(LLVMGetEnumAttributeValue(attribute))
        }
        let align = min(4, setting ? alignment(0) : min(alignment(0), alignment(1)))
        // Pieces of the largest size the alignment allows, smaller ones for the tail.
        var pieces: [(offset: Int, size: Int)] = []
        var offset = 0
        for size in [4, 2, 1] where size <= align {
            while length - offset >= size { pieces.append((offset, size)); offset += size }
        }
        let (base, start) = try address(arguments[0])
        if setting {
            var patterns: [Int: Register] = [:]
            for piece in pieces {
                if patterns[piece.size] == nil { patterns[piece.size] = try fillPattern(arguments[1], size: piece.size) }
                let store = memoryRules[piece.size]!.store
                emit(.isa(store), [.register(patterns[piece.size]!)] + (try memoryOperands(base, start + piece.offset, store)))
            }
            return true
        }
        let (sourceBase, sourceStart) = try address(arguments[1])
        var loaded: [Register] = []
        for piece in pieces {
            let load = memoryRules[piece.size]!.load, word = machine.newVirtual()
            emit(.isa(load), [.register(word)] + (try memoryOperands(sourceBase, sourceStart + piece.offset, load)))
            loaded.append(word)
            // memcpy's ranges do not overlap: each piece can be stored at once.
            if !moving { try storePiece(word, piece, base, start) }
        }
        if moving { for (word, piece) in zip(loaded, pieces) { try storePiece(word, piece, base, start) } }
        return true
    }

    private mutating func storePiece(_ word: Register, _ piece: (offset: Int, size: Int), _ base: AddressBase, _ start: Int) throws(BackendError) {
        let store = memoryRules[piece.size]!.store
        emit(.isa(store), [.register(word)] + (try memoryOperands(base, start + piece.offset, store)))
    }

    /// The byte `value` repeated over `size` bytes.
    private mutating func fillPattern(_ value: LLVMValueRef, size: Int) throws(BackendError) -> Register {
        if let c = constant(value) {
            let byte = c & 0xFF
            return try constantRegister(size == 4 ? byte * 0x0101_0101 : size == 2 ? byte * 0x0101 : byte)
        }
        let byte = try use(value)   // stores of one byte ignore the upper bits
        guard size > 1 else { return byte }
        let low = machine.newVirtual(), shifted = machine.newVirtual(), half = machine.newVirtual()
        emit(.extui, .register(low), .register(byte), .immediate(0), .immediate(8))
        emit(.slli, .register(shifted), .register(low), .immediate(8))
        emit(.or, .register(half), .register(low), .register(shifted))
        guard size == 4 else { return half }
        let upper = machine.newVirtual(), word = machine.newVirtual()
        emit(.slli, .register(upper), .register(half), .immediate(16))
        emit(.or, .register(word), .register(half), .register(upper))
        return word
    }
}
