// sinh, cosh and tanh from exp and expm1: expm1 near 0 (where e^x − e^-x cancels), exp in
// the middle, and from 22 on e^x/2 with the halving folded into exp's final scaling, so
// results up to the largest double stay finite (and rounded once) although e^x overflows.

extension KilnMath {
    /// e^x/2 for 22 ≤ x ≤ 710.48, rounded once.
    static func halfExp(_ x: Double) -> Double {
        let (k, tail, tailLow) = expSplit(x)
        return composeExp(k - 1, tail, tailLow)
    }

    /// Where e^|x| alone overflows but cosh and sinh do not (beyond it they are ∞).
    static let hyperbolicOverflowThreshold = 7.10475860073943863426e+02

    /// e^x/2 ± e^-x/2 for ln2/2 ≤ x < 22 (`sign` ±1), rounded once: e^x/2 = h·(1 + tail +
    /// tailLow) with h = 2^(k−1) is summed exactly and the small terms join its error
    /// (exp(x) rounded first, halved and added is up to 1.1 ulps off).
    static func halfExpSum(_ x: Double, _ sign: Double) -> Double {
        let (k, tail, tailLow) = expSplit(x)
        let h = powerOfTwo(k - 1)
        let (y, yError) = fastTwoSum(h, h * tail)
        let halfInverse = 0.25 / (h * (1 + tail))
        return y + (yError + (h * tailLow + sign * halfInverse))
    }

    /// C `sinh`: the hyperbolic sine.
    ///
    /// Below 1 a polynomial, x + x³·Q(x²) with Q fitted for Kiln with mpmath's `chebyfit`
    /// (error 3.5·10^-19): the expm1-based formula is up to 1.5 ulps off there.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func sinh(_ x: Double) -> Double {
        if biasedExponent(x) == 0x7FF { return x + x }
        let negative = x.bitPattern & signMask != 0
        let ax = fabs(x)
        let z: Double
        if ax < 1 {
            if magnitudeWord(x) < 0x3E30_0000 { return x }  // |x| < 2^-28
            let s = ax * ax
            var q = 7.746178593018827e-13
            q = q * s + 1.6057679623801638e-10
            q = q * s + 2.5052117695907823e-08
            q = q * s + 2.7557319191381816e-06
            q = q * s + 0.00019841269841324198
            q = q * s + 0.008333333333333299
            q = q * s + 0.16666666666666666
            z = ax + ax * s * q
        } else if ax < 22 {
            z = halfExpSum(ax, -1)
        } else if ax <= hyperbolicOverflowThreshold {
            z = halfExp(ax)
        } else {
            z = .infinity
        }
        return negative ? -z : z
    }

    /// C `cosh`: the hyperbolic cosine.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func cosh(_ x: Double) -> Double {
        if isNaN(x) { return x + x }
        let ax = fabs(x)
        if magnitudeWord(x) < 0x3FD6_2E43 {  // |x| < ln2/2: 1 + (e^x − 1)²/(2e^x)
            let t = expm1(ax)
            let w = 1 + t
            if magnitudeWord(x) < 0x3C80_0000 { return w }  // |x| < 2^-55
            return 1 + (t * t) / (w + w)
        }
        if ax < 22 {
            return halfExpSum(ax, 1)
        }
        if ax <= hyperbolicOverflowThreshold { return halfExp(ax) }
        return .infinity
    }

    /// C `tanh`: the hyperbolic tangent.
    ///
    /// Below 0.55 a polynomial (x + x³·P(x²), P fitted for Kiln with mpmath's `chebyfit`,
    /// error 2·10^-19); from 0.55 to 22 (e^2x − 1)/(e^2x + 1) with e^2x = 2^k·(1 + tail)
    /// and both sums and the quotient in double-double up to 10 (then 1 − 2/(e^2x + 1)), because the usual
    /// expm1(2x)/(expm1(2x) + 2) is up to 1.9 ulps off around x = 0.5.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func tanh(_ x: Double) -> Double {
        if isNaN(x) { return x + x }
        let negative = x.bitPattern & signMask != 0
        let ax = fabs(x)
        let z: Double
        if ax < 0.55 {
            if magnitudeWord(x) < 0x3E30_0000 { return x }  // |x| < 2^-28: tanh x = x
            let s = ax * ax
            var p = 7.874274345344419e-06
            p = p * s - 3.372080112046316e-05
            p = p * s + 9.455133052924858e-05
            p = p * s - 0.0002384727248015252
            p = p * s + 0.0005899052969492733
            p = p * s - 0.001455819097151351
            p = p * s + 0.0035921267699626346
            p = p * s - 0.0088632354631468
            p = p * s + 0.021869488534073906
            p = p * s - 0.05396825396822037
            p = p * s + 0.1333333333333331
            p = p * s - 0.3333333333333333
            z = ax + ax * s * p
        } else if ax < 10 {
            let (k, tail, _) = expSplit(2 * ax)
            let scale = powerOfTwo(k)  // 2 ≤ k ≤ 29 here, so 2^k ± 1 is exact
            let scaledTail = scale * tail
            let (numerator, numeratorError) = fastTwoSum(scale - 1, scaledTail)
            let (denominator, denominatorError) = fastTwoSum(scale + 1, scaledTail)
            // q = n/d to double-double: q0 + (n − q0·d)/d with n − q0·d exact.
            let q0 = numerator / denominator
            let (product, productError) = twoProduct(q0, denominator)
            let remainder = ((numerator - product) - productError) + numeratorError - q0 * denominatorError
            z = q0 + remainder / denominator
        } else if ax < 22 {
            // 2/(e^2x + 1) < 2^-27: its own error no longer matters; 1 − it rounds once.
            z = 1 - 2 / (exp(2 * ax) + 1)
        } else {
            z = 1  // |x| ≥ 22 (and ±∞): tanh rounds to ±1
        }
        return negative ? -z : z
    }
}
