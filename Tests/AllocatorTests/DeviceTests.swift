import Foundation
import KilnTestSupport
import Testing

/// The allocator compiled for QEMU's dc233c and driven by a C workload built with Kiln's own
/// back end (`Scripts/allocator-qemu.sh`). Needs the `kiln` binary, which `make test` builds
/// before the tests; a lone `swift test --filter` without it skips this test.
@Suite struct DeviceTests {
    static let kiln = TestTools.kiln

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: kiln)))
    func workloadPassesOnQEMU() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-allocator-qemu-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = TestTools.packageRoot.appendingPathComponent("Scripts/allocator-qemu.sh").path
        let run = try TestTools.run("sh", [script, Self.kiln, out])
        #expect(run.status == 0, "workload exit code \(run.status) (see workload.c): \(run.stderr.suffix(2000))")
    }
}
