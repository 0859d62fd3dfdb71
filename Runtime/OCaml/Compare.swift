import KilnOCaml

/// OCaml's structural comparison (compare.c): integers below blocks, blocks of different
/// tags by tag, then sizes, then fields left to right; strings byte-wise; floats by value
/// with NaN unordered (`=`, `<`, ...) or equal to itself and below everything (`compare`);
/// objects by id; Int32/Int64/Nativeint by value; functional and abstract values raise
/// Invalid_argument. Pending fields wait on an explicit stack (KILN_COMPARE_STACK_WORDS):
/// the last field of a block is compared in place, so lists need no stack.
enum StructuralCompare {
    /// "Unordered" (a NaN was met in a non-total comparison): below every other result.
    static let unordered = Int.min
    /// Set when the comparison had to raise: the result is then meaningless.
    nonisolated(unsafe) static var raised: Value? = nil

    static func compare(_ a: Value, _ b: Value, total: Bool) -> Int {
        raised = nil
        // Two integers or two strings (the usual keys) are the whole comparison, as in
        // `compareOne`, without the walk's set-up; integers are tested first, so that the
        // interpreter's polymorphic `<` on integers pays nothing for the strings' test.
        if isInt(a) {
            if isInt(b) { return longVal(a) &- longVal(b) }
        } else if !isInt(b) && tagOf(a) == OCamlTag.string && tagOf(b) == OCamlTag.string {
            return compareStrings(a, b)
        }
        let stack = kiln_compare_stack_base()!
        let capacity = Int(KILN_COMPARE_STACK_WORDS) / 3
        // Entries are 3 words: v1, v2 and the next field's index (the size is v1's, from
        // its header: a block may have more fields than 16 bits count). `depth` stays
        // within `capacity`, so the offsets use wrapping arithmetic: an overflow test of
        // `3 * depth` is a 64-bit multiply on this core, and it ran at every field.
        var depth = 0
        var v1 = a, v2 = b
        while true {
            let r = compareOne(&v1, &v2, total: total)
            switch r {
            case .result(let x):
                return x
            case .descend(let size):
                // Compare field 0 now, remember fields 1..<size.
                if size > 1 {
                    if depth == capacity {
                        raised = raiseOutOfMemory()
                        return 0
                    }
                    let entry = stack + 3 &* depth
                    entry[0] = v1
                    entry[1] = v2
                    entry[2] = 1
                    depth &+= 1
                }
                v1 = field(v1, 0)
                v2 = field(v2, 0)
                continue
            case .again:
                continue
            case .equal:
                break
            }
            // Next pending field.
            if depth == 0 { return 0 }
            let entry = stack + 3 &* (depth &- 1)
            let index = Int(entry[2])
            v1 = field(entry[0], index)
            v2 = field(entry[1], index)
            if index &+ 1 == wosize(entry[0]) { depth &-= 1 } else { entry[2] = UInt32(truncatingIfNeeded: index &+ 1) }
        }
    }

    enum Step {
        case result(Int)
        case equal
        case again
        case descend(Int)
    }

    /// Inlined into its one caller: its `inout` pairs then stay in registers.
    @inline(__always) static func compareOne(_ v1: inout Value, _ v2: inout Value, total: Bool) -> Step {
        if v1 == v2 && total { return .equal }
        if isInt(v1) {
            if v1 == v2 { return .equal }
            if isInt(v2) { return .result(longVal(v1) - longVal(v2)) }
            if tagOf(v2) == OCamlTag.forward { v2 = field(v2, 0); return .again }
            return .result(-1)
        }
        if isInt(v2) {
            if tagOf(v1) == OCamlTag.forward { v1 = field(v1, 0); return .again }
            return .result(1)
        }
        var t1 = tagOf(v1), t2 = tagOf(v2)
        if t1 != t2 {
            if t1 == OCamlTag.forward { v1 = field(v1, 0); return .again }
            if t2 == OCamlTag.forward { v2 = field(v2, 0); return .again }
            if t1 == OCamlTag.infix { t1 = OCamlTag.closure }
            if t2 == OCamlTag.infix { t2 = OCamlTag.closure }
            if t1 != t2 { return .result(Int(t1) - Int(t2)) }
        }
        switch t1 {
        case OCamlTag.forward:
            v1 = field(v1, 0)
            v2 = field(v2, 0)
            return .again
        case OCamlTag.string:
            if v1 == v2 { return .equal }
            let r = compareStrings(v1, v2)
            return r == 0 ? .equal : .result(r)
        case OCamlTag.double:
            return compareFloats(doubleVal(v1), doubleVal(v2), total: total)
        case OCamlTag.doubleArray:
            let n1 = wosize(v1) / 2, n2 = wosize(v2) / 2
            if n1 != n2 { return .result(n1 - n2) }
            for i in 0..<n1 {
                if case .result(let r) = compareFloats(doubleAt(v1, i), doubleAt(v2, i), total: total) { return .result(r) }
            }
            return .equal
        case OCamlTag.abstract:
            raised = raiseInvalidArgument("compare: abstract value")
            return .result(0)
        case OCamlTag.closure, OCamlTag.infix:
            raised = raiseInvalidArgument("compare: functional value")
            return .result(0)
        case OCamlTag.object:
            let o1 = longVal(field(v1, 1)), o2 = longVal(field(v2, 1))
            return o1 == o2 ? .equal : .result(o1 - o2)
        case OCamlTag.custom:
            let ops1 = field(v1, 0), ops2 = field(v2, 0)
            if ops1 != ops2 {
                return .result(identifierOrder(CustomOps.identifier(ops1), CustomOps.identifier(ops2)))
            }
            let r: Int32
            switch ops1 {
            case CustomOps.int64: r = order(int64Val(v1), int64Val(v2))
            case CustomOps.int32, CustomOps.nativeint: r = order(int32Val(v1), int32Val(v2))
            case CustomOps.channel: r = order(field(v1, 1), field(v2, 1))
            default:
                raised = raiseInvalidArgument("compare: abstract value")
                return .result(0)
            }
            return r == 0 ? .equal : .result(Int(r))
        default:
            let n1 = wosize(v1), n2 = wosize(v2)
            if n1 != n2 { return .result(n1 - n2) }
            if n1 == 0 { return .equal }
            return .descend(n1)
        }
    }

