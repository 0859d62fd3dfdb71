import Foundation
@testable import KilnDriver
import KilnTestSupport
import Testing
import XtensaISA

/// What the runtime build compiles and when its cache is reused.
@Suite struct RuntimeCacheTests {
    /// A miniature Runtime folder: Core with Swift, C and assembly, an include folder, no OCaml.
    func miniatureRuntime() throws -> URL {
        let root = try TestTools.scratchDirectory()
        for (path, text) in [("Core/B/b.swift", "let b = 1\n"), ("Core/A/a.swift", "let a = 1\n"), ("Core/A/x.c", "int x;\n"),
                             ("Core/A/jump.S", "nop\n"), ("include/kiln/k.h", "int k(void);\n"), ("Start/start.S", "nop\n")] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func scanFindsEachKindSortedAndSkipsMissingFolders() throws {
        let root = try miniatureRuntime()
        defer { try? FileManager.default.removeItem(at: root) }
        let sources = try RuntimeSources.scan(root: root.path)
        #expect(sources.swift == ["Core/A/a.swift", "Core/B/b.swift"])
        #expect(sources.c == ["Core/A/x.c"])
        #expect(sources.assembly == ["Core/A/jump.S"])
        #expect(sources.headers == ["include/kiln/k.h"])   // Start/ is the startup code, not the runtime
    }

    @Test func keyChangesWithContentsProfileAndBackendOnly() throws {
        let root = try miniatureRuntime()
        defer { try? FileManager.default.removeItem(at: root) }
        let sources = try RuntimeSources.scan(root: root.path)
        let key = try RuntimeCache.key(sources, profile: .qemu, backend: .kiln)
        #expect(try RuntimeCache.key(sources, profile: .qemu, backend: .kiln) == key)
        #expect(try RuntimeCache.key(sources, profile: .esp32, backend: .kiln) != key)
        #expect(try RuntimeCache.key(sources, profile: .qemu, backend: .llc) != key)
        // Where the checkout lives does not matter; what the files hold does.
        let copy = try miniatureRuntime()
        defer { try? FileManager.default.removeItem(at: copy) }
        #expect(try RuntimeCache.key(try RuntimeSources.scan(root: copy.path), profile: .qemu, backend: .kiln) == key)
        try "let b = 2\n".write(to: copy.appendingPathComponent("Core/B/b.swift"), atomically: true, encoding: .utf8)
        #expect(try RuntimeCache.key(try RuntimeSources.scan(root: copy.path), profile: .qemu, backend: .kiln) != key)
        try "int k(int);\n".write(to: root.appendingPathComponent("include/kiln/k.h"), atomically: true, encoding: .utf8)
        #expect(try RuntimeCache.key(try RuntimeSources.scan(root: root.path), profile: .qemu, backend: .kiln) != key)
    }

    /// A kiln binary older than a code-generator source was built from other code than the
    /// sources say: the key then names the binary too (RuntimeCache.key), found by this test.
    @Test func binaryOlderThanASourceIsRecognised() throws {
        let folder = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("kiln").path, source = folder.appendingPathComponent("a.swift").path
        for path in [binary, source] { try "x".write(toFile: path, atomically: false, encoding: .utf8) }
        let earlier = Date(timeIntervalSinceNow: -60)
        try FileManager.default.setAttributes([.modificationDate: earlier], ofItemAtPath: source)
        #expect(!RuntimeCache.isOlder(binary, than: [source]))
        try FileManager.default.setAttributes([.modificationDate: earlier], ofItemAtPath: binary)
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: source)
        #expect(RuntimeCache.isOlder(binary, than: [source]))
        #expect(!RuntimeCache.isOlder(binary, than: []))
    }

    /// Two `kiln runtime` processes started together on an empty cache: one builds, the other
    /// waits for it, and both print the same objects (of a miniature runtime, to stay quick).
    @Test(.enabled(if: kilnExists)) func concurrentFirstUseBuildsOnce() throws {
        let cache = try TestTools.scratchDirectory(), runtime = try miniatureRuntime()
        defer {
            try? FileManager.default.removeItem(at: cache)
            try? FileManager.default.removeItem(at: runtime)
        }
        func start() throws -> (Process, Pipe, Pipe) {
            let process = Process(), out = Pipe(), err = Pipe()
            process.executableURL = URL(fileURLWithPath: kiln)
            process.arguments = ["runtime", "--backend", "kiln"]
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["KILN_CACHE_DIR": cache.path, "KILN_RUNTIME": runtime.path]) { $1 }
            process.standardOutput = out
            process.standardError = err
            try process.run()
            return (process, out, err)
        }
        let runs = [try start(), try start()]
        var outputs: [String] = [], progressLines = 0
        for (process, out, err) in runs {
            let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(stderr.suffix(2000))")
            outputs.append(stdout)
            progressLines += stderr.components(separatedBy: "kiln: building the runtime").count - 1
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].split(separator: "\n").map { $0.split(separator: "/").last! } == ["KilnRuntime.o", "Core_A_x.o"])
        #expect(progressLines == 1)
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(!entries.contains { $0.contains(".tmp-") })
    }
}
