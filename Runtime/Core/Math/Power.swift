// pow follows fdlibm's method: log2|x| in extra precision as t1 + t2 (t1 with 21
// significant bits), times y split the same way, then 2^z for z = y·log2|x| by the exp
// reduction. The special cases are C99 Annex F's, checked before any arithmetic.

extension KilnMath {
    /// Whether finite y is an integer, and if so whether odd: C99's "odd integer" matters
    /// for negative and zero bases. (Two Bools, not an enum: see `IntegralRounding`.)
    static func integerKind(_ y: Double) -> (integer: Bool, odd: Bool) {
        let magnitude = fabs(y)
        if magnitude >= 9007199254740992.0 { return (true, false) }  // all even from 2^53 on
        if trunc(y) != y { return (false, false) }
        return (true, Int64(magnitude) & 1 == 1)
    }

    /// C `pow`: x^y, with every special case of C99 Annex F: pow(x, ±0) = 1 and pow(1, y) = 1
    /// even for NaN; pow(−1, ±∞) = 1; zeros and infinities by the sign of y and whether y is
    /// an odd integer; NaN for a finite negative base with a non-integer exponent. A
    /// signaling NaN still gives NaN (IEEE 754-2019 9.2.1, and glibc).
    @inline(never)  // one copy, shared by the double and float entry points
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if isSignalingNaN(x) || isSignalingNaN(y) { return x + y }
        if y.bitPattern & ~signMask == 0 { return 1 }
        if x == 1 { return 1 }
        if isNaN(x) || isNaN(y) { return x + y }
        let negativeBase = x.bitPattern & signMask != 0
        let negativeExponent = y.bitPattern & signMask != 0
        let ax = fabs(x)
        let ay = fabs(y)

        if ay == .infinity {
            if ax == 1 { return 1 }
            return (ax > 1) != negativeExponent ? .infinity : 0
        }
        if y == 1 { return x }
        if y == -1 { return 1 / x }
        if y == 2 { return x * x }
        if y == 0.5 && !negativeBase { return x.squareRoot() }

        let kind = negativeBase ? integerKind(y) : (integer: false, odd: false)
        if ax == 0 || ax == .infinity || ax == 1 {
            // ±0, ±∞, −1: exact results.
            var z = negativeExponent ? 1 / ax : ax
            if negativeBase {
                if ax == 1 && !kind.integer { return (x - x) / (x - x) }
                if kind.odd { z = -z }
            }
            return z
        }
        if negativeBase && !kind.integer { return (x - x) / (x - x) }
        let sign: Double = negativeBase && kind.odd ? -1 : 1

        if ay > 2147483648.0 && (ay > 18446744073709551616.0 || ax < 0x1.fffffp-1 || ax > 0x1.00001p0) {
            // |y| > 2^31 and |x| not within 2^-20 of 1 (or |y| > 2^64): |y·log2|x|| > 2^11,
            // so the result over- or underflows. Nearer 1 the general path is accurate enough;
            // the short series for log2(1 + t) tried there first was 230 ulps off for
            // pow(1.0000002417781249, −2717680528.594619).
            if ax < 1 { return negativeExponent ? sign * .infinity : sign * 0 }
            return negativeExponent ? sign * 0 : sign * .infinity
        }
        // log2|x| as t1 + t2.
        let (t1, t2) = log2Extended(ax)

        // z = y·log2|x| as pHi + pLo, with y split like t1 so y1·t1 is exact.
        let y1 = clearingLowWord(y)
        let pLo = (y - y1) * t1 + y * t2
        var pHi = y1 * t1
        let z = pLo + pHi
        if z >= 1024 {
            // ovt: the largest error of pLo + pHi that can still round below 1024.
            if z > 1024 || pLo + 8.0085662595372944372e-17 > z - pHi { return sign * .infinity }
        } else if z <= -1075 {
            if z < -1075 || pLo <= z - pHi { return sign * 0 }
        }

