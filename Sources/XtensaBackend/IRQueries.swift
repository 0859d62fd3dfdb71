import CLLVM

// Questions about LLVM IR that more than one pass asks.


/// The name of a global value. Unnamed ones (`@0`, `@1`: legal IR) are called `__unnamed_N`,
/// N counting the module's unnamed functions and then its unnamed variables, so every
/// reference to one agrees.
func name(of value: LLVMValueRef) -> String {
    var length = 0
    if let bytes = LLVMGetValueName2(value, &length), length > 0 {
        return assemblerName(String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self))
    }
    guard LLVMIsAGlobalValue(value) != nil, let module = LLVMGetGlobalParent(value) else { return "" }
    var n = 0
    var function = LLVMGetFirstFunction(module)
    while let f = function {
        if f == value { return "__unnamed_\(n)" }
        if LLVMGetValueName2(f, &length) == nil || length == 0 { n += 1 }
        function = LLVMGetNextFunction(f)
    }
    var global = LLVMGetFirstGlobal(module)
    while let g = global {
        if g == value { return "__unnamed_\(n)" }
        if LLVMGetValueName2(g, &length) == nil || length == 0 { n += 1 }
        global = LLVMGetNextGlobal(g)
    }
    return ""
}

/// An IR value as LLVM prints it, for messages.
func printed(_ value: LLVMValueRef) -> String {
    guard let text = LLVMPrintValueToString(value) else { return "?" }
    defer { LLVMDisposeMessage(text) }
    return String(String(cString: text).drop { $0 == " " })
}

/// `file:line:column` of an instruction's debug location, or nil without one.
func sourceLocation(_ instruction: LLVMValueRef) -> String? {
    let line = LLVMGetDebugLocLine(instruction)
    guard line > 0 else { return nil }
    var length: UInt32 = 0
    let file = LLVMGetDebugLocFilename(instruction, &length).map {
        String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(length)), as: UTF8.self)
    } ?? "?"
    return "\(file):\(line):\(LLVMGetDebugLocColumn(instruction))"
}

/// Integers up to 32 bits, pointers and floats: the values that fit one register.
func isWord(_ type: LLVMTypeRef) -> Bool {
    switch LLVMGetTypeKind(type) {
    case LLVMIntegerTypeKind: LLVMGetIntTypeWidth(type) <= 32
    case LLVMPointerTypeKind, LLVMFloatTypeKind: true
    default: false
    }
}

/// Bits of an integer type; 64 for double, 32 for pointers and float.
func bitWidth(_ type: LLVMTypeRef) -> Int {
    switch LLVMGetTypeKind(type) {
    case LLVMIntegerTypeKind: Int(LLVMGetIntTypeWidth(type))
    case LLVMDoubleTypeKind: 64
    default: 32
    }
}

/// Bytes a load or store of `type` touches (i1 is a byte in memory).
func accessSize(_ type: LLVMTypeRef) -> Int {
    max(1, (bitWidth(type) + 7) / 8)
}

func attributeKind(_ name: String) -> UInt32 {
    LLVMGetEnumAttributeKindForName(name, name.utf8.count)
}

/// What a GEP adds to its base pointer: a constant byte offset plus index × size terms.
/// Nil for GEPs this back end cannot address (vector types, indices wider than 32 bits).
func gepTerms(_ gep: LLVMValueRef, _ targetData: LLVMTargetDataRef) -> (offset: Int, variable: [(LLVMValueRef, Int)])? {
    var offset = 0
    var variable: [(LLVMValueRef, Int)] = []
    var type = LLVMGetGEPSourceElementType(gep)!
    for i in 1..<Int(LLVMGetNumOperands(gep)) {
        let index = LLVMGetOperand(gep, UInt32(i))!
        if i > 1 {
            // Later indices step into the aggregate; the first steps over whole objects.
            switch LLVMGetTypeKind(type) {
            case LLVMStructTypeKind:
                let field = UInt32(LLVMConstIntGetZExtValue(index))
                offset += Int(LLVMOffsetOfElement(targetData, type, field))
                type = LLVMStructGetTypeAtIndex(type, field)
                continue
            case LLVMArrayTypeKind:
                type = LLVMGetElementType(type)
            default:
                return nil
            }
        }
        let size = Int(LLVMABISizeOfType(targetData, type))
        if LLVMIsAConstantInt(index) != nil, bitWidth(LLVMTypeOf(index)) <= 64 {
            offset += Int(LLVMConstIntGetSExtValue(index)) * size
        } else {
            guard LLVMGetTypeKind(LLVMTypeOf(index)) == LLVMIntegerTypeKind, bitWidth(LLVMTypeOf(index)) <= 32 else { return nil }
            variable.append((index, size))
        }
    }
    return (offset, variable)
}

