extension KilnMath {
    /// C `fmod`: `x − n × y` with n = trunc(x / y), computed exactly (the result always fits
    /// in a double). NaN when x is infinite, y is zero or either is NaN; `x` itself when
    /// y is infinite and x finite.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func fmod(_ x: Double, _ y: Double) -> Double {
        if isNaN(x) || isNaN(y) { return x + y }
        if biasedExponent(x) == 0x7FF || y.bitPattern & ~signMask == 0 {
            return (x * y) / (x * y)  // the default NaN, made by an invalid operation
        }
        if biasedExponent(y) == 0x7FF { return x }
        let magnitudeX = x.bitPattern & ~signMask
        let magnitudeY = y.bitPattern & ~signMask
        if magnitudeX < magnitudeY { return x }
        if magnitudeX == magnitudeY { return copysign(0, x) }

        // Long division, one quotient bit per step, keeping only the remainder: it stays
        // below 2 × mY < 2^54, so 64-bit integers suffice and no division instruction (or
        // __umoddi3 on the device) is needed.
        // With both leading ones at bit 52 and eX ≥ eY, one subtraction per step keeps
        // the remainder below mY.
        let (mX, eX) = decomposeNormalized(x)
        let (mY, eY) = decomposeNormalized(y)
        var remainder = mX
        var steps = eX - eY
        if remainder >= mY { remainder -= mY }
        while steps > 0 {
            remainder <<= 1
            if remainder >= mY { remainder -= mY }
            steps -= 1
        }
        let magnitude = compose(significand: remainder, exponent: eY)
        return copysign(magnitude, x)
    }
}