        // 2^z = 2^n · 2^(z − n) with n the nearest integer; pHi − n is exact because pHi has
        // at most 42 significant bits.
        var n = 0
        if fabs(z) > 0.5 {
            n = Int(z + copysign(0.5, z))
            pHi -= Double(n)
        }
        let t = clearingLowWord(pLo + pHi)
        let ln2Head = 6.93147182464599609375e-01, ln2Tail = -1.90465429995776804525e-09
        let u = t * ln2Head
        let v = (pLo - (t - pHi)) * 6.93147180559945286227e-01 + t * ln2Tail
        let r = u + v  // (z − n)·ln2, with w its rounding error
        let w = v - (r - u)
        let c = expRemainder(r)
        let e = 1 - (((r * c) / (c - 2) - (w + r * w)) - r)
        return sign * scaleByPowerOfTwo(e, n)
    }

    /// log2(x) for finite positive x, to about 64 bits, as t1 + t2 with t1 holding 21
    /// significant bits. x = 2^n·m with m in [1, √3) reduced against 1 or 1.5, then
    /// log2(m) = log2(b) + (2/ln2)·atanh(s), s = (m − b)/(m + b), by fdlibm's L1…L6
    /// polynomial and its splitting of every product into exact heads and tails.
    static func log2Extended(_ x: Double) -> (Double, Double) {
        var ax = x
        var n = 0
        if biasedExponent(ax) == 0 {
            ax *= 9007199254740992.0
            n -= 53
        }
        var high = Int(magnitudeWord(ax))
        n += (high >> 20) - 0x3FF
        let fraction = high & 0x000F_FFFF
        high = fraction | 0x3FF0_0000
        let useOneAndHalf: Bool
        if fraction <= 0x3988E {
            useOneAndHalf = false  // m < √(3/2)
        } else if fraction < 0xBB67A {
            useOneAndHalf = true  // m < √3
        } else {
            useOneAndHalf = false
            n += 1
            high -= 0x0010_0000
        }
        ax = Double(bitPattern: UInt64(high) << 32 | (ax.bitPattern & 0xFFFF_FFFF))
        let b: Double = useOneAndHalf ? 1.5 : 1
        let log2bHi: Double = useOneAndHalf ? 5.84962487220764160156e-01 : 0
        let log2bLo: Double = useOneAndHalf ? 1.35003920212974897128e-08 : 0

        // s = (m − b)/(m + b) as sHi + sLo.
        let u = ax - b
        let v = 1 / (ax + b)
        let s = u * v
        let sHi = clearingLowWord(s)
        // m + b's head, built from the exponent and top fraction bits of m.
        let tHi = Double(bitPattern: UInt64(((high >> 1) | 0x2000_0000) + 0x0008_0000 + (useOneAndHalf ? 1 << 18 : 0)) << 32)
        let tLo = ax - (tHi - b)
        let sLo = v * ((u - sHi * tHi) - sHi * tLo)

        // log(m/b) = 2s + (2/3)s³ + …, as 2/(3 ln2)·s·(3 + s² + R) in pieces.
        var s2 = s * s
        var r = s2 * s2 * (5.99999999999994648725e-01 + s2 * (4.28571428578550184252e-01
            + s2 * (3.33333329818377432918e-01 + s2 * (2.72728123808534006489e-01
            + s2 * (2.30660745775561754067e-01 + s2 * 2.06975017800338417784e-01)))))
        r += sLo * (sHi + s)
        s2 = sHi * sHi
        let threeHi = clearingLowWord(3 + s2 + r)
        let threeLo = r - ((threeHi - 3) - s2)
        let productHi = sHi * threeHi
        let productLo = sLo * threeHi + threeLo * s
        let pHi = clearingLowWord(productHi + productLo)
        let pLo = productLo - (pHi - productHi)
        // 2/(3 ln2) = cp, split as cpHi + cpLo.
        let cp = 9.61796693925975554329e-01
        let cpHi = 9.61796700954437255859e-01, cpLo = -7.02846165095275826516e-09
        let zHi = cpHi * pHi
        let zLo = cpLo * pHi + pLo * cp + log2bLo
        let dn = Double(n)
        let t1 = clearingLowWord(((zHi + zLo) + log2bHi) + dn)
        let t2 = zLo - (((t1 - dn) - log2bHi) - zHi)
        return (t1, t2)
    }
}
