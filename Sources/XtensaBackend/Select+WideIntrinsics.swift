import CLLVM
import XtensaISA

// Instruction selection, continued. Intrinsics that need more than one word of work: the
// multiply-with-overflow family (i32 through a 64-bit product, i64 through partial
// products), bswap/bitreverse/variable funnel shifts/scmp/ucmp on i64, bitreverse on
// narrower types, and the query intrinsics the optimiser normally folds away.
extension Selector {
    /// `result` = 1 when `x` ≠ 0, else 0.
    mutating func nonZero(_ x: Register) -> Register {
        let result = machine.newVirtual()
        emit(.movi, .register(result), .immediate(1))
        emit(.moveqz, .register(result), .register(x), .register(x))
        return result
    }

    /// `llvm.{s,u}mul.with.overflow.i32`: the full 64-bit product of the extended operands
    /// (MULL+MULUH, or `__muldi3` without MUL32_HIGH); it overflowed when the high word is not
    /// the extension of the low one.
    mutating func multiplyWithOverflow(signed: Bool, _ a: Register, _ b: Register,
                                       into result: Register, overflow: Register) throws(BackendError) {
        func widened(_ x: Register) throws(BackendError) -> RegisterPair {
            guard signed else { return RegisterPair(low: x, high: try constantRegister(0)) }
            let high = machine.newVirtual()
            emit(.srai, .register(high), .register(x), .immediate(31))
            return RegisterPair(low: x, high: high)
        }
        let product = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
        try multiplyPair(try widened(a), try widened(b), into: product)
        emit(.copy, [.register(result), .register(product.low)])
        var excess = product.high
        if signed {
            let sign = machine.newVirtual(), difference = machine.newVirtual()
            emit(.srai, .register(sign), .register(product.low), .immediate(31))
            emit(.xor, .register(difference), .register(product.high), .register(sign))
            excess = difference
        }
        emit(.movi, .register(overflow), .immediate(1))
        emit(.moveqz, .register(overflow), .register(excess), .register(excess))
    }

    /// The 64-bit product of two words (zero-extended).
    mutating func wideProduct(_ a: Register, _ b: Register) throws(BackendError) -> RegisterPair {
        let zero = try constantRegister(0)
        let product = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
        try multiplyPair(RegisterPair(low: a, high: zero), RegisterPair(low: b, high: zero), into: product)
        return product
    }

    /// `llvm.{s,u}mul.with.overflow.i64`. Unsigned: with a = ah·2³² + al, b = bh·2³² + bl,
    /// it overflows when ah and bh are both non-zero, when the cross products ah·bl + al·bh
    /// do not fit a word, or when adding them to al·bl's high word carries. Signed: the
    /// magnitudes are multiplied that way, then the sign applied; it also overflows when the
    /// magnitude exceeds 2⁶³ − 1 (2⁶³ for a negative result).
    mutating func multiplyWithOverflow(signed: Bool, _ a: RegisterPair, _ b: RegisterPair,
                                       into result: RegisterPair, overflow: Register) throws(BackendError) {
        guard signed else { return try unsignedMultiplyWithOverflow(a, b, into: result, overflow: overflow) }
        func magnitude(_ x: RegisterPair) throws(BackendError) -> (RegisterPair, Register) {
            let sign = machine.newVirtual()
            emit(.srai, .register(sign), .register(x.high), .immediate(31))
            return (try conditionalNegation(x, sign), sign)
        }
        let (ma, sa) = try magnitude(a), (mb, sb) = try magnitude(b)
        let product = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
        let unsignedOverflow = machine.newVirtual()
        try unsignedMultiplyWithOverflow(ma, mb, into: product, overflow: unsignedOverflow)
        let negative = machine.newVirtual()
        emit(.xor, .register(negative), .register(sa), .register(sb))
        let signed = try conditionalNegation(product, negative)
        emit(.copy, [.register(result.low), .register(signed.low)])
        emit(.copy, [.register(result.high), .register(signed.high)])
        // Too big: the top bit of the magnitude, unless it is exactly 2⁶³ and negative.
        let top = machine.newVirtual(), exact = machine.newVirtual(), offExact = machine.newVirtual()
        let positive = machine.newVirtual(), allowed = machine.newVirtual(), tooBig = machine.newVirtual()
        emit(.extui, .register(top), .register(product.high), .immediate(31), .immediate(1))
        emit(.xor, .register(exact), .register(product.high), .register(try constantRegister(Int(Int32.min))))
        emit(.or, .register(offExact), .register(exact), .register(product.low))
        emit(.addi, .register(positive), .register(negative), .immediate(1))   // 1 when positive, 0 when negative
        emit(.or, .register(allowed), .register(offExact), .register(positive))
        emit(.copy, [.register(tooBig), .register(top)])
        emit(.moveqz, .register(tooBig), .register(try constantRegister(0)), .register(allowed))
        emit(.or, .register(overflow), .register(unsignedOverflow), .register(tooBig))
    }

    /// x, or 0 − x when `sign` is −1 (`sign` is 0 or −1): (x ^ sign) − sign.
    mutating func conditionalNegation(_ x: RegisterPair, _ sign: Register) throws(BackendError) -> RegisterPair {
        let flipped = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
        emit(.xor, .register(flipped.low), .register(x.low), .register(sign))
        emit(.xor, .register(flipped.high), .register(x.high), .register(sign))
        let result = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
        try addDoubleWord(false, flipped, RegisterPair(low: sign, high: sign), into: result)
        return result
    }

