import SoftFloatCheck

/// The result of sampling one function.
public struct Agreement: Sendable {
    /// The function's C name.
    public var name: String
    /// How many arguments were tried.
    public var samples = 0
    /// The largest distance from glibc's result, in ulps (`UInt64.max` when one was NaN
    /// and the other not).
    public var maxUlpsFromGlibc: UInt64 = 0
    /// The arguments where that distance was reached.
    public var worstAgainstGlibc: (Double, Double) = (0, 0)
    /// The largest error against the `long double` reference, in ulps (fractional).
    public var maxErrorUlps: Double = 0
    /// The arguments where that error was reached.
    public var worstAgainstReference: (Double, Double) = (0, 0)
    /// The first few arguments where an exact function differs from glibc in its bits.
    public var bitMismatches: [(Double, Double)] = []

    /// Whether a `long double` reference measured the error.
    public var measuredAgainstReference = false

    /// Whether the function met its accuracy target: exact ones bit for bit (NaNs only as
    /// NaNs); the others below 1 ulp from the exact value (the reference) — one of the two
    /// doubles around it, so at most 1 ulp from the correctly rounded result. The distance
    /// from glibc is not the criterion there: glibc's own log10, for one, is off by up to
    /// 2 ulps (its manual's table), so being 2 ulps from it can be the better answer.
    public var passes: Bool {
        guard bitMismatches.isEmpty else { return false }
        return measuredAgainstReference ? maxErrorUlps < 1 : maxUlpsFromGlibc <= 1
    }

    /// A one-line summary for test failures and the long run.
    public var summary: String {
        var text = "\(name): \(samples) samples, max \(maxUlpsFromGlibc) ulp from glibc at \(worstAgainstGlibc)"
        text += ", max error \(maxErrorUlps) ulp at \(worstAgainstReference)"
        if !bitMismatches.isEmpty { text += ", bits differ at \(bitMismatches)" }
        return text
    }
}

extension MathFunction {
    /// Samples `count` arguments from a generator seeded with `seed`, spread evenly over the
    /// argument ranges, and measures Kiln's results against glibc and the reference.
    public func check(count: Int, seed: UInt64 = 0x4B69_6C6E_4D61_7468) -> Agreement {
        var random = SplitMix64(seed: seed)
        var agreement = Agreement(name: name)
        agreement.measuredAgainstReference = reference != nil
        for _ in 0..<count {
            let x = ranges[random.below(ranges.count)].sample(&random)
            let y = secondRanges.isEmpty ? 0 : secondRanges[random.below(secondRanges.count)].sample(&random)
            measure(x, y, into: &agreement)
        }
        return agreement
    }

    /// Measures one argument pair.
    public func measure(_ x: Double, _ y: Double, into agreement: inout Agreement) {
        agreement.samples += 1
        let ours = kiln(x, y)
        let theirs = glibc(x, y)
        let distance = UlpError.distance(ours, theirs) ?? .max
        if distance > agreement.maxUlpsFromGlibc {
            agreement.maxUlpsFromGlibc = distance
            agreement.worstAgainstGlibc = (x, y)
        }
        if exact, !(ours.isNaN && theirs.isNaN), ours.bitPattern != theirs.bitPattern,
           agreement.bitMismatches.count < 5 {
            agreement.bitMismatches.append((x, y))
        }
        if let reference {
            // Converting to Float80 quiets a signaling NaN, so the reference cannot see one
            // (powl(sNaN, 0) = 1); there glibc's double function is the reference instead.
            let error = x.isSignalingNaN || y.isSignalingNaN
                ? (ours.isNaN == theirs.isNaN ? 0 : .infinity)
                : UlpError.error(ours, exact: reference(Float80(x), Float80(y)))
            if error > agreement.maxErrorUlps {
                agreement.maxErrorUlps = error
                agreement.worstAgainstReference = (x, y)
            }
        }
    }
}
