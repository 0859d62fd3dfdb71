import ArgumentParser
import KilnDriver
import KilnLinker
import XtensaISA

extension RuntimeBackend: ExpressibleByArgument {}

/// The options of commands that link firmware: which runtime, if any.
struct RuntimeOptions: ParsableArguments {
    @Flag(help: "Do not link Kiln's runtime (Runtime/Core, Runtime/OCaml).")
    var noRuntime = false

    @Option(help: "Back end that builds the runtime: kiln (default; $KILN_RUNTIME_BACKEND overrides) or llc (llc-22 + llvm-mc-22, the reference).")
    var runtimeBackend: RuntimeBackend = .fromEnvironment

    /// The runtime's link inputs for `layout`, or none with --no-runtime.
    func objects(for layout: MemoryLayout) throws(DriverError) -> [LinkInput] {
        noRuntime ? [] : try Firmware.runtimeObjects(for: layout, backend: runtimeBackend)
    }
}

/// `kiln runtime`: builds the runtime into the cache (if needed) and prints where it is.
struct RuntimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runtime",
        abstract: "Build (or find in the cache) Kiln's runtime for a target and print its objects.",
        discussion: """
            Compiles every .swift under Runtime/Core and Runtime/OCaml as one Embedded Swift \
            module (swiftc for riscv32, retargeted to Xtensa) and every .c there with clang-22, \
            then compiles the IR with Kiln's back end (or llc-22). The result is cached under \
            $KILN_CACHE_DIR, else $XDG_CACHE_HOME/kiln, else ~/.cache/kiln, keyed by the sources, \
            the target, the back end and the tools' versions. Prints one object per line (with \
            --bitcode, the Swift module's bitcode instead).
            """)

    @Option(help: "Target profile: \(Profile.all.map(\.name).joined(separator: ", ")).")
    var target = "qemu"

    @Option(help: "Back end: kiln or llc.")
    var backend: RuntimeBackend = .fromEnvironment

    @Flag(help: "Print the path of the runtime's LLVM bitcode (retargeted to Xtensa) instead of its objects.")
    var bitcode = false

    func run() throws {
        guard let profile = Profile.named(target) else {
            throw ValidationError("unknown target '\(target)'; expected one of \(Profile.all.map(\.name).joined(separator: ", "))")
        }
        do {
            let artifacts = try RuntimeCache.artifacts(profile: profile, backend: backend)
            if bitcode {
                guard let path = artifacts.bitcode else { throw fail("error: the runtime has no Swift sources, so no bitcode") }
                print(path)
            } else {
                artifacts.objects.forEach { print($0) }
            }
        } catch let error as DriverError {
            throw fail(error.description)
        }
    }
}
