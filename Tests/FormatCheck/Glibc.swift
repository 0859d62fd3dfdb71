#if canImport(Glibc)
import Glibc
#endif

/// The host C library: the oracle the formatter and parser are compared with.
public enum HostLibc {
    /// glibc's `snprintf(format, value)` for one double.
    public static func format(_ format: String, _ value: Double) -> String {
        withVaList([value]) { render(format, $0) }
    }

    /// glibc's `snprintf(format, value)` for one 64-bit integer (`ll` conversions).
    public static func format(_ format: String, integer value: Int64) -> String {
        withVaList([value]) { render(format, $0) }
    }

    /// glibc's `snprintf(format, value)` for one x86 80-bit `long double` (`L` conversions).
    public static func format(_ format: String, longDouble value: Float80) -> String {
        withVaList([value]) { render(format, $0) }
    }

    private static func render(_ format: String, _ arguments: CVaListPointer) -> String {
        var buffer = [CChar](repeating: 0, count: 2048)
        let count = Int(vsnprintf(&buffer, buffer.count, format, arguments))
        precondition(count < buffer.count, "oracle buffer too small for \(format)")
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// glibc's `strtod`: the bits and how many bytes it consumed.
    public static func parse(_ text: String) -> (bits: UInt64, consumed: Int) {
        text.withCString { start in
            var end: UnsafeMutablePointer<CChar>? = nil
            let value = strtod(start, &end)
            return (value.bitPattern, end.map { $0 - UnsafeMutablePointer(mutating: start) } ?? 0)
        }
    }

    /// The double nearest a hexadecimal float text of at most 16 significant hex digits,
    /// rounded once by the hardware from glibc's `strtold` (exact for such text: an x87
    /// long double has 64 significand bits), or nil for other text.
    public static func exactHexadecimal(_ text: String) -> Double? {
        let lower = text.lowercased().drop { $0 == " " || $0 == "+" || $0 == "-" }
        guard lower.hasPrefix("0x") else { return nil }
        let mantissa = lower.dropFirst(2).prefix { $0.isHexDigit || $0 == "." }.filter { $0 != "." }.drop { $0 == "0" }
        guard mantissa.count <= 16 else { return nil }
        let value: Float80 = text.withCString { strtold($0, nil) }
        return Double(value)
    }
}
