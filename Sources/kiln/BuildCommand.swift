import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import ELFKit
import KilnDriver
import KilnLinker
import OCamlFrontend
import OCamlLowering
import XtensaBackend
import XtensaISA

/// `kiln build`: LLVM IR or C to an Xtensa object, through Kiln's own back end.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile LLVM IR (.ll, .bc) or C (.c) to Xtensa firmware or an object with Kiln's back end.",
        discussion: """
            C goes through `clang-22 --target=xtensa -O2 -Xclang -disable-llvm-passes \
            -ffreestanding -nostdlibinc -isystem <Runtime/include/libc> -isystem <Runtime/include> -S -emit-llvm` first (clang's \
            front end only, so the module is optimised once, below; freestanding, so clang does \
            not turn loops into library calls; the headers are clang's freestanding ones and the \
            C library's in Runtime/include/libc). The module is then checked by LLVM's \
            verifier (invalid IR is an error), optimised with LLVM's pass pipeline for the chosen level (for an \
            OCaml program at -O2, a cut-down O2 that takes ~60% of its time for code within 0.2%; \
            KILN_PASSES=<opt -passes= pipeline> in the environment replaces the pipeline, for measuring) and compiled \
            by Kiln's own instruction selection, register allocation and frame lowering. Without \
            -c the object is linked with Kiln's startup code and runtime (built on first use and \
            cached, see `kiln runtime --help`) into firmware that `kiln run` runs \
            (main is called; its result is the exit code). With KILN_TIME=1 in the \
            environment, the CPU time of loading, verifying, LLVM's optimisation and each of the back \
            end's passes (summed over functions) is printed to standard error.
            """)

    @Argument(help: "The input: .ll, .bc, .c or an OCaml bytecode executable (.byte).")
    var input: String

    @Flag(name: .customShort("c"), help: "Stop at the relocatable object instead of linking firmware.")
    var objectOnly = false

    @Option(name: .short, help: "The firmware (or, with -c, the object file) to write.")
    var output: String

    @Option(help: "Also write the generated assembly (reassemblable with `kiln as` and llvm-mc-22) to this file.")
    var listing: String?

    @Option(help: "Target profile: \(Profile.all.map(\.name).joined(separator: ", ")).")
    var target = "qemu"

    @Option(help: "OCaml heap size in bytes (K and M suffixes allowed); default 256K.")
    var heap: String?

    @Option(help: "Also write the LLVM IR before LLVM's optimisation to this file: what the OCaml front end or clang-22 made, or the .ll input itself.")
    var emitIR: String?

    @Flag(help: "OCaml: embed the bytecode and run it with Kiln's interpreter instead of compiling it to native code.")
    var interpret = false

    @OptionGroup var runtime: RuntimeOptions

    @Flag(help: "Optimisation level (LLVM's pipeline before Kiln's back end).")
    var level: Level = .O2

    enum Level: String, EnumerableFlag {
        case O0, O1, O2, Os
        static func name(for value: Level) -> NameSpecification { .customLong(value.rawValue, withSingleDash: true) }
    }

    func run() throws {
        guard let profile = Profile.named(target) else {
            throw ValidationError("unknown target '\(target)'; expected one of \(Profile.all.map(\.name).joined(separator: ", "))")
        }
        var irPath = input
        var temporary: String?
        if input.hasSuffix(".c") {
            let path = "/tmp/kiln-\(getpid()).ll"
            // -nostdlibinc drops the host's /usr/include but keeps clang's own freestanding
            // headers (stdint.h, stddef.h, stdarg.h, limits.h, ...); Runtime/include adds the
            // C library's (stdio.h, string.h, ...).
            let status = runProgram("/usr/bin/clang-22", [
                "--target=xtensa", "-O2", "-Xclang", "-disable-llvm-passes", "-ffreestanding", "-nostdlibinc",
                "-isystem", RuntimeLocation.directory + "/include/libc", "-isystem", RuntimeLocation.directory + "/include", "-S", "-emit-llvm", input, "-o", path,
            ])
            guard status == 0 else { throw fail("\(input): error: clang-22 failed (exit \(status))") }
            irPath = path
            temporary = path
        }
        defer { if let temporary { unlink(temporary) } }
        let isOCaml = input.hasSuffix(".byte") || OCamlBuild.isBytecode(input)
        var primitives: [String: Int] = [:]
        if isOCaml {
            let path = "/tmp/kiln-\(getpid())-ocaml.ll"
            primitives = try OCamlBuild.lower(input, to: path, heap: heap, interpret: interpret)
            irPath = path
            temporary = path
        }
        if let emitIR {
            do { try writeText(String(decoding: try FileIO.read(irPath), as: UTF8.self), to: emitIR) } catch let error as DriverError { throw fail(error.description) }
        }
        let timings = PassTimings()
        defer { if let flag = getenv("KILN_TIME"), String(cString: flag) == "1" { FileHandleOutput.standardError.write(timings.report + "\n") } }
        do {
            let module = try timings.measure("load IR") { () throws(BackendError) in try IRModule.load(path: irPath) }
            // LLVM's optimiser assumes a valid module (it miscompiles or crashes on one that
            // is not), and the parser checks less than the verifier (dominance, for one).
            // ~0.07 s for an OCaml program, where it checks Kiln's own lowering: CorpusTests
            // relies on it instead of running llvm-as-22 over the emitted text.
            if let problem = timings.measure("verify IR", { module.verify() }) {
                let origin = isOCaml ? "the IR Kiln's lowering made of it (a bug in Kiln)" : "the module"
                throw BackendError.unreadable(path: input, message: "LLVM's verifier rejects \(origin): \(problem.prefix(2000))")
            }
            let standard = isOCaml && level == .O2 ? OCamlPipeline.passes : "default<\(level.rawValue)>"
            let passes = OCamlPipeline.chosen(standard: standard)
            try timings.measure("LLVM optimise") { () throws(BackendError) in try module.optimize(passes: passes) }
            // An OCaml program is large (Stdlib included): a section per function lets each
            // literal pool sit within L32R's 256 KiB of its function.
            let result = try Backend.compile(module, profile: profile, path: input, functionSections: isOCaml, timings: timings)
            // The listing before the object or firmware, and removed again when those fail:
            // a build that exits with an error leaves no output behind.
            if let listing {
                try writeText("# kiln build \(input) --target \(profile.name) -\(level.rawValue)\n" + result.assembly, to: listing)
            }
            do {
                if objectOnly {
                    try timings.measure("write ELF") { () throws(ELFError) in try ELFWriter.write(result.object, to: output) }
                } else {
                    guard let layout = MemoryLayout.named(profile.name) else { throw fail("error: no memory layout for target '\(profile.name)'") }
                    let runtimeObjects = try runtime.objects(for: layout)
                    if isOCaml { try OCamlBuild.checkPrimitives(input, primitives, runtime: runtimeObjects) }
                    // The object goes to the linker in memory: its errors name the input.
                    let compiled = LinkInput(path: input, object: result.object)
                    try ELFWriter.write(try Firmware.link(compiled: [compiled], layout: layout, runtime: runtimeObjects).executable, to: output)
                }
            } catch {
                if let listing { removePartialOutput(listing) }
                throw error
            }
        } catch let error as BackendError {
            throw fail(error.description)
        } catch let error as DriverError {
            throw fail(error.description)
        } catch let error as ELFError {
            throw fail(error.description)
        } catch let error as LinkError {
            throw fail(error.description)
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail("\(output): error: \(error)")
        }
    }
}

/// Runs a program and waits for it; returns its exit status (or -1 if it could not start).
func runProgram(_ path: String, _ arguments: [String]) -> Int32 {
    var pid: pid_t = 0
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    guard posix_spawn(&pid, path, nil, nil, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
}
