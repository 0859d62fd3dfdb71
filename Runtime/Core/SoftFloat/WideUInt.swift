#if canImport(IntegerHelpers)
import IntegerHelpers
#endif

/// A 128-bit unsigned integer as two halves, for the exact products that multiplication
/// and fused multiply-add need.
///
/// Deliberately not `UInt128` or `multipliedFullWidth`: those become LLVM `i128`
/// operations, which Kiln's back end (32-bit registers, `i64` split in two) does not
/// lower. Everything here is 64-bit arithmetic on halves, and the multiplication is
/// built from 32 × 32 → 64-bit products.
struct WideUInt: Comparable {
    var high: UInt64
    var low: UInt64

    /// The exact product of two 64-bit integers.
    init(product a: UInt64, _ b: UInt64) {
        let a0 = UInt32(truncatingIfNeeded: a), a1 = UInt32(truncatingIfNeeded: a >> 32)
        let b0 = UInt32(truncatingIfNeeded: b), b1 = UInt32(truncatingIfNeeded: b >> 32)
        let p00 = DoubleWord.multiplyFull(a0, b0), p01 = DoubleWord.multiplyFull(a0, b1)
        let p10 = DoubleWord.multiplyFull(a1, b0), p11 = DoubleWord.multiplyFull(a1, b1)
        // The three 32-bit pieces that land on bits 32...63 of the product, plus their carry:
        // each is below 2^32, so the sum cannot overflow.
        let middle = (p00 >> 32) + (p01 & 0xFFFF_FFFF) + (p10 & 0xFFFF_FFFF)
        low = (middle << 32) | (p00 & 0xFFFF_FFFF)
        high = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32)
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    var leadingZeroBitCount: Int {
        high != 0 ? high.leadingZeroBitCount : 64 + low.leadingZeroBitCount
    }

    var isZero: Bool { high == 0 && low == 0 }

    /// The top 64 bits, with bit 0 set if any of the low 64 bits are: the value to hand to
    /// `roundAndPack` once the leading one is at bit 127.
    var jammedHigh: UInt64 { high | (low != 0 ? 1 : 0) }

    /// `self << count` for 0 ≤ count < 128.
    func shiftedLeft(by count: Int) -> WideUInt {
        if count == 0 { return self }
        if count >= 64 { return WideUInt(high: low &<< (count - 64), low: 0) }
        return WideUInt(high: (high &<< count) | (low &>> (64 - count)), low: low &<< count)
    }

    /// `self >> count` with the shifted-out bits collapsed into bit 0 (see
    /// `UInt64.shiftedRightJamming`). Any `count ≥ 0` is allowed.
    func shiftedRightJamming(by count: Int) -> WideUInt {
        if count <= 0 { return self }
        if count >= 128 { return WideUInt(high: 0, low: isZero ? 0 : 1) }
        if count >= 64 {
            let lostLow = low != 0 || (count > 64 && high &<< (128 - count) != 0)
            return WideUInt(high: 0, low: (high &>> (count - 64)) | (lostLow ? 1 : 0))
        }
        let lost = low &<< (64 - count) != 0
        return WideUInt(high: high &>> count,
                        low: (low &>> count) | (high &<< (64 - count)) | (lost ? 1 : 0))
    }

    static func + (a: WideUInt, b: WideUInt) -> WideUInt {
        let low = a.low &+ b.low
        return WideUInt(high: a.high &+ b.high &+ (low < a.low ? 1 : 0), low: low)
    }

    static func - (a: WideUInt, b: WideUInt) -> WideUInt {
        let low = a.low &- b.low
        return WideUInt(high: a.high &- b.high &- (a.low < b.low ? 1 : 0), low: low)
    }

    static func < (a: WideUInt, b: WideUInt) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }
}
