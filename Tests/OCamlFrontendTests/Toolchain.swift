import Foundation
import KilnTestSupport
import OCamlFrontend

/// Runs Debian's OCaml tools (`ocamlc`, `ocamldumpobj`, `ocamlobjinfo`, `ocamlrun`): they
/// build the test programs and are the oracles the reader is compared with.
enum Toolchain {
    /// The `.ml` programs beside this file.
    static let programsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Programs")
    /// The programs compared with the oracles (dumpdata.ml is the DATA oracle itself).
    static let programs = ["hello", "printf", "closures", "exceptions", "objects", "constants", "misc"]

    /// One temporary directory per test run, for everything compiled.
    static let buildDirectory: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiln-ocaml-reader-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Runs `tool` with `arguments`; returns standard output, failing on a non-zero exit.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try TestTools.run(tool, arguments, in: buildDirectory)
        guard result.status == 0 else {
            throw ToolError(message: "\(tool) \(arguments.joined(separator: " ")) exited with \(result.status)")
        }
        return result.stdout
    }

    struct ToolError: Error, CustomStringConvertible { let message: String; var description: String { message } }

    /// Compiles `Programs/name.ml` with `ocamlc -compat-32` plus `flags` (each set of flags
    /// gets its own output file); returns the executable's path.
    static func compile(_ name: String, flags: [String] = []) throws -> String {
        let suffix = flags.isEmpty ? "" : "-" + flags.joined().filter { $0.isLetter || $0.isNumber }
        let source = programsDirectory.appendingPathComponent("\(name).ml").path
        let directory = buildDirectory.appendingPathComponent(name + suffix)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // ocamlc writes .cmo/.cmi beside the source unless the source is copied.
        let copy = directory.appendingPathComponent("\(name).ml").path
        if !FileManager.default.fileExists(atPath: copy) {
            try FileManager.default.copyItem(atPath: source, toPath: copy)
        }
        let output = directory.appendingPathComponent("\(name).byte").path
        _ = try run("ocamlc", ["-compat-32"] + flags + [copy, "-o", output])
        return output
    }

    /// The program compiled once per run with default flags, for tests that only read it.
    static func executable(_ name: String) throws -> String {
        try cache.withLock { cached in
            if let path = cached[name] { return path }
            let path = try compile(name)
            cached[name] = path
            return path
        }
    }
    private static let cache = Mutex<[String: String]>([:])

    /// `ocamldumpobj` of the code (with `-noloc` unless `locations`), without its
    /// `## start/end` lines.
    static func dumpobj(_ path: String, locations: Bool = false) throws -> String {
        try run("ocamldumpobj", (locations ? [] : ["-noloc"]) + [path]).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("## ") }.joined(separator: "\n")
    }

    /// The lines of one part (`Primitives used:`, `Globals defined:`...) of `ocamlobjinfo`.
    static func objinfo(_ path: String, part: String) throws -> [String] {
        let lines = try run("ocamlobjinfo", [path]).split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: part) else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("\t") }.map { String($0.dropFirst()) }
    }
}

/// A lock around a value (Foundation's NSLock; Synchronization's Mutex needs macOS 15).
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
