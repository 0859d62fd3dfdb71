// 64-bit multiply and divide from 32-bit operations, for cores whose compiler lowers i64
// `*`, `/` and `%` to calls (libgcc's __muldi3, __udivdi3, ...). Nothing here may use a
// 64-bit multiply or divide itself: that would call the helper being defined. The host
// tests compare every function with the host's UInt64/Int64 arithmetic.

/// The 64-bit multiply and divide operations behind the libgcc helpers.
public enum DoubleWord {
    /// `a × b` mod 2⁶⁴: the full product of the low words, plus the two cross products mod
    /// 2³² (one MULL each) in the high word; the high words' product lies above bit 63.
    /// Soft-float multiplies call this four times per double product (WideUInt), so it
    /// is straight-line code: the limb loop it replaces shifted 64-bit values by variable
    /// amounts, ~100 instructions a call on the dc233c against ~30.
    public static func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let a0 = UInt32(truncatingIfNeeded: a), a1 = UInt32(truncatingIfNeeded: a >> 32)
        let b0 = UInt32(truncatingIfNeeded: b), b1 = UInt32(truncatingIfNeeded: b >> 32)
        let low = multiplyFull(a0, b0)
        let high = UInt32(truncatingIfNeeded: low >> 32) &+ a0 &* b1 &+ a1 &* b0
        return UInt64(high) << 32 | (low & 0xFFFF_FFFF)
    }

    /// The exact 64-bit product of two words, from 16 × 16-bit partial products: each fits
    /// a 32-bit multiply (MULL), so no 32 × 32 → 64-bit product is asked of a core without
    /// MUL32_HIGH.
    @inline(__always)
    public static func multiplyFull(_ a: UInt32, _ b: UInt32) -> UInt64 {
        let a0 = a & 0xFFFF, a1 = a >> 16, b0 = b & 0xFFFF, b1 = b >> 16
        let p00 = a0 &* b0, p01 = a0 &* b1, p10 = a1 &* b0, p11 = a1 &* b1
        // Bits 16...31 gather three 16-bit pieces: below 3 × 2¹⁶, no overflow.
        let middle = (p00 >> 16) &+ (p01 & 0xFFFF) &+ (p10 & 0xFFFF)
        let low = middle << 16 | p00 & 0xFFFF
        let high = p11 &+ (p01 >> 16) &+ (p10 >> 16) &+ (middle >> 16)
        return UInt64(high) << 32 | UInt64(low)
    }

    /// (quotient, remainder) of unsigned `n ÷ d`. Both fitting a word: one 32-bit divide.
    /// Otherwise shift-and-subtract from the divisor aligned under the dividend's top bit,
    /// one quotient bit per step. A zero divisor gives quotient 2⁶⁴ − 1 and remainder `n`
    /// (the loop's result; C leaves it undefined).
    public static func divide(_ n: UInt64, _ d: UInt64) -> (quotient: UInt64, remainder: UInt64) {
        if d == 0 { return (UInt64.max, n) }
        if n < d { return (0, n) }
        if n >> 32 == 0 {
            let (q, r) = (UInt32(truncatingIfNeeded: n), UInt32(truncatingIfNeeded: d))
            return (UInt64(q / r), UInt64(q % r))
        }
        let shift = d.leadingZeroBitCount - n.leadingZeroBitCount
        var divisor = d &<< UInt64(shift)
        var remainder = n
        var quotient: UInt64 = 0
        for _ in 0...shift {
            quotient = quotient &<< 1
            if remainder >= divisor {
                remainder = remainder &- divisor
                quotient |= 1
            }
            divisor = divisor &>> 1
        }
        return (quotient, remainder)
    }

    /// Signed `n ÷ d` truncating toward zero, remainder with the dividend's sign (C's rules),
    /// from the unsigned division of the magnitudes. Int64.min ÷ −1 wraps to Int64.min.
    public static func divide(_ n: Int64, _ d: Int64) -> (quotient: Int64, remainder: Int64) {
        let (q, r) = divide(n.magnitude, d.magnitude)
        let quotient = (n < 0) != (d < 0) ? Int64(bitPattern: 0 &- q) : Int64(bitPattern: q)
        let remainder = n < 0 ? Int64(bitPattern: 0 &- r) : Int64(bitPattern: r)
        return (quotient, remainder)
    }
}
