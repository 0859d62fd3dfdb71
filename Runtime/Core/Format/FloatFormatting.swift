/// Doubles as text the way glibc's printf writes them: `%f`, `%e`, `%g`, `%a` (and the
/// upper-case forms), correctly rounded from the exact binary value, half to even.
public enum FloatFormatting {
    /// printf's floating-point conversions.
    public struct Style: Sendable {
        let letter: UInt8
        /// `%f`: fixed point, `precision` fraction digits (default 6).
        public static let fixed = Style(letter: UInt8(ascii: "f"))
        /// `%e`: one digit, point, `precision` digits, `e±dd` (default 6).
        public static let exponential = Style(letter: UInt8(ascii: "e"))
        /// `%g`: `precision` significant digits (default 6, 0 means 1) in `%e` style when the
        /// exponent is below −4 or at least the precision, else `%f`; trailing zeros and a
        /// trailing point removed unless `#`.
        public static let general = Style(letter: UInt8(ascii: "g"))
        /// `%a`: `0x1.hhhp±d`, exact with trailing zeros dropped by default, else rounded to
        /// `precision` hexadecimal digits; subnormals as `0x0.hhhp-1022`, zero as `0x0p+0`.
        public static let hexadecimal = Style(letter: UInt8(ascii: "a"))
    }

