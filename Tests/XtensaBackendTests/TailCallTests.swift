import Foundation
import KilnDriver
import KilnTestSupport
import Testing

/// Proper tail calls on QEMU against the host: Fixtures/tailcalls/deep.c recurses 1,000,000
/// times through `musttail` (directly, through function pointers, into an llc-22-built
/// object, and around ordinary recursion deep enough to spill every register window).
/// clang-22 honours `musttail` on the host, so the host build is the oracle; LLVM's Xtensa
/// target drops it, so llc-22 cannot be. The firmware gets an 8 KiB stack: without proper
/// tail calls a million frames would overflow it many times over.
@Suite struct TailCallTests {
    static let sources = TestTools.fixtures.appendingPathComponent("tailcalls")

    @Test func millionDeepTailCallsRunInConstantStack() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        let deep = Self.sources.appendingPathComponent("deep.c").path, peer = Self.sources.appendingPathComponent("peer.c").path

        try TestTools.succeed("clang-22", ["-O2", "-ffreestanding", "-DHOST", deep, peer, "-o", path("host")])
        let expected = try TestTools.run(path("host"), [])

        try TestTools.clangIR(deep, to: path("deep.ll"))
        try TestTools.clangIR(peer, to: path("peer.ll"))
        try TestTools.kilnObject(path("deep.ll"), to: path("deep.o"))
        try TestTools.llcObject(path("peer.ll"), to: path("peer.o"))
        let result = try TestTools.runFirmware([path("deep.o"), path("peer.o")], elf: path("deep.elf"), stackSize: 8 << 10)
        #expect(expected.stdout.contains("ping constant stack 1"))
        #expect(result.stdoutText == expected.stdout, "--- host\n\(expected.stdout)\n--- kiln\n\(result.stdoutText)\(result.stderrText)")
        #expect(result.status == expected.status)
    }
}
