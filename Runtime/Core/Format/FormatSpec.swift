/// The printf flags, width and precision of one conversion (`%-+ #0<width>.<precision>`),
/// shared by the integer and floating-point formatters.
public struct FormatSpec {
    /// `-`: pad on the right instead of the left.
    public var leftAlign = false
    /// `+`: write a plus sign before non-negative signed values.
    public var forceSign = false
    /// space: write a space before non-negative signed values (ignored with `+`).
    public var spaceSign = false
    /// `#`: the alternate form (`0x`/`0` prefixes; a decimal point that always shows; `%g`
    /// keeps its trailing zeros).
    public var alternate = false
    /// `0`: pad with zeros after the sign and prefix (ignored with `-`, for integers with a
    /// precision, and for infinities and NaNs).
    public var zeroPad = false
    /// `%X %E %G %F %A`: upper-case letters (digits above 9, `E`, `INF`, `NAN`, `0X`).
    public var uppercase = false
    /// The minimum field width (0: none).
    public var width = 0
    /// The precision, or −1 when none was given (each conversion has its default).
    public var precision = -1

    /// No flags, no width, the default precision.
    public init() {}

    /// The sign character for a value, or nothing.
    func signCharacter(negative: Bool) -> UInt8? {
        if negative { return UInt8(ascii: "-") }
        if forceSign { return UInt8(ascii: "+") }
        if spaceSign { return UInt8(ascii: " ") }
        return nil
    }

    /// Appends `prefix` (sign, `0x`) and `body` to `output`, padded to the field width as
    /// the flags say: spaces on the left or the right, or zeros between prefix and body.
    func appendPadded(prefix: [UInt8], body: [UInt8], zeroPadAllowed: Bool, to output: inout [UInt8]) {
        let padding = max(0, width - prefix.count - body.count)
        if leftAlign {
            output.append(contentsOf: prefix)
            output.append(contentsOf: body)
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
        } else if zeroPad && zeroPadAllowed {
            output.append(contentsOf: prefix)
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: padding))
            output.append(contentsOf: body)
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
            output.append(contentsOf: prefix)
            output.append(contentsOf: body)
        }
    }
}
