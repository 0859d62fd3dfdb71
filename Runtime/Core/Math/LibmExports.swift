// The math functions under their C names (`math.h`), for the device. Each forwards to the
// `KilnMath` function that holds the logic, so the behaviour is tested on the host by
// Swift name; this file is left out of the host build, where these names belong to glibc.
// C `int` is `Int32` on Xtensa.

/// C `fabs`.
@_cdecl("fabs") public func kilnFabs(_ x: Double) -> Double { KilnMath.fabs(x) }
/// C `copysign`.
@_cdecl("copysign") public func kilnCopysign(_ x: Double, _ y: Double) -> Double { KilnMath.copysign(x, y) }
/// C `trunc`.
@_cdecl("trunc") public func kilnTrunc(_ x: Double) -> Double { KilnMath.trunc(x) }
/// C `floor`.
@_cdecl("floor") public func kilnFloor(_ x: Double) -> Double { KilnMath.floor(x) }
/// C `ceil`.
@_cdecl("ceil") public func kilnCeil(_ x: Double) -> Double { KilnMath.ceil(x) }
/// C `round`.
@_cdecl("round") public func kilnRound(_ x: Double) -> Double { KilnMath.round(x) }
/// C `modf`: returns the fraction and stores the integral part.
@_cdecl("modf") public func kilnModf(_ x: Double, _ integral: UnsafeMutablePointer<Double>) -> Double {
    let parts = KilnMath.modf(x)
    integral.pointee = parts.integral
    return parts.fraction
}
/// C `fmod`.
@_cdecl("fmod") public func kilnFmod(_ x: Double, _ y: Double) -> Double { KilnMath.fmod(x, y) }
/// C `frexp`: returns the fraction and stores the exponent.
@_cdecl("frexp") public func kilnFrexp(_ x: Double, _ exponent: UnsafeMutablePointer<Int32>) -> Double {
    let parts = KilnMath.frexp(x)
    exponent.pointee = Int32(truncatingIfNeeded: parts.exponent)
    return parts.fraction
}
/// C `ldexp`.
@_cdecl("ldexp") public func kilnLdexp(_ x: Double, _ n: Int32) -> Double { KilnMath.ldexp(x, Int(n)) }
/// C `scalbn`.
@_cdecl("scalbn") public func kilnScalbn(_ x: Double, _ n: Int32) -> Double { KilnMath.scalbn(x, Int(n)) }
/// C `exp`.
@_cdecl("exp") public func kilnExp(_ x: Double) -> Double { KilnMath.exp(x) }
/// C `expm1`.
@_cdecl("expm1") public func kilnExpm1(_ x: Double) -> Double { KilnMath.expm1(x) }
/// C `log`.
@_cdecl("log") public func kilnLog(_ x: Double) -> Double { KilnMath.log(x) }
/// C `log1p`.
@_cdecl("log1p") public func kilnLog1p(_ x: Double) -> Double { KilnMath.log1p(x) }
/// C `log2`.
@_cdecl("log2") public func kilnLog2(_ x: Double) -> Double { KilnMath.log2(x) }
/// C `log10`.
@_cdecl("log10") public func kilnLog10(_ x: Double) -> Double { KilnMath.log10(x) }
/// C `pow`.
@_cdecl("pow") public func kilnPow(_ x: Double, _ y: Double) -> Double { KilnMath.pow(x, y) }
/// C `sin`.
@_cdecl("sin") public func kilnSin(_ x: Double) -> Double { KilnMath.sin(x) }
/// C `cos`.
@_cdecl("cos") public func kilnCos(_ x: Double) -> Double { KilnMath.cos(x) }
/// C `tan`.
@_cdecl("tan") public func kilnTan(_ x: Double) -> Double { KilnMath.tan(x) }
/// C `asin`.
@_cdecl("asin") public func kilnAsin(_ x: Double) -> Double { KilnMath.asin(x) }
/// C `acos`.
@_cdecl("acos") public func kilnAcos(_ x: Double) -> Double { KilnMath.acos(x) }
/// C `atan`.
@_cdecl("atan") public func kilnAtan(_ x: Double) -> Double { KilnMath.atan(x) }
/// C `atan2`.
@_cdecl("atan2") public func kilnAtan2(_ y: Double, _ x: Double) -> Double { KilnMath.atan2(y, x) }
/// C `sinh`.
@_cdecl("sinh") public func kilnSinh(_ x: Double) -> Double { KilnMath.sinh(x) }
/// C `cosh`.
@_cdecl("cosh") public func kilnCosh(_ x: Double) -> Double { KilnMath.cosh(x) }
/// C `tanh`.
@_cdecl("tanh") public func kilnTanh(_ x: Double) -> Double { KilnMath.tanh(x) }
/// C `hypot`.
@_cdecl("hypot") public func kilnHypot(_ x: Double, _ y: Double) -> Double { KilnMath.hypot(x, y) }
/// C `cbrt`.
@_cdecl("cbrt") public func kilnCbrt(_ x: Double) -> Double { KilnMath.cbrt(x) }
