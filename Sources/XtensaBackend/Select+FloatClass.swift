import CLLVM
import XtensaISA

// Instruction selection, continued. `llvm.is.fpclass` (Swift's `isNormal`, `isFinite`,
// `isSubnormal || isZero` ...) on the bits of a float or double, without branches: each
// class is a 0/1 register made from the exponent field, the fraction's non-zero-ness, the
// sign and the quiet bit, and the requested classes are ORed.
extension Selector {
    /// The test mask bits of `llvm.is.fpclass`, LLVM's FPClassTest.
    enum FloatClassBit: Int {
        case signalingNaN = 0, quietNaN, negativeInfinity, negativeNormal, negativeSubnormal, negativeZero,
             positiveZero, positiveSubnormal, positiveNormal, positiveInfinity
    }

    mutating func floatClassTest(_ inst: LLVMValueRef, _ arguments: [LLVMValueRef]) throws(BackendError) {
        guard let mask = constant(arguments[1]) else { throw unsupported("a variable class mask is not supported") }
        let double = isDoubleWord(LLVMTypeOf(arguments[0]))
        // High word (sign, exponent, top of the fraction) and the fraction bits shifted to the top.
        let high: Register, fraction = machine.newVirtual()
        if double {
            let x = try usePair(arguments[0])
            high = x.high
            let top = machine.newVirtual()
            emit(.slli, .register(top), .register(high), .immediate(12))
            emit(.or, .register(fraction), .register(top), .register(x.low))
        } else {
            high = try use(arguments[0])
            emit(.slli, .register(fraction), .register(high), .immediate(9))
        }
        let (exponentShift, exponentBits, quietBit) = double ? (20, 11, 19) : (23, 8, 22)
        let exponent = machine.newVirtual()
        emit(.extui, .register(exponent), .register(high), .immediate(exponentShift), .immediate(exponentBits))
        let one = try constantRegister(1), zero = try constantRegister(0)
        func fresh() -> Register { machine.newVirtual() }
        func isZero(_ x: Register) -> Register {
            let r = fresh()
            emit(.copy, [.register(r), .register(zero)])
            emit(.moveqz, .register(r), .register(one), .register(x))
            return r
        }
        func combine(_ opcode: Opcode, _ a: Register, _ b: Register) -> Register {
            let r = fresh()
            emit(opcode, .register(r), .register(a), .register(b))
            return r
        }
        let offMax = fresh()
        emit(.sub, .register(offMax), .register(exponent), .register(try constantRegister((1 << exponentBits) - 1)))
        let exponentMax = isZero(offMax), exponentZero = isZero(exponent)
        let fractionZero = isZero(fraction), fractionNonZero = combine(.xor, fractionZero, one)
        let negative = fresh(), quiet = fresh()
        emit(.extui, .register(negative), .register(high), .immediate(31), .immediate(1))
        emit(.extui, .register(quiet), .register(high), .immediate(quietBit), .immediate(1))
        let positive = combine(.xor, negative, one)
        let nan = combine(.and, exponentMax, fractionNonZero)
        let normal = combine(.xor, combine(.or, exponentMax, exponentZero), one)
        // (class, the mask bits for its negative and positive members)
        let classes: [(Register, FloatClassBit, FloatClassBit)] = [
            (combine(.and, exponentMax, fractionZero), .negativeInfinity, .positiveInfinity),
            (normal, .negativeNormal, .positiveNormal),
            (combine(.and, exponentZero, fractionNonZero), .negativeSubnormal, .positiveSubnormal),
            (combine(.and, exponentZero, fractionZero), .negativeZero, .positiveZero),
        ]
        func has(_ bit: FloatClassBit) -> Bool { mask & (1 << bit.rawValue) != 0 }
        var terms: [Register] = []
        switch (has(.signalingNaN), has(.quietNaN)) {
        case (true, true): terms.append(nan)
        case (false, true): terms.append(combine(.and, nan, quiet))
        case (true, false): terms.append(combine(.and, nan, combine(.xor, quiet, one)))
        case (false, false): break
        }
        for (member, negativeBit, positiveBit) in classes {
            switch (has(negativeBit), has(positiveBit)) {
            case (true, true): terms.append(member)
            case (true, false): terms.append(combine(.and, member, negative))
            case (false, true): terms.append(combine(.and, member, positive))
            case (false, false): break
            }
        }
        let result = register(for: inst)
        guard var sum = terms.first else { return try constantRegister(0, into: result) }
        for term in terms.dropFirst() { sum = combine(.or, sum, term) }
        emit(.copy, [.register(result), .register(sum)])
    }
}
