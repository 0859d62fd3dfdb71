import Foundation
import KilnTestSupport
import Testing

/// The formatting sources build as Embedded Swift and compile with LLVM's Xtensa back end,
/// so a host-only construct (Foundation, a class, an existential, a floating-point
/// `description`) is caught here rather than when the runtime is first linked.
@Suite struct EmbeddedBuildTests {
    /// The public entry points, by the type names in their mangled symbols.
    static let entryPoints = ["FloatFormatting", "IntegerFormatting", "FloatParsing", "ShortestDecimal"]

    /// What Embedded Swift's own runtime stubs (emitted into every module, here also for
    /// arrays) refer to; the formatting code itself needs nothing from outside.
    static let allowedUndefined: Set<String> = [
        "posix_memalign", "free", "memset", "abort", "__stack_chk_guard", "__stack_chk_fail",
    ]

    @Test func buildsForXtensa() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-format-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = TestTools.packageRoot.appendingPathComponent("Scripts/format-xtensa.sh").path
        let build = try TestTools.run("sh", [script, out])
        try #require(build.status == 0, "\(build.stdout)\(build.stderr)")
        // Without MUL32_HIGH (the qemu profile) 32 x 32 -> 64-bit products become __muldi3.
        for (object, extra) in [("format.o", Set<String>()), ("format-qemu.o", ["__muldi3"])] {
            let defined = try TestTools.symbols(in: out + "/" + object, "--defined-only")
            for name in Self.entryPoints {
                #expect(defined.contains { $0.contains("KilnFormat\(name.utf8.count)\(name)") }, "\(object) lacks \(name)")
            }
            let undefined = try TestTools.symbols(in: out + "/" + object, "--undefined-only")
            let allowed = Self.allowedUndefined.union(extra)
            #expect(undefined.isSubset(of: allowed), "\(object) refers to \(undefined.subtracting(allowed).sorted())")
        }
    }
}
