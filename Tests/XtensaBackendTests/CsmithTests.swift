import ELFKit
import Foundation
import KilnDriver
import KilnTestSupport
import Testing
import XtensaBackend
import XtensaISA

/// Random programs from csmith (fixed seeds, Tests/Csmith/options) compiled from the same
/// clang-22 -O2 IR (-fno-finite-loops: csmith's endless loops must stay loops, see
/// Scripts/csmith-diff.sh) by llc-22 + llvm-mc-22 and by Kiln, both run on QEMU: the checksums of
/// all globals and the exit codes must be the same. A seed whose program LLVM's side
/// cannot build or that outlives the timeout there, or that uses IR Kiln reports as not
/// supported yet, is skipped (and printed); Scripts/csmith-diff.sh runs the long version.
@Suite struct CsmithTests {
    static let csmithDirectory = TestTools.packageRoot.appendingPathComponent("Tests/Csmith")
    static let options: [String] = ((try? String(contentsOf: csmithDirectory.appendingPathComponent("options"), encoding: .utf8)) ?? "")
        .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    @Test(arguments: 1...32)
    func sameChecksumAsLLVM(seed: Int) throws {
        #expect(!Self.options.isEmpty, "Tests/Csmith/options is missing")
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        // In the scratch directory: csmith leaves a platform.info where it runs.
        try TestTools.succeed("csmith", ["--seed", String(seed)] + Self.options + ["-o", path("p.c")], in: dir)
        try TestTools.succeed("clang-22", ["--target=xtensa", "-O2", "-ffreestanding", "-fno-finite-loops", "-fno-vectorize", "-fno-slp-vectorize", "-w",
                                              "-I", Self.csmithDirectory.path, "-S", "-emit-llvm", path("p.c"), "-o", path("p.ll")])
        do { try TestTools.llcObject(path("p.ll"), to: path("llc.o")) } catch {
            print("csmith seed \(seed): skipped, llc-22 failed")
            return
        }
        let support = try TestTools.supportObjects(in: dir)
        let theirs = try TestTools.runFirmware([path("llc.o")] + support, elf: path("llc.elf"), timeout: 5)
        if theirs.timedOut { print("csmith seed \(seed): skipped, timed out on llc-22's side"); return }
        let output: Backend.Output
        switch Result(catching: { () throws(BackendError) in try Backend.compile(try IRModule.load(path: path("p.ll")), profile: .qemu) }) {
        case let .success(compiled): output = compiled
        case let .failure(error):
            guard case .unsupported = error else { throw error }
            print("csmith seed \(seed): skipped, \(error)")
            return
        }
        try ELFWriter.write(output.object, to: path("kiln.o"))
        let ours = try TestTools.runFirmware([path("kiln.o")] + support, elf: path("kiln.elf"), timeout: 10)
        #expect(theirs.stdoutText.hasPrefix("checksum = "), "seed \(seed): llc-22's program printed \(theirs.stdoutText)")
        #expect(ours.stdoutText == theirs.stdoutText && ours.status == theirs.status,
                "csmith seed \(seed): llc-22's program printed \(theirs.stdoutText) and exited \(theirs.status), Kiln's \(ours.stdoutText)\(ours.stderrText) exit \(ours.status)")
    }
}
