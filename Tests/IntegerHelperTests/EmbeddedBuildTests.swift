import Foundation
import KilnTestSupport
import Testing

/// The helpers build as Embedded Swift for Xtensa and export libgcc's names, and neither
/// object calls a 64-bit multiply or divide helper itself (which, defined in the same
/// object, would recurse).
@Suite struct EmbeddedBuildTests {
    static let exported = ["__muldi3", "__udivdi3", "__umoddi3", "__divdi3", "__moddi3"]
    /// What Embedded Swift's own runtime stubs (emitted into every module) refer to.
    static let allowedUndefined: Set<String> = [
        "posix_memalign", "free", "memset", "abort", "__stack_chk_guard", "__stack_chk_fail",
    ]

    @Test func buildsForXtensa() throws {
        let out = try TestTools.scratchDirectory().path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = TestTools.packageRoot.appendingPathComponent("Scripts/integer-helpers-xtensa.sh").path
        let build = try TestTools.run("sh", [script, out])
        try #require(build.status == 0, "\(build.stdout)\(build.stderr)")
        for name in ["integer-helpers", "integer-helpers-qemu"] {
            let defined = try TestTools.symbols(in: out + "/" + name + ".o", "--defined-only")
            #expect(Set(Self.exported).isSubset(of: defined), "\(name).o lacks \(Set(Self.exported).subtracting(defined).sorted())")
            let undefined = try TestTools.symbols(in: out + "/" + name + ".o", "--undefined-only")
            #expect(undefined.isSubset(of: Self.allowedUndefined), "\(name).o refers to \(undefined.subtracting(Self.allowedUndefined).sorted())")
            let assembly = try String(contentsOfFile: out + "/" + name + ".s", encoding: .utf8)
            for helper in Self.exported {
                let called = assembly.split(separator: "\n").contains { $0.hasPrefix("\t.literal") && $0.hasSuffix(", " + helper) }
                #expect(!called, "\(name) calls \(helper) itself")
            }
        }
    }
}
