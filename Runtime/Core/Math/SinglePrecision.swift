extension KilnMath {
    /// A `float` function computed by its double version and rounded to `float`. The double
    /// result is within 1 double ulp of the exact value, 2^-29 of a float ulp, so the float
    /// result is within 0.5 + 2^-29 float ulps: below 1, and correctly rounded except when the
    /// exact value lies that close to a midpoint between floats. Exact functions (floor,
    /// fmod, …) stay exact: their double result is a float already.
    public static func single(_ function: (Double) -> Double, _ x: Float) -> Float {
        Float(function(Double(x)))
    }

    /// The two-argument form of `single` (powf, atan2f, hypotf, fmodf, copysignf).
    public static func single(_ function: (Double, Double) -> Double, _ x: Float, _ y: Float) -> Float {
        Float(function(Double(x), Double(y)))
    }
}
