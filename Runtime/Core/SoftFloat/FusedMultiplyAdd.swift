extension BinaryFormat {
    /// `a × b + c` with a single rounding (`fma`, `fmaf`).
    ///
    /// NaN operands propagate (the first of `a`, `b`, `c`, quieted) before anything else,
    /// so ∞ × 0 + NaN gives that NaN; ∞ × 0 + c and ∞ − ∞ give the default NaN.
    public static func fusedMultiplyAdd(_ a: Bits, _ b: Bits, _ c: Bits) -> Bits {
        let x = Decoded(a, as: Self.self)
        let y = Decoded(b, as: Self.self)
        let z = Decoded(c, as: Self.self)
        if x.isNaN || y.isNaN { return propagatedNaN(a, b) }
        if z.isNaN { return quieted(c) }
        let productSign = x.sign != y.sign
        if x.kind == .infinity || y.kind == .infinity {
            if x.kind == .zero || y.kind == .zero { return defaultNaN }
            if z.kind == .infinity && z.sign != productSign { return defaultNaN }
            return infinity(negative: productSign)
        }
        if z.kind == .infinity { return c }
        if x.kind == .zero || y.kind == .zero {
            // An exact zero product: the sum is c, except that +0 + −0 is +0.
            if z.kind == .zero { return zero(negative: productSign && z.sign) }
            return c
        }
        // The exact product, leading one at bit 126 or 127, shifted so that both addends
        // have two spare bits on top. Its low 22 bits (binary64) are zero, so no bit is lost.
        var product = WideUInt(product: x.significand, y.significand).shiftedRightJamming(by: 2)
        var productExponent = x.exponent + y.exponent + 2
        if z.kind == .zero {
            return roundAndPack(negative: productSign, exponent: productExponent + 64,
                                significand: product.jammedHigh)
        }
        var addend = WideUInt(high: z.significand >> 2, low: z.significand << 62)
        var addendExponent = z.exponent - 64 + 2

        // Align to the larger exponent. Bits are only lost from an addend that is at
        // least 2^20 times smaller than the other, so a subtraction cannot cancel more
        // than the top two bits and the sticky bit stays far below the rounding position.
        if productExponent >= addendExponent {
            addend = addend.shiftedRightJamming(by: productExponent - addendExponent)
            addendExponent = productExponent
        } else {
            product = product.shiftedRightJamming(by: addendExponent - productExponent)
            productExponent = addendExponent
        }
        var total: WideUInt
        var negative: Bool
        if productSign == z.sign {
            total = product + addend
            negative = productSign
        } else if addend < product {
            total = product - addend
            negative = productSign
        } else {
            total = addend - product
            negative = z.sign
            if total.isZero { return zero(negative: false) }
        }
        let shift = total.leadingZeroBitCount
        total = total.shiftedLeft(by: shift)
        return roundAndPack(negative: negative, exponent: productExponent - shift + 64,
                            significand: total.jammedHigh)
    }
}
