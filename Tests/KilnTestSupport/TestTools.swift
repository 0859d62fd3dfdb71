import Foundation

/// What every test target needs to run the oracles: start a tool and capture what it
/// printed, give a test a scratch directory, find the package. Each test target extends
/// this with its own oracles (llvm-mc, llvm-readelf, QEMU runs).
public enum TestTools {
    /// The least startup code a linked test program needs: `_start` calls `main` (the
    /// linker's layouts place `.startup.text` at the reset path).
    public static let startAssembly = """
        .section .startup.text, "ax"
        .global _start
        .p2align 2
    _start:
        entry a1, 32
        call8 main
        retw

    """

    /// The package's root directory (this file is Tests/KilnTestSupport/TestTools.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What a tool printed and how it exited.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `tool` (an absolute path, or a name looked up in PATH) with `arguments`, in
    /// `directory` if given, and waits for it to finish.
    public static func run(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws -> Output {
        let process = Process()
        if let directory { process.currentDirectoryURL = directory }
        if tool.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [tool] + arguments
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting: a tool blocked on a full pipe would never exit.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A new empty directory for one test's files; the test removes it.
    public static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
