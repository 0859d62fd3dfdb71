/// Rounding an exact binary value to the nearest double, half to even: the last step of
/// both decimal and hexadecimal parsing.
enum BinaryRounding {
    /// The bits of the double nearest to ±(`significand` + ε) × 2^(`exponent` − 63), where
    /// `significand` has its top bit set and ε ∈ [0, 1) is non-zero exactly when `sticky`.
    /// Overflow gives ±∞ and underflow ±0, as strtod does (without setting `errno`).
    static func double(negative: Bool, significand: UInt64, exponent: Int, sticky: Bool) -> UInt64 {
        let sign: UInt64 = negative ? 1 << 63 : 0
        if exponent > 1023 { return sign | 0x7FF0_0000_0000_0000 }
        // Keep 53 bits, or fewer where the result is subnormal (below 2^−1022 the last bit
        // is always worth 2^−1074).
        let shift = 11 + max(0, -1022 - exponent)
        if shift > 64 { return sign }
        let kept = shift == 64 ? 0 : significand >> UInt64(shift)
        let roundBit = (significand >> UInt64(shift - 1)) & 1 != 0
        let below = shift == 1 ? 0 : significand & (UInt64.max >> UInt64(65 - shift))
        var result = kept
        if roundBit && (sticky || below != 0 || kept & 1 != 0) { result += 1 }
        if exponent < -1022 {
            // A subnormal that rounds up to 2^52 is the smallest normal number, whose
            // encoding is exactly 2^52: no special case.
            return sign | result
        }
        var biased = UInt64(exponent + 1023)
        if result == 1 << 53 {
            result >>= 1
            biased += 1
        }
        if biased >= 0x7FF { return sign | 0x7FF0_0000_0000_0000 }
        return sign | biased << 52 | (result & (1 << 52 - 1))
    }
}
