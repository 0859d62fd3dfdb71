import SoftFloatCheck

/// Doubles drawn to hit every class the formatter and parser treat differently: random
/// bit patterns (all exponents), subnormals, powers of ten and their neighbours, exact
/// ties for rounding to a few digits (k.5 × 10^n), integers, and both ends of the range.
public struct DoubleGenerator {
    private var random: SplitMix64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// Access to the underlying random numbers (precisions, flags).
    public mutating func below(_ bound: Int) -> Int { random.below(bound) }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 { random.next() }

    /// The next double, sign random.
    public mutating func nextDouble() -> Double {
        let sign: UInt64 = random.coin() ? 1 << 63 : 0
        let magnitude: UInt64
        switch random.below(10) {
        case 0, 1, 2:
            magnitude = random.next() & ~(1 << 63)  // any class, NaNs and infinities rarely
        case 3:
            magnitude = random.next() >> UInt64(12 + random.below(52))  // subnormal
        case 4:
            // A power of ten (exactly representable up to 10^22, else the nearest double)
            // and a neighbour: printing must round right at a decade boundary.
            let p = Double(sign: .plus, exponent: 0, significand: 1) * pow10(random.within(-323...308))
            magnitude = p.bitPattern &+ UInt64(bitPattern: Int64(random.within(-1...1)))
        case 5:
            // A number with few significant digits whose next digit is a 5 — an exact tie
            // at some precision when the double is exact (small integers and halves).
            let digits = Double(random.within(1...99_999)) + 0.5
            magnitude = (digits * pow10(random.within(-6...6))).bitPattern
        case 6:
            magnitude = Double(random.next() >> UInt64(random.below(64))).bitPattern  // integers
        case 7:
            // The ends of the range: near the largest double, near the smallest normal.
            let top = random.coin() ? 0x7FEF_FFFF_FFFF_FFFF as UInt64 : 0x0010_0000_0000_0000
            magnitude = top &- UInt64(random.below(1 << 20)) &+ (top == 0x0010_0000_0000_0000 ? 1 << 20 : 0) / 2
        case 8:
            magnitude = [0, 1, 0x7FF0_0000_0000_0000, 0x7FF8_0000_0000_0000, 0x7FF0_0000_0000_0001,
                         0x000F_FFFF_FFFF_FFFF, 0x3FF0_0000_0000_0000][random.below(7)]
        default:
            // Few significant bits: short exact decimal expansions, many trailing zeros.
            let bits = random.next() & (0xFFF8_0000_0000_0000 >> UInt64(random.below(12)))
            magnitude = UInt64(random.within(1...2046)) << 52 | (bits >> 12)
        }
        return Double(bitPattern: sign | magnitude)
    }

    /// 10^exponent as the nearest double (computed exactly by parsing "1e<exponent>").
    private func pow10(_ exponent: Int) -> Double {
        Double(bitPattern: HostLibc.parse("1e\(exponent)").bits)
    }
}
