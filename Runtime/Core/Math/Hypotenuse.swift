extension KilnMath {
    /// C `hypot`: √(x² + y²) without intermediate overflow or underflow; ∞ if either is
    /// infinite, even when the other is a quiet NaN (C99 Annex F; a signaling NaN gives NaN,
    /// as in IEEE 754-2019 and glibc).
    ///
    /// Scaled by a power of two so the squares stay in range, then fdlibm's method: x² + y²
    /// is formed from 21-bit heads and their tails so its rounding error does not reach the
    /// square root.
    @inline(never)  // one copy, shared by the double and float entry points
    public static func hypot(_ x: Double, _ y: Double) -> Double {
        var a = fabs(x), b = fabs(y)
        if isSignalingNaN(x) || isSignalingNaN(y) { return x + y }
        if a == .infinity || b == .infinity { return .infinity }
        if isNaN(a) || isNaN(b) { return a + b }
        if a < b { (a, b) = (b, a) }
        if b == 0 { return a }
        let exponentA = biasedExponent(a)
        if exponentA - biasedExponent(b) > 60 { return a + b }  // b² is below a²'s last bit

        // Bring a into [2^-300, 2^300]-ish by an exact power of two, and b with it.
        var scale = 0
        if exponentA > 1023 + 500 {
            scale = 600
        } else if biasedExponent(b) < 1023 - 500 {
            scale = -600
        }
        if scale != 0 {
            a = scalbn(a, -scale)
            b = scalbn(b, -scale)
        }

        let root: Double
        let difference = a - b
        if difference > b {
            // a > 2b: a² + b² = aHead² + (b² + aTail·(a + aHead)).
            let aHead = clearingLowWord(a)
            let aTail = a - aHead
            root = (aHead * aHead - (b * -b - aTail * (a + aHead))).squareRoot()
        } else {
            // b ≤ a ≤ 2b: a² + b² = (a − b)² + 2ab, with 2a and b split into heads and tails.
            let twoA = a + a
            let bHead = clearingLowWord(b)
            let bTail = b - bHead
            let twoAHead = clearingLowWord(twoA)
            let twoATail = twoA - twoAHead
            root = (twoAHead * bHead - (difference * -difference - (twoAHead * bTail + twoATail * b))).squareRoot()
        }
        return scale != 0 ? scalbn(root, scale) : root
    }

    /// C `cbrt`: the real cube root, for all signs.
    ///
    /// An estimate from dividing the exponent by 3, refined by a polynomial to about 23 bits,
    /// rounded to 22 bits so its cube is exact, then one Newton step of order 3 (fdlibm's
    /// method and coefficients).
    @inline(never)  // one copy, shared by the double and float entry points
    public static func cbrt(_ x: Double) -> Double {
        if biasedExponent(x) == 0x7FF { return x + x }
        if x.bitPattern & ~signMask == 0 { return x }
        let sign = x.bitPattern & signMask
        var estimateHigh: UInt32
        if biasedExponent(x) == 0 {
            // Subnormal: make it normal first; 2^54's cube root 2^18 is in the bias B2.
            let scaled = fabs(x) * 18014398509481984.0
            estimateHigh = magnitudeWord(scaled) / 3 + 696_219_795
        } else {
            estimateHigh = magnitudeWord(x) / 3 + 715_094_163
        }
        var t = Double(bitPattern: (UInt64(estimateHigh) << 32) | sign)
        // t ≈ cbrt(x) to 5 bits; the polynomial in r = t³/x improves it to 23.
        let r = (t * t) * (t / x)
        t = t * ((1.87595182427177009643 + r * (-1.88497979543377169875 + r * 1.621429720105354466140))
            + ((r * r) * r) * (-0.758397934778766047437 + r * 0.145996192886612446982))
        // Round t away from zero to 22 bits, so t² and t³ below are exact and the error of
        // t is on the side Newton's step corrects best.
        t = Double(bitPattern: (t.bitPattern &+ 0x8000_0000) & 0xFFFF_FFFF_C000_0000)
        let s = t * t
        var q = x / s
        let w = t + t
        q = (q - t) / (w + q)
        return t + t * q
    }
}
