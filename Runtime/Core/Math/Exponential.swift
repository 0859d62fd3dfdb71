// exp and expm1 reduce x = k·ln2 + r with |r| ≤ ln2/2, ln2 split Cody–Waite style into a
// high part with trailing zeros (so k·ln2Hi is exact for |k| < 2^11) and a low part, and
// approximate e^r on the reduced interval by a rational form (fdlibm's method; the
// polynomial coefficients are Remez minimax fits published with fdlibm).

extension KilnMath {
    static let ln2Hi = 6.93147180369123816490e-01  // ln2 with its low 32 bits zero
    static let ln2Lo = 1.90821492927058770002e-10  // ln2 − ln2Hi
    static let inverseLn2 = 1.44269504088896338700e+00

    /// The largest x with e^x finite, and the smallest with e^x not rounding to zero.
    static let expOverflowThreshold = 7.09782712893383973096e+02
    static let expUnderflowThreshold = -7.45133219101941108420e+02

    /// r·(e^r + 1)/(e^r − 1) ≈ 2 + P1·r² + … + P5·r¹⁰ on |r| ≤ ln2/2: what remains after the
    /// leading term of the rational form R(r²) = r − r²·(P1 + r²·(…)).
    static func expRemainder(_ r: Double) -> Double {
        let t = r * r
        return r - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03
            + t * (6.61375632143793436117e-05 + t * (-1.65339022054652515390e-06
            + t * 4.13813679705723846039e-08))))
    }

    /// The integer nearest x/ln2, and x − k·ln2 as an unevaluated sum hi − lo.
    static func reduceByLn2(_ x: Double) -> (k: Int, hi: Double, lo: Double) {
        // Round to nearest by adding ±0.5 and truncating: |x/ln2| < 1100, far from Int's range.
        let k = Int(inverseLn2 * x + copysign(0.5, x))
        let dk = Double(k)
        return (k, x - dk * ln2Hi, dk * ln2Lo)
    }

    /// `y × 2^k` for y in [0.5, 2], k from an exp reduction: adds k to the exponent field
    /// when the result stays normal, and otherwise multiplies once so a subnormal is rounded
    /// once.
    static func scaleByPowerOfTwo(_ y: Double, _ k: Int) -> Double {
        if k >= -1021 && k <= 1023 {
            return Double(bitPattern: y.bitPattern &+ (UInt64(bitPattern: Int64(k)) << 52))
        }
        if k > 1023 { return y * 2.0 * powerOfTwo(1023) }  // k = 1024 at most (from exp)
        return Double(bitPattern: y.bitPattern &+ (UInt64(bitPattern: Int64(k + 1000)) << 52)) * powerOfTwo(-1000)
    }

    /// e^x = 2^k·(1 + tail + tailLow) for |x| ≤ 709.8, with tail in [−0.3, 0.42] and
    /// tailLow its rounding error: callers add the 1 (and other terms) themselves so that
    /// e^x is rounded once, at the end (rounding 1 + tail first leaves exp 0.86 ulps off,
    /// and sinh/cosh built on it above 1 ulp).
    static func expSplit(_ x: Double) -> (k: Int, tail: Double, tailLow: Double) {
        var k = 0, hi = x, lo = 0.0
        // Below ln2/2 no reduction.
        if magnitudeWord(x) >= 0x3FD6_2E43 { (k, hi, lo) = reduceByLn2(x) }
        let r = hi - lo
        let c = expRemainder(r)
        // e^r = 1 + r + r·c/(2 − c) = 1 + hi + (r·c/(2 − c) − lo), summed with its errors.
        let q = (r * c) / (2 - c)
        let (small, smallError) = twoSum(q, -lo)
        let (tail, tailError) = twoSum(hi, small)
        return (k, tail, tailError + smallError)
    }

    /// 2^k·(1 + tail + tailLow), rounded once unless subnormal.
    static func composeExp(_ k: Int, _ tail: Double, _ tailLow: Double) -> Double {
        let (y, yError) = fastTwoSum(1, tail)
        return scaleByPowerOfTwo(y + (yError + tailLow), k)
    }

    /// C `exp`: e^x.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func exp(_ x: Double) -> Double {
        if isNaN(x) { return x + x }
        if x > expOverflowThreshold { return .infinity }
        if x < expUnderflowThreshold { return 0 }
        if magnitudeWord(x) < 0x3E30_0000 { return 1 + x }  // |x| < 2^-28: e^x = 1 + x to double precision
        let (k, tail, tailLow) = expSplit(x)
        return composeExp(k, tail, tailLow)
    }
}
