import Foundation
import KilnTestSupport
import Testing

/// Issue 5's "must show": C programs using the C library (Tests/CLibTests/Programs) give the
/// same standard output and exit code when built with gcc for the host and run there as
/// when built with `kiln build prog.c -o prog.elf` (Kiln's back end for the program and for
/// the runtime, which `kiln build` builds on first use and caches) and run with `kiln run`.
/// Needs the `kiln` binary, which `make test` builds first; a lone `swift test --filter`
/// without it skips.
@Suite struct ProgramTests {
    static let kiln = TestTools.kiln
    static let programs = TestTools.packageRoot.appendingPathComponent("Tests/CLibTests/Programs")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: programs.path)) ?? []
        return files.filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }.sorted()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: kiln)), arguments: names)
    func sameAsGlibc(program: String) throws {
        let scratch = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = Self.programs.appendingPathComponent(program + ".c").path
        let host = scratch.appendingPathComponent(program).path
        let compile = try TestTools.run("gcc", ["-O2", "-w", source, "-o", host, "-lm"])
        try #require(compile.status == 0, "gcc: \(compile.stderr)")
        // Through sh so that a program killed by SIGABRT reports 134, as `kiln run` does.
        let expected = try TestTools.run("sh", ["-c", "\"$0\"; exit $?", host])
        let firmware = scratch.appendingPathComponent(program + ".elf").path
        let build = try TestTools.run(Self.kiln, ["build", source, "-o", firmware])
        try #require(build.status == 0, "kiln build: \(build.stderr)")
        // printf_stress runs ~145 M instructions: 10-15 s on a busy machine.
        let device = try TestTools.run(Self.kiln, ["run", "--timeout", "300", firmware])
        #expect(device.status == expected.status, "exit code \(device.status), host \(expected.status): \(device.stderr.suffix(1500))")
        #expect(device.stdout == expected.stdout, "output differs from glibc's:\n\(firstDifference(device.stdout, expected.stdout))")
    }

    /// The first differing line of two outputs, for the failure message.
    func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) where i >= a.count || i >= e.count || a[i] != e[i] {
            return "line \(i + 1):\n  kiln:  \(i < a.count ? String(a[i].prefix(300)) : "(end)")\n  glibc: \(i < e.count ? String(e[i].prefix(300)) : "(end)")"
        }
        return "(same lines)"
    }
}
