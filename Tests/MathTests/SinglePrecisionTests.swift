import Glibc
import Math
import SoftFloatCheck
import Testing

/// The `float` functions (through `KilnMath.single`) against glibc's `float` functions and,
/// for accuracy, against glibc's double function as the near-exact reference.
@Suite struct SinglePrecisionTests {
    typealias Case = (String, @Sendable (Double) -> Double, @Sendable (Float) -> Float, @Sendable (Double) -> Double)
    static let unary: [Case] = [
        ("floorf", KilnMath.floor, Glibc.floorf, Glibc.floor), ("roundf", KilnMath.round, Glibc.roundf, Glibc.round),
        ("expf", KilnMath.exp, Glibc.expf, Glibc.exp), ("logf", KilnMath.log, Glibc.logf, Glibc.log),
        ("sinf", KilnMath.sin, Glibc.sinf, Glibc.sin), ("cosf", KilnMath.cos, Glibc.cosf, Glibc.cos),
        ("tanf", KilnMath.tan, Glibc.tanf, Glibc.tan), ("atanf", KilnMath.atan, Glibc.atanf, Glibc.atan),
        ("tanhf", KilnMath.tanh, Glibc.tanhf, Glibc.tanh), ("log1pf", KilnMath.log1p, Glibc.log1pf, Glibc.log1p),
    ]

    /// |computed − exact| in ulps of float at the exact value (exact given as a double).
    static func floatError(_ computed: Float, _ exact: Double) -> Double {
        if computed.isNaN || exact.isNaN { return computed.isNaN == exact.isNaN ? 0 : .infinity }
        if computed.isInfinite || exact.isInfinite { return Double(computed) == exact || Float(exact) == computed ? 0 : .infinity }
        let ulp = Double(max(abs(Float(exact)), Float.leastNormalMagnitude).ulp)
        return abs(Double(computed) - exact) / ulp
    }

    @Test func unaryFunctions() {
        var random = SplitMix64(seed: 0x666C_6F61_74)
        for (name, kiln, glibcFloat, glibcDouble) in Self.unary {
            var worst = 0.0
            for _ in 0..<20_000 {
                let bits = random.next()
                // Half random bit patterns, half moderate magnitudes where most results are finite.
                let x = bits & 1 == 0 ? Float(bitPattern: UInt32(truncatingIfNeeded: bits >> 32))
                    : Float(Double(Int64(bitPattern: bits) >> 40) * 0x1p-20)
                let ours = KilnMath.single(kiln, x)
                worst = max(worst, Self.floatError(ours, glibcDouble(Double(x))))
                // Within 2 ulps of glibc's float function, which is itself up to 2 ulps off for
                // tanhf (glibc manual); the accuracy criterion is `worst` below.
                let theirs = glibcFloat(x)
                #expect(ours.isNaN ? theirs.isNaN : ours == theirs || abs(Double(ours) - Double(theirs)) <= 2 * Double(theirs.ulp),
                        "\(name)(\(x)) = \(ours), glibc \(theirs)")
            }
            #expect(worst < 1, "\(name): \(worst) ulp")
        }
    }

    @Test func binaryFunctions() {
        #expect(KilnMath.single(KilnMath.pow, 2, 10) == 1024)
        #expect(KilnMath.single(KilnMath.fmod, 7.5, 2) == 1.5)
        // π rounded to nearest (Swift's Float.pi is rounded toward zero).
        #expect(KilnMath.single(KilnMath.atan2, -0.0, -1) == Float(-Double.pi))
        #expect(KilnMath.single(KilnMath.hypot, 3, 4) == 5)
        #expect(KilnMath.single(KilnMath.pow, 10, 39).isInfinite)  // float overflow
    }
}
