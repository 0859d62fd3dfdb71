// asin and acos use asin(x) = x + x³·R(x²) with R a rational minimax fit (fdlibm's pS0…pS5,
// qS1…qS4) for |x| < 1/2, and asin(x) = π/2 − 2·asin(√((1 − x)/2)) above, with the square
// root split in two so the subtraction from π/2 loses nothing. atan reduces to |x| < 7/16
// through atan(x) = atan(c) + atan((x − c)/(1 + x·c)) for c in {1/2, 1, 3/2, ∞}.

extension KilnMath {
    static let halfPiHi = 1.57079632679489655800e+00  // π/2 rounded
    static let halfPiLo = 6.12323399573676603587e-17  // π/2 − halfPiHi
    static let piHi = 3.14159265358979311600e+00
    static let piLo = 1.2246467991473531772e-16

    /// R(t) with asin(x) = x + x·R(x²): t·P(t)/Q(t).
    static func asinRational(_ t: Double) -> Double {
        let p = t * (1.66666666666666657415e-01 + t * (-3.25565818622400915405e-01 + t * (2.01212532134862925881e-01
            + t * (-4.00555345006794114027e-02 + t * (7.91534994289814532176e-04 + t * 3.47933107596021167570e-05)))))
        let q = 1 + t * (-2.40339491173441421878e+00 + t * (2.02094576023350569471e+00
            + t * (-6.88283971605453293030e-01 + t * 7.70381505559019352791e-02)))
        return p / q
    }

    /// C `asin`: the arc sine, in [−π/2, π/2]; NaN outside [−1, 1].
    @inline(never)  // one copy, shared by the double and float entry points
    public static func asin(_ x: Double) -> Double {
        let magnitude = magnitudeWord(x)
        let ax = fabs(x)
        if ax >= 1 {
            if ax == 1 { return x * halfPiHi + x * halfPiLo }
            return (x - x) / (x - x)  // |x| > 1 or NaN
        }
        if magnitude < 0x3FE0_0000 {
            if magnitude < 0x3E50_0000 { return x }  // |x| < 2^-26
            return x + x * asinRational(x * x)
        }
        let t = (1 - ax) * 0.5
        let s = t.squareRoot()
        let result: Double
        if magnitude >= 0x3FEF_3333 {
            // |x| ≥ 0.975: s is small, so π/2 − 2(s + s·R) is accurate as it is.
            result = halfPiHi - (2 * (s + s * asinRational(t)) - halfPiLo)
        } else {
            // s = sHead + c exactly to double precision, with sHead 21 bits so sHead² is exact.
            let sHead = clearingLowWord(s)
            let c = (t - sHead * sHead) / (s + sHead)
            let quarterPi = 7.85398163397448278999e-01
            let p = 2 * s * asinRational(t) - (halfPiLo - 2 * c)
            let q = quarterPi - 2 * sHead
            result = quarterPi - (p - q)
        }
        return x.bitPattern & signMask != 0 ? -result : result
    }

    /// C `acos`: the arc cosine, in [0, π]; NaN outside [−1, 1].
    @inline(never)  // one copy, shared by the double and float entry points
    public static func acos(_ x: Double) -> Double {
        let magnitude = magnitudeWord(x)
        let ax = fabs(x)
        if ax >= 1 {
            if x == 1 { return 0 }
            if x == -1 { return piHi + 2 * halfPiLo }
            return (x - x) / (x - x)
        }
        if magnitude < 0x3FE0_0000 {
            if magnitude <= 0x3C60_0000 { return halfPiHi + halfPiLo }  // |x| ≤ 2^-57
            return halfPiHi - (x - (halfPiLo - x * asinRational(x * x)))
        }
        if x < 0 {
            // acos(x) = π − 2·asin(√((1 + x)/2)).
            let z = (1 + x) * 0.5
            let s = z.squareRoot()
            let w = asinRational(z) * s - halfPiLo
            return piHi - 2 * (s + w)
        }
        // acos(x) = 2·asin(√((1 − x)/2)), with the root split as in asin.
        let z = (1 - x) * 0.5
        let s = z.squareRoot()
        let sHead = clearingLowWord(s)
        let c = (z - sHead * sHead) / (s + sHead)
        let w = asinRational(z) * s + c
        return 2 * (sHead + w)
    }

    /// C `atan`: the arc tangent, in [−π/2, π/2].
    @inline(never)  // one copy, shared by the double and float entry points
    public static func atan(_ x: Double) -> Double {
        let (hi, lo) = atanSplit(x, tail: 0)
        return lo == 0 ? hi : hi + lo  // hi alone keeps atan(−0) = −0
    }

