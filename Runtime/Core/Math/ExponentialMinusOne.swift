extension KilnMath {
    /// C `expm1`: e^x − 1, accurate also where e^x is close to 1. The same reduction as
    /// `exp` keeps the rounding error of r = hi − lo as a correction c, and e^r − 1 uses a
    /// rational form in r² whose coefficients Q1…Q5 are fdlibm's minimax fit.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func expm1(_ x: Double) -> Double {
        if isNaN(x) { return x + x }
        let negative = x.bitPattern & signMask != 0
        let magnitude = magnitudeWord(x)
        if magnitude >= 0x4043_687A {
            // |x| ≥ 56·ln2: e^x − 1 rounds to e^x, or to −1 for negative x.
            if negative { return -1 }
            if x > expOverflowThreshold { return .infinity }
        }
        var r = x
        var k = 0
        var correction = 0.0
        if magnitude > 0x3FD6_2E42 {
            // |x| > ln2/2: reduce; between ln2/2 and 3·ln2/2 k is ±1 without a multiply.
            let hi: Double, lo: Double
            if magnitude < 0x3FF0_A2B2 {
                (k, hi, lo) = negative ? (-1, x + ln2Hi, -ln2Lo) : (1, x - ln2Hi, ln2Lo)
            } else {
                (k, hi, lo) = reduceByLn2(x)
            }
            r = hi - lo
            correction = (hi - r) - lo
        } else if magnitude < 0x3C90_0000 {
            return x  // |x| < 2^-54
        }
        let halfR = 0.5 * r
        let halfRSquared = r * halfR
        let r1 = 1 + halfRSquared * (-3.33333333333331316428e-02 + halfRSquared * (1.58730158725481460165e-03
            + halfRSquared * (-7.93650757867487942473e-05 + halfRSquared * (4.00821782732936239552e-06
            + halfRSquared * -2.01099218183624371326e-07))))
        let t = 3 - r1 * halfR
        var e = halfRSquared * ((r1 - t) / (6 - r * t))
        if k == 0 { return r - (r * e - halfRSquared) }  // c is 0 here

        // e^x − 1 = 2^k·(1 + r − e') − 1 with e' collecting the correction terms; the
        // order of the final additions depends on k so that no large term cancels.
        e = r * (e - correction) - correction
        e -= halfRSquared
        if k == -1 { return 0.5 * (r - e) - 0.5 }
        if k == 1 {
            if r < -0.25 { return -2 * (e - (r + 0.5)) }
            return 1 + 2 * (r - e)
        }
        if k <= -2 || k > 56 {
            // 2^k·(1 + r − e) − 1 with the −1 negligible or applied last.
            let y = 1 - (e - r)
            let scaled = k == 1024 ? y * 2 * powerOfTwo(1023) : y * powerOfTwo(k)
            return scaled - 1
        }
        if k < 20 {
            let y = (1 - powerOfTwo(-k)) - (e - r)  // 1 − 2^-k is exact
            return y * powerOfTwo(k)
        }
        let y = (r - (e + powerOfTwo(-k))) + 1
        return y * powerOfTwo(k)
    }
}
