import ELFKit
import KilnDriver
import KilnLinker
import Foundation
import KilnTestSupport
import XtensaBackend
import XtensaISA

/// Helpers for the back-end tests: fixtures, the LLVM oracles, and object comparison.
extension TestTools {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every `.ll` fixture, by base name.
    static let fixtureNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
        .filter { $0.hasSuffix(".ll") }.map { String($0.dropLast(3)) }.sorted()

    /// Compiles a fixture exactly as written (no LLVM optimisation), for the qemu profile.
    static func compileFixture(_ name: String, profile: Profile = .qemu) throws -> Backend.Output {
        let module = try IRModule.load(path: fixtures.appendingPathComponent(name + ".ll").path)
        return try Backend.compile(module, profile: profile, path: name + ".ll")
    }

    /// The exit codes of one IR program built by llc-22 (the oracle) and by Kiln, each linked
    /// with the startup code alone and run under QEMU.
    static func exitCodes(ofLLCAndKiln ir: String) throws -> (llc: Int32, kiln: Int32) {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ file: String) -> String { dir.appendingPathComponent(file).path }
        try ir.write(toFile: path("p.ll"), atomically: true, encoding: .utf8)
        try llcObject(path("p.ll"), to: path("llc.o"))
        try kilnObject(path("p.ll"), to: path("kiln.o"))
        return (try runFirmware([path("llc.o")], elf: path("llc.elf")).status,
                try runFirmware([path("kiln.o")], elf: path("kiln.elf")).status)
    }

    /// Compiles IR text (written to a temporary file first).
    static func compile(ir: String, profile: Profile = .qemu) throws -> Backend.Output {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("input.ll")
        try ir.write(to: path, atomically: true, encoding: .utf8)
        return try Backend.compile(try IRModule.load(path: path.path), profile: profile)
    }
}

/// The C → object → QEMU steps the end-to-end tests share.
extension TestTools {
    /// Runs a tool and fails with its error output unless it exits 0.
    static func succeed(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws {
        let output = try run(tool, arguments, in: directory)
        guard output.status == 0 else { throw ToolError(message: "\(tool) failed:\n\(output.stderr)") }
    }

    /// clang-22's optimised Xtensa IR for a C file, as the differential tests use it.
    static func clangIR(_ source: String, to ir: String) throws {
        try succeed("clang-22", ["--target=xtensa", "-O2", "-fno-vectorize", "-fno-slp-vectorize", "-ffreestanding",
                                 "-S", "-emit-llvm", source, "-o", ir])
    }

    /// LLVM's back end on IR: llc-22, then llvm-mc-22 (llc's own objects misalign literals).
    /// Without MUL32_HIGH and the FPU, which QEMU's dc233c lacks.
    static func llcObject(_ ir: String, to object: String) throws {
        try succeed("llc-22", ["-mtriple=xtensa", "-mcpu=esp32", "-mattr=-mul32high,-fp", ir, "-o", object + ".s"])
        try succeed("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", object + ".s", "-o", object])
    }

    /// Kiln's back end on IR, as written (no second optimisation).
    static func kilnObject(_ ir: String, to object: String) throws {
        let output = try Backend.compile(try IRModule.load(path: ir), profile: .qemu)
        try ELFWriter.write(output.object, to: object)
    }

    /// Links objects with the startup code for QEMU (optionally with a smaller stack) and runs them.
    static func runFirmware(_ objects: [String], elf: String, stackSize: UInt32? = nil, timeout: Double = 20) throws -> QEMURunner.Result {
        var layout = MemoryLayout.qemu
        if let stackSize { layout.stackSize = stackSize }
        let linked = try Firmware.link(objects: objects, layout: layout)
        try ELFWriter.write(linked.executable, to: elf)
        return try QEMURunner.run(elf: elf, timeout: timeout)
    }

    /// What both sides of a comparison link: the Fixtures/support C files (stubs for what the
    /// runtime pieces refer to), compiled by LLVM alone, and the runtime's 64-bit helpers.
    static func supportObjects(in dir: URL) throws -> [String] {
        let support = fixtures.appendingPathComponent("support")
        var objects: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: support.path).sorted() where file.hasSuffix(".c") {
            let stem = dir.appendingPathComponent("support-" + file.dropLast(2)).path
            try clangIR(support.appendingPathComponent(file).path, to: stem + ".ll")
            try llcObject(stem + ".ll", to: stem + ".o")
            objects.append(stem + ".o")
        }
        return objects + [try RuntimePieces.integerHelpers.get()]
    }
}
