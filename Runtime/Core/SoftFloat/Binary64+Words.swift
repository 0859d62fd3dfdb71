// Binary64 on its two 32-bit words. The cores Kiln targets have 32-bit registers, so every
// UInt64 shift, compare or add of the generic code costs several instructions and
// branches; the binary64 fast paths (Binary64+Addition/Multiplication/Comparison.swift)
// work on the high word (sign, exponent, top 20 fraction bits) and the low word directly,
// and hand anything but the common case to the generic code.

extension Binary64 {
    /// Sign, biased exponent and the top 20 fraction bits.
    @inline(__always) static func highWord(_ x: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: x >> 32) }
    /// The low 32 fraction bits.
    @inline(__always) static func lowWord(_ x: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: x) }
    @inline(__always) static func joined(_ high: UInt32, _ low: UInt32) -> UInt64 {
        (UInt64(high) << 32) | UInt64(low)
    }

    /// The biased exponent field of a high word.
    @inline(__always) static func biasedExponent(_ high: UInt32) -> UInt32 { (high >> 20) & 0x7FF }

    /// Whether a biased exponent is that of a normal number (1...2046): one unsigned compare.
    @inline(__always) static func isNormal(_ biased: UInt32) -> Bool { biased &- 1 < 0x7FE }

    /// Whether both biased exponents are those of normal numbers: one compare of their
    /// unsigned maximum (MAXU), where two compares would be combined into a materialised
    /// boolean first.
    @inline(__always) static func areNormal(_ x: UInt32, _ y: UInt32) -> Bool {
        max(x &- 1, y &- 1) < 0x7FE
    }

    /// The significand's top 21 bits (the implicit one at bit 20) from a normal's high word.
    @inline(__always) static func significandHigh(_ high: UInt32) -> UInt32 { (high & 0xF_FFFF) | 0x10_0000 }

    /// Rounds `high:low` (53 bits, leading one at bit 20 of `high`) to nearest even by
    /// `rest`, the bits below it (its top bit the guard bit, any other bit sticky), and
    /// packs it with `sign` (bit 31) and the biased exponent `biased` (1...2046). A
    /// significand that rounds up to 2^53 carries into the exponent field, and from 2046
    /// into infinity, as it should.
    @inline(__always)
    static func rounded(sign: UInt32, biased: UInt32, high: UInt32, low: UInt32, rest: UInt32) -> UInt64 {
        let packed = joined((sign | ((biased &- 1) << 20)) &+ high, low)
        // Above half, or exactly half with an odd last bit.
        return rest > 0x8000_0000 &- (low & 1) ? packed &+ 1 : packed
    }
}
