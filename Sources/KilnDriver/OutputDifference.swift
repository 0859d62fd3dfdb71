/// How two runs of one program (native and interpreted firmware) differ, if they do: the
/// first differing line of standard output, else the exit codes. `kiln bench` refuses to
/// report a speedup for a program whose two builds do not behave the same.
public struct OutputDifference: Equatable, Sendable, CustomStringConvertible {
    /// What was compared: "stdout line N" or "exit code".
    public var what: String
    /// The native run's side (the line, or the exit code), and the interpreted run's.
    public var native: String
    public var interpreted: String

    public init(what: String, native: String, interpreted: String) {
        self.what = what
        self.native = native
        self.interpreted = interpreted
    }

    /// The first difference between two runs' standard output and exit codes, or nil when
    /// they are identical.
    public static func between(nativeStdout: [UInt8], nativeStatus: Int32,
                               interpretedStdout: [UInt8], interpretedStatus: Int32) -> OutputDifference? {
        if nativeStdout != interpretedStdout {
            let a = lines(nativeStdout), b = lines(interpretedStdout)
            let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            return OutputDifference(what: "stdout line \(index + 1)", native: show(a, index), interpreted: show(b, index))
        }
        if nativeStatus != interpretedStatus {
            return OutputDifference(what: "exit code", native: String(nativeStatus), interpreted: String(interpretedStatus))
        }
        return nil
    }

    public var description: String {
        "native and interpreted runs differ at \(what): native \(native), interpreted \(interpreted)"
    }

    /// Lines with their newline kept, so that a missing final newline is a difference too.
    private static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = [], current: [UInt8] = []
        for byte in bytes {
            current.append(byte)
            if byte == 10 { result.append(current); current = [] }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Line `index` quoted (escapes for control characters, the newline shown as `\n`), or
    /// "(end of output)".
    private static func show(_ lines: [[UInt8]], _ index: Int) -> String {
        guard index < lines.count else { return "(end of output)" }
        var text = "\""
        for scalar in String(decoding: lines[index].prefix(200), as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\n": text += "\\n"
            case "\"": text += "\\\""
            case _ where scalar.value < 0x20: text += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + (lines[index].count > 200 ? "...\"" : "\"")
    }
}
