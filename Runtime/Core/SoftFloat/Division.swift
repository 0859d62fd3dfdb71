extension BinaryFormat {
    /// `a ÷ b`, correctly rounded (`__divdf3`, `__divsf3`).
    ///
    /// The quotient is found one bit per step by restoring long division: `precision + 1`
    /// steps (54 for binary64) of 64-bit compare and subtract. No 64-bit division
    /// instruction or `__udivdi3` is needed, which keeps the runtime free of a dependency
    /// the Xtensa cores lack in hardware.
    public static func divide(_ a: Bits, _ b: Bits) -> Bits { quotient(a, b) }

    /// The general division behind `divide`, for every class of operand; also the
    /// fallback of Binary64's word-wise fast path.
    static func quotient(_ a: Bits, _ b: Bits) -> Bits {
        let x = Decoded(a, as: Self.self)
        let y = Decoded(b, as: Self.self)
        if x.isNaN || y.isNaN { return propagatedNaN(a, b) }
        let negative = x.sign != y.sign
        if x.kind == .infinity {
            return y.kind == .infinity ? defaultNaN : infinity(negative: negative)
        }
        if y.kind == .infinity { return zero(negative: negative) }
        if y.kind == .zero {
            return x.kind == .zero ? defaultNaN : infinity(negative: negative)
        }
        if x.kind == .zero { return zero(negative: negative) }

        // Leading ones at bit 62 leave room to double the remainder; starting with a
        // dividend ≥ the divisor makes the first quotient bit a one.
        var remainder = x.significand >> 1
        let divisor = y.significand >> 1
        var exponent = x.exponent - y.exponent
        if remainder < divisor {
            remainder <<= 1
            exponent -= 1
        }
        let steps = precision + 1
        var quotient: UInt64 = 0
        for _ in 0..<steps {
            quotient <<= 1
            if remainder >= divisor {
                remainder -= divisor
                quotient |= 1
            }
            remainder <<= 1
        }
        // quotient = ⌊dividend/divisor × 2^(steps−1)⌋; a non-zero remainder is the sticky bit.
        let significand = (quotient << 1) | (remainder != 0 ? 1 : 0)
        return roundAndPack(negative: negative, exponent: exponent - steps, significand: significand)
    }
}
