import CLLVM
import ELFKit
import XtensaAssembler
import XtensaISA

/// Kiln's Xtensa back end: LLVM IR in, an ELF relocatable object (and its assembly) out.
///
///     IRModule ─select─► MachineFunction (virtual registers)
///              ─allocate─► physical registers + spill slots
///              ─frame─► ENTRY, SP offsets ─peephole─► layout, density forms
///              ─relax─► out-of-reach branches inverted over a J
///              ─emit─► GNU assembly ─Assembler─► ELFFile
public enum Backend {
    /// The result of compiling a module.
    public struct Output {
        /// GNU assembly; reassembles to `object` with `kiln as` and llvm-mc-22.
        public var assembly: String
        public var object: ELFFile
    }

    /// Compiles every defined function and global of `module` for `profile`; with
    /// `timings`, each pass's CPU time is added to it.
    public static func compile(_ module: IRModule, profile: Profile, path: String = "<module>",
                               timings: PassTimings = PassTimings()) throws(BackendError) -> Output {
        let lowered = try lower(module, profile: profile, timings: timings)
        let assembly = timings.measure("emit") { Emit.module(lowered) }
        do {
            let object = try timings.measure("assemble") { () throws(AssemblyError) -> ELFFile in
                try Assembler.assemble(source: assembly, path: path + ".s", profile: profile)
            }
            return Output(assembly: assembly, object: object)
        } catch {
            throw .internalAssembly(error.description)
        }
    }

    /// Runs every pass up to emission.
    public static func lower(_ module: IRModule, profile: Profile,
                             timings: PassTimings = PassTimings()) throws(BackendError) -> MachineModule {
        var result = MachineModule()
        var function = LLVMGetFirstFunction(module.module)
        while let f = function {
            if LLVMIsDeclaration(f) == 0 {
                result.functions.append(try compile(f, in: module, profile: profile, timings: timings))
            }
            function = LLVMGetNextFunction(f)
        }
        var global = LLVMGetFirstGlobal(module.module)
        while let g = global {
            if LLVMIsDeclaration(g) == 0 { result.data.append(try timings.measure("data") { () throws(BackendError) in try Data.global(g, in: module) }) }
            global = LLVMGetNextGlobal(g)
        }
        return result
    }

    /// The passes for one function, in order.
    static func compile(_ function: LLVMValueRef, in module: IRModule, profile: Profile,
                        timings: PassTimings) throws(BackendError) -> MachineFunction {
        let selected = try timings.measure("select") { () throws(BackendError) in try Select.function(function, in: module, profile: profile) }
        let allocated = try timings.measure("allocate") { () throws(BackendError) in try RegisterAllocation.run(selected) }
        let framed = try timings.measure("frame") { () throws(BackendError) in try Frame.run(allocated) }
        let peepholed = timings.measure("peephole") { Peephole.run(framed, profile: profile) }
        return timings.measure("relax") { Relax.run(peepholed) }
    }
}
