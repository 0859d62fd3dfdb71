extension BinaryFormat {
    /// `a × b`, correctly rounded (`__muldf3`, `__mulsf3`).
    public static func multiply(_ a: Bits, _ b: Bits) -> Bits { product(a, b) }

    /// The general multiplication behind `multiply`, for every class of operand; also the
    /// fallback of Binary64's word-wise fast path.
    static func product(_ a: Bits, _ b: Bits) -> Bits {
        let x = Decoded(a, as: Self.self)
        let y = Decoded(b, as: Self.self)
        if x.isNaN || y.isNaN { return propagatedNaN(a, b) }
        let negative = x.sign != y.sign
        if x.kind == .infinity || y.kind == .infinity {
            if x.kind == .zero || y.kind == .zero { return defaultNaN }
            return infinity(negative: negative)
        }
        if x.kind == .zero || y.kind == .zero { return zero(negative: negative) }

        // Both significands have their leading one at bit 63, so the product's is at bit
        // 126 or 127 of 128 and the jammed top half keeps every bit rounding needs.
        let product = WideUInt(product: x.significand, y.significand)
        return roundAndPack(negative: negative, exponent: x.exponent + y.exponent + 64,
                            significand: product.jammedHigh)
    }
}
