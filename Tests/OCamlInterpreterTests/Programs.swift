import Foundation
import KilnTestSupport

/// The OCaml programs the interpreter is checked on, compiled with `ocamlc -compat-32` at
/// test time, and the oracle (Debian's `ocamlrun`) that says what each must print.
enum Programs {
    /// The reader's test programs (Tests/OCamlFrontendTests/Programs): every opcode
    /// family ocamlc emits, Printf, objects, exceptions, closures.
    static let corpus = ["hello", "printf", "closures", "exceptions", "objects", "constants", "misc"]
        .map { TestTools.packageRoot.appendingPathComponent("Tests/OCamlFrontendTests/Programs/\($0).ml") }

    /// The benchmarks (Samples/ocaml).
    static let benchmarks: [URL] = {
        let directory = TestTools.packageRoot.appendingPathComponent("Samples/ocaml")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".ml") }.sorted().map { directory.appendingPathComponent($0) }
    }()

    /// Compiles `source` into a folder of its own under `directory` (a copy, so that
    /// ocamlc's .cmo/.cmi land there and printf.ml's Printf shadows nothing else);
    /// returns the executable's path.
    static func compile(_ source: URL, in parent: URL) throws -> String {
        let name = source.deletingPathExtension().lastPathComponent
        let directory = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let copy = directory.appendingPathComponent(source.lastPathComponent)
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.copyItem(at: source, to: copy)
        }
        let output = directory.appendingPathComponent("\(name).byte").path
        let result = try TestTools.run("ocamlc", ["-compat-32", copy.path, "-o", output], in: directory)
        guard result.status == 0 else { throw Failure("ocamlc \(name): \(result.stderr)") }
        return output
    }

    /// What `ocamlrun` prints and its exit code: the oracle.
    static func reference(_ byte: String) throws -> TestTools.Output {
        try TestTools.run("ocamlrun", [byte])
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
