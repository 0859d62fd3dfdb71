import CLLVM

/// Retargeting IR made for another triple (Embedded Swift's runtime comes as riscv32 IR,
/// XTENSA-FACTS.md), writing bitcode, and linking modules: what the runtime build needs.
extension IRModule {
    /// Function attributes that name another target's CPU and features. LLVM's Xtensa
    /// target would reject RISC-V feature names, and the inliner refuses to inline between
    /// functions whose target features differ, so they go when a module is adopted.
    static let foreignTargetAttributes = ["target-cpu", "target-features", "tune-cpu"]

    /// Removes `foreignTargetAttributes` from every function of `module`.
    static func dropForeignTargetAttributes(_ module: LLVMModuleRef) {
        var function = LLVMGetFirstFunction(module)
        while let f = function {
            for name in foreignTargetAttributes {
                LLVMRemoveStringAttributeAtIndex(f, LLVMAttributeIndex(UInt32.max) /* LLVMAttributeFunctionIndex, ~0U */, name, UInt32(name.utf8.count))
            }
            function = LLVMGetNextFunction(f)
        }
    }

    /// Renames the module's local (private or internal) globals whose names an assembler
    /// cannot read (Swift names string constants after their text) to their `assemblerName`,
    /// the spelling Kiln's back end emits anyway. For handing the module to llc-22, whose
    /// Xtensa printer writes such names unquoted.
    public func renameLocalsForAssemblers() {
        func rename(_ value: LLVMValueRef) {
            guard [LLVMPrivateLinkage, LLVMInternalLinkage].contains(LLVMGetLinkage(value)) else { return }
            var length = 0
            guard let bytes = LLVMGetValueName2(value, &length), length > 0 else { return }
            let name = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
            let spelled = assemblerName(name)
            if spelled != name { LLVMSetValueName2(value, spelled, spelled.utf8.count) }
        }
        var global = LLVMGetFirstGlobal(module)
        while let g = global { rename(g); global = LLVMGetNextGlobal(g) }
        var function = LLVMGetFirstFunction(module)
        while let f = function { rename(f); function = LLVMGetNextFunction(f) }
    }

    /// Writes the module as bitcode to `path` (the runtime's IR form, for front ends).
    public func writeBitcode(to path: String) throws(BackendError) {
        guard LLVMWriteBitcodeToFile(module, path) == 0 else {
            throw .unreadable(path: path, message: "cannot write bitcode")
        }
    }

    /// Reads the module at `path` (`.ll` or `.bc`) into this module's context and links it
    /// in with LLVM's linker (LLVMLinkModules2), so that the optimizer can inline across
    /// both — how a front end takes the runtime's fast paths into a program.
    public func link(path: String) throws(BackendError) {
        var buffer: LLVMMemoryBufferRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMCreateMemoryBufferWithContentsOfFile(path, &buffer, &message) == 0, let buffer else {
            throw .unreadable(path: path, message: Self.takeMessage(message) ?? "cannot read file")
        }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        var other: LLVMModuleRef?
        let start = LLVMGetBufferStart(buffer)!
        let isBitcode = LLVMGetBufferSize(buffer) >= 4 && start[0] == 0x42 && start[1] == 0x43  // "BC"
        let failed = isBitcode
            ? LLVMParseBitcodeInContext2(context, buffer, &other) != 0
            : LLVMParseIRInContext2(context, buffer, &other, &message) != 0
        guard !failed, let other else {
            throw .unreadable(path: path, message: Self.takeMessage(message) ?? "invalid bitcode")
        }
        LLVMSetTarget(other, Self.triple)
        LLVMSetDataLayout(other, Self.dataLayout)
        Self.dropForeignTargetAttributes(other)
        // LLVMLinkModules2 destroys `other` whatever the outcome.
        guard LLVMLinkModules2(module, other) == 0 else {
            throw .unreadable(path: path, message: "LLVM's linker refused to link it into the module")
        }
    }
}
