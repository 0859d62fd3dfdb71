import Glibc
import Math

/// One libm function under test: Kiln's version, glibc's, a 64-bit reference where glibc
/// has a `long double` version, and the argument ranges to sample.
public struct MathFunction: Sendable {
    /// The C name.
    public let name: String
    /// Kiln's function (unary functions ignore `y`).
    public let kiln: @Sendable (Double, Double) -> Double
    /// glibc's double function.
    public let glibc: @Sendable (Double, Double) -> Double
    /// glibc's `long double` function, as an (almost) exact reference for the error in ulps.
    public let reference: (@Sendable (Float80, Float80) -> Float80)?
    /// Whether the result must be bit-identical to glibc's (the exact functions).
    public let exact: Bool
    /// Where the first argument is drawn from.
    public let ranges: [ArgumentRange]
    /// Where the second argument is drawn from; empty for unary functions.
    public let secondRanges: [ArgumentRange]

    static func unary(
        _ name: String, _ kiln: @escaping @Sendable (Double) -> Double, _ glibc: @escaping @Sendable (Double) -> Double,
        _ reference: (@Sendable (Float80) -> Float80)?, exact: Bool = false, _ ranges: [ArgumentRange]
    ) -> MathFunction {
        var binaryReference: (@Sendable (Float80, Float80) -> Float80)? = nil
        if let reference { binaryReference = { x, _ in reference(x) } }
        return MathFunction(
            name: name, kiln: { x, _ in kiln(x) }, glibc: { x, _ in glibc(x) },
            reference: binaryReference, exact: exact,
            ranges: ranges + [.anyBits], secondRanges: [])
    }

    static func binary(
        _ name: String, _ kiln: @escaping @Sendable (Double, Double) -> Double,
        _ glibc: @escaping @Sendable (Double, Double) -> Double,
        _ reference: (@Sendable (Float80, Float80) -> Float80)?, exact: Bool = false,
        _ ranges: [ArgumentRange], _ secondRanges: [ArgumentRange]
    ) -> MathFunction {
        MathFunction(
            name: name, kiln: kiln, glibc: glibc, reference: reference, exact: exact,
            ranges: ranges + [.anyBits], secondRanges: secondRanges + [.anyBits])
    }
}

extension MathFunction {
    /// Every function Kiln's libm provides, with the regions where its algorithm branches.
    public static let all: [MathFunction] = exactFunctions + approximatedFunctions

    /// The functions whose result is exact: bit-identical to glibc's.
    static let exactFunctions: [MathFunction] = [
        .unary("fabs", KilnMath.fabs, Glibc.fabs, nil, exact: true, [.magnitudes(-1074, 1024, signed: true)]),
        .binary(
            "copysign", KilnMath.copysign, Glibc.copysign, nil, exact: true,
            [.magnitudes(-1074, 1024, signed: true)], [.magnitudes(-1074, 1024, signed: true)]),
        .unary("trunc", KilnMath.trunc, Glibc.trunc, nil, exact: true, integerRanges),
        .unary("floor", KilnMath.floor, Glibc.floor, nil, exact: true, integerRanges),
        .unary("ceil", KilnMath.ceil, Glibc.ceil, nil, exact: true, integerRanges),
        .unary("round", KilnMath.round, Glibc.round, nil, exact: true, integerRanges),
        .unary("modf.integral", { KilnMath.modf($0).integral }, { var i = 0.0; _ = Glibc.modf($0, &i); return i },
               nil, exact: true, integerRanges),
        .unary("modf.fraction", { KilnMath.modf($0).fraction }, { var i = 0.0; return Glibc.modf($0, &i) },
               nil, exact: true, integerRanges),
        .unary("frexp.fraction", { KilnMath.frexp($0).fraction }, { var e: Int32 = 0; return Glibc.frexp($0, &e) },
               nil, exact: true, [.magnitudes(-1074, 1024, signed: true)]),
        .unary("frexp.exponent", { Double(KilnMath.frexp($0).exponent) },
               { var e: Int32 = 0; _ = Glibc.frexp($0, &e); return Double(e) },
               nil, exact: true, [.magnitudes(-1074, 1024, signed: true)]),
        // The exponent is an integer argument: no NaN or fraction may reach Int(_:).
        MathFunction(
            name: "ldexp", kiln: { KilnMath.ldexp($0, Int($1)) }, glibc: { Glibc.ldexp($0, Int32($1)) },
            reference: nil, exact: true, ranges: [.magnitudes(-1074, 1024, signed: true), .anyBits],
            secondRanges: [.integers(-2200, 2200), .integers(-60, 60)]),
        .binary(
            "fmod", KilnMath.fmod, Glibc.fmod, nil, exact: true,
            [.magnitudes(-1074, 1024, signed: true), .uniform(-100, 100)],
            [.magnitudes(-1074, 1024, signed: true), .uniform(-10, 10), .magnitudes(-1074, -1000, signed: true)]),
    ]

    static let integerRanges: [ArgumentRange] = [
        .integersAndHalves(-5, 5), .uniform(-3, 3), .magnitudes(-10, 60, signed: true),
        .magnitudes(-1074, 1024, signed: true),
    ]

