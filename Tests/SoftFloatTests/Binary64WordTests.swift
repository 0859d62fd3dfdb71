import SoftFloat
import SoftFloatCheck
import Testing

/// Binary64's word-wise fast paths decide from the exponents alone whether an operation
/// stays on them; these tests put operands right at those edges (and at the edges of the
/// normal range the fast paths assume), with random significands, and compare every
/// result with the host's hardware bit for bit. Exponents at the edge go one way or the
/// other: either way the result must be the hardware's.
@Suite struct Binary64WordTests {
    typealias D = Binary64

    /// Biased exponents where a fast path starts or stops, for operand `ea`: the fixed
    /// edges, and the partners that put a sum's, product's or quotient's exponent at its edge.
    static func partners(of ea: Int) -> [Int] {
        let fixed = [1, 2, 52, 53, 54, 55, 1022, 1023, 1024, 2044, 2045, 2046]
        let relative = [ea, ea - 1, ea + 1, ea - 2, ea + 2, 1023 - ea, 1024 - ea, 1025 - ea, 3068 - ea, 3069 - ea,
                        3070 - ea, ea - 1021, ea - 1022, ea - 1023, ea + 1022, ea + 1023, ea + 1024]
        return (fixed + relative).filter { (1...2046).contains($0) }
    }

    static let exponents = [1, 2, 53, 54, 55, 500, 1023, 1500, 2044, 2045, 2046]

    /// A value with biased exponent `biased`, a random sign and significand (a third of
    /// them all ones or with only the top bit, where rounding carries).
    static func operand(_ biased: Int, _ random: inout SplitMix64) -> UInt64 {
        var fraction = random.next() & 0xF_FFFF_FFFF_FFFF
        switch random.below(6) {
        case 0: fraction = 0xF_FFFF_FFFF_FFFF
        case 1: fraction = 0
        default: break
        }
        return (random.coin() ? 1 << 63 : 0) | UInt64(biased) << 52 | fraction
    }

    @Test func edgesOfTheFastPathsAgreeWithHardware() {
        var random = SplitMix64(seed: 0x5746_4F52)
        var checked = 0
        var mismatches: [String] = []
        func check(_ name: String, _ ours: UInt64, _ hardware: Double, _ a: UInt64, _ b: UInt64) {
            checked += 1
            if ours != hardware.bitPattern && mismatches.count < 5 {
                mismatches.append("\(name)(\(String(a, radix: 16)), \(String(b, radix: 16))) = \(String(ours, radix: 16)), hardware \(String(hardware.bitPattern, radix: 16))")
            }
        }
        for ea in Self.exponents {
            for eb in Self.partners(of: ea) {
                for _ in 0..<16 {
                    let a = Self.operand(ea, &random), b = Self.operand(eb, &random)
                    let x = Double(bitPattern: a), y = Double(bitPattern: b)
                    check("add", D.add(a, b), x + y, a, b)
                    check("sub", D.subtract(a, b), x - y, a, b)
                    check("mul", D.multiply(a, b), x * y, a, b)
                    check("div", D.divide(a, b), x / y, a, b)
                    // Nearly equal magnitudes: cancellation in the subtraction.
                    let near = (a & ~(1 << 63)) &+ UInt64(random.within(0...3))
                    check("sub", D.subtract(a, near), x - Double(bitPattern: near), a, near)
                    let order = D.compareLessOrEqual(a, b)
                    let expected: Int32 = x < y ? -1 : (x == y ? 0 : 1)
                    if order != expected && mismatches.count < 5 { mismatches.append("compare(\(x), \(y)) = \(order)") }
                }
            }
        }
        #expect(checked > 15_000)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "; "))")
    }

    /// The word-wise square root (Binary64+SquareRoot.swift) takes positive normal operands;
    /// every biased exponent (both parities: the odd ones double the significand), both
    /// signs, zero, all-ones, top-bit-only and random fractions, and squares of random
    /// values and their neighbours (exact and nearly exact roots, where the last digit's
    /// correction decides), against the hardware bit for bit. Zeros, subnormals,
    /// negatives, infinities and NaNs take the generic path, whose result must agree too.
    @Test func squareRootAgreesWithHardwareOnEveryExponent() {
        var random = SplitMix64(seed: 0x5351_5254)
        var checked = 0
        var mismatches: [String] = []
        func check(_ a: UInt64) {
            checked += 1
            let ours = D.squareRoot(a), hardware = Double(bitPattern: a).squareRoot().bitPattern
            // A NaN result: the operand's own NaN quieted, else the default NaN (x86 sets its sign).
            let agrees = ours == hardware || (D.isNaN(hardware) && (D.isNaN(a) ? ours == a | (1 << 51) : ours == D.defaultNaN))
            if !agrees && mismatches.count < 5 {
                mismatches.append("sqrt(\(String(a, radix: 16))) = \(String(ours, radix: 16)), hardware \(String(hardware, radix: 16))")
            }
        }
        for biased in 0...2047 {
            for _ in 0..<24 {
                check(Self.operand(biased, &random))
            }
            for fraction: UInt64 in [0, 1, 0xF_FFFF_FFFF_FFFF, 0x8_0000_0000_0000] { check(UInt64(biased) << 52 | fraction) }
        }
        for _ in 0..<20_000 {
            let root = Double(bitPattern: (random.next() & 0x000F_FFFF_FFFF_FFFF) | UInt64(random.within(1...2046)) << 52)
            check((root * root).bitPattern &+ UInt64(random.within(0...2)) &- 1)
        }
        #expect(checked == 2048 * 28 + 20_000)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "; "))")
    }

    /// The word-wise compare orders non-zero values as signed keys with a negative value's
    /// magnitude bits flipped: pairs that differ only in the low word, in the high word's
    /// last bit, or in sign, with zeros, subnormals, infinities and NaNs of both signs,
    /// against the hardware's ordering (both compare routines, including their result for
    /// unordered operands).
    @Test func comparesAgreeWithHardwareOnWordEdges() {
        let highs: [UInt32] = [0, 1, 0x000F_FFFF, 0x0010_0000, 0x3FF0_0000, 0x3FF0_0001, 0x7FEF_FFFF, 0x7FF0_0000, 0x7FF8_0000]
        let lows: [UInt32] = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE, 0xFFFF_FFFF]
        let values = highs.flatMap { high in lows.flatMap { low in
            [D.Bits(high) << 32 | D.Bits(low), (D.Bits(high) | 0x8000_0000) << 32 | D.Bits(low)]
        } }
        var mismatches: [String] = []
        for a in values {
            for b in values {
                let x = Double(bitPattern: a), y = Double(bitPattern: b)
                let ordered: Int32? = x < y ? -1 : (x == y ? 0 : (x > y ? 1 : nil))
                let less = D.compareLessOrEqual(a, b), greater = D.compareGreaterOrEqual(a, b)
                if less != (ordered ?? 1) || greater != (ordered ?? -1), mismatches.count < 5 {
                    mismatches.append("compare(\(String(a, radix: 16)), \(String(b, radix: 16))) = \(less), \(greater)")
                }
            }
        }
        #expect(values.count * values.count > 10_000)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "; "))")
    }
}
