import SoftFloatCheck

/// A region of arguments a function is sampled over. Each function lists the regions where
/// its algorithm changes path (argument reduction bounds, thresholds, tiny and huge
/// arguments), so random samples land in each of them.
public enum ArgumentRange: Sendable {
    /// Uniform in [lower, upper].
    case uniform(Double, Double)
    /// |x| log-uniform between 2^lowerExponent and 2^upperExponent, random sign if `signed`.
    case magnitudes(Int, Int, signed: Bool)
    /// Integers in [lower, upper] (as doubles).
    case integers(Int, Int)
    /// The doubles nearest to n·π/2 for n up to 2^20, and their neighbours: where the
    /// reduced argument of sin, cos and tan is tiny and cancellation is worst.
    case nearMultiplesOfHalfPi
    /// Any bit pattern: every class, including NaN, ∞, zeros and subnormals.
    case anyBits
    /// Integers in [lower, upper] (as doubles), and their halves: where rounding-to-integral
    /// functions and pow's integer exponents have their special cases.
    case integersAndHalves(Int, Int)

    /// One argument from this range.
    public func sample(_ random: inout SplitMix64) -> Double {
        switch self {
        case .uniform(let lower, let upper):
            let unit = Double(random.next() >> 11) * 0x1p-53
            return lower + (upper - lower) * unit
        case .magnitudes(let lowerExponent, let upperExponent, let signed):
            let exponent = random.within(lowerExponent...(upperExponent - 1))
            let fraction = random.next() & ((1 << 52) - 1)
            // Built from the encoding so subnormal exponents work too.
            let one = Double(bitPattern: (1023 << 52) | fraction)
            var x = Float80(one) * Float80(sign: .plus, exponent: exponent, significand: 1)
            if signed && random.coin() { x = -x }
            return Double(x)
        case .anyBits:
            return Self.interestingBits(&random)
        case .nearMultiplesOfHalfPi:
            let n = Float80(random.within(1...(1 << 20)))
            let nearest = Double(n * Float80.pi / 2)
            let steps = random.within(-2...2)
            return Double(bitPattern: UInt64(Int64(nearest.bitPattern) + Int64(steps))) * (random.coin() ? 1 : -1)
        case .integers(let lower, let upper):
            return Double(random.within(lower...upper))
        case .integersAndHalves(let lower, let upper):
            let n = Double(random.within(lower...upper))
            return random.coin() ? n : n + 0.5
        }
    }

    /// Random bits, with a bias toward the classes a random 64-bit pattern rarely hits.
    static func interestingBits(_ random: inout SplitMix64) -> Double {
        let special: [Double] = [
            0, -0, .infinity, -.infinity, .nan, -.nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1, 0.5, -0.5,
        ]
        switch random.below(8) {
        case 0: return special[random.below(special.count)]
        case 1: return Double(bitPattern: random.next() & ((1 << 52) - 1) | (random.next() & (1 << 63)))  // subnormal
        default: return Double(bitPattern: random.next())
        }
    }
}
