import Foundation
import KilnDriver
import KilnTestSupport
import Testing

/// The C programs in Fixtures/hosted, built by Kiln for QEMU and by clang-22 -O2 for the
/// host (with -DHOST): both must print the same and exit the same. These are the programs
/// llc-22 cannot be the oracle for: LLVM 22's Xtensa varargs lowering is wrong (it skips
/// the first unnamed register argument) and its target drops `musttail`.
@Suite struct HostedTests {
    static let programs = TestTools.fixtures.appendingPathComponent("hosted")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: programs.path)) ?? [])
        .filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }.sorted()

    @Test(arguments: names)
    func sameOutputAsHost(_ name: String) throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        let source = Self.programs.appendingPathComponent(name + ".c").path
        try TestTools.succeed("clang-22", ["-O2", "-ffreestanding", "-DHOST", "-w", source, "-o", path("host")])
        let expected = try TestTools.run(path("host"), [])
        try TestTools.clangIR(source, to: path("p.ll"))
        try TestTools.kilnObject(path("p.ll"), to: path("kiln.o"))
        let ours = try TestTools.runFirmware([path("kiln.o")] + TestTools.supportObjects(in: dir), elf: path("kiln.elf"))
        #expect(ours.stdoutText == expected.stdout,
                "\(name): output differs\n--- host\n\(expected.stdout)\n--- kiln\n\(ours.stdoutText)\(ours.stderrText)")
        #expect(ours.status == expected.status, "\(name): exit \(ours.status), the host build exits \(expected.status)")
    }
}
