/// The C math library (`libm`) in double precision, written for Embedded Swift.
///
/// Every function is a static member (`KilnMath.exp`, `KilnMath.floor`, …) so the host can
/// test it beside glibc's function of the same name; `LibmExports.swift` exports them under
/// the C names for the device. The algorithms use `Double` arithmetic, which on a core
/// without an FPU becomes calls to the soft-float routines, and reach into the encoding
/// through `bitPattern` where the exponent or the low bits matter.
///
/// Conventions (C99 Annex F): round to nearest only, no exception flags or `errno`; a NaN
/// operand gives a quiet NaN; overflow gives ±∞, underflow a correctly signed zero or
/// subnormal.
public enum KilnMath {}

// Encoding helpers shared by all the functions. binary64: 1 sign bit, 11 exponent bits
// (bias 1023), 52 fraction bits.
extension KilnMath {
    static let signMask: UInt64 = 1 << 63
    static let fractionMask: UInt64 = (1 << 52) - 1
    static let exponentMask: UInt64 = 0x7FF << 52

    /// The upper 32 bits of the encoding with the sign cleared: the biased exponent and the
    /// top 20 fraction bits, enough to classify an argument by magnitude with one compare.
    @inline(__always) static func magnitudeWord(_ x: Double) -> UInt32 {
        UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7FFF_FFFF
    }

    /// The biased exponent field (0 for zeros and subnormals, 2047 for ∞ and NaN).
    @inline(__always) static func biasedExponent(_ x: Double) -> Int {
        Int((x.bitPattern >> 52) & 0x7FF)
    }

    /// `x` with its low 32 fraction bits cleared: a value with at most 21 significant bits,
    /// whose products with other such values are exact (the splitting trick of fdlibm).
    @inline(__always) static func clearingLowWord(_ x: Double) -> Double {
        Double(bitPattern: x.bitPattern & 0xFFFF_FFFF_0000_0000)
    }

    /// 2^n for n in the normal range −1022 … 1023, built directly from the exponent field.
    @inline(__always) static func powerOfTwo(_ n: Int) -> Double {
        Double(bitPattern: UInt64(n + 1023) << 52)
    }

    /// Whether `x` is a signaling NaN (quiet bit, the top fraction bit, clear).
    @inline(__always) static func isSignalingNaN(_ x: Double) -> Bool {
        isNaN(x) && x.bitPattern & (1 << 51) == 0
    }

    /// Whether `x` is NaN, by its encoding (no floating-point compare on the device).
    @inline(__always) static func isNaN(_ x: Double) -> Bool {
        x.bitPattern & ~signMask > exponentMask
    }
}
