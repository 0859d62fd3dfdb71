import ELFKit
import Foundation
import KilnTestSupport
import Testing
import XtensaAssembler
import XtensaISA

/// Bad input gives `file:line:column: error: message`; the CLI exits 1 and writes nothing.
@Suite struct DiagnosticTests {
    static let cases: [(source: String, profile: String, expected: String)] = [
        ("  nop\n  frobnicate a2, a3\n", "qemu", "bad.S:2:3: error: unknown instruction 'frobnicate'"),
        ("  addi a2, a3, 128\n", "qemu", "bad.S:1:16: error: operand 3 of 'addi': 128 is out of range (-128...127)"),
        ("  l32i a2, a3, 1022\n", "qemu", "bad.S:1:16: error: operand 3 of 'l32i': 1022 is out of range (0...1020 in steps of 4)"),
        ("  beqi a2, 9, 1f\n1:\n", "qemu", "bad.S:1:12: error: operand 2 of 'beqi': 9 is out of range (one of -1, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256)"),
        ("  beq a2, a3, nowhere\n", "qemu", "bad.S:1:15: error: undefined label 'nowhere'"),
        ("  j .Lmissing\n", "qemu", "bad.S:1:5: error: undefined label '.Lmissing'"),
        ("  bnez a2, 1b\n", "qemu", "bad.S:1:12: error: undefined label '1'"),
        ("  muluh a2, a3, a4\n", "qemu", "bad.S:1:3: error: 'muluh' needs the mul32_high option, which target 'qemu' does not have"),
        ("  add.s f1, f2, f3\n", "qemu", "bad.S:1:3: error: 'add.s' needs the fp option, which target 'qemu' does not have"),
        ("  add a2, a3\n", "qemu", "bad.S:1:3: error: 'add' takes 3 operands, not 2"),
        ("  add a2, a3, a16\n", "qemu", "bad.S:1:15: error: expected a register (a0...a15)"),
        ("  mov a2, a16\n", "qemu", "bad.S:1:11: error: expected a register (a0...a15)"),
        ("  .frob 1\n", "qemu", "bad.S:1:3: error: unknown directive '.frob'"),
        ("x:\nx:\n", "qemu", "bad.S:2:1: error: symbol 'x' is already defined (at bad.S:1:1)"),
        ("  .byte 256\n", "qemu", "bad.S:1:9: error: value 256 does not fit in 1 byte"),
        ("  .ascii \"abc\n", "qemu", "bad.S:1:10: error: missing closing quote"),
        ("a:\n  .space 300\n  beqz.n a2, a\n", "qemu", "bad.S:3:14: error: operand 2 of 'beqz.n': target -300 bytes away is out of reach (forward offset from PC + 4)"),
    ]

    @Test(arguments: cases.indices)
    func diagnostic(_ index: Int) {
        let c = Self.cases[index]
        #expect(throws: AssemblyError.self) {
            _ = try Assembler.assemble(source: c.source, path: "bad.S", profile: Profile.named(c.profile)!)
        }
        do {
            _ = try Assembler.assemble(source: c.source, path: "bad.S", profile: Profile.named(c.profile)!)
        } catch {
            #expect(error.description == c.expected)
        }
    }

    /// The `kiln` executable: exit code 1, the diagnostic on standard error, no output file;
    /// and on good input, an object.
    @Test func commandLineLeavesNoOutputOnError() throws {
        let kiln = TestTools.packageRoot.appendingPathComponent(".build/debug/kiln").path
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.S"), object = dir.appendingPathComponent("bad.o")
        try "  movi a2, 1\n  frobnicate\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try TestTools.run(kiln, ["as", bad.path, "-o", object.path])
        #expect(result.status == 1)
        #expect(result.stderr == "\(bad.path):2:3: error: unknown instruction 'frobnicate'\n")
        #expect(!FileManager.default.fileExists(atPath: object.path))

        let good = dir.appendingPathComponent("good.S")
        try "  movi a2, 1\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try TestTools.run(kiln, ["as", good.path, "-o", object.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: object.path))

        // A device stays a device: the object is written into it, not renamed over it.
        #expect(try TestTools.run(kiln, ["as", good.path, "-o", "/dev/null"]).status == 0)
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }
}
