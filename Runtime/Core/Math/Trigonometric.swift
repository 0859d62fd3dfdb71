extension KilnMath {
    /// C `sin`, for all finite arguments (huge ones reduced exactly); NaN for ±∞ and NaN.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func sin(_ x: Double) -> Double {
        let magnitude = magnitudeWord(x)
        if magnitude <= 0x3FE9_21FB {  // |x| ≤ π/4
            if magnitude < 0x3E50_0000 { return x }  // |x| < 2^-26: sin x = x to double precision
            return sinKernel(x, 0, hasTail: false)
        }
        if magnitude >= 0x7FF0_0000 { return x - x }
        let (n, y0, y1) = reduceByHalfPi(x)
        switch n & 3 {
        case 0: return sinKernel(y0, y1, hasTail: true)
        case 1: return cosKernel(y0, y1)
        case 2: return -sinKernel(y0, y1, hasTail: true)
        default: return -cosKernel(y0, y1)
        }
    }

    /// C `cos`, for all finite arguments; NaN for ±∞ and NaN.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func cos(_ x: Double) -> Double {
        let magnitude = magnitudeWord(x)
        if magnitude <= 0x3FE9_21FB {
            if magnitude < 0x3E46_A09E { return 1 }  // |x| < 2^-27·√2: cos x rounds to 1
            return cosKernel(x, 0)
        }
        if magnitude >= 0x7FF0_0000 { return x - x }
        let (n, y0, y1) = reduceByHalfPi(x)
        switch n & 3 {
        case 0: return cosKernel(y0, y1)
        case 1: return -sinKernel(y0, y1, hasTail: true)
        case 2: return -cosKernel(y0, y1)
        default: return sinKernel(y0, y1, hasTail: true)
        }
    }

    /// C `tan`, for all finite arguments; NaN for ±∞ and NaN.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func tan(_ x: Double) -> Double {
        let magnitude = magnitudeWord(x)
        if magnitude <= 0x3FE9_21FB {
            if magnitude < 0x3E40_0000 { return x }  // |x| < 2^-27
            return tanKernel(x, 0, reciprocal: false)
        }
        if magnitude >= 0x7FF0_0000 { return x - x }
        let (n, y0, y1) = reduceByHalfPi(x)
        // In odd quadrants tan(x) = −1/tan(r).
        return tanKernel(y0, y1, reciprocal: n & 1 != 0)
    }
}
