import Foundation
import KilnTestSupport
import OCamlFrontend
import Testing

/// `kiln build` on executables it cannot compile: exit 1, one `file:offset: error: ...`
/// line naming what and where, and no output file (damaged files, debugger opcodes, a
/// primitive the runtime lacks).
@Suite struct KilnBuildErrorTests {
    /// hello.byte with `edit` applied, built by `kiln build`; returns the diagnostic.
    func build(_ name: String, _ edit: (inout [UInt8], ExecutableFile) throws -> Void) throws -> String {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hello = try #require(try OCamlFuzzTests.compiled.get().first { $0.name == "hello" })
        var bytes = hello.bytes
        try edit(&bytes, hello.file)
        let input = dir.appendingPathComponent("\(name).byte").path
        try Data(bytes).write(to: URL(fileURLWithPath: input))
        let elf = dir.appendingPathComponent("\(name).elf").path
        let result = try TestTools.run(TestTools.kiln, ["build", input, "-o", elf])
        #expect(result.status == 1, "\(name): exit \(result.status)")
        #expect(!FileManager.default.fileExists(atPath: elf), "\(name): an output file was left")
        return result.stderr.replacingOccurrences(of: dir.path + "/", with: "")
    }

    /// The damage the reader sees, each at the offset it names.
    @Test func damagedFilesAreRefusedWithoutOutput() throws {
        var magicOffset = 0
        var message = try build("truncated") { bytes, _ in
            bytes.removeLast(5)
            magicOffset = bytes.count - 12  // where the magic should be
        }
        #expect(message.hasPrefix("truncated.byte:\(magicOffset): error: not an OCaml bytecode executable"), "\(message)")

        var countOffset = 0
        message = try build("sections") { bytes, _ in
            countOffset = bytes.count - 16
            bytes.replaceSubrange(countOffset..<countOffset + 4, with: [0x7F, 0xFF, 0xFF, 0xFF])
        }
        #expect(message.hasPrefix("sections.byte:\(countOffset): error: section count 2147483647"), "\(message)")

        // An opcode number past GETSTRINGCHAR (148) as CODE's first word.
        var codeOffset = 0
        message = try build("opcode") { bytes, file in
            codeOffset = try #require(file.section("CODE")).offset
            bytes.replaceSubrange(codeOffset..<codeOffset + 4, with: [200, 0, 0, 0])
        }
        #expect(message.hasPrefix("opcode.byte:\(codeOffset): error: "), "\(message)")
    }

    /// EVENT and BREAK (debugger patches, which ocamlc never emits) in reachable code are
    /// refused by the lowering, naming the opcode and its file offset.
    @Test func debuggerOpcodesAreRefusedByName() throws {
        let hello = try #require(try OCamlFuzzTests.compiled.get().first { $0.name == "hello" })
        let program = try BytecodeExecutable(bytes: hello.bytes)
        // The main program's first one-word instruction without operands: replacing it with
        // another keeps the rest of CODE decoding as before.
        let target = try #require(program.code.first { $0.length == 1 && $0.opcode.shape == .none && $0.opcode != .STOP })
        let codeOffset = try #require(hello.file.section("CODE")).offset
        let offset = codeOffset + 4 * target.position
        for opcode in [Opcode.EVENT, .BREAK] {
            let message = try build("\(opcode.name)") { bytes, _ in
                bytes.replaceSubrange(offset..<offset + 4, with: [UInt8(opcode.rawValue), 0, 0, 0])
            }
            #expect(message.hasPrefix("\(opcode.name).byte:\(offset): error: \(opcode.name) (a debugger patch) cannot be compiled"),
                    "\(message)")
        }
    }

    /// A primitive the runtime does not define (`ocamlc -no-check-prims` links it anyway):
    /// one error naming it, before the linker would.
    @Test func missingPrimitivesAreNamed() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("missing.ml")
        try """
        external frobnicate : int -> int = "kiln_test_no_such_primitive"
        let () = print_int (frobnicate 3)
        """.write(to: source, atomically: true, encoding: .utf8)
        let byte = dir.appendingPathComponent("missing.byte").path
        let compiled = try TestTools.run("ocamlc", ["-compat-32", "-no-check-prims", source.path, "-o", byte], in: dir)
        try #require(compiled.status == 0, "\(compiled.stderr)")
        let elf = dir.appendingPathComponent("missing.elf").path
        let result = try TestTools.run(TestTools.kiln, ["build", byte, "-o", elf])
        #expect(result.status == 1)
        // Where: the C_CALL that ocamldumpobj shows calling it.
        let dump = try TestTools.run("ocamldumpobj", ["-noloc", byte]).stdout.split(separator: "\n")
        let call = try #require(dump.first { $0.hasSuffix(" kiln_test_no_such_primitive") && $0.contains("C_CALL") })
        let position = try #require(Int(call.split(separator: " ")[0]))
        let code = try #require(try ExecutableFile(bytes: BytecodeExecutable.bytes(of: byte)).section("CODE"))
        let offset = code.offset + 4 * position
        #expect(result.stderr.hasPrefix("\(byte):\(offset): error: the runtime lacks 1 primitive(s) this program calls: "
                + "kiln_test_no_such_primitive (first called at offset \(offset))"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: elf))
    }
}
