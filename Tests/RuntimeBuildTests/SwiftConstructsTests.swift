import Foundation
import KilnTestSupport
import Testing

/// Device/swift-constructs.c — the IR constructs Kiln's back end gained for the runtime
/// (atomics, unaligned stores, i8 overflow intrinsics, `llvm.is.fpclass`) — compiled by
/// Kiln's back end and run on QEMU, against the same file built for the host by clang.
@Suite struct SwiftConstructsTests {
    static let device = TestTools.packageRoot.appendingPathComponent("Tests/RuntimeBuildTests/Device")
    static let common = TestTools.packageRoot.appendingPathComponent("Tests/XtensaBackendTests/Fixtures/programs").path

    @Test(.enabled(if: kilnExists)) func sameOutputAsTheHost() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        let source = Self.device.appendingPathComponent("swift-constructs.c").path
        // The host: kiln_console_write is write(2).
        try "#include <unistd.h>\nvoid kiln_console_write(const char *b, unsigned n) { write(1, b, n); }\n"
            .write(toFile: path("shim.c"), atomically: true, encoding: .utf8)
        let host = try TestTools.run("clang-22", ["-O0", "-w", "-I", Self.common, source, path("shim.c"), "-o", path("host")])
        try #require(host.status == 0, "\(host.stderr)")
        let expected = try TestTools.run(path("host"), [])
        // The device.
        let ir = try TestTools.run("clang-22", ["--target=xtensa", "-O2", "-ffreestanding", "-I", Self.common, "-S", "-emit-llvm", source, "-o", path("p.ll")])
        try #require(ir.status == 0, "\(ir.stderr)")
        let build = try TestTools.run(kiln, ["build", path("p.ll"), "-o", path("p.elf")])
        try #require(build.status == 0, "\(build.stderr.suffix(2000))")
        let run = try TestTools.run(kiln, ["run", path("p.elf")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == expected.stdout)
        #expect(expected.stdout.hasPrefix("atomics 45108\n"))
    }
}
