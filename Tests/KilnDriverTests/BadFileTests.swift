import Foundation
import KilnTestSupport
import Testing

/// `kiln link`, `kiln build` and `kiln run` given files they cannot use (damaged objects,
/// missing files, a directory, outputs that cannot be written): one `file: error: ...` line
/// naming the file, exit code 1, and no output file left behind, not even the firmware
/// when only the map or the listing could not be written.
@Suite("Bad files on the command line")
struct BadFileTests {
    /// A directory with a small object (`main` returning 7, from Kiln's assembler) and the
    /// same program as LLVM IR.
    static func workspace() throws -> (dir: URL, object: String, ir: String) {
        let dir = try TestTools.scratchDirectory()
        let source = dir.appendingPathComponent("main.S").path
        try ".text\n.global main\n.p2align 2\nmain:\nentry a1, 32\nmovi a2, 7\nretw\n"
            .write(toFile: source, atomically: true, encoding: .utf8)
        let object = dir.appendingPathComponent("main.o").path
        let assembled = try TestTools.run(TestTools.kiln, ["as", source, "-o", object])
        guard assembled.status == 0 else { throw Harness.Failure(description: assembled.stderr) }
        let ir = dir.appendingPathComponent("main.ll").path
        try "define i32 @main() {\n  ret i32 7\n}\n".write(toFile: ir, atomically: true, encoding: .utf8)
        return (dir, object, ir)
    }

    /// Runs kiln and checks the failure: exit 1, a first line starting with `message`, no `outputs`.
    func expectFailure(_ arguments: [String], _ message: String, noFiles outputs: [String]) throws {
        let result = try TestTools.run(TestTools.kiln, arguments)
        #expect(result.status == 1, "kiln \(arguments.joined(separator: " ")): exit \(result.status)")
        #expect(result.stderr.hasPrefix(message), "kiln \(arguments.joined(separator: " ")): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
        for output in outputs { #expect(!FileManager.default.fileExists(atPath: output), "\(output) was left") }
    }

    @Test func linkRefusesDamagedMissingAndUnwritableFiles() throws {
        let (dir, object, _) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let elf = dir.appendingPathComponent("fw.elf").path, map = dir.appendingPathComponent("fw.map").path
        let bytes = try Data(contentsOf: URL(fileURLWithPath: object))
        let truncated = dir.appendingPathComponent("truncated.o").path
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        let link = ["--no-runtime", "-o", elf]

        try expectFailure(["link", truncated] + link, "\(truncated): error: ", noFiles: [elf])
        try expectFailure(["link", dir.appendingPathComponent("missing.o").path] + link,
                          "\(dir.path)/missing.o: error: cannot open: No such file or directory", noFiles: [elf])
        try expectFailure(["link", dir.path] + link, "\(dir.path): error: ", noFiles: [elf])
        try expectFailure(["link", object, "--no-runtime", "-o", dir.path + "/no/such/dir/fw.elf", "--map", map],
                          "\(dir.path)/no/such/dir/fw.elf: error: ", noFiles: [map])
        try expectFailure(["link", object, "--map", dir.path + "/no/such/dir/fw.map"] + link,
                          "\(dir.path)/no/such/dir/fw.map: error: cannot write file", noFiles: [elf])
        // The same link with writable outputs succeeds: the failures above were the files'.
        #expect(try TestTools.run(TestTools.kiln, ["link", object, "--map", map] + link).status == 0)
        #expect(FileManager.default.fileExists(atPath: elf) && FileManager.default.fileExists(atPath: map))
    }

    @Test func buildRefusesMissingInputAndUnwritableOutputs() throws {
        let (dir, _, ir) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let elf = dir.appendingPathComponent("fw.elf").path, listing = dir.appendingPathComponent("fw.S").path
        try expectFailure(["build", dir.appendingPathComponent("missing.ll").path, "--no-runtime", "-o", elf],
                          "\(dir.path)/missing.ll: error: ", noFiles: [elf])
        let badOutput = dir.path + "/no/such/dir/fw.elf"
        // Once only: the error names the file, it is not wrapped in a second "file: error:".
        try expectFailure(["build", ir, "--no-runtime", "-o", badOutput, "--listing", listing],
                          "\(badOutput): error: cannot create", noFiles: [listing])
        try expectFailure(["build", ir, "--no-runtime", "-c", "-o", badOutput], "\(badOutput): error: cannot create", noFiles: [])
        try expectFailure(["build", ir, "--no-runtime", "-o", elf, "--listing", dir.path + "/no/such/dir/fw.S"],
                          "\(dir.path)/no/such/dir/fw.S: error: cannot write file", noFiles: [elf])
        #expect(try TestTools.run(TestTools.kiln, ["build", ir, "--no-runtime", "-o", elf, "--listing", listing]).status == 0)
        #expect(try TestTools.run(TestTools.kiln, ["run", elf]).status == 7)
    }

    @Test func runRefusesWhatIsNotFirmware() throws {
        let (dir, object, ir) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: object))
        let truncated = dir.appendingPathComponent("truncated.elf").path
        try bytes.prefix(40).write(to: URL(fileURLWithPath: truncated))
        try expectFailure(["run", dir.appendingPathComponent("missing.elf").path], "\(dir.path)/missing.elf: error: cannot open", noFiles: [])
        try expectFailure(["run", truncated], "\(truncated): error: ", noFiles: [])
        try expectFailure(["run", object], "\(object): error: not an executable", noFiles: [])
        try expectFailure(["run", ir], "\(ir): error: not an ELF file", noFiles: [])
        try expectFailure(["run", dir.path], "\(dir.path): error: ", noFiles: [])
    }
}
