extension BinaryFormat {
    /// `x` converted from format `Source` to this one: exact when widening
    /// (`__extendsfdf2`), rounded to nearest even when narrowing (`__truncdfsf2`).
    ///
    /// A NaN keeps its sign and the top of its payload (shifted left when widening,
    /// truncated when narrowing) and is always returned quiet. compiler-rt's
    /// `__extendsfdf2` leaves a signaling NaN signaling; hardware and IEEE 754 quiet it,
    /// and so does this.
    public static func convert<Source: BinaryFormat>(_ x: Source.Bits, from source: Source.Type) -> Bits {
        let decoded = Decoded(x, as: source)
        if decoded.kind == .nan {
            let payload = Source.widen(x) & Source.fractionMask
            let moved = fractionBitCount >= Source.fractionBitCount
                ? payload << UInt64(fractionBitCount - Source.fractionBitCount)
                : payload >> UInt64(Source.fractionBitCount - fractionBitCount)
            return narrow((decoded.sign ? signMask : 0) | infinityBits | quietBit | moved)
        }
        if decoded.kind == .infinity { return infinity(negative: decoded.sign) }
        if decoded.kind == .zero { return zero(negative: decoded.sign) }
        return roundAndPack(negative: decoded.sign, exponent: decoded.exponent,
                            significand: decoded.significand)
    }
}