    mutating func unsignedMultiplyWithOverflow(_ a: RegisterPair, _ b: RegisterPair,
                                               into result: RegisterPair, overflow: Register) throws(BackendError) {
        let both = machine.newVirtual()
        emit(.and, .register(both), .register(nonZero(a.high)), .register(nonZero(b.high)))
        let cross1 = try wideProduct(a.high, b.low), cross2 = try wideProduct(a.low, b.high)
        let cross = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
        try addDoubleWord(true, cross1, cross2, into: cross)
        let low = try wideProduct(a.low, b.low)
        emit(.copy, [.register(result.low), .register(low.low)])
        let carry = machine.newVirtual()
        try overflowArithmetic("uadd", low.high, cross.low, into: result.high, overflow: carry)
        let some = machine.newVirtual()
        emit(.or, .register(some), .register(both), .register(nonZero(cross.high)))
        emit(.or, .register(overflow), .register(some), .register(carry))
    }

    /// `result` = the `width` low bits of `x` in reverse order: neighbouring 1-, 2- and 4-bit
    /// fields swapped in place, then the bytes, then shifted down for narrower types.
    mutating func bitReverse(_ x: Register, width: Int, into result: Register) throws(BackendError) {
        var value = x
        for (shift, mask) in [(1, 0x5555_5555), (2, 0x3333_3333), (4, 0x0F0F_0F0F)] {
            let m = try constantRegister(mask)
            let high = machine.newVirtual(), highMasked = machine.newVirtual(), lowMasked = machine.newVirtual()
            let lowMoved = machine.newVirtual(), swapped = machine.newVirtual()
            emit(.srli, .register(high), .register(value), .immediate(shift))
            emit(.and, .register(highMasked), .register(high), .register(m))
            emit(.and, .register(lowMasked), .register(value), .register(m))
            emit(.slli, .register(lowMoved), .register(lowMasked), .immediate(shift))
            emit(.or, .register(swapped), .register(highMasked), .register(lowMoved))
            value = swapped
        }
        guard width < 32 else { return try byteSwap(value, width: 32, into: result) }
        let reversed = machine.newVirtual()
        try byteSwap(value, width: 32, into: reversed)
        shiftWord(LLVMLShr, result, reversed, by: 32 - width)
    }

    /// The intrinsics of this file; false for any other.
    mutating func wideIntrinsic(_ inst: LLVMValueRef, _ calleeName: String, _ arguments: [LLVMValueRef]) throws(BackendError) -> Bool {
        let parts = calleeName.split(separator: ".").map(String.init)
        guard parts.count >= 2 else { return false }
        let wide = arguments.first.map { isDoubleWord(LLVMTypeOf($0)) } ?? false
        switch parts[1] {
        case "bswap" where wide:
            let x = try usePair(arguments[0]), result = pair(for: inst)
            try byteSwap(x.high, width: 32, into: result.low)
            try byteSwap(x.low, width: 32, into: result.high)
        case "bitreverse" where wide:
            let x = try usePair(arguments[0]), result = pair(for: inst)
            try bitReverse(x.high, width: 32, into: result.low)
            try bitReverse(x.low, width: 32, into: result.high)
        case "bitreverse":
            let width = bitWidth(LLVMTypeOf(inst))
            guard width > 1 else { emit(.copy, [.register(register(for: inst)), .register(try use(arguments[0]))]); return true }
            try bitReverse(try use(arguments[0]), width: width, into: register(for: inst))
        case "fshl" where wide, "fshr" where wide:
            // fshl(a, b, n) = a << n | (b >> 1) >> (63 − n); fshr(a, b, n) = b >> n | (a << 1) << (63 − n):
            // the extra shift by one makes n = 0 work without a branch. 63 − n is n ^ 63.
            let left = parts[1] == "fshl"
            let a = try usePair(arguments[0]), b = try usePair(arguments[1])
            let n = machine.newVirtual(), complement = machine.newVirtual()
            emit(.extui, .register(n), .register(try usePair(arguments[2]).low), .immediate(0), .immediate(6))
            emit(.xor, .register(complement), .register(n), .register(try constantRegister(63)))
            func fresh() -> RegisterPair { RegisterPair(low: machine.newVirtual(), high: machine.newVirtual()) }
            let (main, other) = left ? (a, b) : (b, a)
            let mainShifted = fresh(), otherOnce = fresh(), otherShifted = fresh()
            try shiftPair(left ? LLVMShl : LLVMLShr, main, by: n, into: mainShifted)
            let one = try constantRegister(1)
            try shiftPair(left ? LLVMLShr : LLVMShl, other, by: one, into: otherOnce)
            try shiftPair(left ? LLVMLShr : LLVMShl, otherOnce, by: complement, into: otherShifted)
            let result = pair(for: inst)
            emit(.or, .register(result.low), .register(mainShifted.low), .register(otherShifted.low))
            emit(.or, .register(result.high), .register(mainShifted.high), .register(otherShifted.high))
        case "scmp" where wide, "ucmp" where wide:
            // (a > b) − (a < b)
            let less: LLVMIntPredicate = parts[1] == "scmp" ? LLVMIntSLT : LLVMIntULT
            let a = try usePair(arguments[0]), b = try usePair(arguments[1])
            let greater = machine.newVirtual(), smaller = machine.newVirtual()
            try compareDoubleWord(less, b, a, into: greater)
            try compareDoubleWord(less, a, b, into: smaller)
            emit(.sub, .register(register(for: inst)), .register(greater), .register(smaller))
        case "is" where parts.count > 2 && parts[2] == "constant":
            // Not folded by the optimiser: not known to be constant, which is always allowed.
            try constantRegister(0, into: register(for: inst))
        case "objectsize":
            // Unknown size: 0 when asked for the minimum, else −1 (all ones), as LLVM lowers it.
            try constantRegister(constant(arguments[1]) == 1 ? 0 : -1, into: register(for: inst))
        default:
            return false
        }
        return true
    }
}
