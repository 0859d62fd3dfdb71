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

// Single precision: each `float` function through its double version (see
// `KilnMath.single` for why that is within 1 ulp and exact for the exact functions).

/// C `fabsf`.
@_cdecl("fabsf") public func kilnFabsf(_ x: Float) -> Float { KilnMath.single(KilnMath.fabs, x) }
/// C `truncf`.
@_cdecl("truncf") public func kilnTruncf(_ x: Float) -> Float { KilnMath.single(KilnMath.trunc, x) }
/// C `floorf`.
@_cdecl("floorf") public func kilnFloorf(_ x: Float) -> Float { KilnMath.single(KilnMath.floor, x) }
/// C `ceilf`.
@_cdecl("ceilf") public func kilnCeilf(_ x: Float) -> Float { KilnMath.single(KilnMath.ceil, x) }
/// C `roundf`.
@_cdecl("roundf") public func kilnRoundf(_ x: Float) -> Float { KilnMath.single(KilnMath.round, x) }
/// C `expf`.
@_cdecl("expf") public func kilnExpf(_ x: Float) -> Float { KilnMath.single(KilnMath.exp, x) }
/// C `expm1f`.
@_cdecl("expm1f") public func kilnExpm1f(_ x: Float) -> Float { KilnMath.single(KilnMath.expm1, x) }
/// C `logf`.
@_cdecl("logf") public func kilnLogf(_ x: Float) -> Float { KilnMath.single(KilnMath.log, x) }
/// C `log1pf`.
@_cdecl("log1pf") public func kilnLog1pf(_ x: Float) -> Float { KilnMath.single(KilnMath.log1p, x) }
/// C `log2f`.
@_cdecl("log2f") public func kilnLog2f(_ x: Float) -> Float { KilnMath.single(KilnMath.log2, x) }
/// C `log10f`.
@_cdecl("log10f") public func kilnLog10f(_ x: Float) -> Float { KilnMath.single(KilnMath.log10, x) }
/// C `sinf`.
@_cdecl("sinf") public func kilnSinf(_ x: Float) -> Float { KilnMath.single(KilnMath.sin, x) }
/// C `cosf`.
@_cdecl("cosf") public func kilnCosf(_ x: Float) -> Float { KilnMath.single(KilnMath.cos, x) }
/// C `tanf`.
@_cdecl("tanf") public func kilnTanf(_ x: Float) -> Float { KilnMath.single(KilnMath.tan, x) }
/// C `asinf`.
@_cdecl("asinf") public func kilnAsinf(_ x: Float) -> Float { KilnMath.single(KilnMath.asin, x) }
/// C `acosf`.
@_cdecl("acosf") public func kilnAcosf(_ x: Float) -> Float { KilnMath.single(KilnMath.acos, x) }
/// C `atanf`.
@_cdecl("atanf") public func kilnAtanf(_ x: Float) -> Float { KilnMath.single(KilnMath.atan, x) }
/// C `sinhf`.
@_cdecl("sinhf") public func kilnSinhf(_ x: Float) -> Float { KilnMath.single(KilnMath.sinh, x) }
/// C `coshf`.
@_cdecl("coshf") public func kilnCoshf(_ x: Float) -> Float { KilnMath.single(KilnMath.cosh, x) }
/// C `tanhf`.
@_cdecl("tanhf") public func kilnTanhf(_ x: Float) -> Float { KilnMath.single(KilnMath.tanh, x) }
/// C `cbrtf`.
@_cdecl("cbrtf") public func kilnCbrtf(_ x: Float) -> Float { KilnMath.single(KilnMath.cbrt, x) }
/// C `copysignf`.
@_cdecl("copysignf") public func kilnCopysignf(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.copysign, x, y) }
/// C `fmodf`.
@_cdecl("fmodf") public func kilnFmodf(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.fmod, x, y) }
/// C `powf`.
@_cdecl("powf") public func kilnPowf(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.pow, x, y) }
/// C `atan2f`.
@_cdecl("atan2f") public func kilnAtan2f(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.atan2, x, y) }
/// C `hypotf`.
@_cdecl("hypotf") public func kilnHypotf(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.hypot, x, y) }
/// C `ldexpf`.
@_cdecl("ldexpf") public func kilnLdexpf(_ x: Float, _ n: Int32) -> Float { Float(KilnMath.ldexp(Double(x), Int(n))) }
/// C `scalbnf`.
@_cdecl("scalbnf") public func kilnScalbnf(_ x: Float, _ n: Int32) -> Float { Float(KilnMath.scalbn(Double(x), Int(n))) }
/// C `frexpf`: returns the fraction and stores the exponent.
@_cdecl("frexpf") public func kilnFrexpf(_ x: Float, _ exponent: UnsafeMutablePointer<Int32>) -> Float {
    let parts = KilnMath.frexp(Double(x))
    exponent.pointee = Int32(truncatingIfNeeded: parts.exponent)
    return Float(parts.fraction)
}
/// C `modff`: returns the fraction and stores the integral part.
@_cdecl("modff") public func kilnModff(_ x: Float, _ integral: UnsafeMutablePointer<Float>) -> Float {
    let parts = KilnMath.modf(Double(x))
    integral.pointee = Float(parts.integral)
    return Float(parts.fraction)
}
