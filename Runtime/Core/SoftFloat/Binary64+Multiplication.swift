extension Binary64 {
    /// `a × b`, correctly rounded (`__muldf3`): both operands normal and the product in
    /// the normal range (or overflowing by rounding) on 32-bit words, everything else by
    /// the generic `product`.
    ///
    /// The 106-bit product is built from sixteen 32-bit multiplies (MULL; the dc233c has no
    /// MUL32_HIGH) of 14-bit limbs: a × 8 as four limbs, b as four limbs. Each partial
    /// product is below 2^28, so a column of at most four plus the carry from below stays
    /// below 2^31 and no carry is lost. The columns are summed from the bottom, each taking
    /// the previous one's carry at once, so that a limb is dead after its last column and
    /// the whole product fits the dc233c's window (14 free registers) without spilling.
    ///
    /// The fast path is decided up front, so that nothing after it needs the operands
    /// again: the product's biased exponent is ea + eb − 1023 or one more, and both must be
    /// normal. The edges (a result of exponent 0 that rounds into the normal range, or of
    /// 2046 that carries to 2047) go the general way.
    @inline(__always)
    public static func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let ah = highWord(a), al = lowWord(a), bh = highWord(b), bl = lowWord(b)
        let ea = biasedExponent(ah), eb = biasedExponent(bh)
        guard areNormal(ea, eb), ea &+ eb &- 1024 < 2045 else { return productOutsideFastPath(a, b) }
        // The sign (bit 11) and the biased exponent in one register (see `rounded`).
        var exponent = (((ah ^ bh) >> 31) << 11) | (ea &+ eb &- 1022)

        // a × 2^3 (56 bits) and b (53 bits) in 14-bit limbs, least significant first.
        let a0 = (al & 0x7FF) << 3
        let a1 = (al >> 11) & 0x3FFF
        let a2 = ((al >> 25) | (ah << 7)) & 0x3FFF
        let a3 = ((ah >> 7) & 0x1FFF) | 0x2000
        let b0 = bl & 0x3FFF
        let b1 = (bl >> 14) & 0x3FFF
        let b2 = ((bl >> 28) | (bh << 4)) & 0x3FFF
        let b3 = ((bh >> 10) & 0x3FF) | 0x400
        // s_k: column k (the partial products of weight 2^(14k)) plus the carry from column
        // k − 1; its low 14 bits are digit k of p = a × b × 8, and s6 holds everything from
        // bit 84. Digits 0...2 only matter as the sticky bit.
        let s0 = a0 &* b0
        let s1 = (s0 >> 14) &+ (a0 &* b1) &+ (a1 &* b0)
        let s2 = (s1 >> 14) &+ (a0 &* b2) &+ (a1 &* b1) &+ (a2 &* b0)
        // Shifting by 18 keeps just the digit.
        let sticky: UInt32 = (s0 | s1 | s2) << 18 != 0 ? 1 : 0
        let s3 = (s2 >> 14) &+ (a0 &* b3) &+ (a1 &* b2) &+ (a2 &* b1) &+ (a3 &* b0)
        let s4 = (s3 >> 14) &+ (a1 &* b3) &+ (a2 &* b2) &+ (a3 &* b1)
        let s5 = (s4 >> 14) &+ (a2 &* b3) &+ (a3 &* b2)
        let s6 = (s5 >> 14) &+ (a3 &* b3)
        // p >> 56 = a × b >> 53, below 2^53; digit 3 lies under it.
        var high = s6 >> 4
        var low = (s4 & 0x3FFF) | ((s5 & 0x3FFF) << 14) | (s6 << 28)
        var rest: UInt32
        if high >= 0x10_0000 {
            rest = (s3 << 18) | sticky
        } else {
            // a × b < 2^105: one more bit comes from digit 3.
            high = (high << 1) | (low >> 31)
            low = (low << 1) | ((s3 >> 13) & 1)
            rest = (s3 << 19) | sticky
            exponent &-= 1
        }
        return rounded(signAndBiased: exponent, high: high, low: low, rest: rest)
    }

    /// Zero operands (common: accumulators start at 0.0) quickly, the rest generically.
    @inline(never)
    static func productOutsideFastPath(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let ah = highWord(a), bh = highWord(b)
        let aZero = (ah & 0x7FFF_FFFF) | lowWord(a) == 0, bZero = (bh & 0x7FFF_FFFF) | lowWord(b) == 0
        if (aZero && biasedExponent(bh) != 0x7FF) || (bZero && biasedExponent(ah) != 0x7FF) {
            return joined((ah ^ bh) & 0x8000_0000, 0)
        }
        return product(a, b)
    }
}
