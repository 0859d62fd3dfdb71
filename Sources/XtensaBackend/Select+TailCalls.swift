import CLLVM
import XtensaISA

// Instruction selection, continued: which calls become proper tail calls. A tail call is a
// `TAILCALL` pseudo after its arguments are copied into the caller's own a2–a7; the jump
// itself is made by the `TailCalls` pass once every frame size is known.
extension Selector {
    /// Whether `inst` becomes a proper tail call (see `TailCalls`): always when it is
    /// `musttail`; when it is only `tail`, if its result is returned unchanged, the callee is
    /// defined in this module (the jump then costs at most three instructions) and its
    /// arguments fit in registers. The `ret` after it is then not selected.
    func isProperTailCall(_ inst: LLVMValueRef, callee: LLVMValueRef, stackBytes: Int) throws(BackendError) -> Bool {
        let kind = LLVMGetTailCallKind(inst)
        guard kind == LLVMTailCallKindMustTail || kind == LLVMTailCallKindTail,
              let next = LLVMGetNextInstruction(inst), LLVMGetInstructionOpcode(next) == LLVMRet,
              LLVMGetNumOperands(next) == 0 || operand(next, 0) == inst else {
            if kind == LLVMTailCallKindMustTail { throw unsupported("a musttail call must be followed by a return of its result") }
            return false
        }
        let caller = LLVMGlobalGetValueType(function)!
        let variadic = LLVMIsFunctionVarArg(LLVMGetCalledFunctionType(inst)) != 0
        if kind == LLVMTailCallKindMustTail {
            if variadic { throw unsupported("musttail calls to variadic functions are not supported") }
            if stackBytes > 0 {
                throw unsupported("musttail calls with arguments on the stack (more than six argument words) are not supported")
            }
            return true
        }
        return stackBytes == 0 && !variadic && LLVMIsAFunction(callee) != nil && LLVMIsDeclaration(callee) == 0
            && LLVMGetReturnType(caller) == LLVMTypeOf(inst)
            && callExtension(inst, index: 0) == returnExtension
    }

    /// How this function extends its result (its `signext`/`zeroext` return attribute).
    var returnExtension: Extension {
        let index = LLVMAttributeIndex(LLVMAttributeReturnIndex)
        if LLVMGetEnumAttributeAtIndex(function, index, attributeKind("signext")) != nil { return .sign }
        if LLVMGetEnumAttributeAtIndex(function, index, attributeKind("zeroext")) != nil { return .zero }
        return .none
    }
}
