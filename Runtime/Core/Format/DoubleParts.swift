/// A binary64 bit pattern taken apart: sign, class, and a finite value as the exact
/// integer product `significand × 2^exponent`.
struct DoubleParts {
    /// The sign bit (set for −0 and negative NaNs too).
    var negative: Bool
    /// The integer significand (the implicit bit included for normal numbers); 0 for zero.
    var significand: UInt64
    /// The power of two the significand is scaled by.
    var exponent: Int
    /// Whether the value is an infinity.
    var isInfinity: Bool
    /// Whether the value is a NaN.
    var isNaN: Bool

    /// Decodes `bits`.
    init(bits: UInt64) {
        negative = bits >> 63 != 0
        let field = Int((bits >> 52) & 0x7FF)
        let fraction = bits & (1 << 52 - 1)
        isInfinity = field == 0x7FF && fraction == 0
        isNaN = field == 0x7FF && fraction != 0
        if field == 0 {
            significand = fraction
            exponent = -1074
        } else {
            significand = fraction | 1 << 52
            exponent = field - 1075
        }
    }

    /// Whether the value is ±0.
    var isZero: Bool { significand == 0 }
}
