#if canImport(Glibc)
import Glibc
#endif

/// What `kiln bench` measured: each program built native and interpreted, run under QEMU
/// with exact instruction counts. Plain data; the formats (table, Markdown, JSON, SVG) are
/// functions of it.
public struct BenchReport: Equatable, Sendable {
    /// One firmware's measurements.
    public struct Measurement: Equatable, Sendable {
        /// Instructions executed from main to exit (QEMU's ICOUNT, `kiln run --count`).
        public var instructions: UInt64
        /// The firmware's text, data and bss sizes.
        public var size: FirmwareSize
        /// Where the firmware was kept (`--keep`), else nil.
        public var firmware: String?

        public init(instructions: UInt64, size: FirmwareSize, firmware: String? = nil) {
            self.instructions = instructions
            self.size = size
            self.firmware = firmware
        }
    }

    /// One program.
    public struct Program: Equatable, Sendable {
        /// The name shown in tables and the chart (the file name without `.byte`).
        public var name: String
        /// The bytecode file as given on the command line.
        public var path: String
        /// The exit code both firmwares returned (they must agree).
        public var exitCode: Int32
        public var native: Measurement
        public var interpreted: Measurement

        public init(name: String, path: String, exitCode: Int32, native: Measurement, interpreted: Measurement) {
            self.name = name
            self.path = path
            self.exitCode = exitCode
            self.native = native
            self.interpreted = interpreted
        }

        /// How many times fewer instructions native code executes: interpreted / native.
        public var speedup: Double { Double(interpreted.instructions) / Double(max(native.instructions, 1)) }
    }

    public var programs: [Program]

    public init(programs: [Program]) { self.programs = programs }

    /// The geometric mean of the speedups (1 for no programs).
    public var geometricMeanSpeedup: Double { Self.geometricMean(programs.map(\.speedup)) }

    /// exp(mean(log x)); 1 for an empty list.
    public static func geometricMean(_ values: [Double]) -> Double {
        values.isEmpty ? 1 : exp(values.reduce(0) { $0 + log($1) } / Double(values.count))
    }
}

/// Number formatting for the reports (no Foundation in the driver).
public enum BenchFormat {
    /// `value` with `digits` decimals, rounded half away from zero.
    public static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale: Double = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = scaled / Int64(scale), fraction = scaled % Int64(scale)
        guard digits > 0 else { return sign + String(whole) }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    /// A speedup for people: two significant decimals below 10, one below 100, none above.
    public static func speedup(_ value: Double) -> String {
        fixed(value, value < 10 ? 2 : value < 100 ? 1 : 0) + "×"
    }

    /// `1234567` → `1,234,567`.
    public static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