    static func compareFloats(_ d1: Double, _ d2: Double, total: Bool) -> Step {
        if d1 < d2 { return .result(-1) }
        if d1 > d2 { return .result(1) }
        if d1 != d2 {
            if !total { return .result(unordered) }
            if d1 == d1 { return .result(1) }   // d2 is the NaN
            if d2 == d2 { return .result(-1) }
        }
        return .equal
    }

    /// strcmp of two identifiers < 0 ? LESS : GREATER (compare.c's hardening rule).
    static func identifierOrder(_ a: StaticString, _ b: StaticString) -> Int {
        let n = min(a.utf8CodeUnitCount, b.utf8CodeUnitCount)
        for i in 0..<n where a.utf8Start[i] != b.utf8Start[i] { return a.utf8Start[i] < b.utf8Start[i] ? -1 : 1 }
        return a.utf8CodeUnitCount < b.utf8CodeUnitCount ? -1 : 1
    }

    /// Runs a comparison and maps its result, or passes on the exception it raised.
    @inline(__always) static func primitive(_ a: Value, _ b: Value, total: Bool, _ result: (Int) -> Value) -> Value {
        // Two strings (Hashtbl's `compare k key = 0`, Map keys) go straight to the byte
        // comparison: no call into `compare`, no exception word to clear and read back.
        if isBlock(a) && isBlock(b) && tagOf(a) == OCamlTag.string && tagOf(b) == OCamlTag.string {
            return result(compareStrings(a, b))
        }
        let r = compare(a, b, total: total)
        if let e = raised { return e }
        return result(r)
    }
}

@c(caml_compare)
public func caml_compare(_ a: Value, _ b: Value) -> Value {
    StructuralCompare.primitive(a, b, total: true) { valInt($0 < 0 ? -1 : ($0 > 0 ? 1 : 0)) }
}
@c(caml_equal)
public func caml_equal(_ a: Value, _ b: Value) -> Value {
    StructuralCompare.primitive(a, b, total: false) { valBool($0 == 0) }
}
@c(caml_notequal)
public func caml_notequal(_ a: Value, _ b: Value) -> Value {
    StructuralCompare.primitive(a, b, total: false) { valBool($0 != 0) }
}
@c(caml_lessthan)
public func caml_lessthan(_ a: Value, _ b: Value) -> Value {
    StructuralCompare.primitive(a, b, total: false) { valBool($0 < 0 && $0 != StructuralCompare.unordered) }
}
@c(caml_lessequal)
public func caml_lessequal(_ a: Value, _ b: Value) -> Value {
    StructuralCompare.primitive(a, b, total: false) { valBool($0 <= 0 && $0 != StructuralCompare.unordered) }
}
@c(caml_greaterthan)
public func caml_greaterthan(_ a: Value, _ b: Value) -> Value {
    StructuralCompare.primitive(a, b, total: false) { valBool($0 > 0) }
}
@c(caml_greaterequal)
public func caml_greaterequal(_ a: Value, _ b: Value) -> Value {
    StructuralCompare.primitive(a, b, total: false) { valBool($0 >= 0) }
}
@c(caml_int_compare)
public func caml_int_compare(_ a: Value, _ b: Value) -> Value { valInt(order(intVal(a), intVal(b))) }
