/// The one place where results are rounded to nearest, ties to even, and encoded.
extension BinaryFormat {
    /// Encodes `(-1)^negative × significand × 2^exponent` rounded to this format.
    ///
    /// `significand` must be non-zero. Its bit 0 may be a sticky bit standing for non-zero
    /// bits shifted out below it; callers guarantee that, once the leading one is moved to
    /// bit 63, it still lies below the guard bit (the highest bit rounded away), where it
    /// can only turn "exactly half" into "above half", which is all it has to do.
    ///
    /// Overflow gives infinity; results below the normal range are shifted to the
    /// subnormal position before rounding, so a subnormal is rounded once, and rounding up
    /// into the next binade (or into the smallest normal, or to infinity) falls out of
    /// adding the rounded significand to the exponent field.
    static func roundAndPack(negative: Bool, exponent: Int, significand: UInt64) -> Bits {
        let shift = significand.leadingZeroBitCount
        var sig = significand &<< shift
        // Biased exponent of the leading bit, now at position 63.
        var biased = exponent - shift + 63 + bias
        let signBits = negative ? signMask : 0
        if biased >= maxBiasedExponent { return narrow(signBits | infinityBits) }
        if biased < 1 {
            sig = sig.shiftedRightJamming(by: 1 - biased)
            biased = 1
        }
        let dropped = UInt64(64 - precision)
        let half: UInt64 = 1 << (dropped - 1)
        let rest = sig & ((1 << dropped) - 1)
        var kept = sig >> dropped
        if rest > half || (rest == half && kept & 1 != 0) { kept += 1 }
        // `kept` still carries the implicit one (or, for a subnormal, does not): adding it
        // to (biased − 1) in the exponent field gives the right encoding either way.
        return narrow(signBits | ((UInt64(truncatingIfNeeded: biased - 1) << UInt64(fractionBitCount)) + kept))
    }
}

extension UInt64 {
    /// `self >> count`, with bit 0 set if any 1 bit was shifted out: the result still
    /// rounds the same way as the exact value. Any `count ≥ 0` is allowed.
    @inline(__always) func shiftedRightJamming(by count: Int) -> UInt64 {
        if count <= 0 { return self }
        if count >= 64 { return self != 0 ? 1 : 0 }
        let lost = self &<< (64 - count)
        return (self &>> count) | (lost != 0 ? 1 : 0)
    }
}
