import CLLVM
import XtensaISA

// Instruction selection, continued: copies of memory blocks of known size (`byval`
// arguments into the outgoing stack arguments).
extension Selector {
    /// Copies `size` bytes from `source` to `base + offset`: by words, halfwords or bytes as
    /// the alignment allows, through `memcpy` beyond 64 bytes. (`byval` arguments go to the
    /// outgoing stack arguments this way.)
    mutating func copyBytes(from source: Register, to base: Register, offset: Int, size: Int, alignment: Int) throws(BackendError) {
        if size > 64 {
            let destination = machine.newVirtual()
            try addConstant(destination, base, offset)
            let arguments = [destination, source, try constantRegister(size)]
            for (k, value) in arguments.enumerated() { emit(.copy, [.register(.physical(10 + k)), .register(value)]) }
            emit(.isa(.call8), [.symbol("memcpy", addend: 0)], implicitUses: (10...12).map { .physical($0) },
                 implicitDefs: Self.callClobbers)
            return
        }
        let unit = min(4, max(1, alignment))
        let (load, store): (Opcode, Opcode) = switch unit { case 4: (.l32i, .s32i); case 2: (.l16ui, .s16i); default: (.l8ui, .s8i) }
        var done = 0
        while done < size {
            // A tail narrower than the unit (a 6-byte struct of halfwords, say) goes byte by byte.
            let (l, s, step) = size - done >= unit ? (load, store, unit) : (Opcode.l8ui, Opcode.s8i, 1)
            let word = machine.newVirtual()
            emit(l, .register(word), .register(source), .immediate(done))
            emit(s, .register(word), .register(base), .immediate(offset + done))
            done += step
        }
    }
}
