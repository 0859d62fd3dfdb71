import KilnTestSupport
import Foundation

/// `llvm-mc-22` as an oracle: assembles a whole batch of lines in one run (so the suite
/// stays fast) and reports the bytes of each line, or the error llvm-mc gave for it.
enum LLVMMC {

    enum LineResult: Equatable {
        case bytes([UInt8])
        case error(String)
    }

    /// Assembles `lines` (one instruction each, `size` bytes expected) with
    /// `-triple=xtensa -mcpu=esp32` into an object and cuts its `.text` back into lines.
    /// A line llvm-mc rejects is replaced by `size` filler bytes and the batch is assembled
    /// again, so one bad line neither hides the others nor shifts their addresses.
    static func assemble(_ lines: [(text: String, size: Int)]) throws -> [LineResult] {
        var errors: [Int: String] = [:]
        for _ in 0..<3 {
            let source = lines.enumerated().map { index, line in
                errors[index] == nil ? line.text : ".fill \(line.size), 1, 0"
            }.joined(separator: "\n") + "\n"
            let (text, newErrors) = try assembleText(source)
            if newErrors.isEmpty {
                var results: [LineResult] = []
                var offset = 0
                for (index, line) in lines.enumerated() {
                    if let error = errors[index] {
                        results.append(.error(error))
                    } else if offset + line.size <= text.count {
                        results.append(.bytes(Array(text[offset..<offset + line.size])))
                    } else {
                        results.append(.error(".text ended early"))
                    }
                    offset += line.size
                }
                guard offset == text.count else {
                    throw OracleError("llvm-mc produced \(text.count) bytes of .text, expected \(offset)")
                }
                return results
            }
            errors.merge(newErrors) { old, _ in old }
        }
        throw OracleError("llvm-mc kept reporting new errors")
    }

    /// Only the errors llvm-mc reports for each line (nil: accepted), for a CPU and
    /// `-mattr` feature list.
    static func errors(_ lines: [String], cpu: String = "esp32", attributes: String = "") throws -> [String?] {
        let (_, errors) = try assembleText(lines.joined(separator: "\n") + "\n", cpu: cpu, attributes: attributes, wantText: false)
        return lines.indices.map { errors[$0] }
    }

    /// One llvm-mc run: the `.text` bytes, or the errors keyed by 0-based line.
    private static func assembleText(
        _ source: String, cpu: String = "esp32", attributes: String = "", wantText: Bool = true
    ) throws -> ([UInt8], [Int: String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-isa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.s"), object = dir.appendingPathComponent("out.o")
        let binary = dir.appendingPathComponent("text.bin")
        try source.write(to: input, atomically: true, encoding: .utf8)

        let mc = try TestTools.run("llvm-mc-22", ["-triple=xtensa", "-mcpu=\(cpu)", "-mattr=\(attributes)", "-filetype=obj", input.path, "-o", object.path])
        var errors: [Int: String] = [:]
        for line in mc.stderr.split(separator: "\n") where line.contains(": error: ") {
            // "<path>:LINE:COL: error: message"
            let afterPath = line.dropFirst(input.path.count + 1)
            let parts = afterPath.split(separator: ":", maxSplits: 2)
            if let number = Int(parts.first ?? "") {
                let message = line.components(separatedBy: ": error: ").last ?? String(line)
                errors[number - 1] = errors[number - 1].map { $0 + "; " + message } ?? message
            }
        }
        if !errors.isEmpty || !wantText { return ([], errors) }
        guard mc.status == 0 else { throw OracleError("llvm-mc failed: \(mc.stderr)") }

        let copy = try TestTools.run("llvm-objcopy-22", ["-O", "binary", "-j", ".text", object.path, binary.path])
        guard copy.status == 0 else { throw OracleError("llvm-objcopy failed: \(copy.stderr)") }
        return (Array(try Data(contentsOf: binary)), [:])
    }
}

struct OracleError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
