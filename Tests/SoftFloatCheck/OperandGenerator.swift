import SoftFloat

/// Draws operands (as bit patterns in a `UInt64`) so that every class of input and every
/// rounding situation turns up often: uniformly random bits alone would almost never
/// give a subnormal, an exact halfway case, a cancellation or an overflow boundary.
public struct OperandGenerator<F: BinaryFormat> {
    typealias Shape = FormatShape<F>
    public var random: SplitMix64

    public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// One operand from a mix of classes.
    public mutating func operand() -> UInt64 {
        let sign = random.coin()
        switch random.below(16) {
        case 0...3: return random.next() & (Shape.signBit << 1 &- 1)
        case 4: return special()
        case 5, 6: // subnormal, sometimes with few bits set
            return Shape.make(negative: sign, biased: 0, fraction: fraction(short: random.coin()))
        case 7, 8: // near the ends of the exponent range
            let biased = random.coin() ? random.within(1...4) : Shape.maxBiased - random.within(1...4)
            return Shape.make(negative: sign, biased: biased, fraction: fraction(short: random.coin()))
        case 9, 10: // few significant bits: exact and halfway products and quotients
            return Shape.make(negative: sign, biased: Shape.bias + random.within(-30...30),
                              fraction: fraction(short: true))
        default:
            return Shape.make(negative: sign, biased: Shape.bias + random.within(-64...64),
                              fraction: fraction(short: false))
        }
    }

    /// A second operand related to `a`: nearby (cancellation, alignment shifts around the
    /// precision), equal or opposite, or scaled so that a product or quotient with `a`
    /// lands at the overflow or underflow threshold.
    public mutating func operand(relatedTo a: UInt64) -> UInt64 {
        let sign = random.coin()
        let ea = Shape.biasedExponent(a)
        switch random.below(10) {
        case 0: // a few ulps away, either sign
            let moved = random.coin() ? a &+ UInt64(random.below(4)) : a &- UInt64(random.below(4))
            return moved ^ (sign ? Shape.signBit : 0)
        case 1: return a ^ Shape.signBit
        case 2: return a
        case 3, 4: // exponent within precision + 3 of a's
            let delta = random.within(-(Shape.precision + 3)...(Shape.precision + 3))
            let biased = min(max(ea + delta, 0), Shape.maxBiased - 1)
            return Shape.make(negative: sign, biased: biased, fraction: fraction(short: random.coin()))
        default: // product or quotient exponent at the overflow threshold or in the subnormal range
            let unbiasedA = ea - Shape.bias
            let target = random.coin()
                ? Shape.bias + random.within(-2...1)
                : random.within((-Shape.bias - Shape.precision - 1)...(2 - Shape.bias))
            let unbiasedB = random.coin() ? target - unbiasedA : unbiasedA - target
            let biased = min(max(unbiasedB + Shape.bias, 0), Shape.maxBiased - 1)
            return Shape.make(negative: sign, biased: biased, fraction: fraction(short: random.coin()))
        }
    }

    /// A pair of operands: independent half the time, related otherwise.
    public mutating func pair() -> (UInt64, UInt64) {
        let a = operand()
        return (a, random.coin() ? operand() : operand(relatedTo: a))
    }

    /// Zeros, infinities, NaNs (quiet and signaling, with payloads) and the extreme
    /// finite values.
    public mutating func special() -> UInt64 {
        let sign = random.coin()
        let payload = random.next() & (Shape.quietBit - 1)
        let magnitudes: [UInt64] = [
            0, Shape.infinity,
            Shape.infinity | Shape.quietBit,
            Shape.infinity | Shape.quietBit | payload,
            Shape.infinity | max(payload, 1),             // signaling
            Shape.infinity - 1,                           // largest finite
            1 << UInt64(F.fractionBitCount),              // smallest normal
            (1 << UInt64(F.fractionBitCount)) - 1,        // largest subnormal
            1,                                            // smallest subnormal
            UInt64(Shape.bias) << UInt64(F.fractionBitCount), // 1.0
        ]
        return magnitudes[random.below(magnitudes.count)] | (sign ? Shape.signBit : 0)
    }

    /// A trailing significand: random, or (`short`) with only its top few bits random or
    /// only one to three bits set anywhere. Few-bit significands give exact and halfway
    /// products, quotients and sums, and products whose only low bits are far below the
    /// rounding position (where a lost sticky bit would show).
    public mutating func fraction(short: Bool) -> UInt64 {
        let bits = random.next() & Shape.fractionMask
        if !short { return bits }
        if random.coin() {
            let kept = random.within(0...F.fractionBitCount)
            return bits & ~(Shape.fractionMask >> UInt64(kept))
        }
        var sparse: UInt64 = 0
        for _ in 0..<random.within(1...3) { sparse |= 1 << UInt64(random.below(F.fractionBitCount)) }
        return sparse
    }

    /// A value around the integer range boundaries (±2^31, 2^32, 2^63, 2^64), around
    /// small integers and halves, or a random magnitude between 2^−2 and 2^66.
    public mutating func integerish() -> UInt64 {
        let sign = random.coin()
        switch random.below(4) {
        case 0:
            let powers = [0, 1, 31, 32, 63, 64, Shape.precision - 1, Shape.precision]
            let biased = Shape.bias + powers[random.below(powers.count)]
            let base = Shape.make(negative: sign, biased: biased, fraction: 0)
            return random.coin() ? base &+ UInt64(random.below(3)) : base &- UInt64(random.below(3))
        case 1: return special()
        default:
            let biased = Shape.bias + random.within(-2...66)
            return Shape.make(negative: sign, biased: biased, fraction: fraction(short: random.coin()))
        }
    }

    /// An integer of random bit length (so small and large magnitudes are equally
    /// likely), including the type's extremes.
    public mutating func integerBits(width: Int) -> UInt64 {
        let all: UInt64 = width == 64 ? ~0 : (1 << UInt64(width)) - 1
        if random.below(16) == 0 {
            let extremes: [UInt64] = [0, all, all >> 1, (all >> 1) + 1, 1]
            return extremes[random.below(extremes.count)]
        }
        return random.next() & (all >> UInt64(random.below(width)))
    }
}
