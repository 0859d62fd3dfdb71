// The math functions under their C names (`math.h`), for the device. Each forwards to the
// `KilnMath` function that holds the logic, so the behaviour is tested on the host by
// Swift name; this file is left out of the host build, where these names belong to glibc.
// C `int` is `Int32` on Xtensa.

/// C `fabs`.
@c(fabs) public func kilnFabs(_ x: Double) -> Double { KilnMath.fabs(x) }
/// C `copysign`.
@c(copysign) public func kilnCopysign(_ x: Double, _ y: Double) -> Double { KilnMath.copysign(x, y) }
/// C `trunc`.
@c(trunc) public func kilnTrunc(_ x: Double) -> Double { KilnMath.trunc(x) }
/// C `floor`.
@c(floor) public func kilnFloor(_ x: Double) -> Double { KilnMath.floor(x) }
/// C `ceil`.
@c(ceil) public func kilnCeil(_ x: Double) -> Double { KilnMath.ceil(x) }
/// C `round`.
@c(round) public func kilnRound(_ x: Double) -> Double { KilnMath.round(x) }
/// C `modf`: returns the fraction and stores the integral part.
@c(modf) public func kilnModf(_ x: Double, _ integral: UnsafeMutablePointer<Double>) -> Double {
    let parts = KilnMath.modf(x)
    integral.pointee = parts.integral
    return parts.fraction
}
/// C `fmod`.
@c(fmod) public func kilnFmod(_ x: Double, _ y: Double) -> Double { KilnMath.fmod(x, y) }
/// C `frexp`: returns the fraction and stores the exponent.
@c(frexp) public func kilnFrexp(_ x: Double, _ exponent: UnsafeMutablePointer<Int32>) -> Double {
    let parts = KilnMath.frexp(x)
    exponent.pointee = Int32(truncatingIfNeeded: parts.exponent)
    return parts.fraction
}
/// C `ldexp`.
@c(ldexp) public func kilnLdexp(_ x: Double, _ n: Int32) -> Double { KilnMath.ldexp(x, Int(n)) }
/// C `scalbn`.
@c(scalbn) public func kilnScalbn(_ x: Double, _ n: Int32) -> Double { KilnMath.scalbn(x, Int(n)) }
/// C `exp`.
@c(exp) public func kilnExp(_ x: Double) -> Double { KilnMath.exp(x) }
/// C `expm1`.
@c(expm1) public func kilnExpm1(_ x: Double) -> Double { KilnMath.expm1(x) }
/// C `log`.
@c(log) public func kilnLog(_ x: Double) -> Double { KilnMath.log(x) }
/// C `log1p`.
@c(log1p) public func kilnLog1p(_ x: Double) -> Double { KilnMath.log1p(x) }
/// C `log2`.
@c(log2) public func kilnLog2(_ x: Double) -> Double { KilnMath.log2(x) }
/// C `log10`.
@c(log10) public func kilnLog10(_ x: Double) -> Double { KilnMath.log10(x) }
/// C `pow`.
@c(pow) public func kilnPow(_ x: Double, _ y: Double) -> Double { KilnMath.pow(x, y) }
/// C `sin`.
@c(sin) public func kilnSin(_ x: Double) -> Double { KilnMath.sin(x) }
/// C `cos`.
@c(cos) public func kilnCos(_ x: Double) -> Double { KilnMath.cos(x) }
/// C `tan`.
@c(tan) public func kilnTan(_ x: Double) -> Double { KilnMath.tan(x) }
/// C `asin`.
@c(asin) public func kilnAsin(_ x: Double) -> Double { KilnMath.asin(x) }
/// C `acos`.
@c(acos) public func kilnAcos(_ x: Double) -> Double { KilnMath.acos(x) }
/// C `atan`.
@c(atan) public func kilnAtan(_ x: Double) -> Double { KilnMath.atan(x) }
/// C `atan2`.
@c(atan2) public func kilnAtan2(_ y: Double, _ x: Double) -> Double { KilnMath.atan2(y, x) }
/// C `sinh`.
@c(sinh) public func kilnSinh(_ x: Double) -> Double { KilnMath.sinh(x) }
/// C `cosh`.
@c(cosh) public func kilnCosh(_ x: Double) -> Double { KilnMath.cosh(x) }
/// C `tanh`.
@c(tanh) public func kilnTanh(_ x: Double) -> Double { KilnMath.tanh(x) }
/// C `hypot`.
@c(hypot) public func kilnHypot(_ x: Double, _ y: Double) -> Double { KilnMath.hypot(x, y) }
/// C `cbrt`.
@c(cbrt) public func kilnCbrt(_ x: Double) -> Double { KilnMath.cbrt(x) }

// Single precision: each `float` function through its double version (see
// `KilnMath.single` for why that is within 1 ulp and exact for the exact functions).