    /// Appends the double with bit pattern `bits` to `output` as `style` and `spec` say.
    /// Infinities and NaNs are `inf`/`nan` (`INF`/`NAN` when upper case) with their sign,
    /// `-nan` included as glibc prints it, padded with spaces even under the `0` flag.
    public static func append(bits: UInt64, style: Style, spec: FormatSpec, to output: inout [UInt8]) {
        let parts = DoubleParts(bits: bits)
        var prefix: [UInt8] = []
        if let sign = spec.signCharacter(negative: parts.negative) { prefix.append(sign) }
        if parts.isInfinity || parts.isNaN {
            let word: [UInt8] = parts.isNaN ? [UInt8(ascii: "n"), UInt8(ascii: "a"), UInt8(ascii: "n")]
                                            : [UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "f")]
            let body = spec.uppercase ? word.map { $0 - 32 } : word
            spec.appendPadded(prefix: prefix, body: body, zeroPadAllowed: false, to: &output)
            return
        }
        if style.letter == UInt8(ascii: "a") {
            prefix.append(UInt8(ascii: "0"))
            prefix.append(spec.uppercase ? UInt8(ascii: "X") : UInt8(ascii: "x"))
            var body: [UInt8] = []
            appendHexadecimal(parts, spec: spec, to: &body)
            spec.appendPadded(prefix: prefix, body: body, zeroPadAllowed: true, to: &output)
            return
        }
        let precision = spec.precision < 0 ? 6 : spec.precision
        var body: [UInt8] = []
        switch style.letter {
        case UInt8(ascii: "f"):
            let decimal = ExactDecimal(significand: parts.significand, binaryExponent: parts.exponent,
                                       precision: .fractional(precision))
            appendFixed(decimal, fractionDigits: precision, point: spec.alternate, to: &body)
        case UInt8(ascii: "e"):
            let decimal = ExactDecimal(significand: parts.significand, binaryExponent: parts.exponent,
                                       precision: .significant(precision + 1))
            appendExponential(decimal, fractionDigits: precision, point: spec.alternate,
                              uppercase: spec.uppercase, to: &body)
        default:
            let significant = max(precision, 1)
            let decimal = ExactDecimal(significand: parts.significand, binaryExponent: parts.exponent,
                                       precision: .significant(significant))
            // The choice uses the exponent after rounding (C11 7.21.6.1: "X").
            let x = decimal.digits.isEmpty ? 0 : decimal.exponent
            let start = body.count
            if x < -4 || x >= significant {
                // glibc quirk, visible only with `#`: when rounding carries the exponent up
                // to the precision (999.5 at three digits), glibc has already chosen `%f`
                // with no fraction digits and switches to `%e` keeping that count: it
                // prints "1.e+03" where C11 says "1.00e+03". Kiln prints what glibc prints.
                let glibcCarry = spec.alternate && decimal.carried && x == significant
                appendExponential(decimal, fractionDigits: glibcCarry ? 0 : significant - 1, point: spec.alternate,
                                  uppercase: spec.uppercase, to: &body)
            } else {
                appendFixed(decimal, fractionDigits: significant - 1 - x, point: spec.alternate, to: &body)
            }
            if !spec.alternate { removeTrailingZeros(&body, from: start) }
        }
        spec.appendPadded(prefix: prefix, body: body, zeroPadAllowed: true, to: &output)
    }

    /// `ddd.ddd`: every place from the integer part's first digit (or a single 0) down to
    /// 10^−fractionDigits. The point shows when there are fraction digits or `point`.
    static func appendFixed(_ decimal: ExactDecimal, fractionDigits: Int, point: Bool, to body: inout [UInt8]) {
        var place = decimal.digits.isEmpty ? 0 : max(decimal.exponent, 0)
        while place >= 0 {
            body.append(UInt8(ascii: "0") + decimal.digit(atPlace: place))
            place -= 1
        }
        if fractionDigits > 0 || point { body.append(UInt8(ascii: ".")) }
        while place >= -fractionDigits {
            body.append(UInt8(ascii: "0") + decimal.digit(atPlace: place))
            place -= 1
        }
    }

    /// `d.ddde±xx`: the exponent has at least two digits.
    static func appendExponential(_ decimal: ExactDecimal, fractionDigits: Int, point: Bool, uppercase: Bool,
                                  to body: inout [UInt8]) {
        let exponent = decimal.digits.isEmpty ? 0 : decimal.exponent
        body.append(UInt8(ascii: "0") + (decimal.digits.first ?? 0))
        if fractionDigits > 0 || point { body.append(UInt8(ascii: ".")) }
        var i = 1
        while i <= fractionDigits {
            body.append(UInt8(ascii: "0") + (i < decimal.digits.count ? decimal.digits[i] : 0))
            i += 1
        }
        body.append(uppercase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        body.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        var spec = FormatSpec()
        spec.precision = 2
        IntegerFormatting.append(UInt64(exponent.magnitude), signed: false, base: 10, spec: spec, to: &body)
    }

    /// `h.hhhp±d` after the `0x`, as glibc writes it: the leading digit is the implicit bit
    /// (0 for zero and subnormals, whose exponent is then −1022), and rounding to fewer
    /// digits (half to even) may carry it to 2 (or a subnormal's 0 to 1).
    static func appendHexadecimal(_ parts: DoubleParts, spec: FormatSpec, to body: inout [UInt8]) {
        var lead: UInt64 = parts.significand >> 52
        var fraction = parts.significand & (1 << 52 - 1)
        let exponent = parts.isZero ? 0 : (lead == 0 ? -1022 : parts.exponent + 52)
        var count = 13
        if spec.precision < 0 {
            while count > 0 && fraction & 0xF == 0 {
                fraction >>= 4
                count -= 1
            }
        } else if spec.precision < 13 {
            let dropped = UInt64(52 - 4 * spec.precision)
            let rest = fraction & (1 << dropped - 1), half: UInt64 = 1 << (dropped - 1)
            fraction >>= dropped
            // At precision 0 the last digit kept, which decides a tie, is the leading one.
            let lastOdd = (spec.precision == 0 ? lead : fraction) & 1 == 1
            if rest > half || (rest == half && lastOdd) { fraction += 1 }
            count = spec.precision
            if fraction >> UInt64(4 * count) != 0 {
                fraction = 0
                lead += 1
            }
        }
        body.append(UInt8(ascii: "0") + UInt8(lead))
        if count > 0 || spec.alternate || spec.precision > 13 { body.append(UInt8(ascii: ".")) }
        var i = count - 1
        while i >= 0 {
            let nibble = Int((fraction >> UInt64(4 * i)) & 0xF)
            body.append(IntegerFormatting.digitCharacter(nibble, uppercase: spec.uppercase))
            i -= 1
        }
        if spec.precision > 13 { body.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: spec.precision - 13)) }
        body.append(spec.uppercase ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        body.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        IntegerFormatting.append(UInt64(exponent.magnitude), signed: false, base: 10, spec: FormatSpec(), to: &body)
    }

    /// `%g` without `#`: zeros at the end of the fraction go, then a point left bare. The
    /// exponent part, if any, stays.
    static func removeTrailingZeros(_ body: inout [UInt8], from start: Int) {
        guard let point = body[start...].firstIndex(of: UInt8(ascii: ".")) else { return }
        let e = body[point...].firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) ?? body.count
        var end = e
        while end > point + 1 && body[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if end == point + 1 { end = point }
        body.removeSubrange(end..<e)
    }
}
