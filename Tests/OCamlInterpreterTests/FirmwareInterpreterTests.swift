import Foundation
import KilnTestSupport
import Testing

/// Interpreted firmware (`kiln build prog.byte --interpret`, run by `kiln run` in QEMU)
/// against `ocamlrun` on the host: identical standard output and exit code.
@Suite struct FirmwareInterpreterTests {
    static let kiln = TestTools.kiln

    @Test func corpusRunsInterpretedInQEMU() throws {
        try Self.runCorpus()
    }

    static func runCorpus() throws {
        let directory = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for source in Programs.corpus {
            let byte = try Programs.compile(source, in: directory)
            let expected = try Programs.reference(byte)
            let firmware = byte.replacingOccurrences(of: ".byte", with: ".elf")
            let build = try TestTools.run(kiln, ["build", byte, "--interpret", "-o", firmware])
            let name = source.lastPathComponent
            #expect(build.status == 0, "\(name): kiln build --interpret failed: \(build.stderr)")
            // A runtime that does not build fails every program the same way, slowly.
            guard build.status == 0 else { return }
            let run = try TestTools.run(kiln, ["run", firmware, "--timeout", "120"])
            #expect(run.stdout == expected.stdout, "\(name): stdout differs")
            #expect(run.status == expected.status, "\(name): exit \(run.status), ocamlrun \(expected.status): \(run.stderr)")
        }
    }

    @Test func badBytecodeIsAnErrorWithNoOutput() throws {
        let directory = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let byte = try Programs.compile(Programs.corpus[0], in: directory)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: byte))
        bytes.removeLast(3)
        let damaged = directory.appendingPathComponent("damaged.byte")
        try bytes.write(to: damaged)
        let firmware = directory.appendingPathComponent("damaged.elf").path
        let build = try TestTools.run(Self.kiln, ["build", damaged.path, "--interpret", "-o", firmware])
        #expect(build.status == 1)
        #expect(build.stderr.contains("damaged.byte:") && build.stderr.contains("error:"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: firmware))
    }
}
