extension Binary64 {
    /// `a + b`, correctly rounded (`__adddf3`); see `wordSum`.
    @inline(__always)
    public static func add(_ a: UInt64, _ b: UInt64) -> UInt64 { wordSum(a, b, negatingB: 0) }

    /// `a − b`, correctly rounded (`__subdf3`); see `wordSum`.
    @inline(__always)
    public static func subtract(_ a: UInt64, _ b: UInt64) -> UInt64 {
        wordSum(a, b, negatingB: 0x8000_0000)
    }

    /// `a + (b with its sign bit xored with flip)` on 32-bit words when both biased
    /// exponents are in 54...2045; zero operands quickly; everything else (NaN, ∞,
    /// subnormals, the range's edges) by the generic `sum`.
    ///
    /// The fast path is decided up front, so that nothing after it needs the operands
    /// again (registers are few). Within it the result is normal: a carry raises the
    /// exponent by one at most (to 2046, from where rounding may still carry into ∞), and
    /// cancellation leaves at least the smaller operand's last bit, 2^(e − 52) with e ≥ 54.
    ///
    /// The significands are 53-bit `high:low` pairs plus `rest`, a word of the bits
    /// shifted out below the smaller one, its bit 0 sticky. Ordering the operands by
    /// magnitude first makes a difference never negative.
    @inline(__always)
    static func wordSum(_ a: UInt64, _ b: UInt64, negatingB flip: UInt32) -> UInt64 {
        var xh = highWord(a), xl = lowWord(a), yh = highWord(b) ^ flip, yl = lowWord(b)
        let ex = biasedExponent(xh), ey = biasedExponent(yh)
        guard max(ex &- 54, ey &- 54) < 1992 else {
            return sumOutsideFastPath(a, b, negatingB: flip)
        }
        let xm = xh & 0x7FFF_FFFF, ym = yh & 0x7FFF_FFFF
        if ym > xm || (ym == xm && yl > xl) {
            swap(&xh, &yh)
            swap(&xl, &yl)
        }
        // The sign rides along at bit 11 (see `rounded`); the result stays normal, so the
        // exponent's changes below never reach it.
        var exponent = xh >> 20
        // The larger magnitude has the larger exponent: no need to take them apart again.
        let distance = max(ex, ey) &- min(ex, ey)
        var high = significandHigh(xh), low = xl
        var smallHigh = significandHigh(yh), smallLow = yl, rest: UInt32 = 0

        // Align the smaller significand. Distances below 32 (the common case) lose nothing
        // below `rest`, which then is just the bits shifted out of the low word.
        if distance < 32 {
            if distance != 0 {
                let up = 32 &- distance
                rest = smallLow &<< up
                smallLow = (smallLow &>> distance) | (smallHigh &<< up)
                smallHigh = smallHigh &>> distance
            }
        } else if distance < 64 {
            // The high word moves into the low one; what falls below `rest` is sticky.
            let down = distance &- 32
            if down == 0 {
                (smallHigh, smallLow, rest) = (0, smallHigh, smallLow)
            } else {
                let up = 32 &- down
                let lost: UInt32 = smallLow &<< up != 0 ? 1 : 0
                rest = (smallLow &>> down) | (smallHigh &<< up) | lost
                (smallHigh, smallLow) = (0, smallHigh &>> down)
            }
        } else {
            (smallHigh, smallLow, rest) = (0, 0, 1)
        }

        if (xh ^ yh) & 0x8000_0000 == 0 {
            low = low &+ smallLow
            high = high &+ smallHigh &+ (low < smallLow ? 1 : 0)
            if high >= 0x20_0000 {
                // Carry into bit 53: one bit down, the lowest kept as sticky.
                rest = (rest >> 1) | (rest & 1) | (low << 31)
                low = (low >> 1) | (high << 31)
                high >>= 1
                exponent &+= 1
            }
        } else {
            // high:low:0 − smallHigh:smallLow:rest, borrows by hand.
            let borrowFromRest: UInt32 = rest != 0 ? 1 : 0
            rest = 0 &- rest
            let lowDifference = low &- smallLow
            let borrow: UInt32 = (low < smallLow || lowDifference < borrowFromRest) ? 1 : 0
            low = lowDifference &- borrowFromRest
            high = high &- smallHigh &- borrow
            if high < 0x10_0000 {
                // Cancellation. Only when the exponents differ by at most one can it take
                // more than one bit, and then `rest` holds at most one bit: exact.
                if high | low | rest == 0 { return 0 }
                var shift = high != 0 ? UInt32(truncatingIfNeeded: high.leadingZeroBitCount) &- 11
                                      : UInt32(truncatingIfNeeded: low.leadingZeroBitCount) &+ 21
                exponent &-= shift
                if shift >= 32 {
                    (high, low, rest) = (low, rest, 0)
                    shift &-= 32
                }
                if shift != 0 {
                    high = (high &<< shift) | (low &>> (32 &- shift))
                    low = (low &<< shift) | (rest &>> (32 &- shift))
                    rest = rest &<< shift
                }
            }
        }
        return rounded(signAndBiased: exponent, high: high, low: low, rest: rest)
    }

    /// A zero operand quickly (accumulators start at 0.0), the rest generically.
    @inline(never)
    static func sumOutsideFastPath(_ a: UInt64, _ b: UInt64, negatingB flip: UInt32) -> UInt64 {
        let ah = highWord(a), bh = highWord(b) ^ flip
        let aZero = (ah & 0x7FFF_FFFF) | lowWord(a) == 0, bZero = (bh & 0x7FFF_FFFF) | lowWord(b) == 0
        if bZero && biasedExponent(ah) != 0x7FF {
            // −0 + −0 is −0; every other sum of zeros is +0 when rounding to nearest.
            return aZero ? joined(ah & bh & 0x8000_0000, 0) : a
        }
        if aZero && biasedExponent(bh) != 0x7FF { return joined(bh, lowWord(b)) }
        return sum(a, b, negatingB: flip != 0)
    }
}
