/// `strtol`, `strtoul`, `strtoll`, `strtoull` and `atoi` in one parser, with C's rules: white
/// space, a sign, the base's prefix (`0x` for 16, `0` for 8 when the base is 0), digits of
/// the base; out-of-range values saturate and report it (the caller sets `errno = ERANGE`).
public enum IntegerParsing {
    /// The outcome of a parse.
    public struct Result: Equatable {
        /// The value as two's complement bits of the result type, zero-extended to 64 bits.
        public var bits: UInt64
        /// How many bytes were used; 0 when there was no number (C's `endptr == nptr`).
        public var consumed: Int
        /// The value did not fit and was saturated (`ERANGE`).
        public var overflowed: Bool
        /// The base was not 0 or 2...36 (`EINVAL`; nothing is parsed).
        public var badBase: Bool
    }

    /// Parses `text` as an integer of `bitWidth` bits (32 or 64), `signed` or not, in `base`.
    ///
    /// Unsigned results accept a minus sign and negate in the type, as C does (`strtoul("-1")`
    /// is ULONG_MAX); only a magnitude beyond the type saturates.
    public static func parse(_ text: UnsafePointer<UInt8>, base requested: Int, bitWidth: Int, signed: Bool) -> Result {
        guard requested == 0 || (requested >= 2 && requested <= 36) else {
            return Result(bits: 0, consumed: 0, overflowed: false, badBase: true)
        }
        var i = 0
        while CCharacter.isIn(Int32(text[i]), .space) { i += 1 }
        var negative = false
        if text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+") {
            negative = text[i] == UInt8(ascii: "-")
            i += 1
        }
        var base = requested
        let hexPrefix = text[i] == UInt8(ascii: "0") && text[i + 1] | 0x20 == UInt8(ascii: "x")
            && digitValue(text[i + 2]) < 16
        if (base == 0 || base == 16) && hexPrefix {
            base = 16
            i += 2
        } else if base == 0 {
            base = text[i] == UInt8(ascii: "0") ? 8 : 10
        }
        let typeMax: UInt64 = bitWidth == 64 ? .max : (1 << UInt64(bitWidth)) - 1
        let limit: UInt64 = signed ? (typeMax >> 1) + (negative ? 1 : 0) : typeMax
        var magnitude: UInt64 = 0
        var overflowed = false
        let start = i
        while digitValue(text[i]) < base {
            let (product, o1) = magnitude.multipliedReportingOverflow(by: UInt64(base))
            let (sum, o2) = product.addingReportingOverflow(UInt64(digitValue(text[i])))
            if o1 || o2 || sum > limit { overflowed = true } else { magnitude = sum }
            i += 1
        }
        if i == start { return Result(bits: 0, consumed: 0, overflowed: false, badBase: false) }
        var bits: UInt64
        if overflowed {
            bits = signed && negative ? (typeMax >> 1) + 1 : limit
        } else {
            bits = negative ? (0 &- magnitude) & typeMax : magnitude
        }
        if !signed && overflowed { bits = typeMax }
        return Result(bits: bits, consumed: i, overflowed: overflowed, badBase: false)
    }

    /// The value of a digit in bases up to 36, or 99 for anything else.
    static func digitValue(_ c: UInt8) -> Int {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return 99
        }
    }
}
