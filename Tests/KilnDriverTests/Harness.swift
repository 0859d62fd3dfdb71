import ELFKit
import Foundation
import KilnTestSupport
import KilnDriver
import KilnLinker
import XtensaAssembler
import XtensaISA

/// Builds test programs the way the issue asks: C through LLVM's path (clang-22 → llc-22 →
/// llvm-mc-22), assembly through Kiln's own assembler, linked in-process by Kiln's linker
/// with the startup code, then run under QEMU.
enum Harness {
    static let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs")

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// An object from a program file: `.c` through clang-22/llc-22/llvm-mc-22, `.S` through
    /// Kiln's assembler.
    static func object(_ name: String, in dir: URL, defines: [String] = []) throws -> String {
        let source = programs.appendingPathComponent(name)
        let stem = dir.appendingPathComponent((name as NSString).deletingPathExtension + defines.joined()).path
        if name.hasSuffix(".S") {
            let text = try String(contentsOf: source, encoding: .utf8)
            let object = try Assembler.assemble(source: text, path: source.path, profile: .qemu)
            try ELFWriter.write(object, to: stem + ".o")
            return stem + ".o"
        }
        let include = TestTools.packageRoot.appendingPathComponent("Runtime/include").path
        let steps: [(String, [String])] = [
            ("clang-22", ["--target=xtensa", "-O2", "-I", include] + defines.map { "-D" + $0 }
                + ["-S", "-emit-llvm", source.path, "-o", stem + ".ll"]),
            ("llc-22", ["-mtriple=xtensa", "-mcpu=esp32", "-mattr=-mul32high", stem + ".ll", "-o", stem + ".s"]),
            ("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", stem + ".s", "-o", stem + ".o"]),
        ]
        for (tool, arguments) in steps {
            let result = try TestTools.run(tool, arguments)
            guard result.status == 0 else { throw Failure(description: "\(tool) failed on \(name):\n\(result.stderr)") }
        }
        return stem + ".o"
    }

    /// Firmware linked from program files (plus support.c) for `layout`.
    static func firmware(_ files: [String], layout: MemoryLayout = .qemu, defines: [String] = [],
                         in dir: URL) throws -> (elf: String, map: LinkMap) {
        let objects = try (files + ["support.c"]).map { try object($0, in: dir, defines: defines) }
        let result = try Firmware.link(objects: objects, layout: layout)
        let elf = dir.appendingPathComponent("firmware-\(files[0])\(defines.joined()).elf").path
        try ELFWriter.write(result.executable, to: elf)
        return (elf, result.map)
    }

    /// Builds and runs a qemu program.
    static func runProgram(_ files: [String], defines: [String] = [], timeout: Double = 20) throws -> (QEMURunner.Result, LinkMap) {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (elf, map) = try firmware(files, defines: defines, in: dir)
        return (try QEMURunner.run(elf: elf, timeout: timeout), map)
    }

    /// The `kiln` executable (one locator for all tests: `TestTools.kiln`).
    static var kiln: String { TestTools.kiln }
}