    /// The functions computed to within an ulp, with the ranges where their algorithms branch.
    static let approximatedFunctions: [MathFunction] = [
        .unary("exp", KilnMath.exp, Glibc.exp, Glibc.expl, [
            .uniform(-1, 1), .uniform(-745.2, 709.8), .magnitudes(-60, 0, signed: true),
            .uniform(-745.2, -708), .uniform(700, 709.8),
        ]),
        .unary("expm1", KilnMath.expm1, Glibc.expm1, Glibc.expm1l, [
            .uniform(-1.1, 1.1), .uniform(-40, 709.8), .magnitudes(-60, 0, signed: true),
            .uniform(-0.35, 0.35), .uniform(13, 41),
        ]),
        .unary("log", KilnMath.log, Glibc.log, Glibc.logl, logRanges),
        .unary("log1p", KilnMath.log1p, Glibc.log1p, Glibc.log1pl, [
            .uniform(-1, 1), .magnitudes(-60, 0, signed: true), .magnitudes(-1074, 1024, signed: false),
            .uniform(-0.3, 0.42), .uniform(-1, -0.29),
        ]),
        .unary("log2", KilnMath.log2, Glibc.log2, Glibc.log2l, logRanges),
        .unary("log10", KilnMath.log10, Glibc.log10, Glibc.log10l, logRanges),
        .binary("pow", KilnMath.pow, Glibc.pow, Glibc.powl, [
            .uniform(0, 4), .magnitudes(-1074, 1024, signed: false), .magnitudes(-1074, 1024, signed: true),
            .uniform(0.999999, 1.000001), .integersAndHalves(-10, 10),
        ], [
            .uniform(-4, 4), .uniform(-1100, 1100), .integersAndHalves(-50, 50), .magnitudes(-60, 64, signed: true),
            .magnitudes(30, 66, signed: true),
        ]),
        .unary("sin", KilnMath.sin, Glibc.sin, Glibc.sinl, trigRanges),
        .unary("cos", KilnMath.cos, Glibc.cos, Glibc.cosl, trigRanges),
        .unary("tan", KilnMath.tan, Glibc.tan, Glibc.tanl, trigRanges),
        .unary("asin", KilnMath.asin, Glibc.asin, Glibc.asinl, inverseTrigRanges),
        .unary("acos", KilnMath.acos, Glibc.acos, Glibc.acosl, inverseTrigRanges),
        .unary("atan", KilnMath.atan, Glibc.atan, Glibc.atanl, [
            .uniform(-3, 3), .magnitudes(-60, 70, signed: true), .uniform(0.4, 2.5), .magnitudes(-1074, 1024, signed: true),
        ]),
        .binary("atan2", KilnMath.atan2, Glibc.atan2, Glibc.atan2l, [
            .uniform(-3, 3), .magnitudes(-1074, 1024, signed: true), .magnitudes(-10, 10, signed: true),
        ], [
            .uniform(-3, 3), .magnitudes(-1074, 1024, signed: true), .magnitudes(-10, 10, signed: true),
        ]),
        .unary("sinh", KilnMath.sinh, Glibc.sinh, Glibc.sinhl, hyperbolicRanges),
        .unary("cosh", KilnMath.cosh, Glibc.cosh, Glibc.coshl, hyperbolicRanges),
        .unary("tanh", KilnMath.tanh, Glibc.tanh, Glibc.tanhl, hyperbolicRanges),
        .binary("hypot", KilnMath.hypot, Glibc.hypot, Glibc.hypotl, [
            .uniform(-10, 10), .magnitudes(-1074, 1024, signed: true), .magnitudes(-10, 10, signed: true),
        ], [
            .uniform(-10, 10), .magnitudes(-1074, 1024, signed: true), .magnitudes(-10, 10, signed: true),
        ]),
        .unary("cbrt", KilnMath.cbrt, Glibc.cbrt, Glibc.cbrtl, [
            .uniform(-10, 10), .magnitudes(-1074, 1024, signed: true), .magnitudes(-1074, -1022, signed: true),
        ]),
    ]

    static let inverseTrigRanges: [ArgumentRange] = [
        .uniform(-1, 1), .uniform(0.45, 1), .uniform(-1, -0.45), .uniform(0.97, 1), .magnitudes(-60, 0, signed: true),
    ]

    /// Near zero (expm1's domain), the exp domain, and up to overflow, where e^(x/2) is squared.
    static let hyperbolicRanges: [ArgumentRange] = [
        .uniform(-1.5, 1.5), .uniform(-25, 25), .magnitudes(-60, 0, signed: true), .uniform(700, 711),
        .uniform(-711, -700), .magnitudes(-1074, 1024, signed: true),
    ]

    /// The kernel range, Cody–Waite's range, near multiples of π/2 (cancellation), around the
    /// switch to Payne–Hanek (2^19·π/2), and huge arguments.
    static let trigRanges: [ArgumentRange] = [
        .uniform(-0.8, 0.8), .uniform(-10, 10), .uniform(-1000, 1000), .magnitudes(-60, 0, signed: true),
        .uniform(800_000, 850_000), .magnitudes(0, 1024, signed: true), .magnitudes(19, 60, signed: true),
        .nearMultiplesOfHalfPi,
    ]

    static let logRanges: [ArgumentRange] = [
        .uniform(0.5, 2), .uniform(0.999, 1.001), .magnitudes(-1074, 1024, signed: false),
        .magnitudes(-1074, -1022, signed: false), .uniform(0, 1000),
    ]

    /// The function called `name`, if any.
    public static func named(_ name: String) -> MathFunction? { all.first { $0.name == name } }
}
