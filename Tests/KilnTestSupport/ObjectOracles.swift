import ELFKit
import Foundation
import XtensaISA

/// A tool failed; the message holds what it printed.
public struct ToolError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

extension TestTools {
    /// Assembles `source` with `llvm-mc-22 -triple=xtensa -mcpu=esp32` and reads the object.
    public static func llvmMC(_ source: String) throws -> ELFFile {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.s"), output = dir.appendingPathComponent("out.o")
        try source.write(to: input, atomically: true, encoding: .utf8)
        let result = try run("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", input.path, "-o", output.path])
        guard result.status == 0 else { throw ToolError(message: "llvm-mc-22 failed:\n\(result.stderr)") }
        return try ELFReader.read(path: output.path)
    }

    /// The names `llvm-nm-22` lists for `object` with `filter` (`--defined-only`,
    /// `--undefined-only`).
    public static func symbols(in object: String, _ filter: String) throws -> Set<String> {
        let nm = try run("llvm-nm-22", [filter, "--format=just-symbols", object])
        guard nm.status == 0 else { throw ToolError(message: "llvm-nm-22 failed on \(object):\n\(nm.stderr)") }
        return Set(nm.stdout.split(separator: "\n").map(String.init))
    }

    /// What two assemblers must agree on, per section: the bytes (with the fields that
    /// relocations overwrite masked, since each assembler leaves its own placeholder there)
    /// and the relocations, with symbols by name (section symbols by section name).
    public struct Contents: Equatable, CustomStringConvertible {
        public var bytes: [UInt8]
        public var relocations: [String]
        public var description: String {
            bytes.map { String(format: "%02x", $0) }.joined(separator: " ") + "\n  " + relocations.joined(separator: "\n  ")
        }
    }

    /// The non-empty allocated sections of `file`, by name, as `Contents`.
    public static func contents(_ file: ELFFile) -> [String: Contents] {
        var result: [String: Contents] = [:]
        for section in file.sections where section.flags.contains(.alloc) && section.size > 0 {
            var bytes = section.kind == .progbits ? section.data : Array(repeating: 0, count: Int(section.size))
            var relocations: [String] = []
            for r in section.relocations.sorted(by: { $0.offset < $1.offset }) {
                let symbol = file.symbols[r.symbol]
                var name = symbol.name
                if symbol.type == .section, case .section(let s) = symbol.definition { name = file.sections[s].name }
                relocations.append("\(String(r.offset, radix: 16)) \(r.type) \(name) \(r.addend)")
                let o = Int(r.offset)
                if r.type == .slot0Op, let inst = Decoder.decode(bytes[o...], at: o), let t = inst.definition.targetOperand {
                    let masked = Encoder.word(of: bytes[o..<o + inst.size]) & ~inst.definition.operands[t].placement.mask
                    bytes.replaceSubrange(o..<o + inst.size, with: Encoder.bytes(of: masked, size: inst.size))
                } else if r.type == .r32 {
                    bytes.replaceSubrange(o..<o + 4, with: [0, 0, 0, 0])
                }
            }
            result[section.name] = Contents(bytes: bytes, relocations: relocations)
        }
        return result
    }
}
