extension BinaryFormat {
    /// `a + b`, correctly rounded (`__adddf3`, `__addsf3`).
    public static func add(_ a: Bits, _ b: Bits) -> Bits { sum(a, b, negatingB: false) }

    /// `a − b`, correctly rounded (`__subdf3`, `__subsf3`). A NaN `b` comes back with its
    /// own sign, as hardware does (compiler-rt flips it, because it adds `−b`).
    public static func subtract(_ a: Bits, _ b: Bits) -> Bits { sum(a, b, negatingB: true) }

    /// The quieted first NaN among the operands: the payload rule of compiler-rt and of
    /// x86 SSE for non-commuted operands.
    @inline(__always) static func propagatedNaN(_ a: Bits, _ b: Bits) -> Bits {
        quieted(isNaN(a) ? a : b)
    }

    static func sum(_ a: Bits, _ b: Bits, negatingB: Bool) -> Bits {
        let x = Decoded(a, as: Self.self)
        var y = Decoded(b, as: Self.self)
        if x.isNaN || y.isNaN { return propagatedNaN(a, b) }
        if negatingB { y.sign.toggle() }

        if x.kind == .infinity {
            if y.kind == .infinity && x.sign != y.sign { return defaultNaN }
            return infinity(negative: x.sign)
        }
        if y.kind == .infinity { return infinity(negative: y.sign) }
        if y.kind == .zero {
            // −0 + −0 is −0; every other sum of zeros is +0 when rounding to nearest.
            if x.kind == .zero { return zero(negative: x.sign && y.sign) }
            return a
        }
        if x.kind == .zero { return narrow(widen(b) ^ (negatingB ? signMask : 0)) }

        // Two spare bits on top for the carry; the significands have at least 11 zero bits
        // at the bottom, so nothing is lost.
        let (big, small) = x.exponent >= y.exponent ? (x, y) : (y, x)
        let bigSig = big.significand >> 2
        let smallSig = (small.significand >> 2).shiftedRightJamming(by: big.exponent - small.exponent)
        let exponent = big.exponent + 2
        if big.sign == small.sign {
            return roundAndPack(negative: big.sign, exponent: exponent, significand: bigSig + smallSig)
        }
        // Opposite signs. When bits were jammed the exponents differ by at least two, so
        // the difference keeps its leading one within three bits of the top and the
        // sticky bit stays far below the rounding position.
        if bigSig == smallSig { return zero(negative: false) }
        if bigSig > smallSig {
            return roundAndPack(negative: big.sign, exponent: exponent, significand: bigSig - smallSig)
        }
        return roundAndPack(negative: small.sign, exponent: exponent, significand: smallSig - bigSig)
    }
}
