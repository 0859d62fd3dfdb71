/// The shortest decimal that reads back as the same double, and of those the closest to
/// it: what `string_of_float`-style "shortest round trip" output, Erlang's
/// `float_to_list(F, [short])` and JavaScript print.
///
/// This is the free-format algorithm of Steele and White as refined by Burger and Dybvig
/// ("Printing floating-point numbers quickly and accurately", 1996), on exact big
/// integers: digits of the value are generated until the number so far is inside the
/// interval of decimals that round to the same double (half the gap to each neighbour,
/// ends included when the significand is even, since reading rounds half to even). It is
/// slower than Ryu or Grisu but needs no tables and shares the big-integer code of exact
/// printing; the runtime prints shortest forms rarely.
public struct ShortestDecimal {
    /// The digits, 0...9, most significant first, no trailing zeros; empty for zero.
    public var digits: [UInt8]
    /// The decimal exponent of the first digit: the value is d₀.d₁d₂… × 10^exponent.
    public var exponent: Int
    /// The sign bit.
    public var negative: Bool

    /// The shortest digits of the finite double with bit pattern `bits` (infinities and
    /// NaNs give no digits; callers print those by name).
    public init(bits: UInt64) {
        let parts = DoubleParts(bits: bits)
        negative = parts.negative
        digits = []
        exponent = 0
        guard !parts.isZero, !parts.isNaN, !parts.isInfinity else { return }

        // value = r / s; the neighbours are (r ± m) / s with m⁺ = 2m⁻ when the value is
        // a power of two whose lower neighbour is in the binade below (gap halves).
        let lowerGapHalved = parts.significand == 1 << 52 && parts.exponent > -1074
        // Doubled (quadrupled) so the half-gaps are integers.
        let scale = lowerGapHalved ? 2 : 1
        var r = BigUInt(parts.significand), s = BigUInt(1)
        var mMinus = BigUInt(1)
        r.shiftLeft(by: scale)
        s.shiftLeft(by: scale)
        if parts.exponent >= 0 {
            r.shiftLeft(by: parts.exponent)
            mMinus.shiftLeft(by: parts.exponent)
        } else {
            s.shiftLeft(by: -parts.exponent)
        }
        var mPlus = mMinus
        if lowerGapHalved { mPlus.shiftLeft(by: 1) }

        var k = ScaledValue.decimalExponentEstimate(significand: parts.significand, binaryExponent: parts.exponent) + 1
        if k >= 0 {
            s.multiply(byPowerOfTen: k)
        } else {
            r.multiply(byPowerOfTen: -k)
            mPlus.multiply(byPowerOfTen: -k)
            mMinus.multiply(byPowerOfTen: -k)
        }
        // Ends of the interval count when the significand is even (they read back as it).
        let inclusive = parts.significand & 1 == 0
        func aboveInterval(_ r: BigUInt, _ mPlus: BigUInt, _ s: BigUInt) -> Bool {
            var high = r
            high.add(mPlus)
            let order = BigUInt.compare(high, s)
            return inclusive ? order >= 0 : order > 0
        }
        // The smallest k with the interval's top below 10^k (the estimate is that or one
        // too small), so the first digit is neither 0 nor 10.
        while aboveInterval(r, mPlus, s) {
            s.multiply(by: 10)
            k += 1
        }
        // For tiny values the estimate can be one too large (1233 / 4096 < log10 2 errs
        // upwards for negative powers of two): then step down while 10^(k−1) still bounds
        // the interval.
        while true {
            var r10 = r, plus10 = mPlus
            r10.multiply(by: 10)
            plus10.multiply(by: 10)
            if aboveInterval(r10, plus10, s) { break }
            r = r10
            mPlus = plus10
            mMinus.multiply(by: 10)
            k -= 1
        }
        exponent = k - 1

        let shift = s.digitScale
        r.shiftLeft(by: shift)
        s.shiftLeft(by: shift)
        mPlus.shiftLeft(by: shift)
        mMinus.shiftLeft(by: shift)
        while true {
            r.multiply(by: 10)
            mPlus.multiply(by: 10)
            mMinus.multiply(by: 10)
            let digit = UInt8(r.divideSmallQuotient(by: s))
            let order = BigUInt.compare(r, mMinus)
            let low = inclusive ? order <= 0 : order < 0
            let high = aboveInterval(r, mPlus, s)
            if !low && !high {
                digits.append(digit)
                continue
            }
            if low && !high {
                digits.append(digit)
            } else if high && !low {
                digits.append(digit + 1)
            } else {
                // Both candidates read back; take the closer, the even one on a tie
                // (…751.62 and …751.63 can be exactly equally far).
                var twice = r
                twice.shiftLeft(by: 1)
                let order = BigUInt.compare(twice, s)
                digits.append(order < 0 || (order == 0 && digit & 1 == 0) ? digit : digit + 1)
            }
            return
        }
    }
}
