// swift-tools-version:6.0
import PackageDescription

/// LLVM 22 from Debian (`llvm-22-dev`): headers and the shared library live under this prefix.
let llvmPrefix = "/usr/lib/llvm-22"

/// Swift targets that import CLLVM compile its header too, so they need LLVM's include path
/// (a C target's `cSettings` apply only to its own C files).
let llvmClient: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I\(llvmPrefix)/include"])]

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
        .target(name: "XtensaISA"),
        .target(name: "ELFKit", dependencies: ["CElf"]),
        .target(name: "XtensaAssembler", dependencies: ["XtensaISA", "ELFKit"]),
        .target(name: "KilnLinker", dependencies: ["XtensaISA", "ELFKit"]),
        // Front ends: the left end of the pipeline, reading bytecode (no Kiln dependencies yet).
        .target(name: "OCamlFrontend"),
        .target(name: "KilnDriver", dependencies: ["KilnLinker", "XtensaAssembler", "XtensaISA", "ELFKit"]),
        .executableTarget(
            name: "kiln",
            dependencies: [
                "XtensaISA", "XtensaAssembler", "ELFKit", "KilnLinker", "KilnDriver",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(
            name: "XtensaISATests", dependencies: ["XtensaISA", "CLLVM"], exclude: ["README.md"],
            swiftSettings: llvmClient),
        .testTarget(name: "ELFKitTests", dependencies: ["ELFKit"]),
        .testTarget(name: "KilnLinkerTests", dependencies: ["KilnLinker", "XtensaISA", "XtensaAssembler", "ELFKit"]),
        .testTarget(name: "KilnDriverTests", dependencies: ["KilnDriver", "KilnLinker", "XtensaAssembler", "XtensaISA", "ELFKit"],
                    exclude: ["Programs"]),
        .testTarget(name: "OCamlFrontendTests", dependencies: ["OCamlFrontend"], exclude: ["Programs"]),
        .testTarget(name: "XtensaAssemblerTests", dependencies: ["XtensaAssembler", "XtensaISA", "ELFKit"], exclude: ["Fixtures"]),
    ]
)
