extension Binary64 {
    /// √a, correctly rounded (`sqrt`): positive normal operands on 32-bit words, everything
    /// else (zeros, subnormals, negatives, infinities, NaNs) by the generic `rootBitByBit`.
    ///
    /// With a = m × 2^(E − 1075) (m the 53-bit significand, E the biased exponent) and M = m,
    /// or 2m when E − 1023 is odd so that the exponent halves exactly, the result is
    /// S = ⌊√(M × 2^54)⌋ (54 bits) rounded to 53: √(M × 2^54) is never a half-integer's
    /// double (4·M·2^52 is not an odd square), so rounding to nearest is (S + 1) >> 1 and
    /// needs no remainder. S comes from Zimmermann's "Karatsuba square root" recurrence
    /// applied twice (`KaratsubaRoot`): a 16-bit integer root of M's top 32 bits by Newton's
    /// method, extended by 11 bits and then by 27 bits, each extension a division by twice
    /// the root so far and at most one correction. Every division is a 32-bit one (QUOU):
    /// the last extension divides digit by digit, 4 bits at a time, so that its dividend
    /// stays below 2^32. About 130 instructions against the bit-by-bit root's 1,950.
    @inline(__always)
    public static func squareRoot(_ a: UInt64) -> UInt64 {
        let ah = highWord(a)
        // Positive normal numbers: high words 0x0010_0000 ..< 0x7FF0_0000, one unsigned compare.
        guard ah &- 0x0010_0000 < 0x7FE0_0000 else { return rootOutsideFastPath(a) }
        let biased = biasedExponent(ah)
        let s = KaratsubaRoot.root(high: significandHigh(ah), low: lowWord(a), doubled: biased & 1 == 0)
        // S + 1 = s × 2^27 + (q + 1 − correction) and s × 2^27 is even, so
        // (S + 1) >> 1 = s × 2^26 + ((q + 1 − correction) >> 1): below 2^53 (see `KaratsubaRoot`).
        let half = (s.digits &+ 1 &- s.correction) >> 1
        let low = (s.root27 << 26) &+ half
        let carry: UInt32 = low < half ? 1 : 0
        // The root's exponent is ⌊(E − 1023) / 2⌋ + 1023 = (E + 1023) / 2; its leading one
        // (bit 20 of s >> 6) adds one to the exponent field, hence the − 1.
        let high = ((((biased &+ 1023) >> 1) &- 1) << 20) &+ (s.root27 >> 6) &+ carry
        return joined(high, low)
    }

    /// The operands the word path leaves out, by the generic bit-by-bit root (which also
    /// handles subnormal operands: rare enough that their ~2,000 instructions do not matter).
    @inline(never)
    static func rootOutsideFastPath(_ a: UInt64) -> UInt64 {
        rootBitByBit(a)
    }
}

/// `Binary64.squareRoot`'s integer root: S = s × 2^27 + q − correction = ⌊√(M × 2^54)⌋ for a
/// significand M in [2^52, 2^54), built by Zimmermann's recurrence (Karatsuba Square Root,
/// INRIA RR-3805, 1999): from (s′, r′) = (⌊√N′⌋, N′ − s′²) for the top part N′ of
/// N = N′·β² + a1·β + a0, (q, u) = divmod(r′·β + a1, 2s′) gives S = s′·β + q with remainder
/// R = u·β + a0 − q², and S is exact or one too large (R < 0), in which case
/// S − 1, R + 2S − 1 are. That holds whenever s′ ≥ β/2 (then q ≤ β), here with room to spare.
struct KaratsubaRoot {
    /// ⌊√M⌋: in [2^26, 2^27).
    let root27: UInt32
    /// The last extension's digit q: at most 2^27.
    let digits: UInt32
    /// 1 when s × 2^27 + q is one too large (its remainder is negative), else 0.
    let correction: UInt32

