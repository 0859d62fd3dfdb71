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

    /// The programs the end-to-end test runs: all, or those `$KILN_CORPUS` names
    /// (comma-separated), to rerun a few while fixing them.
    static var selected: [String] {
        guard let list = ProcessInfo.processInfo.environment["KILN_CORPUS"], !list.isEmpty else { return all }
        let wanted = Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        return all.filter { wanted.contains($0) }
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

    /// The `kiln` executable (`$KILN` when set): see `TestTools.kiln`.
    static var kiln: String { TestTools.kiln }

    /// known-failures.txt beside this file: `name: reason` per line (`#` starts a comment).
    /// A listed program must still fail, so a fix forces removing its line.
    static var knownFailures: [String: String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("known-failures.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var entries: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { entries[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
        }
        return entries
    }

    /// `diff -u` of what ocamlrun printed against what the firmware printed, for a failure message.
    static func difference(_ expected: Run, _ actual: Run, in dir: URL) -> String {
        let left = dir.appendingPathComponent("ocamlrun.out"), right = dir.appendingPathComponent("kiln.out")
        try? expected.stdout.write(to: left, atomically: true, encoding: .utf8)
        try? actual.stdout.write(to: right, atomically: true, encoding: .utf8)
        let diff = (try? TestTools.run("diff", ["-u", left.path, right.path]).stdout) ?? ""
        return "exit \(actual.status) (ocamlrun: \(expected.status))\n" + String(diff.prefix(3000))
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

    /// `kiln build prog.byte` (which runs LLVM's verifier on the lowered IR) then `kiln run`:
    /// the firmware's output on QEMU.
    static func native(_ byte: String, in dir: URL, timeout: Int = 120) throws -> Run {
        let elf = dir.appendingPathComponent(URL(fileURLWithPath: byte).deletingPathExtension().lastPathComponent + ".elf").path
        let build = try TestTools.run(kiln, ["build", byte, "-o", elf])
        guard build.status == 0 else { throw Failure(description: "kiln build \(byte) failed (\(build.status)):\n\(build.stderr)") }
        let run = try TestTools.run(kiln, ["run", elf, "--timeout", String(timeout)])
        return Run(stdout: run.stdout, status: run.status)
    }
}
