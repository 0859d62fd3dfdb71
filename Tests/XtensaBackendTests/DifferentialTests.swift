import KilnTestSupport
import ELFKit
import Foundation
import KilnDriver
import KilnLinker
import Testing
import XtensaBackend
import XtensaISA

/// End to end: each C program in Fixtures/programs is compiled by clang-22 to IR once, then
/// through LLVM's back end (llc-22 → llvm-mc-22) and through Kiln's; both are linked with
/// Kiln's linker (with the startup code) and run on QEMU, and must print the same and exit
/// the same. Both sides link the runtime's 64-bit integer helpers, programs with floating
/// point also its soft-float routines (`RuntimePieces`), and the C files in Fixtures/support
/// (stubs for what those pieces refer to) compiled by LLVM alone. LLVM's side is built
/// without the FPU, as QEMU's core has none.
@Suite struct DifferentialTests {
    static let programs = TestTools.fixtures.appendingPathComponent("programs")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: programs.path)) ?? [])
        .filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }.sorted()

    @Test(arguments: names)
    func sameOutputAsLLVM(_ name: String) throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        try TestTools.clangIR(Self.programs.appendingPathComponent(name + ".c").path, to: path("p.ll"))
        try TestTools.llcObject(path("p.ll"), to: path("llc.o"))
        try TestTools.kilnObject(path("p.ll"), to: path("kiln.o"))
        var supportObjects = try TestTools.supportObjects(in: dir)
        if RuntimePieces.floatingPointIsUsed(byIR: try String(contentsOfFile: path("p.ll"), encoding: .utf8)) {
            supportObjects.append(try RuntimePieces.softFloat.get())
        }
        var results: [String: QEMURunner.Result] = [:]
        for side in ["llc", "kiln"] {
            results[side] = try TestTools.runFirmware([path("\(side).o")] + supportObjects, elf: path("\(side).elf"))
        }
        let (theirs, ours) = (results["llc"]!, results["kiln"]!)
        #expect(ours.stdoutText == theirs.stdoutText,
                "\(name): output differs\n--- llc-22\n\(theirs.stdoutText)\n--- kiln\n\(ours.stdoutText)\(ours.stderrText)")
        #expect(ours.status == theirs.status, "\(name): exit \(ours.status), llc-22's exits \(theirs.status)")
    }
}
