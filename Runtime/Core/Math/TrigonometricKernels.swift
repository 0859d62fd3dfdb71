// sin, cos and tan on the reduced range |x| ≤ π/4 (plus a tail y, the low part of the
// reduced argument). The coefficients are fdlibm's minimax fits: S1…S6 for sin(x)/x − 1
// in x², C1…C6 for cos(x) − 1 + x²/2 in x², T0…T12 for tan on [0, 0.6744].

extension KilnMath {
    /// sin(x + y) for |x| ≤ π/4, |y| ≤ ulp(x)/2. `hasTail` false means y is exactly 0.
    static func sinKernel(_ x: Double, _ y: Double, hasTail: Bool) -> Double {
        let s1 = -1.66666666666666324348e-01
        let z = x * x
        let v = z * x
        let r = 8.33333333332248946124e-03 + z * (-1.98412698298579493134e-04 + z * (2.75573137070700676789e-06
            + z * (-2.50507602534068634195e-08 + z * 1.58969099521155010221e-10)))
        if !hasTail { return x + v * (s1 + z * r) }
        // sin(x + y) ≈ sin(x) + y·cos(x), with cos(x) ≈ 1 − x²/2 enough for the tail.
        return x - ((z * (0.5 * y - v * r) - y) - v * s1)
    }

    /// cos(x + y) for |x| ≤ π/4, |y| ≤ ulp(x)/2.
    static func cosKernel(_ x: Double, _ y: Double) -> Double {
        let z = x * x
        let w = z * z
        let r = z * (4.16666666666666019037e-02 + z * (-1.38888888888741095749e-03 + z * 2.48015872894767294178e-05))
            + w * w * (-2.75573143513906633035e-07 + z * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11))
        let halfZ = 0.5 * z
        let oneMinusHalfZ = 1 - halfZ
        // 1 − z/2 rounded, plus what that rounding lost, plus the polynomial and the tail.
        return oneMinusHalfZ + (((1 - oneMinusHalfZ) - halfZ) + (z * r - x * y))
    }

    /// tan(x + y) when `reciprocal` is false, −1/tan(x + y) when true; |x| ≤ π/4.
    /// Above 0.6744 the identity tan(π/4 − t) = (1 − tan t)/(1 + tan t) keeps the
    /// polynomial on the range it was fitted for.
    static func tanKernel(_ x: Double, _ y: Double, reciprocal: Bool) -> Double {
        var x = x, y = y
        let negative = x.bitPattern & signMask != 0
        let big = magnitudeWord(x) >= 0x3FE5_9428  // |x| ≥ 0.6744
        if big {
            if negative { x = -x; y = -y }
            let quarterPi = 7.85398163397448278999e-01, quarterPiLo = 3.06161699786838301793e-17
            x = (quarterPi - x) + (quarterPiLo - y)
            y = 0
        }
        let z = x * x
        let w = z * z
        // Odd and even coefficients in w = x⁴, for two independent Horner chains.
        var r = 1.33333333333201242699e-01 + w * (2.18694882948595424599e-02 + w * (3.59207910759131235356e-03
            + w * (5.88041240820264096874e-04 + w * (7.81794442939557092300e-05 + w * -1.85586374855275456654e-05))))
        let v = z * (5.39682539762260521377e-02 + w * (8.86323982359930005737e-03 + w * (1.45620945432529025516e-03
            + w * (2.46463134818469906812e-04 + w * (7.14072491382608190305e-05 + w * 2.59073051863633712884e-05)))))
        let s = z * x
        r = y + z * (s * (r + v) + y)
        r += 3.33333333333334091986e-01 * s
        let w2 = x + r
        if big {
            let sign: Double = negative ? -1 : 1
            let v = reciprocal ? -1.0 : 1.0
            return sign * (v - 2 * (x - (w2 * w2 / (w2 + v) - r)))
        }
        if !reciprocal { return w2 }
        // −1/(x + r) with the head of w2 and of the quotient split off, so the error of
        // forming w2 = x + r is corrected (a plain −1/w2 could be off by more than an ulp).
        let head = clearingLowWord(w2)
        let headError = r - (head - x)
        let quotient = -1 / w2
        let quotientHead = clearingLowWord(quotient)
        let residual = 1 + quotientHead * head
        return quotientHead + quotient * (residual + quotientHead * headError)
    }
}
