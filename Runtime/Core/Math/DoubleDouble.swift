// Error-free transformations (Dekker, Knuth) for the few places that need more than double
// precision in an intermediate result. Written without fma: on the device an fma is a
// slow soft-float call, and the host must compute the same thing.

extension KilnMath {
    /// a + b as the rounded sum and its exact rounding error, for |a| ≥ |b| (Fast2Sum).
    @inline(__always) static func fastTwoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let sum = a + b
        return (sum, b - (sum - a))
    }

    /// a + b as the rounded sum and its exact rounding error, for any a and b (Knuth's TwoSum).
    @inline(__always) static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let sum = a + b
        let bPart = sum - a
        return (sum, (a - (sum - bPart)) + (b - bPart))
    }

    /// a split into a head of 26 significant bits and a tail (Veltkamp), so that products
    /// of heads and tails are exact. |a| must stay well below 2^996.
    @inline(__always) static func split(_ a: Double) -> (head: Double, tail: Double) {
        let c = 134217729.0 * a  // 2^27 + 1
        let head = c - (c - a)
        return (head, a - head)
    }

    /// a × b as the rounded product and its exact rounding error (Dekker's product).
    @inline(__always) static func twoProduct(_ a: Double, _ b: Double) -> (product: Double, error: Double) {
        let product = a * b
        let (aHead, aTail) = split(a)
        let (bHead, bTail) = split(b)
        let error = ((aHead * bHead - product) + aHead * bTail + aTail * bHead) + aTail * bTail
        return (product, error)
    }
}
