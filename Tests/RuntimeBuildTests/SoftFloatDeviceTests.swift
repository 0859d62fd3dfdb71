import Foundation
import KilnTestSupport
import Testing

/// The `kiln` binary the tests drive; `make test` builds it before the tests, a lone
/// `swift test --filter` without it skips the tests that need it.
let kiln = TestTools.packageRoot.appendingPathComponent(".build/debug/kiln").path
let kilnExists = FileManager.default.isExecutableFile(atPath: kiln)

/// Device/softfloat-ops.c on QEMU, its float operations done by the runtime built with each
/// back end, against the same file built for the host (x86-64 SSE2, glibc): every class of
/// operation must hash to the same value, bit for bit.
@Suite struct SoftFloatDeviceTests {
    static let source = TestTools.packageRoot.appendingPathComponent("Tests/RuntimeBuildTests/Device/softfloat-ops.c").path

    /// The host's output: the oracle.
    static let host: Result<String, ToolError> = {
        do {
            let dir = try TestTools.scratchDirectory()
            let binary = dir.appendingPathComponent("softfloat-host").path
            let build = try TestTools.run("gcc", ["-DHOST", "-O0", "-ffp-contract=off", source, "-lm", "-o", binary])
            guard build.status == 0 else { return .failure(ToolError(message: build.stderr)) }
            let run = try TestTools.run(binary, [])
            try? FileManager.default.removeItem(at: dir)
            return run.status == 0 ? .success(run.stdout) : .failure(ToolError(message: "host run exited \(run.status)"))
        } catch {
            return .failure(ToolError(message: "\(error)"))
        }
    }()

    @Test(.enabled(if: kilnExists), arguments: ["kiln", "llc"])
    func matchesTheHostBitForBit(backend: String) throws {
        let expected = try Self.host.get()
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let firmware = dir.appendingPathComponent("softfloat.elf").path
        let build = try TestTools.run(kiln, ["build", Self.source, "--runtime-backend", backend, "-o", firmware])
        try #require(build.status == 0, "\(build.stderr.suffix(3000))")
        let run = try TestTools.run(kiln, ["run", firmware])
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        #expect(run.stdout == expected)
        // At least 10,000 operations, each class exercised.
        let total = expected.split(separator: "\n").last.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(total >= 10_000)
    }
}

/// A tool failure, with what it printed.
struct ToolError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
