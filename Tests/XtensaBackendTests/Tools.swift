import ELFKit
import Foundation
import KilnTestSupport
import XtensaBackend
import XtensaISA

/// Helpers for the back-end tests: fixtures, the LLVM oracles, and object comparison.
enum Tools {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every `.ll` fixture, by base name.
    static let fixtureNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
        .filter { $0.hasSuffix(".ll") }.map { String($0.dropLast(3)) }.sorted()

    /// Compiles a fixture exactly as written (no LLVM optimisation), for the qemu profile.
    static func compileFixture(_ name: String, profile: Profile = .qemu) throws -> Backend.Output {
        let module = try IRModule.load(path: fixtures.appendingPathComponent(name + ".ll").path)
        return try Backend.compile(module, profile: profile, path: name + ".ll")
    }

    /// Compiles IR text (written to a temporary file first).
    static func compile(ir: String, profile: Profile = .qemu) throws -> Backend.Output {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("input.ll")
        try ir.write(to: path, atomically: true, encoding: .utf8)
        return try Backend.compile(try IRModule.load(path: path.path), profile: profile)
    }

    typealias Output = TestTools.Output

    static func run(_ program: String, _ arguments: [String]) throws -> Output { try TestTools.run(program, arguments) }

    static func temporaryDirectory() throws -> URL { try TestTools.scratchDirectory() }

    /// Assembles with `llvm-mc-22 -triple=xtensa -mcpu=esp32` and reads the object back.
    static func llvmMC(_ source: String) throws -> ELFFile {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.s"), output = dir.appendingPathComponent("out.o")
        try source.write(to: input, atomically: true, encoding: .utf8)
        let result = try run("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", input.path, "-o", output.path])
        guard result.status == 0 else { throw ToolError(message: "llvm-mc-22 failed:\n\(result.stderr)") }
        return try ELFReader.read(path: output.path)
    }

    /// Per allocated section: bytes with relocated fields masked (each assembler leaves its
    /// own placeholder there) and the relocations with symbols by name.
    static func contents(_ file: ELFFile) -> [String: String] {
        var result: [String: String] = [:]
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
            result[section.name] = bytes.map { String($0, radix: 16) }.joined(separator: " ") + "\n" + relocations.joined(separator: "\n")
        }
        return result
    }

    struct ToolError: Error, CustomStringConvertible { let message: String; var description: String { message } }
}
