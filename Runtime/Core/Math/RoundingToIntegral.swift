extension KilnMath {
    /// How `roundToIntegral` picks the integer when `x` has a fraction. A struct rather than
    /// an enum: an enum's automatic `Hashable` conformance pulls the standard library's
    /// hasher (and `arc4random_buf`) into the Embedded Swift image, as in SoftFloat.
    struct IntegralRounding {
        let code: UInt8
        static let towardZero = IntegralRounding(code: 0)
        static let down = IntegralRounding(code: 1)
        static let up = IntegralRounding(code: 2)
        static let halfAwayFromZero = IntegralRounding(code: 3)

        /// Whether a value with a non-zero fraction rounds away from zero, given its sign and
        /// whether the fraction is at least one half.
        func roundsAway(negative: Bool, halfOrMore: Bool) -> Bool {
            switch code {
            case 0: return false
            case 1: return negative
            case 2: return !negative
            default: return halfOrMore
            }
        }
    }

    /// The integer nearest to `x` in the given direction, by editing the encoding: the
    /// result is exact, keeps the sign of `x` (so `floor(−0.5)` is −1 but `trunc(−0.5)` −0)
    /// and needs no floating-point arithmetic except to quiet a NaN.
    static func roundToIntegral(_ x: Double, _ rule: IntegralRounding) -> Double {
        let bits = x.bitPattern
        let negative = bits & signMask != 0
        let exponent = biasedExponent(x) - 1023
        if exponent >= 52 {
            // Already an integer, or ∞; a NaN comes back quiet, as from any arithmetic.
            return exponent == 1024 ? x + x : x
        }
        if exponent < 0 {
            // |x| < 1: the result is 0 or 1 in magnitude, with the sign of x.
            if bits & ~signMask == 0 { return x }
            let awayFromZero = rule.roundsAway(negative: negative, halfOrMore: exponent == -1)
            return Double(bitPattern: (bits & signMask) | (awayFromZero ? (1.0).bitPattern : 0))
        }
        let fraction: UInt64 = fractionMask >> UInt64(exponent)
        if bits & fraction == 0 { return x }
        let awayFromZero = rule.roundsAway(negative: negative, halfOrMore: bits & ((fraction + 1) >> 1) != 0)
        // Adding one unit of the last integer bit may carry into the exponent field, which
        // is exactly the step to the next binade (1.5 → 2).
        let unit: UInt64 = awayFromZero ? fraction + 1 : 0
        return Double(bitPattern: (bits + unit) & ~fraction)
    }

    /// C `trunc`: `x` rounded toward zero to an integer.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func trunc(_ x: Double) -> Double { roundToIntegral(x, .towardZero) }

    /// C `floor`: the largest integer not greater than `x`.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func floor(_ x: Double) -> Double { roundToIntegral(x, .down) }

    /// C `ceil`: the smallest integer not less than `x`.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func ceil(_ x: Double) -> Double { roundToIntegral(x, .up) }

    /// C `round`: the nearest integer, halfway cases away from zero.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func round(_ x: Double) -> Double { roundToIntegral(x, .halfAwayFromZero) }

    /// C `modf`: the integral and fractional parts of `x`, both with the sign of `x`
    /// (±∞ splits into ±∞ and ±0; a NaN into two NaNs).
    public static func modf(_ x: Double) -> (integral: Double, fraction: Double) {
        let integral = trunc(x)
        if biasedExponent(x) == 0x7FF {
            return (integral, isNaN(x) ? integral : copysign(0, x))
        }
        // x − trunc(x) is exact; copysign gives −0 rather than +0 for negative integers.
        return (integral, copysign(x - integral, x))
    }
}
