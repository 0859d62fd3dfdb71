import Foundation
import KilnTestSupport

/// The OCaml programs beside this file, built with Debian's `ocamlc -compat-32` at test time
/// and run by `ocamlrun` (the oracle) and by Kiln's firmware under QEMU.
enum Corpus {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs")

    /// Every program of the corpus, by name.
    static var all: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".ml") }.map { String($0.dropLast(3)) }.sorted()
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Compiles `name.ml` into `dir` (each program alone: ocamlc writes .cmi files beside it).
    static func compile(_ name: String, in dir: URL) throws -> String {
        let source = dir.appendingPathComponent("\(name).ml").path
        try? FileManager.default.removeItem(atPath: source)
        try FileManager.default.copyItem(atPath: directory.appendingPathComponent("\(name).ml").path, toPath: source)
        let output = dir.appendingPathComponent("\(name).byte").path
        let result = try TestTools.run("ocamlc", ["-compat-32", source, "-o", output], in: dir)
        guard result.status == 0 else { throw Failure(description: "ocamlc failed on \(name):\n\(result.stderr)") }
        return output
    }

    /// The `kiln` executable built beside the test bundle.
    static var kiln: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [bundle, bundle.deletingLastPathComponent(), TestTools.packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("kiln").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return TestTools.packageRoot.appendingPathComponent(".build/debug/kiln").path
    }

    /// Whether a failed `kiln build` failed while building or linking the runtime itself
    /// (its sources, or a C library symbol it needs), rather than in the program's lowering.
    static func isRuntimeBuildFailure(_ message: String) -> Bool {
        message.contains("building the runtime") || message.contains("runtime build")
            || (message.contains("undefined symbol") && message.contains("KilnRuntime"))
    }

    /// What a run printed and how it ended.
    struct Run: Equatable, CustomStringConvertible {
        var stdout: String
        var status: Int32
        var description: String { "exit \(status), stdout:\n\(stdout)" }
    }

    /// `ocamlrun prog.byte`: the reference.
    static func reference(_ byte: String) throws -> Run {
        let result = try TestTools.run("ocamlrun", [byte])
        return Run(stdout: result.stdout, status: result.status)
    }

    /// `kiln build prog.byte` then `kiln run`: the firmware's output on QEMU.
    static func native(_ byte: String, in dir: URL, timeout: Int = 60) throws -> Run {
        let elf = dir.appendingPathComponent(URL(fileURLWithPath: byte).deletingPathExtension().lastPathComponent + ".elf").path
        let build = try TestTools.run(kiln, ["build", byte, "-o", elf])
        guard build.status == 0 else { throw Failure(description: "kiln build \(byte) failed (\(build.status)):\n\(build.stderr)") }
        let run = try TestTools.run(kiln, ["run", elf, "--timeout", String(timeout)])
        return Run(stdout: run.stdout, status: run.status)
    }
}
