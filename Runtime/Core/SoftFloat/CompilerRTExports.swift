// The soft-float entry points under the names LLVM's code generator calls (compiler-rt /
// libgcc) and the C library names for √ and fma. Each forwards to the generic function
// that holds the logic, so the behaviour is tested on the host by Swift name; this file
// is left out of the host build, where these symbols belong to libgcc and libm.
//
// `@c` (not `@_cdecl`): with `@_cdecl` swiftc emits the body under a Swift name and the C
// symbol as a thunk that calls it (never inlined), so every operation cost two windowed
// calls; `@c` makes the C symbol the function itself, with the operation inlined into it.
//
// Comparison results are `Int32`: compiler-rt's CMP_RESULT is C `long`, 32 bits on Xtensa.

// MARK: binary64 arithmetic

/// `a + b` in double precision.
@c(__adddf3) public func __adddf3(_ a: Double, _ b: Double) -> Double {
    Double(bitPattern: Binary64.add(a.bitPattern, b.bitPattern))
}
/// `a − b` in double precision.
@c(__subdf3) public func __subdf3(_ a: Double, _ b: Double) -> Double {
    Double(bitPattern: Binary64.subtract(a.bitPattern, b.bitPattern))
}
/// `a × b` in double precision.
@c(__muldf3) public func __muldf3(_ a: Double, _ b: Double) -> Double {
    Double(bitPattern: Binary64.multiply(a.bitPattern, b.bitPattern))
}
/// `a ÷ b` in double precision.
@c(__divdf3) public func __divdf3(_ a: Double, _ b: Double) -> Double {
    Double(bitPattern: Binary64.divide(a.bitPattern, b.bitPattern))
}
/// C `sqrt`: the correctly rounded square root.
@c(sqrt) public func kilnSqrt(_ a: Double) -> Double {
    Double(bitPattern: Binary64.squareRoot(a.bitPattern))
}
/// C `fma`: `a × b + c` rounded once.
@c(fma) public func kilnFma(_ a: Double, _ b: Double, _ c: Double) -> Double {
    Double(bitPattern: Binary64.fusedMultiplyAdd(a.bitPattern, b.bitPattern, c.bitPattern))
}

// MARK: binary32 arithmetic

/// `a + b` in single precision.
@c(__addsf3) public func __addsf3(_ a: Float, _ b: Float) -> Float {
    Float(bitPattern: Binary32.add(a.bitPattern, b.bitPattern))
}
/// `a − b` in single precision.
@c(__subsf3) public func __subsf3(_ a: Float, _ b: Float) -> Float {
    Float(bitPattern: Binary32.subtract(a.bitPattern, b.bitPattern))
}
/// `a × b` in single precision.
@c(__mulsf3) public func __mulsf3(_ a: Float, _ b: Float) -> Float {
    Float(bitPattern: Binary32.multiply(a.bitPattern, b.bitPattern))
}
/// `a ÷ b` in single precision.
@c(__divsf3) public func __divsf3(_ a: Float, _ b: Float) -> Float {
    Float(bitPattern: Binary32.divide(a.bitPattern, b.bitPattern))
}
/// C `sqrtf`: the correctly rounded square root.
@c(sqrtf) public func kilnSqrtf(_ a: Float) -> Float {
    Float(bitPattern: Binary32.squareRoot(a.bitPattern))
}
/// C `fmaf`: `a × b + c` rounded once.
@c(fmaf) public func kilnFmaf(_ a: Float, _ b: Float, _ c: Float) -> Float {
    Float(bitPattern: Binary32.fusedMultiplyAdd(a.bitPattern, b.bitPattern, c.bitPattern))
}

// MARK: comparisons
//
// compiler-rt makes `__eqXf2 __ltXf2 __leXf2 __neXf2 __cmpXf2` aliases of one three-way
// compare (and `__gtXf2` of `__geXf2`); a caller may rely only on each one's contract (the
// sign of the result, or whether it is zero, for ordered operands and for NaN), which is
// all LLVM's lowering of `fcmp` tests. Here each is its own function answering only its
// question, after which LLVM folds away the rest of the three-way compare. They must also
// differ in what they compute: LLVM's MergeFunctions, part of swiftc's pipeline, turns a
// function identical to another into a call to it — the extra call these symbols exist
// to avoid.

