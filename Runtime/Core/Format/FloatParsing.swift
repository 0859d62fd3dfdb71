/// Text to double with C's `strtod` rules: leading white space, a sign, then a decimal
/// number (`12.5e-3`), a hexadecimal one (`0x1.8p3`), `inf`/`infinity` or `nan`/`nan(…)`,
/// all letters in either case. Decimal and hexadecimal values are rounded exactly, to
/// nearest with ties to even.
public enum FloatParsing {
    /// The result of a parse.
    public struct Result {
        /// The double's bit pattern (+0 when nothing was parsed).
        public var bits: UInt64
        /// How many bytes the number took, white space included; 0 when the text does not
        /// start with a number (strtod's `endptr == nptr`).
        public var consumed: Int
    }

    /// Parses the longest prefix of `text` that is a number.
    ///
    /// `nan(…)` is accepted but its characters do not set a payload: every NaN parsed is
    /// the default quiet NaN with the sign written. Out-of-range values become ±∞ or ±0
    /// (there is no `errno` to set).
    public static func parse(_ text: [UInt8]) -> Result {
        var scanner = Scanner(text: text)
        while let c = scanner.peek(), c == 0x20 || (c >= 0x09 && c <= 0x0D) { scanner.index += 1 }
        var negative = false
        if let c = scanner.peek(), c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            negative = c == UInt8(ascii: "-")
            scanner.index += 1
        }
        let sign: UInt64 = negative ? 1 << 63 : 0
        if scanner.skipWord("infinity") || scanner.skipWord("inf") {
            return Result(bits: sign | 0x7FF0_0000_0000_0000, consumed: scanner.index)
        }
        if scanner.skipWord("nan") {
            let payload = scanner.nanPayload() & (1 << 52 - 1)
            return Result(bits: sign | 0x7FF8_0000_0000_0000 | payload, consumed: scanner.index)
        }
        let start = scanner.index
        if let hex = HexadecimalFloat.parse(&scanner, negative: negative) {
            return Result(bits: hex, consumed: scanner.index)
        }
        scanner.index = start
        if let decimal = DecimalFloat.parse(&scanner, negative: negative) {
            return Result(bits: decimal, consumed: scanner.index)
        }
        return Result(bits: 0, consumed: 0)
    }
}

/// A read position in the text being parsed.
struct Scanner {
    let text: [UInt8]
    var index = 0

    /// The byte at the position, if any.
    func peek(_ ahead: Int = 0) -> UInt8? {
        index + ahead < text.count ? text[index + ahead] : nil
    }

    /// Skips `word` (lower case ASCII) if the text continues with it in any case.
    mutating func skipWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        for i in 0..<count {
            guard let c = peek(i), c | 0x20 == word.utf8Start[i] else { return false }
        }
        index += count
        return true
    }

    /// After `nan`: `(` letters, digits and `_` `)`, taken only when the `)` is there. As
    /// in glibc, a sequence that is wholly an unsigned C integer constant (decimal, `0x`
    /// hexadecimal or `0` octal; saturating at 2^64 − 1) is the payload; anything else
    /// gives 0.
    mutating func nanPayload() -> UInt64 {
        guard peek() == UInt8(ascii: "(") else { return 0 }
        var end = index + 1
        while end < text.count, isAlphanumeric(text[end]) || text[end] == UInt8(ascii: "_") { end += 1 }
        guard end < text.count, text[end] == UInt8(ascii: ")") else { return 0 }
        var position = index + 1
        index = end + 1
        var base: UInt64 = 10
        if end - position >= 2, text[position] == UInt8(ascii: "0"), text[position + 1] | 0x20 == UInt8(ascii: "x") {
            base = 16
            position += 2
        } else if position < end, text[position] == UInt8(ascii: "0") {
            base = 8
        }
        guard position < end else { return 0 }
        var value: UInt64 = 0
        var saturated = false
        while position < end {
            let c = text[position]
            let lower = c | 0x20
            let digit: UInt64
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                digit = UInt64(c - UInt8(ascii: "0"))
            } else if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                digit = UInt64(lower - UInt8(ascii: "a")) + 10
            } else {
                return 0
            }
            if digit >= base { return 0 }
            let (product, overflow) = value.multipliedReportingOverflow(by: base)
            let (sum, carry) = product.addingReportingOverflow(digit)
            if overflow || carry { saturated = true }
            value = sum
            position += 1
        }
        return saturated ? UInt64.max : value
    }

    /// The decimal digit value at the position, if it is one.
    func decimalDigit(_ ahead: Int = 0) -> UInt8? {
        guard let c = peek(ahead), c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
        return c - UInt8(ascii: "0")
    }

    /// The hexadecimal digit value at the position, if it is one.
    func hexDigit(_ ahead: Int = 0) -> UInt8? {
        guard let c = peek(ahead) else { return nil }
        if let d = decimalDigit(ahead) { return d }
        let lower = c | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") ? lower - UInt8(ascii: "a") + 10 : nil
    }

    /// An optional exponent: `marker` (lower case), an optional sign and at least one
    /// decimal digit; without a digit nothing is taken (strtod's rule). Saturates far
    /// outside any double's range.
    mutating func exponent(marker: UInt8) -> Int {
        guard let c = peek(), c | 0x20 == marker else { return 0 }
        var ahead = 1
        var negative = false
        if let s = peek(1), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
            negative = s == UInt8(ascii: "-")
            ahead = 2
        }
        guard decimalDigit(ahead) != nil else { return 0 }
        index += ahead
        var value = 0
        while let d = decimalDigit() {
            if value < 100_000_000 { value = value * 10 + Int(d) }
            index += 1
        }
        return negative ? -value : value
    }

    private func isAlphanumeric(_ c: UInt8) -> Bool {
        let lower = c | 0x20
        return (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
    }
}
