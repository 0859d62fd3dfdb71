/// An unsigned integer of any size, as little-endian 32-bit limbs, for the exact decimal
/// ↔ binary conversions (2^1074 scaled by a power of ten needs about 3,600 bits at most
/// when parsing 800 significant digits, about 1,200 when printing).
///
/// Limbs are 32 bits so every product fits a `UInt64` and no 64-bit division is ever
/// needed (on Xtensa that is a `__udivdi3` call). `limbs` never has a zero top limb, so
/// zero is the empty array and `limbs.count` orders values of different sizes.
struct BigUInt {
    /// Little-endian limbs, without leading (top) zero limbs.
    var limbs: [UInt32]

    /// The value `value`.
    init(_ value: UInt64) {
        limbs = []
        limbs.reserveCapacity(40)
        if value != 0 { limbs.append(UInt32(truncatingIfNeeded: value)) }
        if value >> 32 != 0 { limbs.append(UInt32(truncatingIfNeeded: value >> 32)) }
    }

    /// Whether the value is zero.
    var isZero: Bool { limbs.isEmpty }

    /// The number of significant bits (0 for zero).
    var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 32 - top.leadingZeroBitCount
    }

    /// self = self × factor + addend.
    mutating func multiply(by factor: UInt32, adding addend: UInt32 = 0) {
        var carry = UInt64(addend)
        for i in 0..<limbs.count {
            let product = UInt64(limbs[i]) &* UInt64(factor) &+ carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(truncatingIfNeeded: carry)) }
        if factor == 0 && addend == 0 { limbs.removeAll(keepingCapacity: true) }
    }

    /// self = self × 10^exponent.
    mutating func multiply(byPowerOfTen exponent: Int) {
        var left = exponent
        // 10^9 is the largest power of ten below 2^32.
        while left >= 9 { multiply(by: 1_000_000_000); left -= 9 }
        if left > 0 { multiply(by: BigUInt.smallPowersOfTen[left]) }
    }

    /// 10^0 ... 10^9.
    static let smallPowersOfTen: [UInt32] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ]

    /// self = self × 2^count.
    mutating func shiftLeft(by count: Int) {
        guard !isZero, count > 0 else { return }
        let whole = count / 32, bits = count % 32
        if bits != 0 {
            var carry: UInt32 = 0
            for i in 0..<limbs.count {
                let limb = limbs[i]
                limbs[i] = limb << UInt32(bits) | carry
                carry = limb >> UInt32(32 - bits)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if whole != 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
    }

    /// self = ⌊self / 2⌋.
    mutating func shiftRightOne() {
        var carry: UInt32 = 0
        var i = limbs.count - 1
        while i >= 0 {
            let limb = limbs[i]
            limbs[i] = limb >> 1 | carry
            carry = limb << 31
            i -= 1
        }
        if limbs.last == 0 { limbs.removeLast() }
    }

    /// self = self − other; other must not exceed self.
    mutating func subtract(_ other: BigUInt) {
        var borrow: UInt64 = 0
        for i in 0..<limbs.count {
            let right = (i < other.limbs.count ? UInt64(other.limbs[i]) : 0) &+ borrow
            let left = UInt64(limbs[i])
            limbs[i] = UInt32(truncatingIfNeeded: left &- right)
            borrow = left < right ? 1 : 0
        }
        normalize()
    }

    /// self = self + other.
    mutating func add(_ other: BigUInt) {
        if limbs.count < other.limbs.count {
            limbs.append(contentsOf: repeatElement(0, count: other.limbs.count - limbs.count))
        }
        var carry: UInt64 = 0
        for i in 0..<limbs.count {
            let sum = UInt64(limbs[i]) &+ (i < other.limbs.count ? UInt64(other.limbs[i]) : 0) &+ carry
            limbs[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        if carry != 0 { limbs.append(UInt32(truncatingIfNeeded: carry)) }
    }

    /// Drops zero top limbs, keeping the representation canonical.
    mutating func normalize() {
        while limbs.last == 0 { limbs.removeLast() }
    }

    /// −1, 0 or 1 as `left` is less than, equal to or greater than `right`.
    static func compare(_ left: BigUInt, _ right: BigUInt) -> Int {
        if left.limbs.count != right.limbs.count { return left.limbs.count < right.limbs.count ? -1 : 1 }
        var i = left.limbs.count - 1
        while i >= 0 {
            if left.limbs[i] != right.limbs[i] { return left.limbs[i] < right.limbs[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// The quotient ⌊self / divisor⌋ when it is below 10 (as in digit generation, where
    /// self < 10 × divisor), leaving the remainder in self.
    ///
    /// The divisor's top limb is made to lie in 8 ..< 2^32 / 10 (by `digitScale`), so the
    /// estimate `top / (divisorTop + 1)` from the top limbs alone is never too large and at
    /// most one too small (Juckett's Dragon4 note): one compare fixes it, and only 32-bit
    /// division is used.
    mutating func divideSmallQuotient(by divisor: BigUInt) -> UInt32 {
        if limbs.count < divisor.limbs.count { return 0 }
        let top = divisor.limbs.count - 1
        // self < 10 × divisor and the divisor's top limb is below 2^32 / 10, so self has
        // no more limbs than the divisor.
        var estimate = limbs[top] / (divisor.limbs[top] &+ 1)
        if estimate != 0 { subtract(multiple: divisor, times: estimate) }
        while BigUInt.compare(self, divisor) >= 0 {
            subtract(divisor)
            estimate += 1
        }
        return estimate
    }

    /// self = self − other × factor (no underflow).
    private mutating func subtract(multiple other: BigUInt, times factor: UInt32) {
        var borrow: UInt64 = 0, carry: UInt64 = 0
        for i in 0..<limbs.count {
            var product: UInt64 = carry
            if i < other.limbs.count { product &+= UInt64(other.limbs[i]) &* UInt64(factor) }
            carry = product >> 32
            let right = (product & 0xFFFF_FFFF) &+ borrow
            let left = UInt64(limbs[i])
            limbs[i] = UInt32(truncatingIfNeeded: left &- right)
            borrow = left < right ? 1 : 0
        }
        normalize()
    }

    /// The shift that puts the top limb of a divisor in 8 ..< 429,496,729, so that
    /// `divideSmallQuotient` can estimate from the top limbs (applied to both operands).
    var digitScale: Int {
        guard let top = limbs.last else { return 0 }
        // Put the top bit at bit 27 of the top limb: ≥ 8 and < 2^32 / 10.
        let highBit = 31 - top.leadingZeroBitCount
        return highBit <= 27 ? 27 - highBit : 59 - highBit
    }
}