/// i64 and double: the values kept as a pair of registers (low word, high word).
func isDoubleWord(_ type: LLVMTypeRef) -> Bool {
    (LLVMGetTypeKind(type) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(type) == 64) || LLVMGetTypeKind(type) == LLVMDoubleTypeKind
}

/// A constant that is the address of a global (or function) plus a byte offset: the global
/// itself, or constant expressions over it — bitcast, ptrtoint, inttoptr, getelementptr with
/// constant indices, and add/sub of an integer constant (`&array[3]`, `(intptr_t)&x + 4`).
/// Nil for anything else (the difference of two addresses, for one, is no single relocation).
func symbolOffset(_ value: LLVMValueRef, _ targetData: LLVMTargetDataRef) -> (symbol: String, offset: Int)? {
    if LLVMIsAGlobalValue(value) != nil { return (name(of: value), 0) }
    guard LLVMIsAConstantExpr(value) != nil else { return nil }
    let first = LLVMGetOperand(value, 0)!
    switch LLVMGetConstOpcode(value) {
    case LLVMPtrToInt where bitWidth(LLVMTypeOf(value)) < 32:
        return nil  // the address's low bits, not the address (`ptrtoint @g to i1`)
    case LLVMBitCast, LLVMPtrToInt, LLVMIntToPtr:
        return symbolOffset(first, targetData)
    case LLVMGetElementPtr:
        guard let (symbol, base) = symbolOffset(first, targetData),
              let terms = gepTerms(value, targetData), terms.variable.isEmpty else { return nil }
        return (symbol, Int(Int32(truncatingIfNeeded: base + terms.offset)))
    case LLVMAdd, LLVMSub:
        let second = LLVMGetOperand(value, 1)!
        let sign = LLVMGetConstOpcode(value) == LLVMSub ? -1 : 1
        if LLVMIsAConstantInt(second) != nil, let (symbol, base) = symbolOffset(first, targetData) {
            return (symbol, Int(Int32(truncatingIfNeeded: base + sign * Int(LLVMConstIntGetSExtValue(second)))))
        }
        if sign == 1, LLVMIsAConstantInt(first) != nil, let (symbol, base) = symbolOffset(second, targetData) {
            return (symbol, Int(Int32(truncatingIfNeeded: base + Int(LLVMConstIntGetSExtValue(first)))))
        }
        return nil
    default:
        return nil
    }
}

/// The layout parts of each argument of a call (`call` given) or of a function's own
/// parameters: one `.words` for a value, one per leaf for an aggregate (laid out as that
/// many separate arguments, as llc-22 does), size and alignment for a `byval` pointer.
func argumentShapes(call: LLVMValueRef?, function: LLVMValueRef?, _ targetData: LLVMTargetDataRef) -> [[ArgumentShape]] {
    let values: [LLVMValueRef] = if let call {
        (0..<LLVMGetNumArgOperands(call)).map { LLVMGetOperand(call, $0)! }
    } else {
        (0..<LLVMCountParams(function!)).map { LLVMGetParam(function!, $0)! }
    }
    return values.enumerated().map { i, value in
        let index = UInt32(i + 1)
        func attribute(_ name: String) -> LLVMAttributeRef? {
            if let call { return LLVMGetCallSiteEnumAttribute(call, index, attributeKind(name)) }
            return LLVMGetEnumAttributeAtIndex(function!, index, attributeKind(name))
        }
        guard let byval = attribute("byval"), let type = LLVMGetTypeAttributeValue(byval) else {
            let leaves = Selector.leaves(of: LLVMTypeOf(value)) ?? [LLVMTypeOf(value)]
            return leaves.map { .words(ArgumentLayout.words($0)) }
        }
        let alignment = attribute("align").map { Int(LLVMGetEnumAttributeValue($0)) } ?? Int(LLVMABIAlignmentOfType(targetData, type))
        return [.byValue(size: Int(LLVMABISizeOfType(targetData, type)), alignment: alignment)]
    }
}
