/// Decimal floating-point text (`-12.5e-3`) to the nearest double, exactly: the digits
/// become a big integer M and the value M × 10^E is divided out to 64 significant bits
/// plus a sticky bit with big-integer arithmetic, then rounded once.
enum DecimalFloat {
    /// Digits kept exactly. A double's exact decimal expansion has at most 767 significant
    /// digits, so any text is closer to a halfway point than digit 800 can move it; later
    /// digits only say whether the rest is non-zero.
    static let maximumDigits = 800

    /// Parses from the scanner's position (after the sign), or returns nil when there is
    /// no digit (before or after a point).
    static func parse(_ scanner: inout Scanner, negative: Bool) -> UInt64? {
        var digits: [UInt8] = []
        var sticky = false
        var exponent = 0  // power of ten applied to the digits kept
        var seenPoint = false
        var anyDigit = false
        while true {
            if let d = scanner.decimalDigit() {
                anyDigit = true
                if digits.isEmpty && d == 0 {
                    if seenPoint { exponent -= 1 }  // a leading zero after the point
                } else if digits.count < maximumDigits {
                    digits.append(d)
                    if seenPoint { exponent -= 1 }
                } else {
                    if d != 0 { sticky = true }
                    if !seenPoint { exponent += 1 }
                }
                scanner.index += 1
            } else if !seenPoint && scanner.peek() == UInt8(ascii: ".") {
                seenPoint = true
                scanner.index += 1
            } else {
                break
            }
        }
        guard anyDigit else { return nil }
        exponent += scanner.exponent(marker: UInt8(ascii: "e"))
        let sign: UInt64 = negative ? 1 << 63 : 0
        if digits.isEmpty { return sign }
        if sticky {
            // A 1 in the next place stands for the non-zero tail: it keeps the value off
            // every halfway point without moving it across one.
            digits.append(1)
            exponent -= 1
        }
        // value ∈ [10^(n−1+E), 10^(n+E)): beyond the largest double (~1.8e308) is ∞;
        // below half the smallest subnormal (~2.5e−324) is 0.
        if digits.count - 1 + exponent > 309 { return sign | 0x7FF0_0000_0000_0000 }
        if digits.count + exponent < -324 { return sign }
        return nearest(digits: digits, exponent: exponent, negative: negative)
    }

    /// The double nearest to digits × 10^exponent (digits non-empty, first non-zero).
    static func nearest(digits: [UInt8], exponent: Int, negative: Bool) -> UInt64 {
        var numerator = BigUInt(0)
        var i = 0
        while i < digits.count {
            // Nine digits at a time: 10^9 < 2^32.
            var chunk: UInt32 = 0, count = 0
            while i < digits.count && count < 9 {
                chunk = chunk * 10 + UInt32(digits[i])
                i += 1
                count += 1
            }
            numerator.multiply(by: BigUInt.smallPowersOfTen[count], adding: chunk)
        }
        var denominator = BigUInt(1)
        if exponent >= 0 { numerator.multiply(byPowerOfTen: exponent) } else { denominator.multiply(byPowerOfTen: -exponent) }

        // Scale by 2^shift so the quotient lies in [2^63, 2^64): the bit widths put it
        // within a factor of two, one comparison settles it.
        var shift = 64 - (numerator.bitWidth - denominator.bitWidth)
        if shift >= 0 { numerator.shiftLeft(by: shift) } else { denominator.shiftLeft(by: -shift) }
        var limit = denominator
        limit.shiftLeft(by: 64)
        if BigUInt.compare(numerator, limit) >= 0 {
            shift -= 1
            denominator.shiftLeft(by: 1)
        }

        // Restoring division, one quotient bit per step, as in soft-float division: simple
        // and exact, with no 64-bit divide.
        var subtrahend = denominator
        subtrahend.shiftLeft(by: 63)
        var quotient: UInt64 = 0
        for bit in stride(from: 63, through: 0, by: -1) {
            if BigUInt.compare(numerator, subtrahend) >= 0 {
                numerator.subtract(subtrahend)
                quotient |= 1 << UInt64(bit)
            }
            if bit != 0 { subtrahend.shiftRightOne() }
        }
        return BinaryRounding.double(negative: negative, significand: quotient, exponent: 63 - shift,
                                     sticky: !numerator.isZero)
    }
}
