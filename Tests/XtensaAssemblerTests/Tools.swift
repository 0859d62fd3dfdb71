import ELFKit
import Foundation
import KilnTestSupport
import XtensaISA

/// The assembler tests' oracles: llvm-mc-22, and a comparison of objects.
extension TestTools {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Assembles `source` with `llvm-mc-22 -triple=xtensa -mcpu=esp32` and reads the object.
    static func llvmMC(_ source: String) throws -> ELFFile {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.s"), output = dir.appendingPathComponent("out.o")
        try source.write(to: input, atomically: true, encoding: .utf8)
        let result = try run("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", input.path, "-o", output.path])
        guard result.status == 0 else { throw ToolError(message: "llvm-mc-22 failed:\n\(result.stderr)") }
        return try ELFReader.read(path: output.path)
    }

    /// GNU-syntax source in the dialect llvm-mc accepts: `.word` → `.long`, `.rodata` → `.section .rodata`.
    static func llvmDialect(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let indent = line.prefix(line.count - trimmed.count)
            if trimmed.hasPrefix(".word") { return indent + ".long" + trimmed.dropFirst(5) }
            if trimmed.hasPrefix(".rodata") { return indent + ".section .rodata" + trimmed.dropFirst(7) }
            return String(line)
        }.joined(separator: "\n")
    }

    /// What two assemblers must agree on, per section name: the bytes (with the fields that
    /// relocations overwrite masked, since each assembler leaves its own placeholder there)
    /// and the relocations, with symbols by name (section symbols by section name).
    struct Contents: Equatable, CustomStringConvertible {
        var bytes: [UInt8]
        var relocations: [String]
        var description: String {
            bytes.map { String(format: "%02x", $0) }.joined(separator: " ") + "\n  " + relocations.joined(separator: "\n  ")
        }
    }

    static func contents(_ file: ELFFile) -> [String: Contents] {
        var result: [String: Contents] = [:]
        for section in file.sections where section.flags.contains(.alloc) {
            var bytes = section.kind == .progbits ? section.data : Array(repeating: 0, count: Int(section.size))
            var relocations: [String] = []
            for r in section.relocations {
                let symbol = file.symbols[r.symbol]
                var name = symbol.name
                if symbol.type == .section, case .section(let s) = symbol.definition { name = file.sections[s].name }
                relocations.append("\(String(r.offset, radix: 16)) \(r.type) \(name) \(r.addend)")
                let o = Int(r.offset)
                if r.type == .slot0Op, let inst = Decoder.decode(bytes[o...], at: o), let t = inst.definition.targetOperand {
                    let masked = Encoder.word(of: bytes[o..<o + inst.size]) & ~inst.definition.operands[t].placement.mask
                    bytes.replaceSubrange(o..<o + inst.size, with: Encoder.bytes(of: masked, size: inst.size))
                }
            }
            result[section.name] = Contents(bytes: bytes, relocations: relocations)
        }
        return result
    }

    struct ToolError: Error, CustomStringConvertible { let message: String; var description: String { message } }
}
