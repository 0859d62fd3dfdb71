import Math
import Testing

/// C99 Annex F's special cases, one by one: the sampled comparison with glibc hits them only
/// by chance. A result must have the expected bits (for NaN: be a NaN).
private let inf = Double.infinity
private let nan = Double.nan

@Suite struct SpecialCaseTests {
    /// Whether `result` is `expected` bit for bit (so −0 differs from +0), or both are NaN.
    static func same(_ result: Double, _ expected: Double) -> Bool {
        result.isNaN ? expected.isNaN : result.bitPattern == expected.bitPattern
    }

    @Test func pow() {
        let cases: [(Double, Double, Double)] = [
            (nan, 0, 1), (nan, -0.0, 1), (1, nan, 1), (1, inf, 1), (-1, inf, 1), (-1, -inf, 1),
            (0, -3, inf), (-0.0, -3, -inf), (0, -2, inf), (-0.0, -2, inf), (0, -0.5, inf), (-0.0, -inf, inf),
            (0, 3, 0), (-0.0, 3, -0.0), (-0.0, 2, 0), (-0.0, 0.5, 0), (0.5, -inf, inf), (2, -inf, 0),
            (0.5, inf, 0), (2, inf, inf), (-inf, -3, -0.0), (-inf, -2, 0), (-inf, 3, -inf), (-inf, 2, inf),
            (inf, -1, 0), (inf, 0.5, inf), (-2, 0.5, nan), (-2, 3, -8), (-8, 1.0 / 3, nan), (nan, 1, nan),
            (2, 1024, inf), (2, -1075, 0), (-2, -1075, -0.0), (2, -1074, .leastNonzeroMagnitude),
            (-1, 1e300, 1), (-1, 3, -1), (10, 308, 1e308), (0x1p-1022, 0.5, 0x1p-511),
        ]
        for (x, y, expected) in cases {
            #expect(Self.same(KilnMath.pow(x, y), expected), "pow(\(x), \(y)) = \(KilnMath.pow(x, y))")
        }
    }

    @Test func exponentialsAndLogarithms() {
        let unary: [(String, (Double) -> Double, Double, Double)] = [
            ("exp", KilnMath.exp, -inf, 0), ("exp", KilnMath.exp, inf, inf), ("exp", KilnMath.exp, -0.0, 1),
            ("exp", KilnMath.exp, 710, inf), ("exp", KilnMath.exp, -746, 0), ("exp", KilnMath.exp, nan, nan),
            ("expm1", KilnMath.expm1, -0.0, -0.0), ("expm1", KilnMath.expm1, -inf, -1), ("expm1", KilnMath.expm1, inf, inf),
            ("log", KilnMath.log, 0, -inf), ("log", KilnMath.log, -0.0, -inf), ("log", KilnMath.log, 1, 0),
            ("log", KilnMath.log, -1, nan), ("log", KilnMath.log, inf, inf), ("log", KilnMath.log, -inf, nan),
            ("log1p", KilnMath.log1p, -1, -inf), ("log1p", KilnMath.log1p, -0.0, -0.0), ("log1p", KilnMath.log1p, -2, nan),
            ("log2", KilnMath.log2, 0x1p-1074, -1074), ("log2", KilnMath.log2, 1024, 10), ("log2", KilnMath.log2, 1, 0),
            ("log10", KilnMath.log10, 1000, 3), ("log10", KilnMath.log10, 1, 0), ("log10", KilnMath.log10, -0.0, -inf),
        ]
        for (name, f, x, expected) in unary {
            #expect(Self.same(f(x), expected), "\(name)(\(x)) = \(f(x))")
        }
    }

