import SoftFloat
import Testing

/// The documented conventions, case by case: NaN payloads, signed zeros, the edges of
/// the range, compiler-rt's comparison results and the out-of-range integer conversions
/// the hardware comparison cannot check (Swift traps there).
@Suite struct SpecialCaseTests {
    typealias D = Binary64
    static let one: UInt64 = 0x3FF0_0000_0000_0000
    static let two: UInt64 = 0x4000_0000_0000_0000
    static let infinity: UInt64 = 0x7FF0_0000_0000_0000
    static let negativeZero: UInt64 = 0x8000_0000_0000_0000
    static let quietNaN: UInt64 = 0x7FF8_0000_0000_0000
    static let signalingNaN: UInt64 = 0x7FF0_0000_0000_0123
    static let largest: UInt64 = 0x7FEF_FFFF_FFFF_FFFF
    static let smallestSubnormal: UInt64 = 1
    static func bits(_ x: Double) -> UInt64 { x.bitPattern }

    @Test func invalidOperationsGiveThePositiveDefaultNaN() {
        #expect(D.defaultNaN == 0x7FF8_0000_0000_0000)
        #expect(Binary32.defaultNaN == 0x7FC0_0000)
        #expect(D.subtract(Self.infinity, Self.infinity) == D.defaultNaN)
        #expect(D.multiply(Self.infinity, 0) == D.defaultNaN)
        #expect(D.divide(0, Self.negativeZero) == D.defaultNaN)
        #expect(D.divide(Self.infinity, Self.infinity) == D.defaultNaN)
        #expect(D.squareRoot(Self.bits(-1)) == D.defaultNaN)
        #expect(D.squareRoot(Self.infinity | Self.negativeZero) == D.defaultNaN)
        #expect(D.fusedMultiplyAdd(Self.infinity, 0, Self.one) == D.defaultNaN)
        #expect(D.fusedMultiplyAdd(Self.infinity, Self.one, Self.infinity | Self.negativeZero) == D.defaultNaN)
    }

    @Test func nanOperandsPropagateQuieted() {
        let negativeNaN = Self.quietNaN | Self.negativeZero | 0x55
        #expect(D.add(Self.signalingNaN, negativeNaN) == Self.signalingNaN | (1 << 51))
        #expect(D.add(Self.one, Self.signalingNaN) == Self.signalingNaN | (1 << 51))
        // Subtraction does not flip the sign of a NaN subtrahend (compiler-rt does).
        #expect(D.subtract(Self.one, negativeNaN) == negativeNaN)
        #expect(D.multiply(Self.infinity, negativeNaN) == negativeNaN)
        #expect(D.squareRoot(Self.signalingNaN) == Self.signalingNaN | (1 << 51))
        // A NaN addend wins over the invalid ∞ × 0.
        #expect(D.fusedMultiplyAdd(Self.infinity, 0, negativeNaN) == negativeNaN)
    }

    @Test func signedZeros() {
        let zero: UInt64 = 0
        #expect(D.add(Self.negativeZero, Self.negativeZero) == Self.negativeZero)
        #expect(D.add(Self.negativeZero, zero) == zero)
        #expect(D.subtract(Self.negativeZero, zero) == Self.negativeZero)
        #expect(D.subtract(Self.one, Self.one) == zero)
        #expect(D.multiply(Self.negativeZero, Self.two) == Self.negativeZero)
        #expect(D.divide(zero, Self.bits(-2)) == Self.negativeZero)
        #expect(D.squareRoot(Self.negativeZero) == Self.negativeZero)
        #expect(D.fusedMultiplyAdd(Self.negativeZero, Self.one, Self.negativeZero) == Self.negativeZero)
        #expect(D.fusedMultiplyAdd(Self.negativeZero, Self.one, zero) == zero)
        #expect(D.fusedMultiplyAdd(Self.one, Self.one, Self.bits(-1)) == zero)
        // A product too small to survive rounding keeps its sign.
        #expect(D.fusedMultiplyAdd(Self.smallestSubnormal | Self.negativeZero, Self.bits(0.25), zero) == Self.negativeZero)
    }

    @Test func rangeEdges() {
        #expect(D.multiply(Self.largest, Self.two) == Self.infinity)
        #expect(D.add(Self.largest, Self.bits(0x1p970)) == Self.infinity)     // exactly half an ulp: ties to even, up
        #expect(D.add(Self.largest, Self.bits(0x1p969)) == Self.largest)
        #expect(D.divide(Self.one, 0) == Self.infinity)
        #expect(D.divide(Self.bits(-1), 0) == Self.infinity | Self.negativeZero)
        // Halfway between 0 and the smallest subnormal: ties to even, to zero.
        #expect(D.multiply(Self.smallestSubnormal, Self.bits(0.5)) == 0)
        #expect(D.multiply(3, Self.bits(0.5)) == 2)
        // Rounding up out of the subnormal range gives the smallest normal.
        #expect(D.multiply(0x000F_FFFF_FFFF_FFFF, Self.bits(1 + 0x1p-52)) == 0x0010_0000_0000_0000)
    }

