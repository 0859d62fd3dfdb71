import Foundation
import KilnTestSupport
import Testing

/// The same sources build as Embedded Swift and compile with LLVM's Xtensa back end,
/// exporting every compiler-rt name, so a host-only construct (Foundation, a class, an
/// existential) is caught here rather than when the runtime is first linked.
@Suite struct EmbeddedBuildTests {
    static let exported = [
        "__adddf3", "__subdf3", "__muldf3", "__divdf3", "sqrt", "fma",
        "__addsf3", "__subsf3", "__mulsf3", "__divsf3", "sqrtf", "fmaf",
        "__eqdf2", "__nedf2", "__ltdf2", "__ledf2", "__gtdf2", "__gedf2", "__unorddf2", "__cmpdf2",
        "__eqsf2", "__nesf2", "__ltsf2", "__lesf2", "__gtsf2", "__gesf2", "__unordsf2", "__cmpsf2",
        "__extendsfdf2", "__truncdfsf2",
        "__fixdfsi", "__fixunsdfsi", "__fixdfdi", "__fixunsdfdi",
        "__fixsfsi", "__fixunssfsi", "__fixsfdi", "__fixunssfdi",
        "__floatsidf", "__floatunsidf", "__floatdidf", "__floatundidf",
        "__floatsisf", "__floatunsisf", "__floatdisf", "__floatundisf",
    ]

    /// What Embedded Swift's own runtime stubs (emitted into every module) refer to; the
    /// soft-float code itself needs nothing from outside.
    static let allowedUndefined: Set<String> = [
        "posix_memalign", "free", "memset", "abort", "__stack_chk_guard", "__stack_chk_fail",
    ]

    @Test func buildsForXtensa() throws {
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiln-softfloat-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = TestTools.packageRoot.appendingPathComponent("Scripts/softfloat-xtensa.sh").path
        let build = try TestTools.run("sh", [script, out])
        try #require(build.status == 0, "\(build.stdout)\(build.stderr)")
        // Without MUL32_HIGH (the qemu profile) LLVM turns 32 x 32 -> 64-bit products into
        // calls to the integer helper __muldi3, which the runtime must then provide.
        let objects: [(name: String, extra: Set<String>)] = [
            ("softfloat.o", []), ("softfloat-qemu.o", ["__muldi3"]),
        ]
        for object in objects {
            let path = out + "/" + object.name
            let defined = try TestTools.symbols(in: path, "--defined-only")
            #expect(Set(Self.exported).subtracting(defined).isEmpty,
                    "\(object.name) lacks \(Set(Self.exported).subtracting(defined).sorted())")
            let allowed = Self.allowedUndefined.union(object.extra)
            let undefined = try TestTools.symbols(in: path, "--undefined-only")
            #expect(undefined.isSubset(of: allowed),
                    "\(object.name) refers to \(undefined.subtracting(allowed).sorted())")
        }
    }
}
