import Foundation
import KilnDriver
import KilnTestSupport
import Testing

/// Calls between objects built by llc-22 and by Kiln: Fixtures/interop/structs_main.c and
/// structs_peer.c pass structs of every size by value (byval) and return them (sret) across
/// the object boundary, both ways (the peer calls back into main). Linked all four ways; the
/// all-llc-22 firmware is the oracle the three others must match.
@Suite struct InteropTests {
    static let sources = TestTools.fixtures.appendingPathComponent("interop")

    @Test func structsAcrossObjectsMatchLLVM() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        for part in ["structs_main", "structs_peer"] {
            try TestTools.clangIR(Self.sources.appendingPathComponent(part + ".c").path, to: path(part + ".ll"))
            try TestTools.llcObject(path(part + ".ll"), to: path(part + "-llc.o"))
            try TestTools.kilnObject(path(part + ".ll"), to: path(part + "-kiln.o"))
        }
        let support = try DifferentialTests.supportObjects(in: dir)
        func run(_ main: String, _ peer: String) throws -> QEMURunner.Result {
            try TestTools.runFirmware([path("structs_main-\(main).o"), path("structs_peer-\(peer).o")] + support,
                                      elf: path("\(main)-\(peer).elf"))
        }
        let oracle = try run("llc", "llc")
        #expect(oracle.stdoutText.contains("s100"))
        for (main, peer) in [("kiln", "llc"), ("llc", "kiln"), ("kiln", "kiln")] {
            let ours = try run(main, peer)
            #expect(ours.stdoutText == oracle.stdoutText, "main by \(main), peer by \(peer)\n--- llc-22 only\n\(oracle.stdoutText)\n--- mixed\n\(ours.stdoutText)\(ours.stderrText)")
            #expect(ours.status == oracle.status)
        }
    }
}
