extension Binary64 {
    /// The integer ±`magnitude` as a binary64, which holds every 32-bit integer exactly:
    /// no rounding, just the leading one moved to the implicit bit (`__floatsidf`,
    /// `__floatunsidf`; `convert(fromInteger:)` takes this way for 32-bit integers).
    @inline(__always)
    static func exactDouble(magnitude: UInt32, negative: Bool) -> UInt64 {
        if magnitude == 0 { return 0 }
        let shift = UInt32(truncatingIfNeeded: magnitude.leadingZeroBitCount)
        let normalized = magnitude << shift   // leading one at bit 31
        // The leading one, at bit 20 of the high word, adds one to the exponent field:
        // store the biased exponent (1023 + 31 − shift) minus one.
        let high = ((1053 &- shift) << 20) &+ (normalized >> 11)
        return joined(high | (negative ? 0x8000_0000 : 0), normalized << 21)
    }

    /// `x` truncated toward zero to an `Int32` when |x| < 2^31 (biased exponent below
    /// 1054): zeros, subnormals and fractions give 0, the rest is the significand's top 32
    /// bits shifted down. nil for everything else (saturation, ∞, NaN, and −2^31 itself),
    /// which the generic conversion handles.
    @inline(__always)
    static func truncatedInt32(_ x: UInt64) -> Int32? {
        let high = highWord(x), biased = biasedExponent(high)
        if biased < 1023 { return 0 }
        if biased >= 1054 { return nil }
        // The leading one at bit 31; 1 ≤ |x| < 2^31 needs a shift of 1054 − biased (1...31).
        let top = (significandHigh(high) << 11) | (lowWord(x) >> 21)
        let magnitude = Int32(bitPattern: top >> (1054 &- biased))
        return Int32(bitPattern: high) < 0 ? 0 &- magnitude : magnitude
    }
}
