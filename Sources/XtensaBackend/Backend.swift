import CLLVM
import ELFKit
import XtensaAssembler
import XtensaISA

/// Kiln's Xtensa back end: LLVM IR in, an ELF relocatable object (and its assembly) out.
///
///     IRModule ─select─► MachineFunction (virtual registers)
///              ─allocate─► physical registers + spill slots
///              ─frame─► ENTRY, SP offsets ─tail calls─► jumps to tail entries
///              ─peephole─► layout, density forms
///              ─relax─► out-of-reach branches inverted over a J
///              ─emit─► assembly statements ─Assembler─► ELFFile (and, when asked, the listing)
public enum Backend {
    /// The result of compiling a module.
    public struct Output {
        /// The assembly statements the object was assembled from.
        public var statements: [Statement]
        public var object: ELFFile
        /// The listing: GNU assembly that reassembles to `object` with `kiln as` and
        /// llvm-mc-22, printed from `statements` only when asked for.
        public var assembly: String { Statement.listing(statements) }
    }

    /// Compiles every defined function and global of `module` for `profile`. With
    /// `functionSections` each function and global is in a section of its own, so the
    /// linker can drop the unused ones (how the runtime is built); with `timings`, each
    /// pass's CPU time is added to it.
    public static func compile(_ module: IRModule, profile: Profile, path: String = "<module>",
                               functionSections: Bool = false,
                               timings: PassTimings = PassTimings()) throws(BackendError) -> Output {
        let lowered = try lower(module, profile: profile, timings: timings)
        let statements = try timings.measure("emit") { () throws(BackendError) in
            try Emit.module(lowered, functionSections: functionSections)
        }
        do {
            // Straight to the encoder: the statements go through the assembler's state and
            // instruction table without being printed and parsed again.
            let object = try timings.measure("assemble") { () throws(AssemblyError) -> ELFFile in
                try Assembler.assemble(statements, path: path + ".s", profile: profile)
            }
            return Output(statements: statements, object: object)
        } catch {
            throw .internalAssembly(error.description)
        }
    }

    /// Runs every pass up to emission.
    public static func lower(_ module: IRModule, profile: Profile,
                             timings: PassTimings = PassTimings()) throws(BackendError) -> MachineModule {
        var result = MachineModule()
        var framed: [MachineFunction] = []
        var function = LLVMGetFirstFunction(module.module)
        while let f = function {
            if LLVMIsDeclaration(f) == 0 {
                framed.append(try compile(f, in: module, profile: profile, timings: timings))
            }
            function = LLVMGetNextFunction(f)
        }
        // Tail calls to functions of this module know their callee's frame size.
        let frameSizes = Dictionary(framed.map { ($0.name, $0.frameSize ?? 0) }, uniquingKeysWith: { first, _ in first })
        result.functions = framed.map { function in
            let tailCalled = timings.measure("tail calls") { TailCalls.run(function, frameSizes: frameSizes) }
            let peepholed = timings.measure("peephole") { Peephole.run(tailCalled, profile: profile) }
            let threaded = timings.measure("dispatch") { DispatchDuplication.run(peepholed) }
            return timings.measure("relax") { Relax.run(threaded) }
        }
        var global = LLVMGetFirstGlobal(module.module)
        while let g = global {
            if LLVMIsDeclaration(g) == 0 { result.data.append(try timings.measure("data") { () throws(BackendError) in try Data.global(g, in: module) }) }
            global = LLVMGetNextGlobal(g)
        }
        return result
    }

    /// The passes for one function up to frame lowering; tail calls, the peephole pass and
    /// relaxation follow once every function's frame size is known.
    static func compile(_ function: LLVMValueRef, in module: IRModule, profile: Profile,
                        timings: PassTimings) throws(BackendError) -> MachineFunction {
        _ = timings.measure("return duplication") { ReturnDuplication.run(function) }
        _ = timings.measure("congruent phis") { CongruentPhis.merge(function) }
        let selected = try timings.measure("select") { () throws(BackendError) in try Select.function(function, in: module, profile: profile) }
        let live = timings.measure("dead code") { DeadCode.run(selected) }
        let allocated = try timings.measure("allocate") { () throws(BackendError) in try RegisterAllocation.run(live) }
        let known = timings.measure("known values") { KnownValues.run(allocated) }
        return try timings.measure("frame") { () throws(BackendError) in try Frame.run(known) }
    }
}
