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
        guard areNormal(ea, eb), ea &- eb &+ 1021 < 2045 else { return quotientOutsideFastPath(a, b) }
        let sign = (ah ^ bh) & 0x8000_0000
        var division = WordDivision(dividendHigh: significandHigh(ah), dividendLow: lowWord(a),
                                    divisorHigh: significandHigh(bh), divisorLow: lowWord(b))
        let biased = ea &- eb &+ 1022 &+ division.exponentAdjustment
        // Unrolled: five straight-line steps cost less than a loop's counter and branches.
        division.step()
        division.step()
        division.step()
        division.step()
        division.step()
        // The quotient has 56 bits (leading one at bit 55): 53 kept, 3 and the remainder below.
        let (qh, ql) = (division.quotientHigh, division.quotientLow)
        let rest = (ql << 29) | ((division.remainderHigh | division.remainderLow) != 0 ? 1 : 0)
        return rounded(signAndBiased: signAndBiased(sign: sign, biased: biased), high: qh >> 3, low: (ql >> 3) | (qh << 29), rest: rest)
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

/// The state of `Binary64.divide`'s long division, all in 32-bit words: the divisor d
/// (53 bits, leading one at bit 52), the remainder r < d and the quotient so far.
struct WordDivision {
    let divisorHigh: UInt32, divisorLow: UInt32
    /// d's low word in 16-bit halves, for products that must not overflow a MULL.
    let divisorLow0: UInt32, divisorLow1: UInt32
    /// d_high + 1: dividing by it never overestimates a digit.
    let estimateDivisor: UInt32
    var remainderHigh: UInt32, remainderLow: UInt32
    var quotientHigh: UInt32 = 0, quotientLow: UInt32 = 1
    /// 1 when the dividend's significand is at least the divisor's (the quotient's leading
    /// one is then at the dividend's scale), 0 when it was doubled to get there.
    let exponentAdjustment: UInt32

    /// Starts with the dividend scaled into [d, 2d), so the first digit is the leading one
    /// (`quotientLow` = 1) and the remainder is the dividend − d.
    @inline(__always)
    init(dividendHigh: UInt32, dividendLow: UInt32, divisorHigh: UInt32, divisorLow: UInt32) {
        self.divisorHigh = divisorHigh
        self.divisorLow = divisorLow
        divisorLow0 = divisorLow & 0xFFFF
        divisorLow1 = divisorLow >> 16
        estimateDivisor = divisorHigh &+ 1
        var high = dividendHigh, low = dividendLow
        if high < divisorHigh || (high == divisorHigh && low < divisorLow) {
            high = (high << 1) | (low >> 31)
            low <<= 1
            exponentAdjustment = 0
        } else {
            exponentAdjustment = 1
        }
        remainderLow = low &- divisorLow
        remainderHigh = high &- divisorHigh &- (low < divisorLow ? 1 : 0)
    }

    /// One base-2^11 digit: r·2^11 (below 2^64, since r < d < 2^53) divided by d.
    @inline(__always)
    mutating func step() {
        var high = (remainderHigh << 11) | (remainderLow >> 21)
        var low = remainderLow << 11
        var digit = high / estimateDivisor
        // r −= digit × d, the product (below 2^64) from three 32-bit multiplies: digit < 2^11,
        // so digit × d_high < 2^32 and the 16-bit halves' products are below 2^27.
        let p0 = digit &* divisorLow0, p1 = digit &* divisorLow1
        let productLow = p0 &+ (p1 << 16)
        let productHigh = (digit &* divisorHigh) &+ (p1 >> 16) &+ (productLow < p0 ? 1 : 0)
        high = high &- productHigh &- (low < productLow ? 1 : 0)
        low &-= productLow
        // The estimate was short by at most one: r − d is then still non-negative. (r < 2d
        // < 2^54 here, so a negative difference shows as the high word's sign bit.)
        let trialLow = low &- divisorLow
        let trialHigh = high &- divisorHigh &- (low < divisorLow ? 1 : 0)
        if trialHigh < 0x8000_0000 {
            (high, low) = (trialHigh, trialLow)
            digit &+= 1
        }
        (remainderHigh, remainderLow) = (high, low)
        quotientHigh = (quotientHigh << 11) | (quotientLow >> 21)
        quotientLow = (quotientLow << 11) | digit
    }
}
