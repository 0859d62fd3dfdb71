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
        let support = try TestTools.supportObjects(in: dir)
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

    /// First-class aggregates: results ({i32, i32}, {i32, i64}, {i64, i64}, [4 x i32], nested)
    /// in registers and arguments split into leaves: aggregates_peer.ll defines them,
    /// aggregates_caller.ll calls them (both built by each back end), a C main built by
    /// llc-22 prints; oracle: all llc-22.
    @Test func structResultsAcrossObjectsMatchLLVM() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        try TestTools.clangIR(Self.sources.appendingPathComponent("aggregates_main.c").path, to: path("main.ll"))
        try TestTools.llcObject(path("main.ll"), to: path("main.o"))
        for part in ["aggregates_peer", "aggregates_caller"] {
            let ir = Self.sources.appendingPathComponent(part + ".ll").path
            try TestTools.llcObject(ir, to: path(part + "-llc.o"))
            try TestTools.kilnObject(ir, to: path(part + "-kiln.o"))
        }
        func run(_ peer: String, _ caller: String) throws -> QEMURunner.Result {
            try TestTools.runFirmware([path("main.o"), path("aggregates_peer-\(peer).o"), path("aggregates_caller-\(caller).o")],
                                      elf: path("\(peer)-\(caller).elf"))
        }
        let oracle = try run("llc", "llc")
        #expect(oracle.stdoutText.contains("nested"))
        for (peer, caller) in [("kiln", "llc"), ("llc", "kiln"), ("kiln", "kiln")] {
            let ours = try run(peer, caller)
            #expect(ours.stdoutText == oracle.stdoutText, "peer by \(peer), caller by \(caller)\n--- llc-22 only\n\(oracle.stdoutText)\n--- mixed\n\(ours.stdoutText)\(ours.stderrText)")
            #expect(ours.status == oracle.status)
        }
    }
}
