import IntegerHelpers
import SoftFloatCheck
import Testing

/// `DoubleWord` against the host's 64-bit arithmetic on random operands of every
/// magnitude (each operand's width drawn separately, so both the one-word fast path and the
/// shift-and-subtract loop are reached) and on the edge values.
@Suite struct DoubleWordTests {
    static let samples = 200_000
    static let edges: [UInt64] = [0, 1, 2, 3, 0xFFFF, 0x1_0000, 0xFFFF_FFFF, 0x1_0000_0000, 0x1_0000_0001,
                                  0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, 0x8000_0000_0000_0001, .max, .max - 1]

    /// Operand pairs: every pair of edge values, then random ones of random widths.
    static func operands() -> [(UInt64, UInt64)] {
        var pairs = edges.flatMap { a in edges.map { b in (a, b) } }
        var random = SplitMix64(seed: 0x1D1C_0DE5)
        func operand() -> UInt64 {
            let bits = random.below(65)
            return bits == 0 ? 0 : random.next() >> UInt64(64 - bits)
        }
        for _ in 0..<samples { pairs.append((operand(), operand())) }
        return pairs
    }

    @Test func multiplyAgreesWithHost() {
        var mismatches: [String] = []
        for (a, b) in Self.operands() where DoubleWord.multiply(a, b) != a &* b {
            mismatches.append("\(a) × \(b)")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(3))")
    }

    @Test func fullWordProductAgreesWithHost() {
        var mismatches: [String] = []
        for (x, y) in Self.operands() {
            let (a, b) = (UInt32(truncatingIfNeeded: x), UInt32(truncatingIfNeeded: y >> 32 ^ y))
            if DoubleWord.multiplyFull(a, b) != UInt64(a) * UInt64(b) { mismatches.append("\(a) × \(b)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(3))")
    }

    @Test func unsignedDivideAgreesWithHost() {
        var mismatches: [String] = []
        for (a, b) in Self.operands() where b != 0 {
            let (q, r) = DoubleWord.divide(a, b)
            if q != a / b || r != a % b { mismatches.append("\(a) ÷ \(b)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(3))")
    }

    @Test func signedDivideAgreesWithHost() {
        var mismatches: [String] = []
        for (x, y) in Self.operands() {
            let (a, b) = (Int64(bitPattern: x), Int64(bitPattern: y))
            guard b != 0, !(a == .min && b == -1) else { continue }
            let (q, r) = DoubleWord.divide(a, b)
            if q != a / b || r != a % b { mismatches.append("\(a) ÷ \(b)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(3))")
        // C leaves these undefined; the helpers give the wrapped quotient and no trap.
        #expect(DoubleWord.divide(Int64.min, -1) == (Int64.min, 0))
        #expect(DoubleWord.divide(UInt64(5), 0) == (UInt64.max, 5))
    }
}
