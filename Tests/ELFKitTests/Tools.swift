import Foundation
import Testing

/// Runs the LLVM 22 tools the tests use as oracles, and gives each test a scratch directory.
enum Tools {
    /// What a tool printed and how it exited.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `tool` (found on PATH) with `arguments`, waiting for it to finish.
    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would block the tool forever.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// `llvm-readelf-22 --elf-output-style=JSON` with `options`, decoded: the one file's object.
    static func readelfJSON(_ path: String, _ options: [String]) throws -> [String: Any] {
        let output = try run("llvm-readelf-22", ["--elf-output-style=JSON"] + options + [path])
        #expect(output.status == 0, "llvm-readelf-22 failed: \(output.stderr)")
        #expect(output.stderr.isEmpty, "llvm-readelf-22 warned: \(output.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        return try #require((json as? [[String: Any]])?.first)
    }

    /// A fresh directory for one test's files, removed by the caller with `remove`.
    static func scratchDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "elfkit-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Typed access to llvm-readelf's JSON, which nests every named value as {"Name", "Value"}.
extension Dictionary where Key == String, Value == Any {
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    func array(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    func int(_ key: String) -> Int { (self[key] as? NSNumber)?.intValue ?? -1 }
    func string(_ key: String) -> String { self[key] as? String ?? "" }
    /// The "Name" of a {"Name", "Value"} pair.
    func name(_ key: String) -> String { object(key).string("Name") }
    /// The "Value" of a {"Name", "Value"} pair.
    func value(_ key: String) -> Int { object(key).int("Value") }
}
