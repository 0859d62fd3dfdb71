/// Runs `qemu`-profile firmware on QEMU's `sim` machine with the dc233c core.
///
/// The firmware's standard output and error come through semihosting. `kiln_exit` writes
/// the instruction count as a line `kiln-icount N` to standard error; the runner removes
/// that line from the stream and returns the number.
public enum QEMURunner {
    /// Exit status `kiln run` uses when the program outlives `--timeout` (as timeout(1)).
    public static let timeoutStatus: Int32 = 124

    public struct Result: Sendable {
        /// The program's exit code (the value main returned or kiln_exit got, or a fault code).
        public var status: Int32
        public var timedOut: Bool
        /// Instructions counted by ICOUNT between the start of main (or kiln_icount_start)
        /// and exit (or kiln_icount_stop); nil when the program did not exit normally.
        public var instructionCount: UInt64?
        public var stdout: [UInt8]
        /// Standard error without the count line.
        public var stderr: [UInt8]

        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// The QEMU command line for `elf`.
    public static func arguments(elf: String) -> [String] {
        ["qemu-system-xtensa", "-M", "sim", "-cpu", "dc233c", "-semihosting", "-nographic",
         "-monitor", "none", "-serial", "none", "-kernel", elf]
    }

    /// Runs `elf` until it exits or `timeout` seconds pass. With `echo`, output is also
    /// passed through to this process's standard output and error as it arrives.
    public static func run(elf: String, timeout: Double, echo: Bool = false) throws(DriverError) -> Result {
        var stdout: [UInt8] = [], stderr: [UInt8] = []
        var filter = CountLineFilter()
        let outcome = try Subprocess.run(arguments(elf: elf), timeout: timeout,
            onStdout: { bytes in
                stdout += bytes
                if echo { writeAll(1, bytes) }
            },
            onStderr: { bytes in
                let passed = filter.feed(bytes)
                stderr += passed
                if echo { writeAll(2, passed) }
            })
        let rest = filter.finish()
        stderr += rest
        if echo { writeAll(2, rest) }
        return Result(status: outcome.timedOut ? timeoutStatus : outcome.status, timedOut: outcome.timedOut,
                      instructionCount: filter.count, stdout: stdout, stderr: stderr)
    }
}

/// Takes `kiln-icount N` (or `kiln-icount LO HI`) lines out of a byte stream, keeping the last count.
struct CountLineFilter {
    static let marker = Array("kiln-icount ".utf8)
    var pending: [UInt8] = []
    var count: UInt64?

    /// The bytes to pass on: complete lines other than count lines.
    mutating func feed(_ bytes: [UInt8]) -> [UInt8] {
        pending += bytes
        var out: [UInt8] = []
        while let newline = pending.firstIndex(of: 10) {
            let line = Array(pending[...newline])
            pending.removeSubrange(...newline)
            out += take(line)
        }
        return out
    }

    /// Whatever is left at the end of the stream.
    mutating func finish() -> [UInt8] {
        defer { pending = [] }
        return take(pending)
    }

    private mutating func take(_ line: [UInt8]) -> [UInt8] {
        // The marker may follow output that did not end its line.
        guard let start = line.firstRange(of: Self.marker)?.lowerBound else { return line }
        // "N", or "LO HI" when the count needs more than 32 bits (Runtime/Start/icount.S).
        let words = line[(start + Self.marker.count)...].split(separator: 32).map { $0.prefix { (48...57).contains($0) } }
        let numbers = words.prefix(2).compactMap { UInt64(String(decoding: $0, as: UTF8.self)) }
        count = numbers.isEmpty ? nil : numbers[0] + (numbers.count > 1 ? numbers[1] << 32 : 0)
        return Array(line[..<start])
    }
}

#if canImport(Glibc)
import Glibc
#endif

func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    var rest = bytes[...]
    while !rest.isEmpty {
        let n = rest.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n <= 0 { return }
        rest = rest.dropFirst(n)
    }
}
