import Foundation
import KilnTestSupport
import Testing

/// `kiln link` errors through the CLI: a message naming the symbol and the object, exit
/// code 1, and no output file.
@Suite("kiln link errors")
struct LinkErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Source files (written to the test directory) and whether each is C or assembly.
        let sources: [(file: String, text: String)]
        let messages: [String]
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "undefined symbol", sources: [
            ("undef.c", "int missing(void);\nint main(void) { return missing(); }\n"),
        ], messages: ["undef.o: error: undefined symbol 'missing'"]),
        Case(name: "duplicate symbol", sources: [
            ("first.c", "int twice(void) { return 1; }\nint main(void) { return twice(); }\n"),
            ("second.c", "int twice(void) { return 2; }\n"),
        ], messages: ["second.o: error: duplicate symbol 'twice'", "first.o"]),
        Case(name: "L32R out of range", sources: [
            ("far-literal.S", """
                .section .literal, "ax"
                .p2align 2
            .Lfar:
                .long 0x12345678
                .text
                .space 300000
                .global main
                .p2align 2
            main:
                entry a1, 32
                l32r a2, .Lfar
                retw

            """),
        ], messages: ["far-literal.o: error: relocation against '.literal", "out of range", "l32r"]),
        Case(name: "CALL out of range", sources: [
            // A far call gets a veneer after the calling section; with 600 KB after the
            // call in that section, the veneer is out of reach too.
            ("far-call.S", """
                .text
                .global main
                .p2align 2
            main:
                entry a1, 32
                call8 far
                retw
                .space 600000
                .section .text.far, "ax"
                .global far
                .p2align 2
            far:
                entry a1, 32
                retw

            """),
        ], messages: ["far-call.o: error: relocation against '__kiln_veneer_far'", "out of range", "call8"]),
        Case(name: "bad input file", sources: [("notelf.o", "this is not an object file\n")], messages: ["notelf.o: error:"]),
    ]

    @Test(arguments: cases)
    func errorExitsOneAndWritesNothing(_ test: Case) throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var objects: [String] = []
        for (file, text) in test.sources {
            let path = dir.appendingPathComponent(file).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let object = dir.appendingPathComponent((file as NSString).deletingPathExtension + ".o").path
            if file.hasSuffix(".c") {
                try compile(path, to: object)
            } else if file.hasSuffix(".S") {
                let result = try TestTools.run(Harness.kiln, ["as", path, "-o", object])
                #expect(result.status == 0, "\(result.stderr)")
            }
            objects.append(object)
        }
        let output = dir.appendingPathComponent("fw.elf").path
        let result = try TestTools.run(Harness.kiln, ["link"] + objects + ["-o", output])
        #expect(result.status == 1)
        for message in test.messages { #expect(result.stderr.contains(message), "\(result.stderr)") }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// `kiln build` links its object in memory: a link error names the source the user gave,
    /// not a temporary file.
    @Test func buildLinkErrorNamesTheInput() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("undef.c").path
        try "int missing(void);\nint main(void) { return missing(); }\n".write(toFile: source, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("fw.elf").path
        let result = try TestTools.run(Harness.kiln, ["build", source, "-o", output])
        #expect(result.status == 1)
        // A line of its own (the runtime's first-use build may print a line before it).
        #expect(result.stderr.split(separator: "\n").contains { $0.hasPrefix(source + ": error: undefined symbol 'missing'") }, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func successfulLinkWritesExecutableAndMap() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let object = try Harness.object("hello.c", in: dir)
        let support = try Harness.object("support.c", in: dir)
        let output = dir.appendingPathComponent("fw.elf").path, map = dir.appendingPathComponent("fw.map").path
        let link = try TestTools.run(Harness.kiln, ["link", object, support, "-o", output, "--map", map])
        #expect(link.status == 0, "\(link.stderr)")
        let mapText = try String(contentsOfFile: map, encoding: .utf8)
        #expect(mapText.contains(".vectors"))
        #expect(mapText.contains(" main "))
        let run = try TestTools.run(Harness.kiln, ["run", output, "--count"])
        #expect(run.status == 42)
        #expect(run.stdout == "hello from kiln\n")
        #expect(run.stderr.hasPrefix("kiln run: ") && run.stderr.hasSuffix(" instructions\n"), "\(run.stderr)")
    }

    /// A link that fails after writing its map removes the map only if it is a regular file:
    /// a map given as a link (like `/dev/stdout`) or a device (`/dev/null`) stays.
    @Test func failedLinkRemovesOnlyARegularMap() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let object = try Harness.object("hello.c", in: dir)
        let support = try Harness.object("support.c", in: dir)
        let unwritable = dir.appendingPathComponent("missing/fw.elf").path
        let target = dir.appendingPathComponent("target.map").path, link = dir.appendingPathComponent("link.map").path
        try "keep\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let regular = dir.appendingPathComponent("regular.map").path
        for map in [link, regular] {
            let result = try TestTools.run(Harness.kiln, ["link", object, support, "-o", unwritable, "--map", map])
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("error:"), "\(result.stderr)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains(".vectors"))
        #expect(!FileManager.default.fileExists(atPath: regular))
    }

    @Test func timeoutKillsTheProgram() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("spin.c").path
        try "int main(void) { for (;;) __asm__ volatile(\"nop\"); }\n".write(toFile: source, atomically: true, encoding: .utf8)
        let object = dir.appendingPathComponent("spin.o").path
        try compile(source, to: object)
        let output = dir.appendingPathComponent("fw.elf").path
        #expect(try TestTools.run(Harness.kiln, ["link", object, "-o", output]).status == 0)
        let run = try TestTools.run(Harness.kiln, ["run", output, "--timeout", "1"])
        #expect(run.status == 124)
        #expect(run.stderr.contains("still running after 1.0 s; killed"), "\(run.stderr)")
    }

    private func compile(_ source: String, to object: String) throws {
        let stem = (object as NSString).deletingPathExtension
        for (tool, arguments) in [
            ("clang-22", ["--target=xtensa", "-O2", "-S", "-emit-llvm", source, "-o", stem + ".ll"]),
            ("llc-22", ["-mtriple=xtensa", "-mcpu=esp32", "-mattr=-mul32high", stem + ".ll", "-o", stem + ".s"]),
            ("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", stem + ".s", "-o", object]),
        ] {
            let result = try TestTools.run(tool, arguments)
            guard result.status == 0 else { throw Harness.Failure(description: "\(tool): \(result.stderr)") }
        }
    }
}
