extension Binary64 {
    /// `__ledf2` and its aliases on 32-bit words: −1, 0, 1 for <, ==, >; 1 if unordered.
    @inline(__always)
    public static func compareLessOrEqual(_ a: UInt64, _ b: UInt64) -> Int32 {
        wordCompare(a, b, unordered: 1)
    }

    /// `__gedf2` and `__gtdf2` on 32-bit words: as `compareLessOrEqual`, −1 if unordered.
    @inline(__always)
    public static func compareGreaterOrEqual(_ a: UInt64, _ b: UInt64) -> Int32 {
        wordCompare(a, b, unordered: -1)
    }

    /// Whether the magnitude words `high` (sign cleared) and `low` encode a NaN: above the
    /// infinity's high word, or equal to it with a non-zero low word. Folding "low ≠ 0" into
    /// bit 0 (clear in 0x7FF00000) makes that one compare.
    @inline(__always) static func isNaN(magnitudeHigh high: UInt32, low: UInt32) -> Bool {
        nanKey(magnitudeHigh: high, low: low) > 0x7FF0_0000
    }

    /// The magnitude's high word with "low ≠ 0" in bit 0: above 0x7FF00000 iff a NaN.
    @inline(__always) static func nanKey(magnitudeHigh high: UInt32, low: UInt32) -> UInt32 {
        high | (low != 0 ? 1 : 0)
    }

    /// Three-way compare on words. Two non-zero, non-NaN encodings are ordered as signed
    /// 64-bit keys: a negative value's magnitude bits flipped (high word xor 0x7FFFFFFF, low
    /// word xor all ones), so a larger magnitude gives a smaller key; then the high words
    /// compare signed and the low words unsigned. No branch on either operand's sign, which
    /// LLVM would turn into a 64-bit compare of the whole operand.
    @inline(__always)
    static func wordCompare(_ a: UInt64, _ b: UInt64, unordered: Int32) -> Int32 {
        let ah = highWord(a), al = lowWord(a), bh = highWord(b), bl = lowWord(b)
        let am = ah & 0x7FFF_FFFF, bm = bh & 0x7FFF_FFFF
        // Either a NaN: one compare of the larger NaN key (MAXU).
        if max(nanKey(magnitudeHigh: am, low: al), nanKey(magnitudeHigh: bm, low: bl)) > 0x7FF0_0000 { return unordered }
        // +0 against −0 (or a zero against itself).
        if (am | al | bm | bl) == 0 { return 0 }
        let sa = UInt32(bitPattern: Int32(bitPattern: ah) >> 31), sb = UInt32(bitPattern: Int32(bitPattern: bh) >> 31)
        let ka = Int32(bitPattern: ah ^ (sa >> 1)), kb = Int32(bitPattern: bh ^ (sb >> 1))
        if ka != kb { return ka < kb ? -1 : 1 }
        let la = al ^ sa, lb = bl ^ sb
        if la != lb { return la < lb ? -1 : 1 }
        return 0
    }
}
