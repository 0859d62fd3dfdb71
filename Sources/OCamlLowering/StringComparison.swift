/// Polymorphic comparison of two strings (`compare k key = 0` in Hashtbl's bucket search,
/// `=` on strings): when both operands are strings, the lowering calls the string
/// primitive of the same comparison (`caml_compare` → `caml_string_compare`, ...) without
/// rooting anything and without the exception test: the string primitives never collect
/// and never raise (they are leaf primitives, `InlinePrimitive.leafPrimitives`, which says
/// how that was checked). The polymorphic primitive went through its C entry, its own string test and then the
/// same byte comparison, after the caller had rooted its live values in the frame.
///
/// The result is the one the polymorphic primitive gives: compare.c compares two strings
/// exactly as the string primitives do (bytes unsigned, then lengths), for the total
/// `compare` and the partial `=`/`<`/... alike (only floats tell them apart).
enum StringComparison {
    /// The string primitive of each polymorphic comparison.
    static let primitive: [String: String] = [
        "caml_compare": "caml_string_compare",
        "caml_equal": "caml_string_equal", "caml_notequal": "caml_string_notequal",
        "caml_lessthan": "caml_string_lessthan", "caml_lessequal": "caml_string_lessequal",
        "caml_greaterthan": "caml_string_greaterthan", "caml_greaterequal": "caml_string_greaterequal",
    ]

    /// An OCaml string's tag (String_tag), as the signed byte LLVM's `i8` constants are.
    static let stringTag = 252 - 256
}

extension FunctionLowering {
    /// The polymorphic comparison `name` of `a` and `b` with its fast paths: `integers` (the
    /// result for two integers, from their words) when both are integers, the string
    /// primitive when both are strings, else the polymorphic primitive itself. The tests
    /// are branches, each guarding the next (a header is read only from a block).
    func polymorphicComparison(_ name: String, _ a: String, _ b: String, integers: () -> String,
                               _ state: inout StackState) throws(LoweringError) -> String {
        let bothIntegers = self.bothIntegers(a, b)
        guard let stringPrimitive = StringComparison.primitive[name] else {
            return try fastPath(bothIntegers, integers, orCall: name, [a, b], &state)
        }
        let likely = ", !prof !{!\"branch_weights\", i32 1000, i32 1}"
        return try fastPath(dispatch: { fast, slow in
            let blocks = newLabel(), tagA = newLabel(), tagB = newLabel()
            emit("br i1 \(bothIntegers), label %\(fast), label %\(blocks)" + likely)
            begin(blocks)
            let bothBlocks = value("icmp eq i32 \(value("and i32 \(value("or i32 \(a), \(b)")), 1")), 0")
            emit("br i1 \(bothBlocks), label %\(tagA), label %\(slow)" + likely)
            for (v, (label, next)) in [(a, (tagA, tagB)), (b, (tagB, fast))] {
                begin(label)
                let tag = value("load i8, ptr \(fieldAddress(v, "-1"))" + MemoryTag.header.attachment)
                emit("br i1 \(value("icmp eq i8 \(tag), \(StringComparison.stringTag)")), label %\(next), label %\(slow)" + likely)
            }
        }, {
            // Integers or strings: the first test again (LLVM threads it to each path).
            let integerPath = newLabel(), stringPath = newLabel(), join = newLabel()
            emit("br i1 \(bothIntegers), label %\(integerPath), label %\(stringPath)")
            begin(integerPath)
            let integerResult = integers()
            emit("br label %\(join)")
            begin(stringPath)
            context.declare(stringPrimitive, 2)   // a runtime function here, not one of the program's primitives
            let stringResult = value("call i32 @\(stringPrimitive)(i32 \(a), i32 \(b))")
            emit("br label %\(join)")
            begin(join)
            return value("phi i32 [\(integerResult), %\(integerPath)], [\(stringResult), %\(stringPath)]")
        }, orCall: name, [a, b], &state)
    }
}