/// C `fabsf`.
@c(fabsf) public func kilnFabsf(_ x: Float) -> Float { KilnMath.single(KilnMath.fabs, x) }
/// C `truncf`.
@c(truncf) public func kilnTruncf(_ x: Float) -> Float { KilnMath.single(KilnMath.trunc, x) }
/// C `floorf`.
@c(floorf) public func kilnFloorf(_ x: Float) -> Float { KilnMath.single(KilnMath.floor, x) }
/// C `ceilf`.
@c(ceilf) public func kilnCeilf(_ x: Float) -> Float { KilnMath.single(KilnMath.ceil, x) }
/// C `roundf`.
@c(roundf) public func kilnRoundf(_ x: Float) -> Float { KilnMath.single(KilnMath.round, x) }
/// C `expf`.
@c(expf) public func kilnExpf(_ x: Float) -> Float { KilnMath.single(KilnMath.exp, x) }
/// C `expm1f`.
@c(expm1f) public func kilnExpm1f(_ x: Float) -> Float { KilnMath.single(KilnMath.expm1, x) }
/// C `logf`.
@c(logf) public func kilnLogf(_ x: Float) -> Float { KilnMath.single(KilnMath.log, x) }
/// C `log1pf`.
@c(log1pf) public func kilnLog1pf(_ x: Float) -> Float { KilnMath.single(KilnMath.log1p, x) }
/// C `log2f`.
@c(log2f) public func kilnLog2f(_ x: Float) -> Float { KilnMath.single(KilnMath.log2, x) }
/// C `log10f`.
@c(log10f) public func kilnLog10f(_ x: Float) -> Float { KilnMath.single(KilnMath.log10, x) }
/// C `sinf`.
@c(sinf) public func kilnSinf(_ x: Float) -> Float { KilnMath.single(KilnMath.sin, x) }
/// C `cosf`.
@c(cosf) public func kilnCosf(_ x: Float) -> Float { KilnMath.single(KilnMath.cos, x) }
/// C `tanf`.
@c(tanf) public func kilnTanf(_ x: Float) -> Float { KilnMath.single(KilnMath.tan, x) }
/// C `asinf`.
@c(asinf) public func kilnAsinf(_ x: Float) -> Float { KilnMath.single(KilnMath.asin, x) }
/// C `acosf`.
@c(acosf) public func kilnAcosf(_ x: Float) -> Float { KilnMath.single(KilnMath.acos, x) }
/// C `atanf`.
@c(atanf) public func kilnAtanf(_ x: Float) -> Float { KilnMath.single(KilnMath.atan, x) }
/// C `sinhf`.
@c(sinhf) public func kilnSinhf(_ x: Float) -> Float { KilnMath.single(KilnMath.sinh, x) }
/// C `coshf`.
@c(coshf) public func kilnCoshf(_ x: Float) -> Float { KilnMath.single(KilnMath.cosh, x) }
/// C `tanhf`.
@c(tanhf) public func kilnTanhf(_ x: Float) -> Float { KilnMath.single(KilnMath.tanh, x) }
/// C `cbrtf`.
@c(cbrtf) public func kilnCbrtf(_ x: Float) -> Float { KilnMath.single(KilnMath.cbrt, x) }
/// C `copysignf`.
@c(copysignf) public func kilnCopysignf(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.copysign, x, y) }
/// C `fmodf`.
@c(fmodf) public func kilnFmodf(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.fmod, x, y) }
/// C `powf`.
@c(powf) public func kilnPowf(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.pow, x, y) }
/// C `atan2f`.
@c(atan2f) public func kilnAtan2f(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.atan2, x, y) }
/// C `hypotf`.
@c(hypotf) public func kilnHypotf(_ x: Float, _ y: Float) -> Float { KilnMath.single(KilnMath.hypot, x, y) }
/// C `ldexpf`.
@c(ldexpf) public func kilnLdexpf(_ x: Float, _ n: Int32) -> Float { Float(KilnMath.ldexp(Double(x), Int(n))) }
/// C `scalbnf`.
@c(scalbnf) public func kilnScalbnf(_ x: Float, _ n: Int32) -> Float { Float(KilnMath.scalbn(Double(x), Int(n))) }
/// C `frexpf`: returns the fraction and stores the exponent.
@c(frexpf) public func kilnFrexpf(_ x: Float, _ exponent: UnsafeMutablePointer<Int32>) -> Float {
    let parts = KilnMath.frexp(Double(x))
    exponent.pointee = Int32(truncatingIfNeeded: parts.exponent)
    return Float(parts.fraction)
}
/// C `modff`: returns the fraction and stores the integral part.
@c(modff) public func kilnModff(_ x: Float, _ integral: UnsafeMutablePointer<Float>) -> Float {
    let parts = KilnMath.modf(Double(x))
    integral.pointee = Float(parts.integral)
    return Float(parts.fraction)
}
