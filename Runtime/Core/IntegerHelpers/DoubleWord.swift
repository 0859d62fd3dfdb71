// 64-bit multiply and divide from 32-bit operations, for cores whose compiler lowers i64
// `*`, `/` and `%` to calls (libgcc's __muldi3, __udivdi3, ...). Nothing here may use a
// 64-bit multiply or divide itself: that would call the helper being defined. The host
// tests compare every function with the host's UInt64/Int64 arithmetic.

/// The 64-bit multiply and divide operations behind the libgcc helpers.
public enum DoubleWord {
    /// `a × b` mod 2⁶⁴ from 16 × 16-bit partial products: each fits a 32-bit multiply (MULL),
    /// so no 32 × 32 → 64-bit product is asked of a core without MUL32_HIGH. Only products
    /// of limbs i, j with i + j < 4 reach the low 64 bits.
    public static func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var result: UInt64 = 0
        for i in 0..<4 {
            let x = UInt32(truncatingIfNeeded: a &>> UInt64(16 * i)) & 0xFFFF
            if x == 0 { continue }
            for j in 0..<(4 - i) {
                let y = UInt32(truncatingIfNeeded: b &>> UInt64(16 * j)) & 0xFFFF
                result = result &+ (UInt64(x &* y) &<< UInt64(16 * (i + j)))
            }
        }
        return result
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
