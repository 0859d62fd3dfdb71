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
    static let support = TestTools.fixtures.appendingPathComponent("support")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: programs.path)) ?? [])
        .filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }.sorted()

    @Test(arguments: names)
    func sameOutputAsLLVM(_ name: String) throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        func check(_ output: TestTools.Output, _ what: String) throws {
            guard output.status == 0 else { throw ToolError(message: "\(what) failed:\n\(output.stderr)") }
        }
        let source = Self.programs.appendingPathComponent(name + ".c").path
        try check(TestTools.run("clang-22", ["--target=xtensa", "-O2", "-fno-vectorize", "-fno-slp-vectorize", "-ffreestanding",
                                         "-S", "-emit-llvm", source, "-o", path("p.ll")]), "clang-22")
        // LLVM's path.
        try check(TestTools.run("llc-22", ["-mtriple=xtensa", "-mcpu=esp32", "-mattr=-mul32high,-fp", path("p.ll"), "-o", path("llc.s")]), "llc-22")
        try check(TestTools.run("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", path("llc.s"), "-o", path("llc.o")]), "llvm-mc-22")
        // Kiln's path, from the same optimised IR.
        let output = try Backend.compile(try IRModule.load(path: path("p.ll")), profile: .qemu)
        try ELFWriter.write(output.object, to: path("kiln.o"))

        var supportObjects: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.support.path).sorted() where file.hasSuffix(".c") {
            let stem = "support-" + file.dropLast(2)
            try check(TestTools.run("clang-22", ["--target=xtensa", "-O2", "-ffreestanding", "-S", "-emit-llvm",
                                                 Self.support.appendingPathComponent(file).path, "-o", path(stem + ".ll")]), "clang-22")
            try check(TestTools.run("llc-22", ["-mtriple=xtensa", "-mcpu=esp32", "-mattr=-mul32high", path(stem + ".ll"), "-o", path(stem + ".s")]), "llc-22")
            try check(TestTools.run("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", path(stem + ".s"), "-o", path(stem + ".o")]), "llvm-mc-22")
            supportObjects.append(path(stem + ".o"))
        }

        supportObjects.append(try RuntimePieces.integerHelpers.get())
        if RuntimePieces.floatingPointIsUsed(byIR: try String(contentsOfFile: path("p.ll"), encoding: .utf8)) {
            supportObjects.append(try RuntimePieces.softFloat.get())
        }

        var results: [String: QEMURunner.Result] = [:]
        for side in ["llc", "kiln"] {
            let linked = try Firmware.link(objects: [path("\(side).o")] + supportObjects, layout: .qemu)
            try ELFWriter.write(linked.executable, to: path("\(side).elf"))
            results[side] = try QEMURunner.run(elf: path("\(side).elf"), timeout: 20)
        }
        let (theirs, ours) = (results["llc"]!, results["kiln"]!)
        #expect(ours.stdoutText == theirs.stdoutText,
                "\(name): output differs\n--- llc-22\n\(theirs.stdoutText)\n--- kiln\n\(ours.stdoutText)\(ours.stderrText)")
        #expect(ours.status == theirs.status, "\(name): exit \(ours.status), llc-22's exits \(theirs.status)")
    }
}
