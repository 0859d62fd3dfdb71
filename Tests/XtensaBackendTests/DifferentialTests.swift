import ELFKit
import Foundation
import Testing
import XtensaBackend
import XtensaISA

/// End to end: each C program in Fixtures/programs is compiled by clang-22 to IR once, then
/// through LLVM's back end (llc-22 → llvm-mc-22) and through Kiln's; both are linked with
/// `kiln link` and run with `kiln run` on QEMU, and must print the same and exit the same.
///
/// Needs a `kiln` with the `link` and `run` commands: `.build/debug/kiln` once the linker is
/// merged, or the binary named by KILN_BIN. Skipped when there is none.
@Suite(.enabled(if: Differential.kiln != nil, "needs `kiln link` and `kiln run` (set KILN_BIN)"))
struct DifferentialTests {
    static let programs = Tools.fixtures.appendingPathComponent("programs")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: programs.path)) ?? [])
        .filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }.sorted()

    @Test(arguments: names)
    func sameOutputAsLLVM(_ name: String) throws {
        let kiln = Differential.kiln!
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        func check(_ output: Tools.Output, _ what: String) throws {
            guard output.status == 0 else { throw Tools.ToolError(message: "\(what) failed:\n\(output.stderr)") }
        }
        let source = Self.programs.appendingPathComponent(name + ".c").path
        try check(Tools.run("clang-22", ["--target=xtensa", "-O2", "-fno-vectorize", "-fno-slp-vectorize", "-ffreestanding",
                                         "-S", "-emit-llvm", source, "-o", path("p.ll")]), "clang-22")
        // LLVM's path.
        try check(Tools.run("llc-22", ["-mtriple=xtensa", "-mcpu=esp32", "-mattr=-mul32high", path("p.ll"), "-o", path("llc.s")]), "llc-22")
        try check(Tools.run("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", path("llc.s"), "-o", path("llc.o")]), "llvm-mc-22")
        // Kiln's path, from the same optimised IR.
        let output = try Backend.compile(try IRModule.load(path: path("p.ll")), profile: .qemu)
        try ELFWriter.write(output.object, to: path("kiln.o"))

        var results: [String: Tools.Output] = [:]
        for side in ["llc", "kiln"] {
            try check(Tools.run(kiln, ["link", path("\(side).o"), "-o", path("\(side).elf")]), "kiln link (\(side))")
            results[side] = try Tools.run(kiln, ["run", path("\(side).elf")])
        }
        let (theirs, ours) = (results["llc"]!, results["kiln"]!)
        #expect(ours.stdout == theirs.stdout, "\(name): output differs\n--- llc-22\n\(theirs.stdout)\n--- kiln\n\(ours.stdout)\(ours.stderr)")
        #expect(ours.status == theirs.status, "\(name): exit \(ours.status), llc-22's exits \(theirs.status)")
    }
}

enum Differential {
    /// A `kiln` binary that can link and run, if there is one.
    static let kiln: String? = {
        let built = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/kiln").path
        let candidates: [String] = [ProcessInfo.processInfo.environment["KILN_BIN"], built].compactMap { $0 }
        return candidates.first { (candidate: String) -> Bool in
            guard FileManager.default.isExecutableFile(atPath: candidate),
                  let help = try? Tools.run(candidate, ["--help"]).stdout else { return false }
            return help.contains("\n  link ") && help.contains("\n  run ")
        }
    }()
}
