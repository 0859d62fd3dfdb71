/// The decimal digits of a double rounded exactly, as glibc's printf rounds them: the
/// exact binary value, rounded half to even at the requested digit.
///
/// This is Dragon4's digit loop (Steele and White) without the shortest-output bounds:
/// the value is a big fraction `numerator / denominator` scaled into [1, 10), each digit
/// is its integer part, and the remainder decides the rounding. Exact at any precision,
/// with no floating-point operation anywhere.
struct ExactDecimal {
    /// The digits, as values 0...9, most significant first; empty when the value is zero
    /// or rounds to zero at the requested position.
    var digits: [UInt8]
    /// The decimal exponent of the first digit: the value is d₀.d₁d₂… × 10^exponent.
    var exponent: Int
    /// Whether rounding carried out of the first digit (9.96 → 10.0), raising `exponent`.
    var carried = false

    /// Where the rounding happens.
    enum Precision {
        /// This many significant digits (≥ 1): `%e` with precision n − 1, `%g`.
        case significant(Int)
        /// Digits down to the 10^−n place (n ≥ 0): `%f` with precision n.
        case fractional(Int)

        /// Whether the count of fraction digits, not of significant ones, is fixed.
        var fixesFractionDigits: Bool {
            if case .fractional = self { return true }
            return false
        }
    }

    /// The digits of the finite, non-negative value `significand × 2^binaryExponent`,
    /// rounded as `precision` says.
    init(significand: UInt64, binaryExponent: Int, precision: Precision) {
        digits = []
        exponent = 0
        guard significand != 0 else { return }
        var scaled = ScaledValue(significand: significand, binaryExponent: binaryExponent)
        exponent = scaled.decimalExponent

        var count: Int
        switch precision {
        case .significant(let n): count = n
        case .fractional(let n): count = exponent + 1 + n
        }
        if count < 0 { digits = []; return }
        if count == 0 {
            // The value is below one unit of the last place: it rounds to that unit when
            // above half of it (a tie goes to the even 0). value / 10^(exponent+1) > 1/2
            // ⇔ numerator > 5 × denominator.
            var half = scaled.denominator
            half.multiply(by: 5)
            if BigUInt.compare(scaled.numerator, half) > 0 {
                digits = [1]
                exponent += 1
            }
            return
        }

        digits.reserveCapacity(count + 1)
        while digits.count < count {
            if scaled.numerator.isZero {
                // Exact from here on: the remaining digits are zeros and nothing rounds.
                digits.append(contentsOf: repeatElement(0, count: count - digits.count))
                return
            }
            digits.append(UInt8(scaled.nextDigit()))
        }
        // The rest is numerator / denominator in [0, 10) (the remainder times ten): round
        // up above five, and at exactly five when the last digit is odd.
        var half = scaled.denominator
        half.multiply(by: 5)
        let order = BigUInt.compare(scaled.numerator, half)
        if order > 0 || (order == 0 && digits[digits.count - 1] & 1 == 1) {
            roundUp(growing: precision.fixesFractionDigits)
        }
    }

    /// Adds one unit in the last place. When all digits were 9 the value becomes the next
    /// power of ten: for a fixed number of fraction digits that is one more digit, for a
    /// fixed number of significant digits the same count with a larger exponent.
    private mutating func roundUp(growing: Bool) {
        var i = digits.count - 1
        while i >= 0 && digits[i] == 9 {
            digits[i] = 0
            i -= 1
        }
        if i >= 0 {
            digits[i] += 1
            return
        }
        digits[0] = 1
        exponent += 1
        carried = true
        if growing { digits.append(0) }
    }

    /// The digit for the 10^position place (0 outside the generated digits).
    func digit(atPlace position: Int) -> UInt8 {
        let index = exponent - position
        return index >= 0 && index < digits.count ? digits[index] : 0
    }
}

/// A positive value as `numerator / denominator` in [1, 10), with its decimal exponent,
/// ready to produce digits.
struct ScaledValue {
    /// The numerator; after each digit, the remainder times ten.
    var numerator: BigUInt
    /// The denominator, shifted together with the numerator for `divideSmallQuotient`.
    var denominator: BigUInt
    /// The value is numerator / denominator × 10^decimalExponent.
    var decimalExponent: Int

    /// Scales `significand × 2^binaryExponent` (non-zero) into [1, 10) × 10^k.
    init(significand: UInt64, binaryExponent: Int) {
        numerator = BigUInt(significand)
        denominator = BigUInt(1)
        if binaryExponent >= 0 { numerator.shiftLeft(by: binaryExponent) } else { denominator.shiftLeft(by: -binaryExponent) }
        var k = ScaledValue.decimalExponentEstimate(significand: significand, binaryExponent: binaryExponent)
        if k >= 0 { denominator.multiply(byPowerOfTen: k) } else { numerator.multiply(byPowerOfTen: -k) }
        var tenTimes = denominator
        tenTimes.multiply(by: 10)
        while BigUInt.compare(numerator, tenTimes) >= 0 {
            k += 1
            denominator = tenTimes
            tenTimes.multiply(by: 10)
        }
        while BigUInt.compare(numerator, denominator) < 0 {
            k -= 1
            numerator.multiply(by: 10)
        }
        decimalExponent = k
        let commonShift = denominator.digitScale
        numerator.shiftLeft(by: commonShift)
        denominator.shiftLeft(by: commonShift)
    }

    /// ⌊log10(value)⌋ give or take one, from the bit width alone: ⌊log2(value)⌋ × 1233 /
    /// 4096 (just below log10 2, the shift rounding toward −∞) is one too small at worst
    /// for large values and one too large at worst for tiny ones; callers correct it.
    static func decimalExponentEstimate(significand: UInt64, binaryExponent: Int) -> Int {
        let log2Floor = 64 - significand.leadingZeroBitCount - 1 + binaryExponent
        return (log2Floor * 1233) >> 12
    }

    /// The next digit: the integer part of numerator / denominator (< 10), leaving the
    /// fraction, times ten, for the digit after.
    mutating func nextDigit() -> UInt32 {
        let digit = numerator.divideSmallQuotient(by: denominator)
        numerator.multiply(by: 10)
        return digit
    }
}