    @Test func trigonometricAndHyperbolic() {
        let unary: [(String, (Double) -> Double, Double, Double)] = [
            ("sin", KilnMath.sin, -0.0, -0.0), ("sin", KilnMath.sin, inf, nan), ("cos", KilnMath.cos, -inf, nan),
            ("cos", KilnMath.cos, -0.0, 1), ("tan", KilnMath.tan, -0.0, -0.0), ("tan", KilnMath.tan, inf, nan),
            ("asin", KilnMath.asin, -0.0, -0.0), ("asin", KilnMath.asin, 1.5, nan), ("acos", KilnMath.acos, 1, 0),
            ("acos", KilnMath.acos, -1, .pi), ("atan", KilnMath.atan, -inf, -.pi / 2), ("atan", KilnMath.atan, -0.0, -0.0),
            ("sinh", KilnMath.sinh, -0.0, -0.0), ("sinh", KilnMath.sinh, -inf, -inf), ("sinh", KilnMath.sinh, 711, inf),
            ("cosh", KilnMath.cosh, -inf, inf), ("cosh", KilnMath.cosh, -0.0, 1), ("tanh", KilnMath.tanh, -inf, -1),
            ("tanh", KilnMath.tanh, -0.0, -0.0), ("cbrt", KilnMath.cbrt, -27, -3), ("cbrt", KilnMath.cbrt, -0.0, -0.0),
            ("cbrt", KilnMath.cbrt, -inf, -inf),
        ]
        for (name, f, x, expected) in unary {
            #expect(Self.same(f(x), expected), "\(name)(\(x)) = \(f(x))")
        }
    }

    @Test func atan2AndHypot() {
        let atan2Cases: [(Double, Double, Double)] = [
            (0, -0.0, .pi), (-0.0, -0.0, -.pi), (0, 0, 0), (-0.0, 0, -0.0), (0, -1, .pi), (-0.0, -1, -.pi),
            (1, 0, .pi / 2), (-1, -0.0, -.pi / 2), (1, -inf, .pi), (-1, -inf, -.pi), (1, inf, 0), (-1, inf, -0.0),
            (inf, 1, .pi / 2), (inf, inf, .pi / 4), (-inf, -inf, -3 * .pi / 4), (nan, 1, nan),
        ]
        for (y, x, expected) in atan2Cases {
            #expect(Self.same(KilnMath.atan2(y, x), expected), "atan2(\(y), \(x)) = \(KilnMath.atan2(y, x))")
        }
        #expect(KilnMath.hypot(inf, nan) == inf)
        #expect(KilnMath.hypot(nan, -inf) == inf)
        #expect(KilnMath.hypot(nan, 1).isNaN)
        #expect(KilnMath.hypot(.signalingNaN, inf).isNaN)
        #expect(KilnMath.pow(.signalingNaN, 0).isNaN && KilnMath.pow(1, .signalingNaN).isNaN)
        #expect(KilnMath.hypot(-3, 4) == 5)
        #expect(KilnMath.hypot(1e308, 1e308) == 1.4142135623730951e308)
        #expect(KilnMath.hypot(0x1p-1074, 0x1p-1074) == 0x1p-1074)
    }

    @Test func exactFunctions() {
        #expect(Self.same(KilnMath.floor(-0.5), -1))
        #expect(Self.same(KilnMath.ceil(-0.5), -0.0))
        #expect(Self.same(KilnMath.trunc(-0.5), -0.0))
        #expect(Self.same(KilnMath.round(-0.5), -1))
        #expect(Self.same(KilnMath.round(0.49999999999999994), 0))
        #expect(Self.same(KilnMath.round(4503599627370495.5), 4503599627370496))
        #expect(Self.same(KilnMath.modf(-3).fraction, -0.0))
        #expect(Self.same(KilnMath.modf(-inf).fraction, -0.0))
        #expect(Self.same(KilnMath.fmod(-0.0, 1), -0.0))
        #expect(Self.same(KilnMath.fmod(5, inf), 5))
        #expect(KilnMath.fmod(inf, 1).isNaN && KilnMath.fmod(1, 0).isNaN)
        #expect(Self.same(KilnMath.fmod(0x1p1023, 0x1p-1074), 0))
        #expect(Self.same(KilnMath.fmod(-0x1.fffffffffffffp1023, 3), -2))
        #expect(KilnMath.frexp(0x1p-1074) == (0.5, -1073))
        #expect(Self.same(KilnMath.ldexp(0x1.8p-1070, -4), 0x1p-1073))  // halfway: to even
        #expect(Self.same(KilnMath.ldexp(1, -1075), 0))
        #expect(Self.same(KilnMath.ldexp(-1, 1024), -inf))
        #expect(Self.same(KilnMath.ldexp(0x1p-1074, 2097), 0x1p1023))
    }
}
