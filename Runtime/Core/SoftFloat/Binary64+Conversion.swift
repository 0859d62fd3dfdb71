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
}
