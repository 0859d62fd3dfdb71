import CLLVM

/// An LLVM module read through the C API, retargeted to Xtensa. It owns its context.
///
/// Front ends that build modules in memory hand them over with `init(adopting:context:)`;
/// files come in through `load(path:)`.
public final class IRModule {
    /// The Xtensa data layout (as LLVM's Xtensa target defines it).
    public static let dataLayout = "e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32"
    /// The target triple LLVM's Xtensa target and clang use.
    public static let triple = "xtensa"

    /// The LLVM context that owns the module's types and constants.
    public let context: LLVMContextRef
    /// The module itself, for front ends that keep building or inspecting it.
    public let module: LLVMModuleRef
    let targetData: LLVMTargetDataRef

    /// Takes ownership of `module` and its `context`; sets the Xtensa triple and data layout.
    public init(adopting module: LLVMModuleRef, context: LLVMContextRef) {
        self.context = context
        self.module = module
        LLVMSetTarget(module, Self.triple)
        LLVMSetDataLayout(module, Self.dataLayout)
        Self.dropForeignTargetAttributes(module)
        targetData = LLVMCreateTargetData(Self.dataLayout)
    }

    deinit {
        LLVMDisposeTargetData(targetData)
        LLVMDisposeModule(module)
        LLVMContextDispose(context)
    }

    /// Reads textual IR (`.ll`) or bitcode (`.bc`, recognised by its magic number).
    public static func load(path: String) throws(BackendError) -> IRModule {
        var buffer: LLVMMemoryBufferRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMCreateMemoryBufferWithContentsOfFile(path, &buffer, &message) == 0, let buffer else {
            throw .unreadable(path: path, message: takeMessage(message) ?? "cannot read file")
        }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        let context = LLVMContextCreate()!
        var module: LLVMModuleRef?
        let start = LLVMGetBufferStart(buffer)!
        let isBitcode = LLVMGetBufferSize(buffer) >= 4 && start[0] == 0x42 && start[1] == 0x43  // "BC"
        let failed = isBitcode
            ? LLVMParseBitcodeInContext2(context, buffer, &module) != 0
            : LLVMParseIRInContext2(context, buffer, &module, &message) != 0
        guard !failed, let module else {
            LLVMContextDispose(context)
            throw .unreadable(path: path, message: takeMessage(message) ?? "invalid bitcode")
        }
        return IRModule(adopting: module, context: context)
    }

    /// LLVM optimisation levels, as `opt -passes=default<...>` names them.
    public enum OptimizationLevel: String, CaseIterable, Sendable {
        case o0 = "O0", o1 = "O1", o2 = "O2", os = "Os"
    }

    /// Runs LLVM's new-pass-manager pipeline for `level` on the whole module.
    public func optimize(_ level: OptimizationLevel) throws(BackendError) {
        try optimize(passes: "default<\(level.rawValue)>")
    }

    /// Runs a new-pass-manager pipeline, written as `opt -passes=` takes it, on the whole
    /// module (with the Xtensa target machine, as `opt -mtriple=xtensa -mcpu=esp32` would).
    public func optimize(passes: String) throws(BackendError) {
        let options = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(options) }
        // LLVM's Xtensa target machine supplies the cost model (no vector registers, ...);
        // without it the generic model vectorises byte loops into <4 x i8>.
        kiln_llvm_initialize_xtensa()
        var target: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMGetTargetFromTriple(Self.triple, &target, &message) == 0, let target else {
            throw .optimizer(Self.takeMessage(message) ?? "LLVM has no Xtensa target")
        }
        let machine = LLVMCreateTargetMachine(target, Self.triple, "esp32", "", LLVMCodeGenLevelDefault, LLVMRelocDefault, LLVMCodeModelDefault)
        defer { LLVMDisposeTargetMachine(machine) }
        if let error = LLVMRunPasses(module, passes, machine, options) {
            let message = LLVMGetErrorMessage(error)
            defer { LLVMDisposeErrorMessage(message) }
            throw .optimizer(message.map { String(cString: $0) } ?? "failed")
        }
    }

    /// Checks the module with LLVM's verifier; the message lists what is broken.
    public func verify() -> String? {
        var message: UnsafeMutablePointer<CChar>?
        let broken = LLVMVerifyModule(module, LLVMReturnStatusAction, &message) != 0
        let text = Self.takeMessage(message)
        return broken ? (text ?? "invalid module") : nil
    }

    /// Copies and frees an LLVM-allocated message.
    static func takeMessage(_ message: UnsafeMutablePointer<CChar>?) -> String? {
        guard let message else { return nil }
        defer { LLVMDisposeMessage(message) }
        return String(cString: message)
    }
}
