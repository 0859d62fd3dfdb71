// The logarithms write x = 2^k·(1 + f) with √2/2 ≤ 1 + f < √2 and compute
// log(1 + f) = f − f²/2 + s·(f²/2 + R(s²)) with s = f/(2 + f), R a minimax polynomial
// (fdlibm's Lg1…Lg7). log2 and log10 then multiply by their constants in extra precision.

extension KilnMath {
    /// `x = 2^k·(1 + f)`, `√2/2 ≤ 1 + f < √2`, for finite positive `x` (subnormals too).
    static func reduceForLog(_ x: Double) -> (k: Int, f: Double) {
        var x = x
        var k = 0
        if biasedExponent(x) == 0 {
            x *= 18014398509481984.0  // 2^54 makes a subnormal normal
            k = -54
        }
        var high = UInt32(truncatingIfNeeded: x.bitPattern >> 32)
        k += Int(high >> 20) - 1023
        high &= 0x000F_FFFF
        // A significand at or above √2 (fraction bits 0x6A09E…) is halved: adding 0x95F64
        // carries into bit 20 exactly then.
        let halve = (high &+ 0x95F64) & 0x0010_0000
        let normalized = Double(bitPattern: UInt64(high | (halve ^ 0x3FF0_0000)) << 32 | (x.bitPattern & 0xFFFF_FFFF))
        k += Int(halve >> 20)
        return (k, normalized - 1)
    }

    /// s·(f²/2 + R(s²)) with s = f/(2 + f): log(1 + f) minus f − f²/2.
    static func logTail(_ f: Double) -> Double {
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let odd = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01))
        let even = z * (6.666666666666735130e-01 + w * (2.857142874366239149e-01
            + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)))
        return s * (0.5 * f * f + odd + even)
    }

    /// k·ln2 + log(1 + f) + c, with c a small correction to the argument of the log
    /// (used by log1p), summed so the big terms k·ln2Hi and f come last.
    static func logOfReduced(_ k: Int, _ f: Double, correction c: Double = 0) -> Double {
        let dk = Double(k)
        let halfSquare = 0.5 * f * f
        return dk * ln2Hi - ((halfSquare - (logTail(f) + (dk * ln2Lo + c))) - f)
    }

    /// The result for arguments outside the finite positive numbers: −∞ for ±0, NaN for
    /// negative numbers and NaN, +∞ for +∞; nil when x is finite and positive.
    static func logSpecialCase(_ x: Double) -> Double? {
        if isNaN(x) { return x + x }
        if x.bitPattern & ~signMask == 0 { return -.infinity }
        if x.bitPattern & signMask != 0 { return (x - x) / (x - x) }
        if biasedExponent(x) == 0x7FF { return x }
        return nil
    }

    /// C `log`: the natural logarithm.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func log(_ x: Double) -> Double {
        if let special = logSpecialCase(x) { return special }
        let (k, f) = reduceForLog(x)
        return logOfReduced(k, f)
    }

    /// C `log1p`: log(1 + x), accurate for small x. For larger x, 1 + x is rounded and the
    /// rounding error c is added back as c/(1 + x), the first term of log(u + c) − log(u).
    @inline(never)  // one copy, shared by the double and float entry points
    public static func log1p(_ x: Double) -> Double {
        if isNaN(x) { return x + x }
        if x <= -1 { return x == -1 ? -.infinity : (x - x) / (x - x) }
        if biasedExponent(x) == 0x7FF { return x }
        let magnitude = magnitudeWord(x)
        if magnitude < 0x3E20_0000 {
            // |x| < 2^-29: x − x²/2 is exact enough (and x itself below 2^-54).
            return magnitude < 0x3C90_0000 ? x : x - x * x * 0.5
        }
        if x > -0.2929 && x < 0.41422 {
            return logOfReduced(0, x)  // 1 + x is already within [√2/2, √2)
        }
        let u = 1 + x
        var correction = 0.0
        if x < 9007199254740992.0 {
            // The error of u = 1 + x, exact by Sterbenz's lemma in whichever order keeps it so.
            correction = u >= 2 ? 1 - (u - x) : x - (u - 1)
            correction /= u
        }
        let (k, f) = reduceForLog(u)
        return logOfReduced(k, f, correction: correction)
    }

    /// log(x) as the unevaluated sum hi + lo − (the k·ln2 part left out, returned as k),
    /// with hi holding at most 21 significant bits so hi times a 21-bit constant is exact.
    static func logSplit(_ x: Double) -> (k: Int, hi: Double, lo: Double) {
        let (k, f) = reduceForLog(x)
        let halfSquare = 0.5 * f * f
        let hi = clearingLowWord(f - halfSquare)
        let lo = (f - hi) - halfSquare + logTail(f)
        return (k, hi, lo)
    }

    /// C `log2`: the base-2 logarithm; exact for powers of two.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func log2(_ x: Double) -> Double {
        if let special = logSpecialCase(x) { return special }
        let (k, hi, lo) = logSplit(x)
        // 1/ln2 split as 1.44269504072144627571 (33 bits) + 1.67517131648865118353e-10.
        let inverseLn2Hi = 1.44269504072144627571e+00, inverseLn2Lo = 1.67517131648865118353e-10
        var valueHi = hi * inverseLn2Hi
        var valueLo = (lo + hi) * inverseLn2Lo + lo * inverseLn2Hi
        // k + valueHi exactly, as a sum and its rounding error (Fast2Sum: |k| ≥ |valueHi|
        // whenever k ≠ 0).
        let dk = Double(k)
        let sum = dk + valueHi
        valueLo += (dk - sum) + valueHi
        valueHi = sum
        return valueLo + valueHi
    }

    /// C `log10`: the base-10 logarithm.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func log10(_ x: Double) -> Double {
        if let special = logSpecialCase(x) { return special }
        let (k, hi, lo) = logSplit(x)
        // 1/ln10 and log10(2), each split into a 33-bit head and a tail.
        let inverseLn10Hi = 4.34294481878168880939e-01, inverseLn10Lo = 2.50829467116452752298e-11
        let log10Of2Hi = 3.01029995663611771306e-01, log10Of2Lo = 3.69423907715893078616e-13
        let dk = Double(k)
        var valueHi = hi * inverseLn10Hi
        let kHi = dk * log10Of2Hi
        var valueLo = dk * log10Of2Lo + (lo + hi) * inverseLn10Lo + lo * inverseLn10Hi
        let sum = kHi + valueHi
        valueLo += (kHi - sum) + valueHi
        valueHi = sum
        return valueLo + valueHi
    }
}
