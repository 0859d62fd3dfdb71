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

    /// Compiles every defined function and global of `module` for `profile`. With
    /// `functionSections` each function and global is in a section of its own, so the
    /// linker can drop the unused ones (how the runtime is built).
    public static func compile(_ module: IRModule, profile: Profile, path: String = "<module>",
                               functionSections: Bool = false) throws(BackendError) -> Output {
        let assembly = Emit.module(try lower(module, profile: profile), functionSections: functionSections)
        do {
            let object = try Assembler.assemble(source: assembly, path: path + ".s", profile: profile)
            return Output(assembly: assembly, object: object)
        } catch {
            throw .internalAssembly(error.description)
        }
    }

    /// Runs every pass up to emission.
    public static func lower(_ module: IRModule, profile: Profile) throws(BackendError) -> MachineModule {
        var result = MachineModule()
        var function = LLVMGetFirstFunction(module.module)
        while let f = function {
            if LLVMIsDeclaration(f) == 0 {
                result.functions.append(try compile(f, in: module, profile: profile))
            }
            function = LLVMGetNextFunction(f)
        }
        var global = LLVMGetFirstGlobal(module.module)
        while let g = global {
            if LLVMIsDeclaration(g) == 0 { result.data.append(try Data.global(g, in: module)) }
            global = LLVMGetNextGlobal(g)
        }
        return result
    }

    /// The passes for one function, in order.
    static func compile(_ function: LLVMValueRef, in module: IRModule, profile: Profile) throws(BackendError) -> MachineFunction {
        let selected = try Select.function(function, in: module, profile: profile)
        let allocated = try RegisterAllocation.run(selected)
        let framed = try Frame.run(allocated)
        return Relax.run(Peephole.run(framed, profile: profile))
    }
}
