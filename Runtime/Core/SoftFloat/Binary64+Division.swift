extension Binary64 {
    /// `a ÷ b`, correctly rounded (`__divdf3`): both operands normal and the quotient in
    /// the normal range (decided up front, as for `multiply`) on 32-bit words, everything
    /// else by the generic `quotient`.
    ///
    /// Long division in base 2^11, one 32-bit divide (QUOU) per digit instead of the
    /// generic code's one step per bit: with the remainder r < d shifted up 11 bits, the
    /// digit is estimated as ⌊r_high / (d_high + 1)⌋ from the high words. That never
    /// overestimates, and underestimates by at most one (the error is below
    /// (r + d) / (d_high · (d_high + 1)) < 1.002 for d_high ≥ 2^20), so one conditional
    /// subtraction corrects it. Five digits give 55 bits after the leading one.
    @inline(__always)
    public static func divide(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let ah = highWord(a), bh = highWord(b)
        let ea = biasedExponent(ah), eb = biasedExponent(bh)
        // The quotient's biased exponent is ea − eb + 1022 or one more: both in 1...2046.
        guard isNormal(ea), isNormal(eb), ea &- eb &+ 1021 < 2045 else { return quotientOutsideFastPath(a, b) }
        let sign = (ah ^ bh) & 0x8000_0000
        let divisorHigh = significandHigh(bh), divisorLow = lowWord(b)
        let divisor = joined(divisorHigh, divisorLow)
        var dividend = joined(significandHigh(ah), lowWord(a))
        var biased = ea &- eb &+ 1022
        // Scale the dividend into [d, 2d), so the quotient's leading one is the first digit.
        if dividend < divisor { dividend <<= 1 } else { biased &+= 1 }
        var remainder = dividend &- divisor
        var quotientHigh: UInt32 = 0, quotientLow: UInt32 = 1
        let estimateDivisor = divisorHigh &+ 1
        let divisorLow0 = divisorLow & 0xFFFF, divisorLow1 = divisorLow >> 16
        for _ in 0..<5 {
            remainder <<= 11   // below d < 2^53 before, so below 2^64 after
            var digit = highWord(remainder) / estimateDivisor
            // remainder −= digit × d, the product (below 2^64) from three 32-bit multiplies:
            // digit < 2^11, so digit × d_high < 2^32 and the 16-bit halves' products < 2^27.
            let p0 = digit &* divisorLow0, p1 = digit &* divisorLow1
            let productLow = p0 &+ (p1 << 16)
            let productHigh = (digit &* divisorHigh) &+ (p1 >> 16) &+ (productLow < p0 ? 1 : 0)
            remainder &-= joined(productHigh, productLow)
            if remainder >= divisor {
                remainder &-= divisor
                digit &+= 1
            }
            quotientHigh = (quotientHigh << 11) | (quotientLow >> 21)
            quotientLow = (quotientLow << 11) | digit
        }
        // The quotient has 56 bits (leading one at bit 55): 53 kept, 3 and the remainder below.
        let rest = (quotientLow << 29) | (remainder != 0 ? 1 : 0)
        return rounded(sign: sign, biased: biased, high: quotientHigh >> 3,
                       low: (quotientLow >> 3) | (quotientHigh << 29), rest: rest)
    }

    /// A zero dividend quickly, the rest generically.
    @inline(never)
    static func quotientOutsideFastPath(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let ah = highWord(a), bh = highWord(b)
        let aZero = (ah & 0x7FFF_FFFF) | lowWord(a) == 0, bZero = (bh & 0x7FFF_FFFF) | lowWord(b) == 0
        if aZero && !bZero && !isNaN(magnitudeHigh: bh & 0x7FFF_FFFF, low: lowWord(b)) {
            return joined((ah ^ bh) & 0x8000_0000, 0)
        }
        return quotient(a, b)
    }
}
