/// A 64 × 64 → 128-bit product from four 32 × 32 → 64-bit ones. Not `multipliedFullWidth`:
/// that becomes an LLVM `i128` multiply, which Kiln's back end does not lower (the same
/// reason SoftFloat has `WideUInt`).
@inline(__always) func multiplyFull(_ a: UInt64, _ b: UInt64) -> (high: UInt64, low: UInt64) {
    let a0 = a & 0xFFFF_FFFF, a1 = a >> 32
    let b0 = b & 0xFFFF_FFFF, b1 = b >> 32
    let p00 = a0 &* b0, p01 = a0 &* b1, p10 = a1 &* b0, p11 = a1 &* b1
    let middle = (p00 >> 32) &+ (p01 & 0xFFFF_FFFF) &+ (p10 & 0xFFFF_FFFF)
    let low = (middle << 32) | (p00 & 0xFFFF_FFFF)
    let high = p11 &+ (p01 >> 32) &+ (p10 >> 32) &+ (middle >> 32)
    return (high, low)
}

/// The leading-zero count of a 128-bit value given as two halves.
@inline(__always) func leadingZeros(_ high: UInt64, _ low: UInt64) -> Int {
    high != 0 ? high.leadingZeroBitCount : 64 + low.leadingZeroBitCount
}
