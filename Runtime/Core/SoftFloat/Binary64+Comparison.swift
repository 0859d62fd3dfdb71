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
        (high | (low != 0 ? 1 : 0)) > 0x7FF0_0000
    }

    @inline(__always)
    static func wordCompare(_ a: UInt64, _ b: UInt64, unordered: Int32) -> Int32 {
        let ah = highWord(a), al = lowWord(a), bh = highWord(b), bl = lowWord(b)
        let am = ah & 0x7FFF_FFFF, bm = bh & 0x7FFF_FFFF
        if isNaN(magnitudeHigh: am, low: al) || isNaN(magnitudeHigh: bm, low: bl) { return unordered }
        // Equal encodings, or +0 against −0.
        if (ah == bh && al == bl) || (am | al | bm | bl) == 0 { return 0 }
        // Different signs: the negative one is smaller (zeros are handled above).
        if (ah ^ bh) & 0x8000_0000 != 0 { return ah & 0x8000_0000 != 0 ? -1 : 1 }
        // Same sign: the encodings order the magnitudes; negatives reverse it.
        let magnitudeLess = am < bm || (am == bm && al < bl)
        return magnitudeLess != (ah & 0x8000_0000 != 0) ? -1 : 1
    }
}
