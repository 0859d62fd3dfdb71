import ELFKit
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

    /// Compiles IR text (written to a temporary file first).
    static func compile(ir: String, profile: Profile = .qemu) throws -> Backend.Output {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("input.ll")
        try ir.write(to: path, atomically: true, encoding: .utf8)
        return try Backend.compile(try IRModule.load(path: path.path), profile: profile)
    }
}
