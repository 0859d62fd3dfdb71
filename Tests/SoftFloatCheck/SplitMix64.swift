/// A small deterministic generator (Steele, Lea and Flood's SplitMix64): a fixed seed
/// gives the same operands on every machine, so a mismatch is reproducible from the
/// seed and the sample index.
public struct SplitMix64 {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in 0..<bound (bound ≤ 2^32; the slight bias does not matter here).
    public mutating func below(_ bound: Int) -> Int { Int(next() >> 32) % bound }

    /// A value in range.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A fair coin toss.
    public mutating func coin() -> Bool { next() & 1 != 0 }
}
