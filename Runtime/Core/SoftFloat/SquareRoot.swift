extension BinaryFormat {
    /// √a, correctly rounded (`sqrt`, `sqrtf`). √−0 is −0; the root of any other negative
    /// number is the default NaN. The default implementation of the requirement is
    /// `rootBitByBit`; Binary64 has a faster one (Binary64+SquareRoot.swift).
    public static func squareRoot(_ a: Bits) -> Bits { rootBitByBit(a) }

    /// √a, correctly rounded, for any format and operand.
    ///
    /// The root is computed digit by digit, one bit per step (`precision + 1` steps): the
    /// remainder stays below 2^(precision + 3), so 64-bit arithmetic suffices for binary64
    /// without a 128-bit radicand.
    static func rootBitByBit(_ a: Bits) -> Bits {
        let x = Decoded(a, as: Self.self)
        if x.kind == .nan { return quieted(a) }
        if x.kind == .zero { return a }
        if x.sign { return defaultNaN }
        if x.kind == .infinity { return a }
        // Make the exponent even so it halves exactly. The significand has at least 11 zero
        // bits at the bottom, so shifting it right by one loses nothing.
        var radicand = x.significand
        var exponent = x.exponent
        if exponent & 1 != 0 {
            radicand >>= 1
            exponent += 1
        }
        // Each step brings down the radicand's next two bits (zeros once all 64 are used)
        // and decides one root bit.
        let steps = precision + 1
        var root: UInt64 = 0
        var remainder: UInt64 = 0
        for _ in 0..<steps {
            remainder = (remainder << 2) | (radicand >> 62)
            radicand <<= 2
            let trial = (root << 2) | 1
            root <<= 1
            if remainder >= trial {
                remainder -= trial
                root |= 1
            }
        }
        // root = ⌊√(radicand × 2^(2·steps − 64))⌋, so √a = root × 2^(exponent/2 + 32 − steps)
        // up to the remainder, which becomes the sticky bit. (The radicand's bits beyond
        // the 2·steps consumed are zero, as said above.)
        let significand = (root << 1) | (remainder != 0 ? 1 : 0)
        return roundAndPack(negative: false, exponent: exponent / 2 + 31 - steps, significand: significand)
    }
}