/// −1, 0, 1 for <, ==, >; 1 if unordered (libgcc's three-way compare).
@c(__cmpdf2) public func __cmpdf2(_ a: Double, _ b: Double) -> Int32 {
    Binary64.compareLessOrEqual(a.bitPattern, b.bitPattern)
}
/// 0 iff a == b; else 1.
@c(__eqdf2) public func __eqdf2(_ a: Double, _ b: Double) -> Int32 {
    Binary64.compareLessOrEqual(a.bitPattern, b.bitPattern) == 0 ? 0 : 1
}
/// Non-zero iff a != b or unordered: −1 (1 would make it `__eqdf2`'s twin, see above).
@c(__nedf2) public func __nedf2(_ a: Double, _ b: Double) -> Int32 {
    Binary64.compareLessOrEqual(a.bitPattern, b.bitPattern) == 0 ? 0 : -1
}
/// −1 iff a < b; else 0.
@c(__ltdf2) public func __ltdf2(_ a: Double, _ b: Double) -> Int32 {
    Binary64.compareLessOrEqual(a.bitPattern, b.bitPattern) < 0 ? -1 : 0
}
/// 0 iff a <= b; else 1.
@c(__ledf2) public func __ledf2(_ a: Double, _ b: Double) -> Int32 {
    Binary64.compareLessOrEqual(a.bitPattern, b.bitPattern) <= 0 ? 0 : 1
}
/// 1 iff a > b; else 0.
@c(__gtdf2) public func __gtdf2(_ a: Double, _ b: Double) -> Int32 {
    Binary64.compareGreaterOrEqual(a.bitPattern, b.bitPattern) > 0 ? 1 : 0
}
/// 0 iff a >= b; else −1.
@c(__gedf2) public func __gedf2(_ a: Double, _ b: Double) -> Int32 {
    Binary64.compareGreaterOrEqual(a.bitPattern, b.bitPattern) >= 0 ? 0 : -1
}
/// 1 if either operand is a NaN, else 0.
@c(__unorddf2) public func __unorddf2(_ a: Double, _ b: Double) -> Int32 {
    Binary64.compareUnordered(a.bitPattern, b.bitPattern)
}

/// −1, 0, 1 for <, ==, >; 1 if unordered (libgcc's three-way compare).
@c(__cmpsf2) public func __cmpsf2(_ a: Float, _ b: Float) -> Int32 {
    Binary32.compareLessOrEqual(a.bitPattern, b.bitPattern)
}
/// 0 iff a == b; else 1.
@c(__eqsf2) public func __eqsf2(_ a: Float, _ b: Float) -> Int32 {
    Binary32.compareLessOrEqual(a.bitPattern, b.bitPattern) == 0 ? 0 : 1
}
/// Non-zero iff a != b or unordered: −1 (1 would make it `__eqsf2`'s twin, see above).
@c(__nesf2) public func __nesf2(_ a: Float, _ b: Float) -> Int32 {
    Binary32.compareLessOrEqual(a.bitPattern, b.bitPattern) == 0 ? 0 : -1
}
/// −1 iff a < b; else 0.
@c(__ltsf2) public func __ltsf2(_ a: Float, _ b: Float) -> Int32 {
    Binary32.compareLessOrEqual(a.bitPattern, b.bitPattern) < 0 ? -1 : 0
}
/// 0 iff a <= b; else 1.
@c(__lesf2) public func __lesf2(_ a: Float, _ b: Float) -> Int32 {
    Binary32.compareLessOrEqual(a.bitPattern, b.bitPattern) <= 0 ? 0 : 1
}
/// 1 iff a > b; else 0.
@c(__gtsf2) public func __gtsf2(_ a: Float, _ b: Float) -> Int32 {
    Binary32.compareGreaterOrEqual(a.bitPattern, b.bitPattern) > 0 ? 1 : 0
}
/// 0 iff a >= b; else −1.
@c(__gesf2) public func __gesf2(_ a: Float, _ b: Float) -> Int32 {
    Binary32.compareGreaterOrEqual(a.bitPattern, b.bitPattern) >= 0 ? 0 : -1
}
/// 1 if either operand is a NaN, else 0.
@c(__unordsf2) public func __unordsf2(_ a: Float, _ b: Float) -> Int32 {
    Binary32.compareUnordered(a.bitPattern, b.bitPattern)
}

