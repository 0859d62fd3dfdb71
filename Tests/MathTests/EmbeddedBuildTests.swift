import Foundation
import KilnTestSupport
import Testing

/// The libm sources build as Embedded Swift and compile with LLVM's Xtensa back end,
/// exporting every C name, and need nothing from outside but the soft-float routines and
/// what Embedded Swift's own stubs use.
@Suite struct EmbeddedBuildTests {
    static let exported = [
        "fabs", "copysign", "trunc", "floor", "ceil", "round", "modf", "fmod", "frexp", "ldexp", "scalbn",
        "exp", "expm1", "log", "log1p", "log2", "log10", "pow", "sin", "cos", "tan", "asin", "acos", "atan",
        "atan2", "sinh", "cosh", "tanh", "hypot", "cbrt",
        "fabsf", "copysignf", "truncf", "floorf", "ceilf", "roundf", "modff", "fmodf", "frexpf", "ldexpf",
        "scalbnf", "expf", "expm1f", "logf", "log1pf", "log2f", "log10f", "powf", "sinf", "cosf", "tanf",
        "asinf", "acosf", "atanf", "atan2f", "sinhf", "coshf", "tanhf", "hypotf", "cbrtf",
    ]

    /// The soft-float entry points (Runtime/Core/SoftFloat) the code calls, and Embedded
    /// Swift's runtime stubs' needs.
    static let allowedUndefined: Set<String> = [
        "__adddf3", "__subdf3", "__muldf3", "__divdf3", "sqrt", "__eqdf2", "__nedf2", "__ltdf2", "__ledf2",
        "__gtdf2", "__gedf2", "__fixdfsi", "__fixdfdi", "__floatsidf", "__floatundidf",
        "__extendsfdf2", "__truncdfsf2",
        "posix_memalign", "free", "memset", "abort", "__stack_chk_guard", "__stack_chk_fail",
    ]

    @Test func buildsForXtensa() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-libm-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = TestTools.packageRoot.appendingPathComponent("Scripts/libm-xtensa.sh").path
        let build = try TestTools.run("sh", [script, out])
        try #require(build.status == 0, "\(build.stdout)\(build.stderr)")
        // Without MUL32_HIGH (qemu) the 32 x 32 -> 64-bit products become __muldi3 calls.
        for (object, extra) in [("libm.o", Set<String>()), ("libm-qemu.o", ["__muldi3"])] {
            let path = out + "/" + object
            let defined = try TestTools.symbols(in: path, "--defined-only")
            for name in Self.exported { #expect(defined.contains(name), "\(object) lacks \(name)") }
            let undefined = try TestTools.symbols(in: path, "--undefined-only")
            #expect(undefined.subtracting(Self.allowedUndefined.union(extra)).isEmpty,
                    "\(object) needs \(undefined.subtracting(Self.allowedUndefined.union(extra)))")
        }
    }
}
