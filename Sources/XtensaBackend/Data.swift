import CLLVM

/// Global variables: an initializer becomes bytes plus relocations for the addresses in it.
enum Data {
    static func global(_ global: LLVMValueRef, in module: IRModule) throws(BackendError) -> MachineData {
        let type = LLVMGlobalGetValueType(global)!
        let size = Int(LLVMABISizeOfType(module.targetData, type))
        let linkage = LLVMGetLinkage(global)
        var data = MachineData(
            name: name(of: global),
            isGlobal: linkage != LLVMInternalLinkage && linkage != LLVMPrivateLinkage,
            isConstant: LLVMIsGlobalConstant(global) != 0,
            alignment: max(Int(LLVMGetAlignment(global)), Int(LLVMABIAlignmentOfType(module.targetData, type))),
            bytes: [UInt8](repeating: 0, count: size),
            relocations: [])
        try write(LLVMGetInitializer(global)!, at: 0, into: &data, module: module)
        return data
    }

    /// Writes constant `value` at `offset`.
    static func write(_ value: LLVMValueRef, at offset: Int, into data: inout MachineData, module: IRModule) throws(BackendError) {
        let type = LLVMTypeOf(value)!
        func fail(_ reason: String) -> BackendError {
            .unsupported(function: data.name, instruction: printed(value), reason: "initializer: \(reason)")
        }
        func store(_ bits: UInt64, size: Int) {
            for i in 0..<size { data.bytes[offset + i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i))) }
        }
        if LLVMIsNull(value) != 0 || LLVMIsUndef(value) != 0 || LLVMIsPoison(value) != 0 { return }   // already zero
        if LLVMIsAConstantInt(value) != nil {
            guard bitWidth(type) <= 64 else { throw fail("integers wider than 64 bits") }
            return store(LLVMConstIntGetZExtValue(value), size: Int(LLVMABISizeOfType(module.targetData, type)))
        }
        if LLVMIsAConstantFP(value) != nil {
            var lossy: LLVMBool = 0
            let double = LLVMConstRealGetDouble(value, &lossy)
            switch LLVMGetTypeKind(type) {
            case LLVMFloatTypeKind: return store(UInt64(Float(double).bitPattern), size: 4)
            case LLVMDoubleTypeKind: return store(double.bitPattern, size: 8)
            default: throw fail("this floating-point type")
            }
        }
        if LLVMIsAConstantDataSequential(value) != nil {
            var length = 0
            let raw = LLVMGetRawDataValues(value, &length)!
            // The host is little-endian like the target, so the raw element bytes are the image.
            for i in 0..<length { data.bytes[offset + i] = UInt8(bitPattern: raw[i]) }
            return
        }
        if LLVMIsAConstantArray(value) != nil || LLVMIsAConstantStruct(value) != nil {
            let isStruct = LLVMGetTypeKind(type) == LLVMStructTypeKind
            let elementSize = isStruct ? 0 : Int(LLVMABISizeOfType(module.targetData, LLVMGetElementType(type)))
            for i in 0..<Int(LLVMGetNumOperands(value)) {
                let at = isStruct ? Int(LLVMOffsetOfElement(module.targetData, type, UInt32(i))) : i * elementSize
                try write(LLVMGetOperand(value, UInt32(i))!, at: offset + at, into: &data, module: module)
            }
            return
        }
        guard let (symbol, addend) = symbolOffset(value, module.targetData) else { throw fail("this kind of constant is not supported yet") }
        // A 64-bit field holding an address: the relocation fills the low word, the high stays 0.
        guard isWord(type) || isDoubleWord(type) else { throw fail("addresses in values wider than 64 bits") }
        data.relocations.append((offset: offset, symbol: symbol, addend: addend))
    }
}
