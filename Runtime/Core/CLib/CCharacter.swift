/// The character classes of `ctype.h` in the "C" locale, from one table of class bits per
/// ASCII code (values outside 0...127, EOF included, are in no class).
public enum CCharacter {
    /// One bit per class.
    public struct Classes: OptionSet, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let upper = Classes(rawValue: 1)
        public static let lower = Classes(rawValue: 2)
        public static let digit = Classes(rawValue: 4)
        public static let space = Classes(rawValue: 8)    // ' ' \t \n \v \f \r
        public static let punct = Classes(rawValue: 16)
        public static let control = Classes(rawValue: 32)
        public static let hex = Classes(rawValue: 64)     // A-F a-f (digits are .digit)
        public static let blank = Classes(rawValue: 128)  // ' ' \t
        public static let alpha: Classes = [.upper, .lower]
        public static let alnum: Classes = [.upper, .lower, .digit]
        public static let graph: Classes = [.upper, .lower, .digit, .punct]
        public static let xdigit: Classes = [.digit, .hex]
    }

    /// The classes of `c` (an `unsigned char` value or EOF).
    public static func classes(_ c: Int32) -> Classes {
        guard c >= 0 && c < 128 else { return [] }
        let b = UInt8(c)
        var result: Classes = []
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): result = .upper
        case UInt8(ascii: "a")...UInt8(ascii: "z"): result = .lower
        case UInt8(ascii: "0")...UInt8(ascii: "9"): result = .digit
        case 0x21...0x7E: result = .punct
        default: break
        }
        if b < 0x20 || b == 0x7F { result.insert(.control) }
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { result.insert(.space) }
        if b == 0x20 || b == 0x09 { result.insert(.blank) }
        if (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "f") && !result.isDisjoint(with: .alpha) { result.insert(.hex) }
        return result
    }

    /// Whether `c` is in any of `classes` (`isprint` is graph or the space character).
    public static func isIn(_ c: Int32, _ set: Classes) -> Bool {
        !classes(c).isDisjoint(with: set)
    }

    /// `tolower`/`toupper`: letters mapped, everything else unchanged.
    public static func convertCase(_ c: Int32, toUpper: Bool) -> Int32 {
        let from: Classes = toUpper ? .lower : .upper
        return isIn(c, from) ? c ^ 0x20 : c
    }
}