    /// atan(x + tail) for |tail| ≤ ulp(x), as an unevaluated sum hi + lo (|lo| ≤ ulp(hi)).
    /// The tail enters as tail/(1 + x²), the first term of its Taylor expansion: atan2
    /// passes the rounding error of y/x this way, and keeps lo through its adjustment by π.
    static func atanSplit(_ x: Double, tail: Double) -> (hi: Double, lo: Double) {
        let magnitude = magnitudeWord(x)
        if magnitude >= 0x4410_0000 {
            // |x| ≥ 2^66 (or NaN): atan x rounds to ±π/2.
            if isNaN(x) { return (x + x, 0) }
            return x.bitPattern & signMask != 0 ? (-halfPiHi, -halfPiLo) : (halfPiHi, halfPiLo)
        }
        var t = x
        // atan(c) as head and tail for the four reduction points, or none for small |x|.
        var baseHi = 0.0, baseLo = 0.0
        var reduced = true
        if magnitude < 0x3FDC_0000 {  // |x| < 7/16
            if magnitude < 0x3E40_0000 { return (x, tail) }  // |x| < 2^-27
            reduced = false
        } else {
            let ax = fabs(x)
            if magnitude < 0x3FF3_0000 {  // |x| < 19/16
                if magnitude < 0x3FE6_0000 {  // 7/16 ≤ |x| < 11/16: c = 1/2
                    t = (2 * ax - 1) / (2 + ax)
                    (baseHi, baseLo) = (4.63647609000806093515e-01, 2.26987774529616870924e-17)
                } else {  // c = 1
                    t = (ax - 1) / (ax + 1)
                    (baseHi, baseLo) = (7.85398163397448278999e-01, 3.06161699786838301793e-17)
                }
            } else if magnitude < 0x4003_8000 {  // |x| < 39/16: c = 3/2
                t = (ax - 1.5) / (1 + 1.5 * ax)
                (baseHi, baseLo) = (9.82793723247329054082e-01, 1.39033110312309984516e-17)
            } else {  // c = ∞: atan(x) = π/2 − atan(1/x)
                t = -1 / ax
                (baseHi, baseLo) = (halfPiHi, halfPiLo)
            }
        }
        // atan(t) = t − t³·(aT0 − aT1·t² + …), split into odd and even powers of t⁴.
        let z = t * t
        let w = z * z
        let odd = z * (3.33333333333329318027e-01 + w * (1.42857142725034663711e-01 + w * (9.09088713343650656196e-02
            + w * (6.66107313738753120669e-02 + w * (4.97687799461593236017e-02 + w * 1.62858201153657823623e-02)))))
        let even = w * (-1.99999999998764832476e-01 + w * (-1.11111104054623557880e-01 + w * (-7.69187620504482999495e-02
            + w * (-5.83357013379057348645e-02 + w * -3.65315727442169155270e-02))))
        let negative = x.bitPattern & signMask != 0
        let correction = tail == 0 ? 0 : (negative ? -tail : tail) / (1 + x * x)
        if !reduced {
            let (head, error) = fastTwoSum(t, -(t * (odd + even) - tail / (1 + x * x)))
            return (head, error)
        }
        // atan(c) + t is formed exactly (|atan c| > |t|), the small terms join its error.
        let (head, headError) = fastTwoSum(baseHi, t)
        let lo = headError - (t * (odd + even) - (baseLo + correction))
        return negative ? (-head, -lo) : (head, lo)
    }

    /// C `atan2`: the angle of the point (x, y), in [−π, π], with C99's signs of zero and
    /// infinities: atan2(±0, −0) = ±π, atan2(±0, +0) = ±0, atan2(±∞, ±∞) = ±π/4 or ±3π/4.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func atan2(_ y: Double, _ x: Double) -> Double {
        if isNaN(x) || isNaN(y) { return x + y }
        if x == 1 { return atan(y) }
        let yNegative = y.bitPattern & signMask != 0
        let xNegative = x.bitPattern & signMask != 0
        let ax = fabs(x), ay = fabs(y)
        // The result for the right half plane, then mirrored.
        if ay == 0 {
            if !xNegative { return y }
            return yNegative ? -piHi - piLo : piHi + piLo
        }
        if ax == 0 { return yNegative ? -halfPiHi - halfPiLo : halfPiHi + halfPiLo }
        if ax == .infinity {
            let angle: Double
            if ay == .infinity {
                angle = xNegative ? 3 * 7.85398163397448278999e-01 + 3 * 3.06161699786838301793e-17
                    : 7.85398163397448278999e-01 + 3.06161699786838301793e-17
            } else {
                angle = xNegative ? piHi + piLo : 0
            }
            return yNegative ? -angle : angle
        }
        if ay == .infinity { return yNegative ? -halfPiHi - halfPiLo : halfPiHi + halfPiLo }

        // |y/x| beyond 2^60 or below 2^-60 (by exponents) needs no division.
        let exponentDifference = biasedExponent(ay) - biasedExponent(ax)
        let z: (hi: Double, lo: Double)
        if exponentDifference > 60 {
            z = (halfPiHi, 0.5 * piLo)
        } else if xNegative && exponentDifference < -60 {
            z = (0, 0)
        } else if exponentDifference < -60 {
            z = (ay / ax, 0)  // atan(q) = q here; the division is the only rounding
        } else {
            // q = |y/x| rounded, plus its rounding error (ay − q·ax)/ax: without it the
            // result can be 1.25 ulps off. Scaling both to exponent 0 keeps Dekker's
            // product clear of overflow.
            let exponent = biasedExponent(ax) - 1023
            let sy = scalbn(ay, -exponent), sx = scalbn(ax, -exponent)
            let q = sy / sx
            let (product, productError) = twoProduct(q, sx)
            let tail = ((sy - product) - productError) / sx
            z = atanSplit(q, tail: tail)
        }
        if !xNegative {
            let angle = z.hi + z.lo
            return yNegative ? -angle : angle
        }
        // π − z, with z's low part and π's kept until the last addition.
        let (difference, differenceError) = twoSum(piHi, -z.hi)
        let angle = difference + (differenceError + (piLo - z.lo))
        return yNegative ? -angle : angle
    }
}
