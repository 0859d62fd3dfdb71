import ELFKit
import Foundation
import KilnDriver
import KilnLinker
import KilnTestSupport
import XtensaBackend
import XtensaISA

/// LLVM's own Xtensa path as the oracle for Kiln's back end: llc-22 + llvm-mc-22 objects,
/// and the libgcc 64-bit helpers (Fixtures/support) that both sides link.
extension TestTools {
    /// Runs a tool and throws with its error output unless it exits 0.
    static func runChecked(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws {
        let output = try run(tool, arguments, in: directory)
        guard output.status == 0 else { throw ToolError(message: "\(tool) failed:\n\(output.stderr)") }
    }

    /// `ir` (a .ll path) through llc-22 and llvm-mc-22 into the object `object`.
    static func llcObject(ir: String, object: String) throws {
        try runChecked("llc-22", ["-mtriple=xtensa", "-mcpu=esp32", "-mattr=-mul32high", ir, "-o", object + ".s"])
        try runChecked("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", object + ".s", "-o", object])
    }

    /// The support objects, built once per test process by LLVM alone (in a directory left
    /// for the process's lifetime).
    static let supportObjects: Result<[String], ToolError> = {
        do {
            let dir = try scratchDirectory()
            let support = fixtures.appendingPathComponent("support")
            var objects: [String] = []
            for file in try FileManager.default.contentsOfDirectory(atPath: support.path).sorted() where file.hasSuffix(".c") {
                let stem = dir.appendingPathComponent(String(file.dropLast(2))).path
                try runChecked("clang-22", ["--target=xtensa", "-O2", "-ffreestanding", "-S", "-emit-llvm",
                                       support.appendingPathComponent(file).path, "-o", stem + ".ll"])
                try llcObject(ir: stem + ".ll", object: stem + ".o")
                objects.append(stem + ".o")
            }
            return .success(objects)
        } catch {
            return .failure(ToolError(message: "building the support objects: \(error)"))
        }
    }()

    /// Links `object` with the startup code and the support objects and runs it on QEMU.
    static func linkAndRun(_ object: String, timeout: Double) throws -> QEMURunner.Result {
        let linked = try Firmware.link(objects: [object] + supportObjects.get(), layout: .qemu)
        try ELFWriter.write(linked.executable, to: object + ".elf")
        return try QEMURunner.run(elf: object + ".elf", timeout: timeout)
    }
}
