// sin, cos and tan reduce x to r = x − n·π/2 with |r| ≤ π/4 (about), r carried as the
// unevaluated sum y0 + y1 with |y1| ≤ ulp(y0)/2. Medium arguments use Cody–Waite with π/2
// in 33-bit pieces (fdlibm's pio2_1…pio2_3t); huge ones Payne–Hanek with the bits of 2/π.

extension KilnMath {
    /// x − n·π/2 as y0 + y1, with n; for finite x with |x| > π/4.
    static func reduceByHalfPi(_ x: Double) -> (n: Int, y0: Double, y1: Double) {
        if magnitudeWord(x) <= 0x4139_21FB { return reduceByHalfPiCodyWaite(x) }
        return reduceByHalfPiPayneHanek(x)
    }

    /// Cody–Waite reduction for |x| ≤ 2^19·π/2: n < 2^20 and each π/2 piece has 33 bits,
    /// so n times a piece is exact. A second and third piece are subtracted only when the
    /// first subtraction cancelled enough bits to expose the error of the piece before.
    static func reduceByHalfPiCodyWaite(_ x: Double) -> (n: Int, y0: Double, y1: Double) {
        let halfPi1 = 0x1.921fb54400000p+0, halfPi1Tail = 0x1.0b4611a626331p-34
        let halfPi2 = 0x1.0b4611a600000p-34, halfPi2Tail = 0x1.3198a2e037073p-69
        let halfPi3 = 0x1.3198a2e000000p-69, halfPi3Tail = 0x1.b839a252049c1p-104
        let twoOverPi = 0x1.45f306dc9c883p-1
        // Round x·2/π to an integer by adding and removing 1.5·2^52 (round to nearest).
        let shifter = 0x1.8p52
        let fn = (x * twoOverPi + shifter) - shifter
        let n = Int(fn)
        var r = x - fn * halfPi1
        var w = fn * halfPi1Tail
        var y0 = r - w
        let exponent = biasedExponent(x)
        if exponent - biasedExponent(y0) > 16 {
            // Cancellation of more than 16 bits: redo with the second piece.
            let t = r
            w = fn * halfPi2
            r = t - w
            w = fn * halfPi2Tail - ((t - r) - w)
            y0 = r - w
            if exponent - biasedExponent(y0) > 49 {
                let t = r
                w = fn * halfPi3
                r = t - w
                w = fn * halfPi3Tail - ((t - r) - w)
                y0 = r - w
            }
        }
        let y1 = (r - y0) - w
        return (n, y0, y1)
    }

    /// Payne–Hanek reduction for any finite x, in integer arithmetic: with x = m·2^e,
    /// the bits of 2/π worth less than 2^(1−e)·4 contribute whole multiples of 4 to
    /// x·2/π and are skipped; the next 192 bits times m give the quadrant and about 190
    /// fraction bits (error below 2^-137, ample for the worst-case cancellation of
    /// about 2^-61 among doubles).
    static func reduceByHalfPiPayneHanek(_ x: Double) -> (n: Int, y0: Double, y1: Double) {
        let (m, e) = decompose(x)
        let start = e - 1
        let window2 = twoOverPiBits(from: start)
        let window1 = twoOverPiBits(from: start + 64)
        let window0 = twoOverPiBits(from: start + 128)
        // P = m × window, keeping the low 192 bits (p2, p1, p0); P·2^-190 ≡ x·2/π (mod 4).
        let (h0, p0) = multiplyFull(m, window0)
        let (h1, l1) = multiplyFull(m, window1)
        let (_, l2) = multiplyFull(m, window2)
        let p1 = h0 &+ l1
        let carry: UInt64 = p1 < h0 ? 1 : 0
        let p2 = h1 &+ l2 &+ carry
        var n = Int(p2 >> 62)
        // The fraction below the quadrant bits, as a 128-bit binary fraction.
        var fractionHigh = (p2 << 2) | (p1 >> 62)
        var fractionLow = (p1 << 2) | (p0 >> 62)
        var negative = false
        if fractionHigh >> 63 != 0 {
            // Fraction ≥ 1/2: round n up and take the fraction 1 − f with a minus sign.
            n += 1
            negative = true
            fractionLow = 0 &- fractionLow
            fractionHigh = ~fractionHigh &+ (fractionLow == 0 ? 1 : 0)
        }
        // r = fraction · π/2: the high 128 bits of the 256-bit product, worth 2^-126 each.
        let (hh, hl) = multiplyFull(fractionHigh, halfPiFixedPoint.high)
        let (lh, _) = multiplyFull(fractionLow, halfPiFixedPoint.high)
        let (xh, _) = multiplyFull(fractionHigh, halfPiFixedPoint.low)
        var low = hl &+ lh
        var carryIntoHigh: UInt64 = low < hl ? 1 : 0
        low = low &+ xh
        carryIntoHigh += low < xh ? 1 : 0
        let high = hh &+ carryIntoHigh
        // To a double-double: the leading 53 bits and the next 64, normalized.
        let zeros = leadingZeros(high, low)
        if zeros >= 128 { return (n & 3, 0, 0) }
        let shift = UInt64(zeros)
        let normalizedHigh = zeros == 0 ? high : zeros < 64 ? (high << shift) | (low >> (64 - shift)) : low << (shift - 64)
        let normalizedLow = zeros < 64 ? low << shift : 0
        let leading = normalizedHigh >> 11
        let following = (normalizedHigh << 53) | (normalizedLow >> 11)
        var y0 = Double(leading) * powerOfTwo(-126 - zeros + 75)
        var y1 = Double(following) * powerOfTwo(-126 - zeros + 11)
        let sum = y0 + y1
        y1 -= sum - y0
        y0 = sum
        if negative { (y0, y1) = (-y0, -y1) }
        if x.bitPattern & signMask != 0 { return (-n, -y0, -y1) }
        return (n, y0, y1)
    }
}
