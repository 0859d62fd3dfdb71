#if canImport(Format)
import Format  // the host build; on the device all of Runtime/Core is one module
#endif

/// One printf conversion (`%-08.3f`, `%lld`, `%s`, ...) as text, glibc's way. The format
/// string walk and the fetching of arguments by type live in `variadic.c`, which calls this
/// once per conversion; numbers go through the runtime's formatter (`Runtime/Core/Format`).
public enum PrintfConversion {
    /// The flags as `variadic.c` passes them, one bit each.
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let leftAlign = Flags(rawValue: 1)   // -
        public static let forceSign = Flags(rawValue: 2)   // +
        public static let spaceSign = Flags(rawValue: 4)   // space
        public static let alternate = Flags(rawValue: 8)   // #
        public static let zeroPad = Flags(rawValue: 16)    // 0
    }

    /// Appends conversion `letter` (d i u o x X c s p f F e E g G a A) of `value` to
    /// `output`. Integers come sign- or zero-extended to 64 bits from their C type (the
    /// length modifier is applied by the caller); doubles as their bit pattern; `%c` in the
    /// low byte; `%s` reads `string` (at most `precision` bytes). `precision` is −1 when
    /// none was given, `width` 0. Returns false for a letter it does not know.
    public static func append(letter: UInt8, flags: Flags, width: Int, precision: Int, value: UInt64,
                              string: UnsafePointer<UInt8>?, to output: inout [UInt8]) -> Bool {
        var spec = FormatSpec()
        spec.leftAlign = flags.contains(.leftAlign)
        spec.forceSign = flags.contains(.forceSign)
        spec.spaceSign = flags.contains(.spaceSign)
        spec.alternate = flags.contains(.alternate)
        spec.zeroPad = flags.contains(.zeroPad)
        spec.width = width
        spec.precision = precision
        let lower = letter | 0x20
        spec.uppercase = letter != lower
        switch lower {
        case UInt8(ascii: "d"), UInt8(ascii: "i"):
            IntegerFormatting.append(signed: Int64(bitPattern: value), spec: spec, to: &output)
        case UInt8(ascii: "u"):
            IntegerFormatting.append(unsigned: value, spec: spec, to: &output)
        case UInt8(ascii: "o"):
            IntegerFormatting.append(unsigned: value, base: 8, spec: spec, to: &output)
        case UInt8(ascii: "x"):
            IntegerFormatting.append(unsigned: value, base: 16, spec: spec, to: &output)
        case UInt8(ascii: "p"):
            // glibc: %#x of the address, which keeps the sign flags, width, precision and 0
            // of the spec; "(nil)" for NULL.
            if value == 0 {
                appendPadded(nilText, width: width, leftAlign: spec.leftAlign, to: &output)
            } else {
                spec.alternate = true
                IntegerFormatting.append(value, signed: true, base: 16, spec: spec, to: &output)
            }
        case UInt8(ascii: "c"):
            appendPadded([UInt8(truncatingIfNeeded: value)], width: width, leftAlign: spec.leftAlign, to: &output)
        case UInt8(ascii: "s"):
            var body: [UInt8]
            if let string {
                let limit = precision < 0 ? Int.max : precision
                var n = 0
                while n < limit && string[n] != 0 { n += 1 }
                body = Array(UnsafeBufferPointer(start: string, count: n))
            } else {
                // glibc prints "(null)", or nothing when the precision is too short for it.
                body = precision < 0 || precision >= 6 ? nullText : []
            }
            appendPadded(body, width: width, leftAlign: spec.leftAlign, to: &output)
        case UInt8(ascii: "f"):
            FloatFormatting.append(bits: value, style: .fixed, spec: spec, to: &output)
        case UInt8(ascii: "e"):
            FloatFormatting.append(bits: value, style: .exponential, spec: spec, to: &output)
        case UInt8(ascii: "g"):
            FloatFormatting.append(bits: value, style: .general, spec: spec, to: &output)
        case UInt8(ascii: "a"):
            FloatFormatting.append(bits: value, style: .hexadecimal, spec: spec, to: &output)
        default:
            return false
        }
        return true
    }

    /// glibc's texts for a NULL %p and %s, as bytes: a string literal's symbol would be named
    /// after its text, which llc's Xtensa assembly output does not quote.
    static let nilText: [UInt8] = [0x28, 0x6E, 0x69, 0x6C, 0x29]
    static let nullText: [UInt8] = [0x28, 0x6E, 0x75, 0x6C, 0x6C, 0x29]

    /// `body` padded with spaces to `width` (text conversions ignore `0`, as glibc does).
    static func appendPadded(_ body: [UInt8], width: Int, leftAlign: Bool, to output: inout [UInt8]) {
        let padding = repeatElement(UInt8(ascii: " "), count: max(0, width - body.count))
        if !leftAlign { output.append(contentsOf: padding) }
        output.append(contentsOf: body)
        if leftAlign { output.append(contentsOf: padding) }
    }
}