    @Test func compilerRTComparisonResults() {
        let nan = Self.quietNaN
        #expect(D.compareLessOrEqual(Self.one, Self.two) == -1)
        #expect(D.compareLessOrEqual(Self.two, Self.one) == 1)
        #expect(D.compareLessOrEqual(0, Self.negativeZero) == 0)
        #expect(D.compareLessOrEqual(nan, Self.one) == 1)
        #expect(D.compareGreaterOrEqual(Self.one, nan) == -1)
        #expect(D.compareGreaterOrEqual(Self.bits(-3), Self.bits(-2)) == -1)
        #expect(D.compareUnordered(Self.one, nan) == 1)
        #expect(D.compareUnordered(Self.infinity, Self.one) == 0)
        #expect(Binary32.compareLessOrEqual(0x7FC0_0000, 0) == 1)
        #expect(Binary32.compareGreaterOrEqual(0xFF80_0000, 0x7F80_0000) == -1)
    }

    @Test func outOfRangeIntegerConversionsSaturate() {
        #expect(D.convert(Self.bits(3e9), toInteger: Int32.self) == Int32.max)
        #expect(D.convert(Self.bits(-3e9), toInteger: Int32.self) == Int32.min)
        #expect(D.convert(Self.bits(2147483648), toInteger: Int32.self) == Int32.max)
        #expect(D.convert(Self.bits(-2147483648.9), toInteger: Int32.self) == Int32.min)
        #expect(D.convert(Self.quietNaN, toInteger: Int32.self) == Int32.max)
        #expect(D.convert(Self.quietNaN | Self.negativeZero, toInteger: Int32.self) == Int32.min)
        #expect(D.convert(Self.infinity | Self.negativeZero, toInteger: Int64.self) == Int64.min)
        #expect(D.convert(Self.bits(0x1p63), toInteger: Int64.self) == Int64.max)
        #expect(D.convert(Self.bits(-0x1p63), toInteger: Int64.self) == Int64.min)
        #expect(D.convert(Self.bits(-0.9), toInteger: Int32.self) == 0)
        #expect(D.convert(Self.bits(-1), toInteger: UInt32.self) == 0)
        #expect(D.convert(Self.bits(-1e300), toInteger: UInt64.self) == 0)
        #expect(D.convert(Self.quietNaN | Self.negativeZero, toInteger: UInt32.self) == 0)
        #expect(D.convert(Self.quietNaN, toInteger: UInt32.self) == UInt32.max)
        #expect(D.convert(Self.bits(0x1p64), toInteger: UInt64.self) == UInt64.max)
        #expect(D.convert(Self.bits(0x1p64 - 2048), toInteger: UInt64.self) == UInt64.max - 2047)
        #expect(Binary32.convert(0x4F00_0000 /* 2^31 */, toInteger: Int32.self) == Int32.max)
    }

    @Test func integerToFloatRounding() {
        #expect(D.convert(fromInteger: UInt64.max) == Self.bits(0x1p64))
        #expect(D.convert(fromInteger: Int64.min) == Self.bits(-0x1p63))
        #expect(D.convert(fromInteger: Int32(0)) == 0)
        #expect(Binary32.convert(fromInteger: Int32(16_777_217)) == Float(16_777_216).bitPattern)  // tie to even
        #expect(Binary32.convert(fromInteger: Int32(16_777_219)) == Float(16_777_220).bitPattern)
    }

    @Test func formatConversionNaNs() {
        // Widening quiets a signaling NaN (compiler-rt keeps it signaling) and moves the payload up.
        #expect(D.convert(0x7F80_0001 as UInt32, from: Binary32.self) == 0x7FF8_0000_2000_0000)
        #expect(D.convert(0xFFC0_0000 as UInt32, from: Binary32.self) == 0xFFF8_0000_0000_0000)
        // Narrowing keeps the top of the payload and sets the quiet bit.
        #expect(Binary32.convert(0x7FF0_0000_2000_0001 as UInt64, from: Binary64.self) == 0x7FC0_0001)
        #expect(Binary32.convert(0x7FF0_0000_0000_0001 as UInt64, from: Binary64.self) == 0x7FC0_0000)
        // Narrowing overflow and underflow.
        #expect(Binary32.convert(Self.bits(1e39), from: Binary64.self) == 0x7F80_0000)
        #expect(Binary32.convert(Self.bits(0x1p-150), from: Binary64.self) == 0)
        #expect(Binary32.convert(Self.bits(0x1.0000000000001p-150), from: Binary64.self) == 1)
    }
}
