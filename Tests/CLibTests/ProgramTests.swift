import Foundation
import KilnTestSupport
import Testing

/// Issue 5's "must show": C programs using the C library (Tests/CLibTests/Programs) give the
/// same standard output and exit code when built with gcc for the host and run there as
/// when built for QEMU's dc233c against Kiln's runtime and run with `kiln run`.
///
/// The runtime is built once per test run by `Scripts/clib-runtime.sh` (LLVM's back end for
/// the Swift and C parts until `kiln build` builds the runtime itself); each program is
/// compiled by `kiln build -c` where Kiln's back end accepts it, else by clang-22 and llc-22
/// (`Scripts/clib-run.sh`; today every program, see Docs/runtime.md). Needs the `kiln`
/// binary, which `make test` builds first; a lone `swift test --filter` without it skips.
@Suite struct ProgramTests {
    static let kiln = TestTools.packageRoot.appendingPathComponent(".build/debug/kiln").path
    static let programs = TestTools.packageRoot.appendingPathComponent("Tests/CLibTests/Programs")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: programs.path)) ?? []
        return files.filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }.sorted()
    }

    /// The runtime objects, built on first use and shared by all programs of this run.
    static let runtime: Result<String, ToolError> = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-clib-runtime-\(getpid())").path
        let script = TestTools.packageRoot.appendingPathComponent("Scripts/clib-runtime.sh").path
        guard let build = try? TestTools.run("sh", [script, kiln, directory]), build.status == 0 else {
            return .failure(ToolError(message: "Scripts/clib-runtime.sh failed"))
        }
        guard FileManager.default.createFile(atPath: directory + "/objects", contents: Data(build.stdout.utf8)) else {
            return .failure(ToolError(message: "cannot write \(directory)/objects"))
        }
        return .success(directory)
    }()

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: kiln)), arguments: names)
    func sameAsGlibc(program: String) throws {
        let runtimeDirectory = try Self.runtime.get()
        let scratch = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = Self.programs.appendingPathComponent(program + ".c").path
        let host = scratch.appendingPathComponent(program).path
        let compile = try TestTools.run("gcc", ["-O2", "-w", source, "-o", host, "-lm"])
        try #require(compile.status == 0, "gcc: \(compile.stderr)")
        // Through sh so that a program killed by SIGABRT reports 134, as `kiln run` does.
        let expected = try TestTools.run("sh", ["-c", "\"$0\"; exit $?", host])
        let script = TestTools.packageRoot.appendingPathComponent("Scripts/clib-run.sh").path
        let device = try TestTools.run(
            "env", ["KILN_CLIB_RUNTIME_DIR=\(runtimeDirectory)", "KILN_CLIB_RUN_FLAGS=--timeout 300", "sh", script, source,
                    scratch.path, Self.kiln])  // printf_stress runs ~145 M instructions: 10-15 s on a busy machine
        #expect(device.status == expected.status, "exit code \(device.status), host \(expected.status): \(device.stderr.suffix(1500))")
        #expect(device.stdout == expected.stdout, "output differs from glibc's:\n\(firstDifference(device.stdout, expected.stdout))")
        // The programs written for Kiln's back end as it is today must not need the fallback.
        if program.hasPrefix("nonvariadic_") {
            let compiler = try String(contentsOf: scratch.appendingPathComponent(program + ".compiler"), encoding: .utf8)
            #expect(compiler == "kiln\n", "\(program) was not compiled by Kiln's back end")
        }
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
