import CLLVM
import XtensaISA

// Instruction selection, continued. First-class aggregates — the struct and array values
// Embedded Swift passes around (`{ i16, i32, i64 }` returned by a function, built with
// `insertvalue`, taken apart with `extractvalue`, merged by phis and selects) — are
// flattened into words: each leaf of at most 32 bits is one virtual register, an i64 or
// double two (low, high). The `*.with.overflow` results ({i32, i1}, {i64, i1}) are the
// same thing. Nothing is kept in memory except what the return convention puts there.
//
// Returns follow LLVM 22's Xtensa lowering (checked against llc-22): the flattened words in
// a2, a3, a4, a5 when there are at most four, with no pair alignment; otherwise the caller
// passes the address of a buffer as a hidden first argument (the others move up by one
// word) and the callee stores the leaves there at their data-layout offsets.
extension Selector {
    /// The most words returned in registers (a2–a5).
    static let returnRegisterWords = 4

    static func isAggregate(_ type: LLVMTypeRef) -> Bool {
        let kind = LLVMGetTypeKind(type)
        return kind == LLVMStructTypeKind || kind == LLVMArrayTypeKind
    }

    /// The scalar leaves of a type in order (what an aggregate argument is laid out as), or
    /// nil when one is neither a word nor a double word.
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

    /// Words of a value of `type`, or nil when it has a leaf that is not a word or double word.
    static func wordCount(_ type: LLVMTypeRef) -> Int? {
        leaves(of: type).map { $0.reduce(0) { $0 + ArgumentLayout.words($1) } }
    }

    /// The element types of a struct or array type.
    func elementTypes(_ type: LLVMTypeRef) -> [LLVMTypeRef] {
        if LLVMGetTypeKind(type) == LLVMArrayTypeKind {
            return Array(repeating: LLVMGetElementType(type)!, count: Int(LLVMGetArrayLength2(type)))
        }
        return (0..<LLVMCountStructElementTypes(type)).map { LLVMStructGetTypeAtIndex(type, $0)! }
    }

    /// Byte offset of element `index` of a struct or array type.
    func elementOffset(_ type: LLVMTypeRef, _ index: Int) -> Int {
        if LLVMGetTypeKind(type) == LLVMArrayTypeKind {
            return index * Int(LLVMABISizeOfType(module.targetData, LLVMGetElementType(type)))
        }
        return Int(LLVMOffsetOfElement(module.targetData, type, UInt32(index)))
    }

    /// The leaves of `type` in order with their byte offsets; a leaf is a word or a double word.
    func leaves(_ type: LLVMTypeRef, at offset: Int = 0) throws(BackendError) -> [(type: LLVMTypeRef, offset: Int)] {
        guard Self.isAggregate(type) else {
            guard isWord(type) || isDoubleWord(type) else {
                throw unsupported("aggregates with fields wider than 64 bits or vectors are not supported yet")
            }
            return [(type, offset)]
        }
        var result: [(type: LLVMTypeRef, offset: Int)] = []
        for (i, element) in elementTypes(type).enumerated() { result += try leaves(element, at: offset + elementOffset(type, i)) }
        return result
    }

    /// The words of the element at `indices` inside `type`, and the element's type.
    func wordRange(_ type: LLVMTypeRef, _ indices: [Int]) -> (Range<Int>, LLVMTypeRef) {
        var start = 0, type = type
        for index in indices {
            let elements = elementTypes(type)
            start += elements[..<index].reduce(0) { $0 + (Self.wordCount($1) ?? 0) }
            type = elements[index]
        }
        return (start..<start + (Self.wordCount(type) ?? 0), type)
    }

    /// The registers of an aggregate instruction's or argument's words (made on first mention).
    mutating func fieldRegisters(_ aggregate: LLVMValueRef) -> [Register] {
        if let registers = fields[aggregate] { return registers }
        let registers = (0..<(Self.wordCount(LLVMTypeOf(aggregate)) ?? 0)).map { _ in machine.newVirtual() }
        fields[aggregate] = registers
        return registers
    }

    /// Registers holding the words of the aggregate `value` at the current point.
    mutating func aggregateWords(_ value: LLVMValueRef) throws(BackendError) -> [Register] {
        if LLVMIsAInstruction(value) != nil || LLVMIsAArgument(value) != nil { return fieldRegisters(value) }
        guard LLVMIsConstant(value) != 0 else { throw unsupported("the aggregate '\(printed(value))' is not supported yet") }
        // A constant (including undef and zeroinitializer): its elements one by one.
        var words: [Register] = []
        for i in 0..<elementTypes(LLVMTypeOf(value)).count {
            guard let element = LLVMGetAggregateElement(value, UInt32(i)) else {
                throw unsupported("the constant '\(printed(value))' is not supported yet")
            }
            words += try leafWords(element)
        }
        return words
    }

    /// The words of any value: an aggregate's, a pair's, or one register.
    mutating func leafWords(_ value: LLVMValueRef) throws(BackendError) -> [Register] {
        let type = LLVMTypeOf(value)!
        if Self.isAggregate(type) { return try aggregateWords(value) }
        if isDoubleWord(type) { return try usePair(value).words }
        return [try use(value)]
    }

