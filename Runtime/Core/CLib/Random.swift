/// `rand`/`srand` with glibc's results: glibc's `random()` (TYPE_3, an additive feedback
/// generator r[i] = r[i−3] + r[i−31] over a Lehmer-seeded r[0...30], r[31...33] copies of
/// r[0...2], outputs r[i] >> 1 from i = 344 on), which its `rand()` returns. Deterministic programs print the same numbers as
/// on the host.
public struct GlibcRandom {
    /// The last 34 words of the sequence, a ring indexed by `position`.
    var state: [UInt32]
    var position = 0

    /// The generator after `srand(seed)` (seed 0 acts as 1, as in glibc).
    public init(seed: UInt32) {
        var r = [UInt32](repeating: 0, count: 34)
        r[0] = seed == 0 ? 1 : seed
        for i in 1..<31 {
            // 16807 · r mod (2^31 − 1) by Schrage's method, on the signed word as glibc does.
            let previous = Int32(bitPattern: r[i - 1])
            let high = previous / 127773, low = previous % 127773
            var word = 16807 &* low &- 2836 &* high
            if word < 0 { word &+= 2147483647 }
            r[i] = UInt32(bitPattern: word)
        }
        for i in 31..<34 { r[i] = r[i - 31] }
        state = r
        for _ in 0..<310 { _ = nextWord() }
    }

    /// The next word of the additive sequence.
    mutating func nextWord() -> UInt32 {
        // state[position] is r[i − 34]; r[i − 31] and r[i − 3] are 3 and 31 further on.
        let word = state[(position + 3) % 34] &+ state[(position + 31) % 34]
        state[position] = word
        position = (position + 1) % 34
        return word
    }

    /// `rand()`: 0 ... RAND_MAX (2^31 − 1).
    public mutating func next() -> Int32 {
        Int32(bitPattern: nextWord() >> 1)
    }
}