    /// The root of M = (`high`:`low`) × (2 if `doubled`), `high` the 21 significand bits
    /// above `low` (the leading one at bit 20).
    @inline(__always)
    static func root(high: UInt32, low: UInt32, doubled: Bool) -> KaratsubaRoot {
        let k: UInt32 = doubled ? 1 : 0
        // M = N′·2^22 + a1·2^11 + a0 with N′ = M >> 22 in [2^30, 2^32).
        let top = (high << (10 &+ k)) | (low >> (22 &- k))
        let low22 = (low << k) & 0x3F_FFFF
        let a1 = low22 >> 11, a0 = low22 & 0x7FF

        // ⌊√N′⌋ by Newton's method. The seed (N′/a + a)/2 for a ≈ 2^15.5, the tangent in the
        // middle of the range, is at most 6.1 % high; the integer step ⌊(s + ⌊N′/s⌋)/2⌋ never
        // goes below ⌊√N′⌋ and squares the relative error, so two steps leave ⌊√N′⌋ or one
        // more (6.1 % → 0.18 % → 1.6·10⁻⁶, under 0.11 of a unit at 2^16). N′/s < s
        // decides the last unit without forming s², which would overflow at s = 2^16.
        var s0 = top / 92682 &+ 23171
        s0 = (s0 &+ top / s0) >> 1
        s0 = (s0 &+ top / s0) >> 1
        if top / s0 < s0 { s0 &-= 1 }
        let r0 = top &- s0 &* s0                            // ≤ 2·s0 < 2^17

        // 11 more bits: β = 2^11, s0 ≥ 2^15.
        let dividend1 = (r0 << 11) | a1                     // < 2^28
        let q1 = dividend1 / (s0 << 1)                      // ≤ 2^11
        let u1 = dividend1 &- q1 &* (s0 << 1)
        var s1 = (s0 << 11) &+ q1
        var r1 = Int32(bitPattern: (u1 << 11) | a0) &- Int32(bitPattern: q1 &* q1)
        if r1 < 0 {
            r1 &+= Int32(bitPattern: s1 << 1) &- 1
            s1 &-= 1
        }
        let remainder1 = UInt32(bitPattern: r1)             // ≤ 2·s1 < 2^28

        // 27 more bits: β = 2^27, s1 ≥ 2^26; a1 = a0 = 0 (M × 2^54). q = ⌊r1·2^27 / 2s1⌋
        // in base-16 long division (3 bits, then 6 digits of 4): the remainder stays below
        // 2s1 < 2^28, so each partial dividend fits 32 bits. Unrolled: straight-line
        // steps cost less than a loop's counter.
        let divisor = s1 << 1
        var q: UInt32 = 0, rest = remainder1 << 3           // ≤ 2^31
        @inline(__always) func digit() {
            let d = rest / divisor
            q = (q << 4) &+ d
            rest = (rest &- d &* divisor) << 4
        }
        q = rest / divisor
        rest = (rest &- q &* divisor) << 4
        digit()
        digit()
        digit()
        digit()
        digit()
        let d = rest / divisor
        q = (q << 4) &+ d
        let u = rest &- d &* divisor                        // < 2s1 < 2^28

        // R = u·2^27 − q² < 0? Both are below 2^55: compare them as word pairs, q² from
        // 16-bit halves (MULL only; the dc233c has no MUL32_HIGH).
        let qh = q >> 16, ql = q & 0xFFFF
        let middle = (qh &* ql) << 1                        // < 2^28
        let squareLow = (ql &* ql) &+ (middle << 16)
        let squareHigh = (qh &* qh) &+ (middle >> 16) &+ (squareLow < (middle << 16) ? 1 : 0)
        let uHigh = u >> 5, uLow = u << 27
        let negative = uHigh < squareHigh || (uHigh == squareHigh && uLow < squareLow)
        return KaratsubaRoot(root27: s1, digits: q, correction: negative ? 1 : 0)
    }
}
