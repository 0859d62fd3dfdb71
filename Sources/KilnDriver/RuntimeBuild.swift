#if canImport(Glibc)
import Glibc
#endif
internal import CLLVM
import ELFKit
internal import XtensaBackend
import XtensaISA

/// Which compiler turns the runtime's LLVM IR into Xtensa objects.
public enum RuntimeBackend: String, CaseIterable, Sendable {
    /// Kiln's own back end: the default, and the biggest correctness test the back end gets.
    case kiln
    /// `llc-22` + `llvm-mc-22`, LLVM's Xtensa target: the reference, for differential runs.
    case llc

    /// `$KILN_RUNTIME_BACKEND` when it names a back end, else `standard`.
    public static var fromEnvironment: RuntimeBackend {
        getenv("KILN_RUNTIME_BACKEND").flatMap { RuntimeBackend(rawValue: String(cString: $0)) } ?? standard
    }

    /// The default: Kiln's own back end (Docs/runtime.md, "How the runtime is built").
    public static let standard = RuntimeBackend.kiln
}

/// Compiles the runtime (`RuntimeSources`) into Xtensa objects for one profile:
///
///     Core/**.swift, OCaml/**.swift ─swiftc (Embedded, riscv32)─► IR ─retarget─► KilnRuntime.bc ─back end─► KilnRuntime.o
///     Core/**.c, OCaml/**.c ─clang-22 --target=xtensa─► IR ─back end─► <path>.o
///
/// The back end is Kiln's (`Backend.compile`, one section per function so the linker
/// drops what a program does not use) or llc-22 + llvm-mc-22 with the same sections.
/// Assembly sources are not built here: `Firmware` assembles them with the startup code.
public enum RuntimeBuild {
    /// The Embedded Swift module name of the runtime.
    public static let moduleName = "KilnRuntime"
    /// The retargeted Swift module's bitcode, written next to the objects.
    public static let bitcodeName = "KilnRuntime.bc"

    /// Builds every Swift and C source of `sources` into `directory` (which must exist);
    /// returns the object files' names (relative to `directory`).
    public static func build(_ sources: RuntimeSources, profile: Profile, backend: RuntimeBackend,
                             into directory: String) throws(DriverError) -> [String] {
        var objects: [String] = []
        if !sources.swift.isEmpty {
            let ir = directory + "/KilnRuntime-riscv32.ll"
            try tool(["swiftc", "-target", "riscv32-none-none-eabi", "-enable-experimental-feature", "Embedded",
                      "-wmo", "-parse-as-library", "-O", "-Xfrontend", "-disable-stack-protector",
                      "-I", sources.root + "/include", "-module-name", moduleName, "-emit-ir"]
                     + sources.swift.map { sources.root + "/" + $0 } + ["-o", ir])
            let module = try load(ir)
            unlink(ir)
            do { try module.writeBitcode(to: directory + "/" + bitcodeName) } catch { throw .tool(name: "kiln", message: error.description) }
            try compile(module, name: moduleName, source: moduleName, profile: profile, backend: backend, into: directory)
            objects.append(moduleName + ".o")
        }
        for path in sources.c {
            let name = objectStem(path)
            let ir = directory + "/" + name + ".ll"
            try tool(["clang-22", "--target=xtensa", "-O2", "-ffreestanding", "-nostdlibinc",
                      "-isystem", sources.root + "/include/libc", "-isystem", sources.root + "/include", "-S", "-emit-llvm",
                      sources.root + "/" + path, "-o", ir])
            try compile(try load(ir), name: name, source: path, profile: profile, backend: backend, into: directory)
            unlink(ir)
            objects.append(name + ".o")
        }
        return objects
    }

    /// `Core/CLib/printf.c` → `Core_CLib_printf`: a flat, unique file name for its object.
    static func objectStem(_ path: String) -> String {
        String(path.split(separator: ".").dropLast().joined(separator: ".").map { $0 == "/" ? "_" : $0 })
    }

    static func load(_ path: String) throws(DriverError) -> IRModule {
        do { return try IRModule.load(path: path) } catch { throw .tool(name: "kiln", message: error.description) }
    }

    /// Compiles `module` to `directory/name.o` with `backend`.
    static func compile(_ module: IRModule, name: String, source: String, profile: Profile,
                        backend: RuntimeBackend, into directory: String) throws(DriverError) {
        let object = directory + "/" + name + ".o"
        switch backend {
        case .kiln:
            do {
                let output = try Backend.compile(module, profile: profile, path: source, functionSections: true)
                try ELFWriter.write(output.object, to: object)
            } catch let error as BackendError {
                throw .tool(name: "kiln (runtime build, \(source))", message: error.description)
            } catch let error as ELFError {
                throw .elf(error)
            } catch {
                throw .tool(name: "kiln", message: "\(error)")
            }
        case .llc:
            let ir = directory + "/" + name + "-xtensa.ll", assembly = directory + "/" + name + ".s"
            module.renameLocalsForAssemblers()
            guard LLVMPrintModuleToFile(module.module, ir, nil) == 0 else { throw .io(path: ir, message: "cannot write the module") }
            // -mattr=-mul32high for dc233c; llc -filetype=obj misplaces inline literal pools
            // (XTENSA-FACTS.md), so the object comes from llvm-mc.
            let attributes = profile.has(.mul32High) ? [] : ["-mattr=-mul32high"]
            try tool(["llc-22", "-mtriple=xtensa", "-mcpu=esp32"] + attributes
                     + ["-O2", "-function-sections", "-data-sections", ir, "-o", assembly])
            try tool(["llvm-mc-22", "-triple=xtensa", "-mcpu=esp32", "-filetype=obj", assembly, "-o", object])
            unlink(ir)
            unlink(assembly)
        }
    }

    /// Runs a tool; a failure is an error carrying the end of its standard error.
    static func tool(_ arguments: [String]) throws(DriverError) {
        var errors: [UInt8] = []
        let outcome = try Subprocess.run(arguments, onStdout: { _ in }, onStderr: { errors += $0 })
        guard outcome.status == 0 else {
            // swiftc's warnings come first; the errors are at the end.
            let text = String(decoding: errors.suffix(4000), as: UTF8.self)
            throw .tool(name: arguments[0], message: "failed (exit \(outcome.status)) building the runtime:\n\(text)")
        }
    }
}
