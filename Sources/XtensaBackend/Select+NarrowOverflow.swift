import CLLVM
import XtensaISA

// Instruction selection, continued. `s/u add/sub .with.overflow` on i8 and i16 (Swift's
// checked `UInt8` arithmetic, e.g. a digit plus 48): the operands extended to 32 bits make
// an exact sum, and the overflow is whether that sum leaves the narrow type.
extension Selector {
    /// (operation, width) when `name` is `llvm.<s|u><add|sub>.with.overflow.i8/i16`.
    static func narrowOverflowIntrinsic(_ name: String) -> (String, Int)? {
        for operation in ["sadd", "ssub", "uadd", "usub"] {
            for width in [8, 16] where name == "llvm.\(operation).with.overflow.i\(width)" { return (operation, width) }
        }
        return nil
    }

    mutating func narrowOverflow(_ inst: LLVMValueRef, _ operation: String, width: Int, _ arguments: [LLVMValueRef]) throws(BackendError) {
        let signed = operation.hasPrefix("s")
        let a = try extended(arguments[0], signed ? .sign : .zero), b = try extended(arguments[1], signed ? .sign : .zero)
        let parts = fieldRegisters(inst)
        let (result, overflow) = (parts[0], parts[1])
        emit(operation.hasSuffix("add") ? .add : .sub, .register(result), .register(a), .register(b))
        if !signed {
            // A carry sets bit `width`; a borrow makes the 32-bit difference negative.
            emit(.extui, .register(overflow), .register(result), .immediate(operation == "uadd" ? width : 31), .immediate(1))
            return
        }
        // Overflow when sign-extending the low `width` bits does not give the sum back.
        let narrowed = machine.newVirtual(), difference = machine.newVirtual()
        if profile.has(.sext) {
            emit(.sext, .register(narrowed), .register(result), .immediate(width - 1))
        } else {
            let shifted = machine.newVirtual()
            emit(.slli, .register(shifted), .register(result), .immediate(32 - width))
            emit(.srai, .register(narrowed), .register(shifted), .immediate(32 - width))
        }
        emit(.xor, .register(difference), .register(narrowed), .register(result))
        emit(.movi, .register(overflow), .immediate(1))
        emit(.moveqz, .register(overflow), .register(try constantRegister(0)), .register(difference))
    }
}