// MARK: conversions between formats

/// float → double, exact.
@c(__extendsfdf2) public func __extendsfdf2(_ a: Float) -> Double {
    Double(bitPattern: Binary64.convert(a.bitPattern, from: Binary32.self))
}
/// double → float, rounded to nearest even.
@c(__truncdfsf2) public func __truncdfsf2(_ a: Double) -> Float {
    Float(bitPattern: Binary32.convert(a.bitPattern, from: Binary64.self))
}

// MARK: floating point → integer (truncating; saturating out of range)

/// double → Int32, toward zero; saturating.
@c(__fixdfsi) public func __fixdfsi(_ a: Double) -> Int32 {
    Binary64.convert(a.bitPattern, toInteger: Int32.self)
}
/// double → UInt32, toward zero; saturating, negatives give 0.
@c(__fixunsdfsi) public func __fixunsdfsi(_ a: Double) -> UInt32 {
    Binary64.convert(a.bitPattern, toInteger: UInt32.self)
}
/// double → Int64, toward zero; saturating.
@c(__fixdfdi) public func __fixdfdi(_ a: Double) -> Int64 {
    Binary64.convert(a.bitPattern, toInteger: Int64.self)
}
/// double → UInt64, toward zero; saturating, negatives give 0.
@c(__fixunsdfdi) public func __fixunsdfdi(_ a: Double) -> UInt64 {
    Binary64.convert(a.bitPattern, toInteger: UInt64.self)
}
/// float → Int32, toward zero; saturating.
@c(__fixsfsi) public func __fixsfsi(_ a: Float) -> Int32 {
    Binary32.convert(a.bitPattern, toInteger: Int32.self)
}
/// float → UInt32, toward zero; saturating, negatives give 0.
@c(__fixunssfsi) public func __fixunssfsi(_ a: Float) -> UInt32 {
    Binary32.convert(a.bitPattern, toInteger: UInt32.self)
}
/// float → Int64, toward zero; saturating.
@c(__fixsfdi) public func __fixsfdi(_ a: Float) -> Int64 {
    Binary32.convert(a.bitPattern, toInteger: Int64.self)
}
/// float → UInt64, toward zero; saturating, negatives give 0.
@c(__fixunssfdi) public func __fixunssfdi(_ a: Float) -> UInt64 {
    Binary32.convert(a.bitPattern, toInteger: UInt64.self)
}

// MARK: integer → floating point (round to nearest even)

/// Int32 → double, rounded to nearest even.
@c(__floatsidf) public func __floatsidf(_ a: Int32) -> Double {
    Double(bitPattern: Binary64.convert(fromInteger: a))
}
/// UInt32 → double, rounded to nearest even.
@c(__floatunsidf) public func __floatunsidf(_ a: UInt32) -> Double {
    Double(bitPattern: Binary64.convert(fromInteger: a))
}
/// Int64 → double, rounded to nearest even.
@c(__floatdidf) public func __floatdidf(_ a: Int64) -> Double {
    Double(bitPattern: Binary64.convert(fromInteger: a))
}
/// UInt64 → double, rounded to nearest even.
@c(__floatundidf) public func __floatundidf(_ a: UInt64) -> Double {
    Double(bitPattern: Binary64.convert(fromInteger: a))
}
/// Int32 → float, rounded to nearest even.
@c(__floatsisf) public func __floatsisf(_ a: Int32) -> Float {
    Float(bitPattern: Binary32.convert(fromInteger: a))
}
/// UInt32 → float, rounded to nearest even.
@c(__floatunsisf) public func __floatunsisf(_ a: UInt32) -> Float {
    Float(bitPattern: Binary32.convert(fromInteger: a))
}
/// Int64 → float, rounded to nearest even.
@c(__floatdisf) public func __floatdisf(_ a: Int64) -> Float {
    Float(bitPattern: Binary32.convert(fromInteger: a))
}
/// UInt64 → float, rounded to nearest even.
@c(__floatundisf) public func __floatundisf(_ a: UInt64) -> Float {
    Float(bitPattern: Binary32.convert(fromInteger: a))
}
