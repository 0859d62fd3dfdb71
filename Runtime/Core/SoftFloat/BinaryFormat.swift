/// The layout of an IEEE-754 binary interchange format: how many bits the biased exponent
/// and the trailing significand take. Every soft-float operation is written once, generic
/// over this description, and `Binary32`/`Binary64` pick the widths.
///
/// Values travel as their bit patterns (`Bits`), never as `Float`/`Double`, so the code
/// means the same thing on a host with an FPU and on a core without one.
public protocol BinaryFormat {
    /// The unsigned integer that holds one encoded value (`UInt32`, `UInt64`).
    associatedtype Bits: FixedWidthInteger & UnsignedInteger
    /// Width of the biased exponent field: 8 for binary32, 11 for binary64.
    static var exponentBitCount: Int { get }
    /// Width of the trailing significand field: 23 for binary32, 52 for binary64.
    static var fractionBitCount: Int { get }

    // The hot operations are requirements, with the generic code as their default
    // implementation, so that a format can supply a faster one (Binary64 works on its two
    // 32-bit words: Binary64+*.swift) and every caller, generic ones included, gets it.

    /// `a + b`, correctly rounded.
    static func add(_ a: Bits, _ b: Bits) -> Bits
    /// `a − b`, correctly rounded.
    static func subtract(_ a: Bits, _ b: Bits) -> Bits
    /// `a × b`, correctly rounded.
    static func multiply(_ a: Bits, _ b: Bits) -> Bits
    /// `a ÷ b`, correctly rounded.
    static func divide(_ a: Bits, _ b: Bits) -> Bits
    /// √a, correctly rounded.
    static func squareRoot(_ a: Bits) -> Bits
    /// −1, 0, 1 for a <, ==, > b; 1 if unordered.
    static func compareLessOrEqual(_ a: Bits, _ b: Bits) -> Int32
    /// −1, 0, 1 for a <, ==, > b; −1 if unordered.
    static func compareGreaterOrEqual(_ a: Bits, _ b: Bits) -> Int32
}

/// IEEE-754 binary32 (`float`): 1 sign bit, 8 exponent bits, 23 fraction bits.
public enum Binary32: BinaryFormat {
    public typealias Bits = UInt32
    public static var exponentBitCount: Int { 8 }
    public static var fractionBitCount: Int { 23 }
}

/// IEEE-754 binary64 (`double`): 1 sign bit, 11 exponent bits, 52 fraction bits.
public enum Binary64: BinaryFormat {
    public typealias Bits = UInt64
    public static var exponentBitCount: Int { 11 }
    public static var fractionBitCount: Int { 52 }
}

// Derived constants. All arithmetic works on `UInt64` whatever the format, so binary32 and
// binary64 share one rounding core; `widen`/`narrow` move between `Bits` and that.
extension BinaryFormat {
    /// Significant bits including the implicit leading one (24, 53).
    @inline(__always) static var precision: Int { fractionBitCount + 1 }
    /// All-ones biased exponent: infinities and NaNs.
    @inline(__always) static var maxBiasedExponent: Int { (1 << exponentBitCount) - 1 }
    @inline(__always) static var bias: Int { (1 << (exponentBitCount - 1)) - 1 }
    @inline(__always) static var signMask: UInt64 { 1 << UInt64(exponentBitCount + fractionBitCount) }
    @inline(__always) static var fractionMask: UInt64 { (1 << UInt64(fractionBitCount)) - 1 }
    @inline(__always) static var infinityBits: UInt64 { UInt64(maxBiasedExponent) << UInt64(fractionBitCount) }
    /// The most significant fraction bit: set in quiet NaNs, clear in signaling ones.
    @inline(__always) static var quietBit: UInt64 { 1 << UInt64(fractionBitCount - 1) }

    @inline(__always) static func widen(_ x: Bits) -> UInt64 { UInt64(truncatingIfNeeded: x) }
    @inline(__always) static func narrow(_ x: UInt64) -> Bits { Bits(truncatingIfNeeded: x) }

    /// The quiet NaN an invalid operation produces: positive, quiet bit only. This is
    /// compiler-rt's `qnanRep`; x86 hardware makes the same NaN with the sign set.
    public static var defaultNaN: Bits { narrow(infinityBits | quietBit) }

    /// `x` with its quiet bit set: how a NaN operand passes through an operation.
    @inline(__always) static func quieted(_ x: Bits) -> Bits { narrow(widen(x) | quietBit) }

    /// Whether `x` encodes a NaN (quiet or signaling).
    public static func isNaN(_ x: Bits) -> Bool { widen(x) & ~signMask > infinityBits }

    @inline(__always) static func infinity(negative: Bool) -> Bits {
        narrow(infinityBits | (negative ? signMask : 0))
    }
    @inline(__always) static func zero(negative: Bool) -> Bits { narrow(negative ? signMask : 0) }
}
