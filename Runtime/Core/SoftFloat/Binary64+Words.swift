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
    /// packs it with `signAndBiased`: the biased exponent (1...2046) with the sign at bit 11,
    /// as a high word shifted right by 20 holds them, so one shift places both. A
    /// significand that rounds up to 2^53 carries into the exponent field, and from 2046
    /// into infinity, as it should.
    ///
    /// On words, joined only at the end: Kiln's back end spends several instructions on each
    /// 64-bit add and join, and the increment's carry is just "the low word wrapped to 0".
    @inline(__always)
    static func rounded(signAndBiased: UInt32, high: UInt32, low: UInt32, rest: UInt32) -> UInt64 {
        let packedHigh = ((signAndBiased &- 1) << 20) &+ high
        // Above half, or exactly half with an odd last bit (which `| low & 1` makes above).
        let up: UInt32 = rest | (low & 1) > 0x8000_0000 ? 1 : 0
        let roundedLow = low &+ up
        return joined(roundedLow == 0 ? packedHigh &+ up : packedHigh, roundedLow)
    }

    /// `signAndBiased` for `rounded` from a sign (bit 31) and a biased exponent.
    @inline(__always) static func signAndBiased(sign: UInt32, biased: UInt32) -> UInt32 {
        (sign >> 20) | biased
    }
}
