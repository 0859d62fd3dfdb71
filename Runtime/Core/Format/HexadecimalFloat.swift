/// `0x` hexadecimal floating-point text (C99: `0x1.8p3`, `0X.Fp-2`, the `p` exponent
/// optional), which converts exactly: each digit is four bits.
enum HexadecimalFloat {
    /// Parses from the scanner's position (after the sign), or returns nil, leaving the
    /// position anywhere, when there is no `0x` followed by a hexadecimal digit (then
    /// strtod reads just the `0` as a decimal number).
    static func parse(_ scanner: inout Scanner, negative: Bool) -> UInt64? {
        guard scanner.peek() == UInt8(ascii: "0"), let x = scanner.peek(1), x | 0x20 == UInt8(ascii: "x") else { return nil }
        let afterPoint = scanner.peek(2) == UInt8(ascii: ".") ? 3 : 2
        guard scanner.hexDigit(afterPoint) != nil else { return nil }
        scanner.index += 2

        // The first 16 significant digits fill a UInt64; later ones only matter as
        // "something non-zero below" (sticky) and as a scale when before the point.
        var significand: UInt64 = 0
        var sticky = false
        var significantDigits = 0
        var exponent = 0  // power of two applied to `significand`
        var seenPoint = false
        while true {
            if let d = scanner.hexDigit() {
                if significantDigits < 16 {
                    significand = significand << 4 | UInt64(d)
                    if significand != 0 { significantDigits += 1 }
                    if seenPoint { exponent -= 4 }
                } else {
                    if d != 0 { sticky = true }
                    if !seenPoint { exponent += 4 }
                }
                scanner.index += 1
            } else if !seenPoint && scanner.peek() == UInt8(ascii: ".") {
                seenPoint = true
                scanner.index += 1
            } else {
                break
            }
        }
        let written = scanner.exponent(marker: UInt8(ascii: "p"))
        if significand == 0 { return negative ? 1 << 63 : 0 }
        let leading = significand.leadingZeroBitCount
        // value = (significand << leading) × 2^(exponent + written − leading); the rounding
        // helper wants the exponent of the top bit.
        return BinaryRounding.double(negative: negative, significand: significand << UInt64(leading),
                                     exponent: exponent + written + 63 - leading, sticky: sticky)
    }
}
