// swift-tools-version:6.0
import PackageDescription

/// LLVM 22 from Debian (`llvm-22-dev`): headers and the shared library live under this prefix.
let llvmPrefix = "/usr/lib/llvm-22"

/// Swift targets that import CLLVM compile its header too, so they need LLVM's include path
/// (a C target's `cSettings` apply only to its own C files).
let llvmClient: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I\(llvmPrefix)/include"])]

/// The code generator is optimised in debug builds too: the tests compile the runtime and
/// hundreds of programs with it, which takes ten times longer unoptimised. (`-enable-testing`
/// still comes with debug builds, so `@testable import` keeps working.)
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// The bytecode interpreter's threaded dispatch on the host: LLVM's tail duplication copies
/// the `switch`'s jump-table branch into every handler only when the block's predecessor and
/// successor counts are within these limits (16 by default; the interpreter has 149 of each).
/// Docs/ocaml-interpreter.md, "Dispatch".
let threadedDispatch: [SwiftSetting] = [.unsafeFlags(["-Xllvm", "-tail-dup-pred-size=200", "-Xllvm", "-tail-dup-succ-size=200"])]

/// The runtime's C headers and their module map (KilnPlatform, KilnOCaml).
let runtimeInclude = Context.packageDirectory + "/Runtime/include"

