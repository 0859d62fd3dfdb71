import CLLVM
import XtensaISA

// First-class aggregates ({i32, i64}, [2 x i32], nested): a value is its leaves' words in
// virtual registers (an i64 leaf takes two, low first), kept in `fields` like the results
// of the overflow intrinsics. insertvalue and extractvalue pick words; a call returns up
// to four words in a10–a13 and a function in a2–a5, consecutive (no pair alignment), as
// llc-22 does; an aggregate argument is laid out leaf by leaf (`argumentShapes`). Larger
// results (which LLVM would return through a hidden pointer), and aggregate phis, selects,
// loads and stores are refused.
extension Selector {
    /// The scalar leaves of an aggregate type in order, or nil when one is not an integer of
    /// at most 64 bits or a pointer.
    static func leaves(of type: LLVMTypeRef) -> [LLVMTypeRef]? {
        switch LLVMGetTypeKind(type) {
        case LLVMStructTypeKind:
            var result: [LLVMTypeRef] = []
            for i in 0..<LLVMCountStructElementTypes(type) {
                guard let inner = leaves(of: LLVMStructGetTypeAtIndex(type, i)) else { return nil }
                result += inner
            }
            return result
        case LLVMArrayTypeKind:
            guard let inner = leaves(of: LLVMGetElementType(type)) else { return nil }
            return Array((0..<Int(LLVMGetArrayLength2(type))).map { _ in inner }.joined())
        default:
            return isWord(type) || isDoubleWord(type) ? [type] : nil
        }
    }

    /// Words of a value of `type` (1, 2 for i64, the sum of the leaves for an aggregate).
    static func wordCount(_ type: LLVMTypeRef) -> Int? {
        leaves(of: type).map { $0.reduce(0) { $0 + ArgumentLayout.words($1) } }
    }

    static func isAggregate(_ type: LLVMTypeRef) -> Bool {
        [LLVMStructTypeKind, LLVMArrayTypeKind].contains(LLVMGetTypeKind(type))
    }

    /// Registers holding the words of any value: an aggregate's, an i64's pair, a word.
    mutating func words(of value: LLVMValueRef) throws(BackendError) -> [Register] {
        let type = LLVMTypeOf(value)!
        if isDoubleWord(type) { return try usePair(value).words }
        guard Self.isAggregate(type) else { return [try use(value)] }
        if LLVMIsAInstruction(value) != nil || LLVMIsAArgument(value) != nil { return fieldRegisters(value) }
        guard let count = Self.wordCount(type) else { throw unsupported("the aggregate '\(printed(value))' is not supported") }
        if LLVMIsUndef(value) != 0 || LLVMIsPoison(value) != 0 || LLVMIsNull(value) != 0 {
            let zero = try constantRegister(0)
            return Array(repeating: zero, count: count)
        }
        // A constant struct or array: its elements' words in turn.
        let elements = LLVMGetTypeKind(type) == LLVMStructTypeKind ? Int(LLVMCountStructElementTypes(type)) : Int(LLVMGetArrayLength2(type))
        var result: [Register] = []
        for i in 0..<elements {
            guard let element = LLVMGetAggregateElement(value, UInt32(i)) else {
                throw unsupported("the aggregate constant '\(printed(value))' is not supported")
            }
            result += try words(of: element)
        }
        return result
    }

    /// The first word and the type of the element an extractvalue/insertvalue index path names.
    func element(of type: LLVMTypeRef, path: [Int]) -> (offset: Int, type: LLVMTypeRef) {
        var offset = 0, current = type
        for index in path {
            if LLVMGetTypeKind(current) == LLVMStructTypeKind {
                for i in 0..<index { offset += Self.wordCount(LLVMStructGetTypeAtIndex(current, UInt32(i)))! }
                current = LLVMStructGetTypeAtIndex(current, UInt32(index))
            } else {
                current = LLVMGetElementType(current)
                offset += index * Self.wordCount(current)!
            }
        }
        return (offset, current)
    }

    func indexPath(_ inst: LLVMValueRef) -> [Int] {
        let indices = LLVMGetIndices(inst)!
        return (0..<Int(LLVMGetNumIndices(inst))).map { Int(indices[$0]) }
    }

    /// Makes `inst` (a value of `type`) consist of `source`'s words: shares the registers
    /// when `inst` has none yet, else copies into them.
    mutating func define(_ inst: LLVMValueRef, as source: [Register]) {
        let type = LLVMTypeOf(inst)!
        if Self.isAggregate(type) {
            if fields[inst] == nil { fields[inst] = source; return }
            for (to, from) in zip(fields[inst]!, source) { emit(.copy, [.register(to), .register(from)]) }
        } else if isDoubleWord(type) {
            if pairs[inst] == nil { pairs[inst] = RegisterPair(low: source[0], high: source[1]); return }
            let pair = pairs[inst]!
            emit(.copy, [.register(pair.low), .register(source[0])])
            emit(.copy, [.register(pair.high), .register(source[1])])
        } else {
            if values[inst] == nil { values[inst] = source[0]; return }
            emit(.copy, [.register(values[inst]!), .register(source[0])])
        }
    }

    /// extractvalue of an aggregate that is not an overflow intrinsic's result.
    mutating func extractAggregate(_ inst: LLVMValueRef) throws(BackendError) {
        let aggregate = operand(inst, 0)
        guard Self.wordCount(LLVMTypeOf(aggregate)) != nil else {
            throw unsupported("aggregates with floating-point or wide fields are not supported yet")
        }
        let (offset, type) = element(of: LLVMTypeOf(aggregate), path: indexPath(inst))
        let all = try words(of: aggregate)
        define(inst, as: Array(all[offset..<(offset + Self.wordCount(type)!)]))
    }

    /// insertvalue: fresh registers holding the aggregate's words with the element replaced.
    mutating func insertAggregate(_ inst: LLVMValueRef) throws(BackendError) {
        guard Self.wordCount(LLVMTypeOf(inst)) != nil else {
            throw unsupported("aggregates with floating-point or wide fields are not supported yet")
        }
        let (offset, type) = element(of: LLVMTypeOf(inst), path: indexPath(inst))
        var all = try words(of: operand(inst, 0))
        all.replaceSubrange(offset..<(offset + Self.wordCount(type)!), with: try words(of: operand(inst, 1)))
        let result = fieldRegisters(inst)
        for (to, from) in zip(result, all) { emit(.copy, [.register(to), .register(from)]) }
    }
}
