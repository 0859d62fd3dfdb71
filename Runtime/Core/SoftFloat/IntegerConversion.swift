extension BinaryFormat {
    /// The integer `value` rounded to nearest even in this format (`__floatsidf`,
    /// `__floatunsidf`, `__floatdidf`, `__floatundidf` and the `sf` variants). Zero gives +0.
    public static func convert<Integer: FixedWidthInteger>(fromInteger value: Integer) -> Bits {
        precondition(Integer.bitWidth <= 64)
        // Both conditions are constants once specialized, so only one branch is compiled.
        if Self.self == Binary64.self && Integer.bitWidth <= 32 {
            return narrow(Binary64.exactDouble(magnitude: UInt32(truncatingIfNeeded: value.magnitude), negative: value < 0))
        }
        let magnitude = UInt64(truncatingIfNeeded: value.magnitude)
        if magnitude == 0 { return zero(negative: false) }
        return roundAndPack(negative: value < 0, exponent: 0, significand: magnitude)
    }

    /// `x` truncated toward zero to `Integer` (`__fixdfsi`, `__fixunsdfsi`, `__fixdfdi`,
    /// `__fixunsdfdi` and the `sf` variants).
    ///
    /// Out of range, the result saturates: to `Integer.max` above, to `Integer.min` below
    /// (0 for unsigned types, so every negative input gives 0 there), and a NaN or infinity
    /// goes by its sign bit. That is compiler-rt's rule, except in one band where
    /// compiler-rt's C is undefined and in practice wraps: signed results with
    /// 2^(w−1) ≤ |x| < 2^w (e.g. 3e9 → `Int32`), which saturate here. C and LLVM's
    /// `fptosi` leave every out-of-range case undefined, so any caller that relies on it
    /// must clamp itself (as `llvm.fptosi.sat` lowering does).
    public static func convert<Integer: FixedWidthInteger>(_ x: Bits, toInteger: Integer.Type) -> Integer {
        precondition(Integer.bitWidth <= 64)
        // double → Int32 below 2^31 in magnitude on words (`__fixdfsi`); constant once
        // specialized, like `convert(fromInteger:)`'s test.
        if Self.self == Binary64.self && Integer.bitWidth == 32 && Integer.isSigned,
           let result = Binary64.truncatedInt32(UInt64(truncatingIfNeeded: x)) {
            return Integer(truncatingIfNeeded: result)
        }
        let decoded = Decoded(x, as: Self.self)
        let saturated = decoded.sign ? Integer.min : Integer.max
        if decoded.kind == .nan || decoded.kind == .infinity { return saturated }
        if decoded.kind == .zero { return 0 }
        // |x| = significand × 2^exponent with the leading one at bit 63: exponent > 0
        // means |x| ≥ 2^64, beyond every supported type.
        if decoded.exponent > 0 { return saturated }
        let magnitude = decoded.significand.shiftedRightTruncating(by: -decoded.exponent)
        if decoded.sign {
            if !Integer.isSigned { return 0 }
            // −2^(w−1) is the one negative value whose magnitude is not a positive Integer.
            let limit = UInt64(1) << UInt64(Integer.bitWidth - 1)
            if magnitude > limit { return saturated }
            return Integer(truncatingIfNeeded: 0 &- magnitude)
        }
        let limit = UInt64(truncatingIfNeeded: Integer.max)
        return magnitude > limit ? saturated : Integer(truncatingIfNeeded: magnitude)
    }
}

extension UInt64 {
    /// `self >> count` for any `count ≥ 0` (0 once every bit is gone).
    @inline(__always) func shiftedRightTruncating(by count: Int) -> UInt64 {
        count >= 64 ? 0 : self &>> count
    }
}
