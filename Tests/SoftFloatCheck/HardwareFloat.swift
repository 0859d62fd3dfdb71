import SoftFloat

/// A host floating-point type whose hardware arithmetic is the reference, tied to the
/// soft-float format it must agree with bit for bit.
public protocol HardwareFloat: BinaryFloatingPoint {
    associatedtype Format: BinaryFormat
    init(softBits: Format.Bits)
    var softBits: Format.Bits { get }
}

extension Float: HardwareFloat {
    public typealias Format = Binary32
    public init(softBits: UInt32) { self.init(bitPattern: softBits) }
    public var softBits: UInt32 { bitPattern }
}

extension Double: HardwareFloat {
    public typealias Format = Binary64
    public init(softBits: UInt64) { self.init(bitPattern: softBits) }
    public var softBits: UInt64 { bitPattern }
}

/// Layout facts about a format, as the generator and the NaN rule need them (the
/// soft-float library keeps its own derived constants internal).
public struct FormatShape<F: BinaryFormat> {
    public static var precision: Int { F.fractionBitCount + 1 }
    public static var bias: Int { (1 << (F.exponentBitCount - 1)) - 1 }
    public static var maxBiased: Int { (1 << F.exponentBitCount) - 1 }
    public static var signBit: UInt64 { 1 << UInt64(F.exponentBitCount + F.fractionBitCount) }
    public static var fractionMask: UInt64 { (1 << UInt64(F.fractionBitCount)) - 1 }
    public static var quietBit: UInt64 { 1 << UInt64(F.fractionBitCount - 1) }
    public static var infinity: UInt64 { UInt64(maxBiased) << UInt64(F.fractionBitCount) }

    public static func isNaN(_ x: UInt64) -> Bool { x & ~signBit > infinity }

    /// sign, biased exponent and fraction put together (fields are masked).
    public static func make(negative: Bool, biased: Int, fraction: UInt64) -> UInt64 {
        (negative ? signBit : 0) | (UInt64(biased & maxBiased) << UInt64(F.fractionBitCount))
            | (fraction & fractionMask)
    }

    public static func biasedExponent(_ x: UInt64) -> Int {
        Int((x >> UInt64(F.fractionBitCount)) & UInt64(maxBiased))
    }
}
