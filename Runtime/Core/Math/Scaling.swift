extension KilnMath {
    /// `|x|` as an integer significand and a power of two, `|x| = significand × 2^exponent`,
    /// with `significand < 2^53` (subnormals have a smaller one and exponent −1074).
    /// For finite `x` only.
    static func decompose(_ x: Double) -> (significand: UInt64, exponent: Int) {
        let field = biasedExponent(x)
        let fraction = x.bitPattern & fractionMask
        if field == 0 { return (fraction, -1074) }
        return (fraction | (1 << 52), field - 1075)
    }

    /// The finite positive double `significand × 2^exponent` (`significand < 2^53`), for
    /// values known to be representable exactly, as fmod's remainders are: normalizes, and
    /// stops at the subnormal range, where the encoding's exponent field is 0.
    static func compose(significand: UInt64, exponent: Int) -> Double {
        if significand == 0 { return 0 }
        var significand = significand
        var exponent = exponent
        // Below the subnormal exponent the low bits are zeros (the value is exact), so
        // shifting right loses nothing.
        while exponent < -1074 {
            significand >>= 1
            exponent += 1
        }
        while significand < (1 << 52) && exponent > -1074 {
            significand <<= 1
            exponent -= 1
        }
        if significand < (1 << 52) { return Double(bitPattern: significand) }
        return Double(bitPattern: UInt64(exponent + 1075) << 52 | (significand & fractionMask))
    }

    /// `decompose` with the leading one moved to bit 52 also for subnormals.
    static func decomposeNormalized(_ x: Double) -> (significand: UInt64, exponent: Int) {
        var (significand, exponent) = decompose(x)
        while significand < (1 << 52) {
            significand <<= 1
            exponent -= 1
        }
        return (significand, exponent)
    }

    /// C `frexp`: `x = fraction × 2^exponent` with `0.5 ≤ |fraction| < 1`; zeros, ∞ and NaN
    /// come back unchanged with exponent 0.
    public static func frexp(_ x: Double) -> (fraction: Double, exponent: Int) {
        var field = biasedExponent(x)
        if field == 0x7FF || x.bitPattern & ~signMask == 0 { return (x, 0) }
        var bits = x.bitPattern
        if field == 0 {
            // Subnormal: scaling by 2^64 is exact and makes it normal.
            bits = (x * 18446744073709551616.0).bitPattern
            field = Int((bits >> 52) & 0x7FF) - 64
        }
        let fraction = Double(bitPattern: (bits & ~exponentMask) | (1022 << 52))
        return (fraction, field - 1022)
    }

    /// C `scalbn` (and `ldexp`): `x × 2^n`, rounded once when the result is subnormal;
    /// overflow gives ±∞.
    public static func scalbn(_ x: Double, _ n: Int) -> Double {
        var y = x
        var n = n
        // At most two steps of 2^±1023-ish bring any n within the normal range of
        // powerOfTwo; further ones could not change the (infinite or zero) result.
        if n > 1023 {
            y *= powerOfTwo(1023)
            n -= 1023
            if n > 1023 {
                y *= powerOfTwo(1023)
                n -= 1023
                if n > 1023 { n = 1023 }
            }
        } else if n < -1022 {
            // Scaling by 2^-1022 × 2^53 rather than 2^-1022 keeps the intermediate normal, so
            // the final multiplication is the only rounding (a subnormal rounded twice could
            // be off by one ulp).
            y *= powerOfTwo(-1022) * powerOfTwo(53)
            n += 1022 - 53
            if n < -1022 {
                y *= powerOfTwo(-1022) * powerOfTwo(53)
                n += 1022 - 53
                if n < -1022 { n = -1022 }
            }
        }
        return y * powerOfTwo(n)
    }

    /// C `ldexp`: the same as `scalbn` (FLT_RADIX is 2).
    public static func ldexp(_ x: Double, _ n: Int) -> Double { scalbn(x, n) }
}
