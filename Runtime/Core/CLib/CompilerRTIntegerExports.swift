// compiler-rt's 64-bit integer helpers, which LLVM's and Kiln's back ends call for i64
// multiply (on cores without MUL32_HIGH, e.g. QEMU's dc233c) and for every i64 divide and
// remainder (Docs/backend.md). Left out of the host build: there the names are libgcc's.
// Written with 32-bit multiplies and divides and 64-bit shifts, adds and compares only: a
// 64-bit `*` or `/` here would compile to a call to the function itself.

/// The full 64-bit product of two 32-bit words, from four 16 × 16-bit products.
@inline(__always)
func wideProduct(_ a: UInt32, _ b: UInt32) -> UInt64 {
    let a0 = a & 0xFFFF, a1 = a >> 16, b0 = b & 0xFFFF, b1 = b >> 16
    let low = UInt64(a0 &* b0), middle1 = UInt64(a0 &* b1), middle2 = UInt64(a1 &* b0), high = UInt64(a1 &* b1)
    return low &+ (middle1 << 16) &+ (middle2 << 16) &+ (high << 32)
}

@_cdecl("__muldi3")
public func kilnMuldi3(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let aLow = UInt32(truncatingIfNeeded: a), aHigh = UInt32(truncatingIfNeeded: a >> 32)
    let bLow = UInt32(truncatingIfNeeded: b), bHigh = UInt32(truncatingIfNeeded: b >> 32)
    return wideProduct(aLow, bLow) &+ (UInt64(aLow &* bHigh &+ aHigh &* bLow) << 32)
}

/// Unsigned 64-bit division: (quotient, remainder); division by zero gives (all ones, n)
/// instead of trapping (C leaves it undefined).
func divideWide(_ n: UInt64, _ d: UInt64) -> (UInt64, UInt64) {
    if n >> 32 == 0 && d >> 32 == 0 && d != 0 {
        let n32 = UInt32(truncatingIfNeeded: n), d32 = UInt32(truncatingIfNeeded: d)
        return (UInt64(n32 / d32), UInt64(n32 % d32))
    }
    if d == 0 { return (.max, n) }
    if d > n { return (0, n) }
    // Restoring division, starting at the quotient's top bit.
    let shift = d.leadingZeroBitCount - n.leadingZeroBitCount
    var divisor = d << UInt64(shift)
    var remainder = n, quotient: UInt64 = 0
    for _ in 0...shift {
        quotient <<= 1
        if remainder >= divisor {
            remainder &-= divisor
            quotient |= 1
        }
        divisor >>= 1
    }
    return (quotient, remainder)
}

@_cdecl("__udivdi3") public func kilnUdivdi3(_ n: UInt64, _ d: UInt64) -> UInt64 { divideWide(n, d).0 }
@_cdecl("__umoddi3") public func kilnUmoddi3(_ n: UInt64, _ d: UInt64) -> UInt64 { divideWide(n, d).1 }

@_cdecl("__divdi3")
public func kilnDivdi3(_ n: Int64, _ d: Int64) -> Int64 {
    let q = Int64(bitPattern: divideWide(n.magnitude, d.magnitude).0)
    return (n < 0) != (d < 0) ? 0 &- q : q
}

@_cdecl("__moddi3")
public func kilnModdi3(_ n: Int64, _ d: Int64) -> Int64 {
    let r = Int64(bitPattern: divideWide(n.magnitude, d.magnitude).1)
    return n < 0 ? 0 &- r : r
}