let package = Package(
    name: "Kiln",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kiln", targets: ["kiln"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System-library shims.
        .target(
            name: "CLLVM",
            cSettings: [.unsafeFlags(["-I\(llvmPrefix)/include"])],
            linkerSettings: [
                .unsafeFlags(["-L\(llvmPrefix)/lib", "-Xlinker", "-rpath", "-Xlinker", "\(llvmPrefix)/lib"]),
                .linkedLibrary("LLVM"),
            ]),
        .systemLibrary(name: "CElf", path: "Sources/CElf"),

        // The pipeline, right to left: ISA, objects, assembler, CLI.
        .target(name: "XtensaISA", swiftSettings: optimizedInDebug),
        .target(name: "ELFKit", dependencies: ["CElf"], swiftSettings: optimizedInDebug),
        .target(name: "XtensaAssembler", dependencies: ["XtensaISA", "ELFKit"], swiftSettings: optimizedInDebug),
        // The linker, the bytecode reader and the driver too: every `kiln build` of the tests
        // runs them (the unoptimised linker was ~30% of a debug build of a Printf program).
        .target(name: "KilnLinker", dependencies: ["XtensaISA", "ELFKit"], swiftSettings: optimizedInDebug),
        // Front ends: the left end of the pipeline, reading bytecode (no Kiln dependencies yet).
        .target(name: "OCamlFrontend", swiftSettings: optimizedInDebug),
        // Bytecode -> LLVM IR text (symbolic execution of the stack machine; Docs/ocaml-frontend.md).
        .target(name: "OCamlLowering", dependencies: ["OCamlFrontend"], swiftSettings: optimizedInDebug),
        .target(name: "KilnDriver", dependencies: ["KilnLinker", "XtensaAssembler", "XtensaISA", "ELFKit", "XtensaBackend", "CLLVM"],
                swiftSettings: llvmClient + optimizedInDebug),
        .target(
            name: "XtensaBackend", dependencies: ["XtensaISA", "XtensaAssembler", "ELFKit", "CLLVM"],
            swiftSettings: llvmClient + optimizedInDebug),
        // The runtime's soft floating point, built for the host so it can be tested against
        // the hardware. The compiler-rt entry points stay out: on the host those names
        // belong to libgcc and libm.
        .target(name: "SoftFloat", dependencies: ["IntegerHelpers"], path: "Runtime/Core/SoftFloat", exclude: ["CompilerRTExports.swift"]),
        // The runtime's libm, likewise built for the host and tested against glibc; the C
        // names stay out of the host build.
        .target(name: "Math", path: "Runtime/Core/Math", exclude: ["LibmExports.swift"]),
        // The runtime's number formatting and parsing, built for the host so it can be tested
        // against glibc's printf and strtod.
        .target(name: "Format", path: "Runtime/Core/Format"),
        // The runtime's allocator over a host buffer; malloc/free and friends stay out of the
        // host build (there they are glibc's).
        .target(name: "Allocator", path: "Runtime/Core/Allocator", exclude: ["AllocatorExports.swift"]),
        // The C library's pure logic (strings, ctype, strtol, qsort, rand, printf conversions)
        // for the host, tested against glibc; the C names, the C and the assembly stay out.
        .target(
            name: "CLib", dependencies: ["Format"], path: "Runtime/Core/CLib",
            exclude: ["CLibExports.swift", "variadic.c", "memory.c", "messages.c",
                      "stack-protector.c", "setjmp.S", "variadic-entry.S"]),
        // The runtime's 64-bit multiply/divide helpers, tested against the host's arithmetic;
        // the libgcc names stay out of the host build.
        .target(name: "IntegerHelpers", path: "Runtime/Core/IntegerHelpers", exclude: ["IntegerHelperExports.swift"]),
        // The OCaml runtime built for the host, to test the collector and the primitives. Its
        // Swift sees the C side through Runtime/include's module map, as on firmware; the C
        // side here is state.c plus host stand-ins for the linker layout, the platform layer
        // and the program module (layout.c is the firmware's).
        .target(name: "KilnOCamlHost", path: "Tests/KilnOCamlHost", cSettings: [.unsafeFlags(["-I\(runtimeInclude)"])]),
        .target(
            name: "OCamlRuntime", dependencies: ["KilnOCamlHost", "Format", "Math"], path: "Runtime/OCaml",
            exclude: ["state.c", "layout.c", "primitives.txt"],
            // Swift 5 mode, as the firmware build: the C globals are shared mutable state by design.
            swiftSettings: [.unsafeFlags(["-Xcc", "-I\(runtimeInclude)"]), .swiftLanguageMode(.v5)] + threadedDispatch),
        .executableTarget(
            name: "kiln",
            dependencies: [
                "XtensaISA", "XtensaAssembler", "ELFKit", "KilnLinker", "KilnDriver", "XtensaBackend",
                "OCamlFrontend", "OCamlLowering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: llvmClient),

        .target(name: "KilnTestSupport", dependencies: ["ELFKit", "XtensaISA"], path: "Tests/KilnTestSupport"),
        .testTarget(
            name: "XtensaISATests", dependencies: ["KilnTestSupport", "XtensaISA", "CLLVM"], exclude: ["README.md"],
            swiftSettings: llvmClient),
        .testTarget(name: "ELFKitTests", dependencies: ["KilnTestSupport", "ELFKit"]),
        .testTarget(name: "KilnLinkerTests", dependencies: ["KilnTestSupport", "KilnLinker", "XtensaISA", "XtensaAssembler", "ELFKit"]),
        .testTarget(name: "KilnDriverTests", dependencies: ["KilnTestSupport", "KilnDriver", "KilnLinker", "XtensaAssembler", "XtensaISA", "ELFKit"],
                    exclude: ["Programs"]),
        .testTarget(name: "XtensaAssemblerTests", dependencies: ["KilnTestSupport", "XtensaAssembler", "XtensaISA", "ELFKit"], exclude: ["Fixtures"]),
        .testTarget(
            name: "XtensaBackendTests",
            dependencies: ["KilnTestSupport", "XtensaBackend", "KilnDriver", "KilnLinker", "XtensaAssembler", "XtensaISA", "ELFKit", "CLLVM"],
            exclude: ["Fixtures"], swiftSettings: llvmClient),
        // Operand generators and hardware comparisons, shared by the tests and the long run.
        .target(name: "SoftFloatCheck", dependencies: ["SoftFloat"], path: "Tests/SoftFloatCheck"),
        .executableTarget(name: "softfloat-long-run", dependencies: ["SoftFloatCheck"], path: "Tests/SoftFloatLongRun"),
        .testTarget(name: "SoftFloatTests", dependencies: ["KilnTestSupport", "SoftFloat", "SoftFloatCheck"]),
        // Arguments, references and ulp measurement, shared by the tests and the long run.
        .target(name: "MathCheck", dependencies: ["Math", "SoftFloatCheck"], path: "Tests/MathCheck"),
        .executableTarget(name: "math-long-run", dependencies: ["MathCheck"], path: "Tests/MathLongRun"),
        .testTarget(name: "MathTests", dependencies: ["KilnTestSupport", "Math", "MathCheck", "SoftFloatCheck"]),
        // Number generators and glibc comparisons, shared by the tests and the long run.
        .target(name: "FormatCheck", dependencies: ["Format", "SoftFloatCheck"], path: "Tests/FormatCheck"),
        .executableTarget(name: "format-long-run", dependencies: ["FormatCheck"], path: "Tests/FormatLongRun"),
        .testTarget(name: "FormatTests", dependencies: ["KilnTestSupport", "Format", "FormatCheck"]),
        // Randomized allocation workloads with a shadow model, shared by the tests and the long run.
        .target(name: "AllocatorCheck", dependencies: ["Allocator", "SoftFloatCheck"], path: "Tests/AllocatorCheck"),
        .executableTarget(name: "allocator-long-run", dependencies: ["AllocatorCheck"], path: "Tests/AllocatorLongRun"),
        .testTarget(name: "AllocatorTests", dependencies: ["KilnTestSupport", "Allocator", "AllocatorCheck"], exclude: ["Device"]),
        // Kiln's bytecode interpreter (part of OCamlRuntime: Runtime/OCaml/Interpreter) run on
        // the host like ocamlrun, for the interpreter's calibration and tests without QEMU.
        .executableTarget(
            name: "kiln-ocamlrun", dependencies: ["OCamlFrontend", "OCamlRuntime", "KilnOCamlHost"],
            // Swift 5 mode, as the runtime: the C globals it sets are shared mutable state by design.
            swiftSettings: [.unsafeFlags(["-Xcc", "-I\(runtimeInclude)"]), .swiftLanguageMode(.v5)],
            // The primitive table is built by name with dlsym over the executable's own symbols.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]),
        .testTarget(name: "BenchTests", dependencies: ["KilnTestSupport", "KilnDriver"], exclude: ["Programs"]),
        .testTarget(name: "OCamlInterpreterTests", dependencies: ["KilnTestSupport", "OCamlFrontend"]),
        .testTarget(name: "OCamlRuntimeTests", dependencies: ["KilnTestSupport", "OCamlRuntime", "KilnOCamlHost"],
                    // Swift 5 mode, as the firmware build: the C globals are shared mutable state by design.
            swiftSettings: [.unsafeFlags(["-Xcc", "-I\(runtimeInclude)"]), .swiftLanguageMode(.v5)]),
        .testTarget(name: "IntegerHelperTests", dependencies: ["KilnTestSupport", "IntegerHelpers", "SoftFloatCheck"]),
        // The runtime built by Kiln's back end (and llc-22), cached, linked; soft-float on QEMU vs the host.
        .testTarget(
            name: "RuntimeBuildTests", dependencies: ["KilnTestSupport", "KilnDriver", "XtensaBackend", "XtensaISA", "CLLVM"],
            exclude: ["Device"], swiftSettings: llvmClient),
        .testTarget(name: "OCamlFrontendTests", dependencies: ["KilnTestSupport", "OCamlFrontend"], exclude: ["Programs"]),
        .testTarget(name: "OCamlProgramsTests", dependencies: ["KilnTestSupport", "OCamlFrontend", "OCamlLowering"], exclude: ["Programs", "known-failures.txt"]),
        // Damaged real executables for the OCaml reader and lowering, shared by the test and the long run.
        .target(name: "OCamlFuzzCheck", dependencies: ["OCamlFrontend", "OCamlLowering", "SoftFloatCheck"], path: "Tests/OCamlFuzzCheck"),
        .executableTarget(name: "ocaml-fuzz", dependencies: ["OCamlFuzzCheck", "OCamlFrontend"], path: "Tests/OCamlFuzzLongRun"),
        .testTarget(name: "OCamlFuzzTests", dependencies: ["KilnTestSupport", "OCamlFuzzCheck", "OCamlFrontend", "OCamlLowering"],
                    exclude: ["Regressions"]),
        .testTarget(name: "CLibTests", dependencies: ["KilnTestSupport", "CLib"], exclude: ["Programs"]),
        // Damaged real objects for the ELF reader and the linker (in-process, seconds).
        .testTarget(name: "ObjectFuzzTests", dependencies: ["KilnTestSupport", "ELFKit", "KilnLinker", "XtensaAssembler",
                                                            "OCamlFuzzCheck", "SoftFloatCheck"]),
    ]
)