    /// Makes `value` (an instruction result of any shape) hold `words`: by copies, or by
    /// naming the same registers when nothing has mentioned `value` yet.
    mutating func define(_ value: LLVMValueRef, as words: [Register]) {
        let type = LLVMTypeOf(value)!
        let destination: [Register]
        if Self.isAggregate(type) {
            if fields[value] == nil { fields[value] = words; return }
            destination = fields[value]!
        } else if isDoubleWord(type) {
            if pairs[value] == nil { pairs[value] = RegisterPair(low: words[0], high: words[1]); return }
            destination = pairs[value]!.words
        } else {
            if values[value] == nil { values[value] = words[0]; return }
            destination = [values[value]!]
        }
        for (d, s) in zip(destination, words) { emit(.copy, [.register(d), .register(s)]) }
    }

    func indices(_ inst: LLVMValueRef) -> [Int] {
        let pointer = LLVMGetIndices(inst)!
        return (0..<Int(LLVMGetNumIndices(inst))).map { Int(pointer[$0]) }
    }

    /// `extractvalue`: the element's words.
    mutating func extractValue(_ inst: LLVMValueRef) throws(BackendError) {
        if overflowBranches[inst] != nil { return }   // its branch tests the overflow itself
        let aggregate = operand(inst, 0)
        let words = try aggregateWords(aggregate)
        let (range, _) = wordRange(LLVMTypeOf(aggregate), indices(inst))
        define(inst, as: Array(words[range]))
    }

    /// `insertvalue`: fresh registers holding the aggregate's words with one element replaced.
    mutating func insertValue(_ inst: LLVMValueRef) throws(BackendError) {
        var words = try aggregateWords(operand(inst, 0))
        let (range, _) = wordRange(LLVMTypeOf(inst), indices(inst))
        words.replaceSubrange(range, with: try leafWords(operand(inst, 1)))
        let result = fieldRegisters(inst)
        for (d, s) in zip(result, words) { emit(.copy, [.register(d), .register(s)]) }
    }

    /// `select` of aggregates: a conditional move per word.
    mutating func selectAggregate(_ inst: LLVMValueRef) throws(BackendError) {
        let test = try use(operand(inst, 0))
        let ifTrue = try aggregateWords(operand(inst, 1)), ifFalse = try aggregateWords(operand(inst, 2))
        for (d, (t, f)) in zip(fieldRegisters(inst), zip(ifTrue, ifFalse)) {
            emit(.copy, [.register(d), .register(f)])
            emit(.movnez, .register(d), .register(t), .register(test))
        }
    }

    /// Whether a function type's result goes through a hidden buffer (more than four words).
    func returnsThroughMemory(_ functionType: LLVMTypeRef) -> Bool {
        let result = LLVMGetReturnType(functionType)!
        return Self.isAggregate(result) && (Self.wordCount(result) ?? 0) > Self.returnRegisterWords
    }

    /// After a call: its aggregate result from a10–a13, or loaded from `buffer`.
    mutating func receiveAggregateResult(_ inst: LLVMValueRef, buffer: Int?) throws(BackendError) {
        let result = fieldRegisters(inst)
        guard let buffer else {
            for (k, word) in result.enumerated() { emit(.copy, [.register(word), .register(.physical(10 + k))]) }
            return
        }
        var k = 0
        for leaf in try leaves(LLVMTypeOf(inst)) {
            for part in 0..<(isDoubleWord(leaf.type) ? 2 : 1) {
                let size = isDoubleWord(leaf.type) ? 4 : accessSize(leaf.type)
                let opcode = memoryRules[size]!.load
                emit(.isa(opcode), [.register(result[k])] + (try memoryOperands(.frame(buffer), leaf.offset + 4 * part, opcode)))
                k += 1
            }
        }
    }

    /// `ret` of an aggregate: its words to a2–a5, or stored through the hidden pointer.
    mutating func returnAggregate(_ value: LLVMValueRef) throws(BackendError) -> [Register] {
        let words = try aggregateWords(value)
        guard let pointer = hiddenResultPointer else {
            for (k, word) in words.enumerated() { emit(.copy, [.register(.physical(2 + k)), .register(word)]) }
            return (0..<words.count).map { .physical(2 + $0) }
        }
        var k = 0
        for leaf in try leaves(LLVMTypeOf(value)) {
            for part in 0..<(isDoubleWord(leaf.type) ? 2 : 1) {
                let size = isDoubleWord(leaf.type) ? 4 : accessSize(leaf.type)
                let opcode = memoryRules[size]!.store
                emit(.isa(opcode), [.register(words[k])] + (try memoryOperands(.register(pointer), leaf.offset + 4 * part, opcode)))
                k += 1
            }
        }
        return []
    }

    /// A frame object of `size` bytes for the function's own use (a call's result buffer).
    mutating func newFrameObject(size: Int, alignment: Int) -> Int {
        let alignment = max(4, min(alignment, 16))
        let slot = machine.frameObjects.count
        localsSize = Frame.align(localsSize, alignment)
        localOffsets.append(localsSize)
        localsSize += size
        machine.frameObjects.append(FrameObject(size: size, alignment: alignment))
        return slot
    }
}
