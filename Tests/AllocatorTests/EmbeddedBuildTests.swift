import Foundation
import KilnTestSupport
import Testing

/// The allocator builds as Embedded Swift and compiles with LLVM's Xtensa back end, and
/// defines the C names Embedded Swift's stubs and C programs call (`malloc` and `free`
/// themselves are C functions in Core/CLib/memory.c calling `kiln_malloc`/`kiln_free`:
/// swiftc reserves those two names; RuntimeLinkTests runs a C program through them).
@Suite struct EmbeddedBuildTests {
    static let cNames = ["kiln_malloc", "kiln_free", "calloc", "realloc", "posix_memalign", "aligned_alloc", "kiln_heap_init"]

    /// Embedded Swift's own stubs and the memory intrinsics, the heap region's layout
    /// symbols (the default heap, set up on first use), and `free` (Embedded Swift's
    /// `swift_slowDealloc` calls it; memory.c defines it); nothing else from outside.
    static let allowedUndefined: Set<String> = [
        "memset", "memcpy", "memmove", "abort", "__stack_chk_guard", "__stack_chk_fail", "free",
        "_heap_start", "_heap_end",
    ]

    @Test func buildsForXtensa() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-allocator-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let script = TestTools.packageRoot.appendingPathComponent("Scripts/allocator-xtensa.sh").path
        let build = try TestTools.run("sh", [script, out])
        try #require(build.status == 0, "\(build.stdout)\(build.stderr)")
        // Without MUL32_HIGH (the qemu profile) calloc's overflow-checked product is a __muldi3 call.
        for (object, extra) in [("allocator.o", Set<String>()), ("allocator-qemu.o", ["__muldi3"])] {
            let defined = try TestTools.symbols(in: out + "/" + object, "--defined-only")
            for name in Self.cNames { #expect(defined.contains(name), "\(object) lacks \(name)") }
            let undefined = try TestTools.symbols(in: out + "/" + object, "--undefined-only")
            let allowed = Self.allowedUndefined.union(extra)
            #expect(undefined.isSubset(of: allowed), "\(object) refers to \(undefined.subtracting(allowed).sorted())")
        }
    }
}
