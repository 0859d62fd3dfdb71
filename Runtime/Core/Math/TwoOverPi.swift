extension KilnMath {
    /// The first 1,280 bits of the binary fraction of 2/π (0.A2F9836E… in hexadecimal), most
    /// significant first. Payne–Hanek reduction of x = m·2^e needs the bits from about
    /// position e onward; the largest double (e = 971) needs up to bit 1,161.
    static let twoOverPiWords: [UInt32] = [
        0xA2F9_836E, 0x4E44_1529, 0xFC27_57D1, 0xF534_DDC0, 0xDB62_9599, 0x3C43_9041, 0xFE51_63AB, 0xDEBB_C561,
        0xB724_6E3A, 0x424D_D2E0, 0x0649_2EEA, 0x09D1_921C, 0xFE1D_EB1C, 0xB129_A73E, 0xE882_35F5, 0x2EBB_4484,
        0xE99C_7026, 0xB45F_7E41, 0x3991_D639, 0x8353_39F4, 0x9C84_5F8B, 0xBDF9_283B, 0x1FF8_97FF, 0xDE05_980F,
        0xEF2F_118B, 0x5A0A_6D1F, 0x6D36_7ECF, 0x27CB_09B7, 0x4F46_3F66, 0x9E5F_EA2D, 0x7527_BAC7, 0xEBE5_F17B,
        0x3D07_39F7, 0x8A52_92EA, 0x6BFB_5FB1, 0x1F8D_5D08, 0x5603_3046, 0xFC7B_6BAB, 0xF0CF_BC20, 0x9AF4_361D,
    ]

    /// π/2 · 2^126 as a 128-bit integer (high, low), for the last step of Payne–Hanek.
    static let halfPiFixedPoint: (high: UInt64, low: UInt64) = (0x6487_ED51_10B4_611A, 0x6263_3145_C06E_0E68)

    /// 64 bits of 2/π starting at bit `position` (bit 1 weighs 2^-1); bits at positions
    /// ≤ 0 are zero, as 2/π < 1.
    static func twoOverPiBits(from position: Int) -> UInt64 {
        let start = position - 1  // 0-based index of the first bit
        if start <= -64 { return 0 }
        if start < 0 { return twoOverPiBits(from: 1) >> UInt64(-start) }
        let word = start >> 5, shift = UInt64(start & 31)
        // Three words cover any 64-bit window that does not start on a word boundary.
        let w0 = UInt64(twoOverPiWords[word]), w1 = UInt64(twoOverPiWords[word + 1])
        let w2 = UInt64(twoOverPiWords[word + 2])
        let top = (w0 << 32 | w1) << shift
        return shift == 0 ? top : top | (w2 >> (32 - shift))
    }
}
