/// An operand taken apart: its class, its sign and, for finite non-zero values, the value
/// as `significand × 2^exponent` with the significand's leading one at bit 63.
///
/// Normalizing subnormals here means no operation has a subnormal special case: they
/// only reappear when `roundAndPack` finds the result below the normal range.
struct Decoded {
    /// The class of an operand. A struct, not an enum: every enum is automatically
    /// Hashable, and that conformance drags the standard library's hasher (seeded with
    /// `arc4random_buf`) into the runtime image.
    struct Kind: Equatable {
        let rawValue: UInt8
        static var zero: Kind { Kind(rawValue: 0) }
        static var finite: Kind { Kind(rawValue: 1) }
        static var infinity: Kind { Kind(rawValue: 2) }
        static var nan: Kind { Kind(rawValue: 3) }
    }

    var kind: Kind
    var sign: Bool
    var exponent: Int
    var significand: UInt64

    init<F: BinaryFormat>(_ x: F.Bits, as format: F.Type) {
        let bits = F.widen(x)
        sign = bits & F.signMask != 0
        let biased = Int(truncatingIfNeeded: (bits >> UInt64(F.fractionBitCount))) & F.maxBiasedExponent
        let fraction = bits & F.fractionMask
        exponent = 0
        significand = 0
        if biased == F.maxBiasedExponent {
            kind = fraction == 0 ? .infinity : .nan
            return
        }
        if biased == 0 && fraction == 0 {
            kind = .zero
            return
        }
        kind = .finite
        // A subnormal has the same scale as the smallest normal, without the implicit one.
        let raw = biased == 0 ? fraction : fraction | (1 << UInt64(F.fractionBitCount))
        let shift = raw.leadingZeroBitCount
        significand = raw &<< shift
        exponent = max(biased, 1) - F.bias - F.fractionBitCount - shift
    }

    var isNaN: Bool { kind == .nan }
}
