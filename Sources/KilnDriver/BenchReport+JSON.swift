/// The machine-readable form of a `BenchReport` (`kiln bench --json`). Fields:
///
///     { "programs": [ { "name", "path", "exit_code", "speedup",
///                       "native":      { "instructions", "text", "data", "bss", "firmware" },
///                       "interpreted": { ...the same... } } ],
///       "geometric_mean_speedup" }
///
/// Counts and sizes are integers (instructions executed from main to exit; bytes), speedups
/// are interpreted / native instructions, "firmware" is the kept file's path or null.
extension BenchReport {
    public var json: String {
        let entries = programs.map { program in
            """
                {
                  "name": \(Self.quoted(program.name)),
                  "path": \(Self.quoted(program.path)),
                  "exit_code": \(program.exitCode),
                  "speedup": \(Self.number(program.speedup)),
                  "native": \(Self.object(program.native)),
                  "interpreted": \(Self.object(program.interpreted))
                }
            """
        }
        return """
            {
              "programs": [
            \(entries.joined(separator: ",\n"))
              ],
              "geometric_mean_speedup": \(Self.number(geometricMeanSpeedup))
            }

            """
    }

    private static func object(_ m: Measurement) -> String {
        "{ \"instructions\": \(m.instructions), \"text\": \(m.size.text), \"data\": \(m.size.data), "
            + "\"bss\": \(m.size.bss), \"firmware\": \(m.firmware.map(quoted) ?? "null") }"
    }

    /// Six decimals: enough to recompute nothing from, the counts are there for that.
    private static func number(_ value: Double) -> String { BenchFormat.fixed(value, 6) }

    /// A JSON string literal (RFC 8259 escapes).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
