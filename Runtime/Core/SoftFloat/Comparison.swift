extension BinaryFormat {
    /// Orders two non-NaN encodings: the sign-magnitude bits as a signed key, with both
    /// zeros at 0 so that −0 == +0.
    @inline(__always) static func orderingKey(_ x: Bits) -> Int64 {
        let magnitude = Int64(bitPattern: widen(x) & ~signMask)
        return widen(x) & signMask != 0 ? -magnitude : magnitude
    }

    /// −1, 0 or 1 as `a` is less than, equal to or greater than `b`; `unordered` if either
    /// is a NaN.
    @inline(__always) static func threeWayCompare(_ a: Bits, _ b: Bits, unordered: Int32) -> Int32 {
        if isNaN(a) || isNaN(b) { return unordered }
        let x = orderingKey(a), y = orderingKey(b)
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    /// compiler-rt's `__cmpdf2`/`__cmpsf2` (which it aliases as `__le`, `__eq`, `__lt` and
    /// `__ne`; Kiln's exports derive those from it): −1 if a < b, 0 if a == b, 1 if a > b,
    /// and 1 if either is a NaN — so that `< 0`, `<= 0`, `== 0` are false for unordered
    /// operands and `!= 0` is true.
    public static func compareLessOrEqual(_ a: Bits, _ b: Bits) -> Int32 {
        threeWayCompare(a, b, unordered: 1)
    }

    /// compiler-rt's `__gedf2`/`__gesf2`, also `__gtXf2` (Kiln's exports derive both from
    /// it): as `compareLessOrEqual` but −1 for unordered operands, so that `> 0` and `>= 0`
    /// are false for them.
    public static func compareGreaterOrEqual(_ a: Bits, _ b: Bits) -> Int32 {
        threeWayCompare(a, b, unordered: -1)
    }

    /// compiler-rt's `__unorddf2`/`__unordsf2`: 1 if either operand is a NaN, else 0.
    public static func compareUnordered(_ a: Bits, _ b: Bits) -> Int32 {
        isNaN(a) || isNaN(b) ? 1 : 0
    }
}
