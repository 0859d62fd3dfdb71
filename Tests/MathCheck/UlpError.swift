/// How far apart two doubles are, in units in the last place.
public enum UlpError {
    /// The number of representable doubles between `a` and `b` (0 when identical, also for
    /// −0 and +0 distance 1), or `nil` when one is NaN and the other not. Two NaNs are 0.
    public static func distance(_ a: Double, _ b: Double) -> UInt64? {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : nil }
        let ka = orderedKey(a), kb = orderedKey(b)
        return ka >= kb ? UInt64(bitPattern: ka &- kb) : UInt64(bitPattern: kb &- ka)
    }

    /// The encoding mapped to integers in the order of the values (−0 just below +0).
    static func orderedKey(_ x: Double) -> Int64 {
        let bits = Int64(bitPattern: x.bitPattern)
        return bits >= 0 ? bits : Int64.min &- bits &- 1
    }

    /// `|computed − exact|` in ulps of the exact value's binade, with the exact value known to
    /// 64 bits (`Float80`): 0.5 means correctly rounded at worst; below 1 means one of the two
    /// doubles around the exact value. Infinite when one is non-finite and the other not.
    public static func error(_ computed: Double, exact: Float80) -> Double {
        if exact.isNaN || computed.isNaN { return exact.isNaN && computed.isNaN ? 0 : .infinity }
        if exact.isInfinite { return Float80(computed) == exact ? 0 : .infinity }
        if computed.isInfinite && Double(exact) == computed { return 0 }  // overflow, rightly
        // ∞ stands for 2^1024 here: an exact value more than half an ulp above the largest
        // double overflows when rounded, so ∞ is then the right answer.
        let value = computed.isInfinite ? Float80(sign: computed.sign, exponent: 1024, significand: 1) : Float80(computed)
        let magnitude = Swift.min(Swift.max(Double(abs(exact)), Double.leastNormalMagnitude), Double.greatestFiniteMagnitude)
        // Measured in the ulp of the exact value's binade (a value just below a power of two
        // may round up to it).
        let ulp = Float80(abs(exact) < Float80(magnitude) ? magnitude.nextDown.ulp : magnitude.ulp)
        return Double(abs(value - exact) / ulp)
    }
}
