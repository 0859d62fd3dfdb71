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
