/// Integers as text, in any base from 2 to 36, with printf's flags (`%d %i %u %o %x %X`
/// and the bases C lacks).
public enum IntegerFormatting {
    /// Appends `magnitude` (negated if `negative`) in `base` to `output`.
    ///
    /// `signed` says whether the conversion is a signed one (`%d`): only those write `+`
    /// or a space for non-negative values. `#` adds `0x`/`0X` before a non-zero value in
    /// base 16 and forces a leading zero in base 8 (C's rules); the precision is the
    /// minimum number of digits, and precision 0 prints nothing for zero.
    @inline(never)  // one copy for all the wrappers: code size matters more than a call here
    public static func append(_ magnitude: UInt64, negative: Bool = false, signed: Bool, base: Int,
                              spec: FormatSpec, to output: inout [UInt8]) {
        precondition(base >= 2 && base <= 36, "integer base must be 2...36")
        var digits = reversedDigits(magnitude, base: base, uppercase: spec.uppercase)
        let minimumDigits = spec.precision < 0 ? 1 : spec.precision
        if magnitude == 0 && minimumDigits == 0 { digits.removeAll() }
        while digits.count < minimumDigits { digits.append(UInt8(ascii: "0")) }
        if spec.alternate && base == 8 && digits.last != UInt8(ascii: "0") { digits.append(UInt8(ascii: "0")) }
        digits.reverse()

        var prefix: [UInt8] = []
        if signed, let sign = spec.signCharacter(negative: negative) { prefix.append(sign) }
        if spec.alternate && base == 16 && magnitude != 0 {
            prefix.append(UInt8(ascii: "0"))
            prefix.append(spec.uppercase ? UInt8(ascii: "X") : UInt8(ascii: "x"))
        }
        spec.appendPadded(prefix: prefix, body: digits, zeroPadAllowed: spec.precision < 0, to: &output)
    }

    /// Appends a signed 64-bit value (`%d`, `%lld`; 32-bit values widen losslessly).
    public static func append(signed value: Int64, base: Int = 10, spec: FormatSpec, to output: inout [UInt8]) {
        append(value.magnitude, negative: value < 0, signed: true, base: base, spec: spec, to: &output)
    }

    /// Appends an unsigned 64-bit value (`%u %o %x`; 32-bit values widen losslessly).
    public static func append(unsigned value: UInt64, base: Int = 10, spec: FormatSpec, to output: inout [UInt8]) {
        append(value, signed: false, base: base, spec: spec, to: &output)
    }

    /// The digits of `value`, least significant first. A 64-bit value is divided by the
    /// base in 16-bit pieces, so no `__udivdi3` is needed on a 32-bit core.
    static func reversedDigits(_ value: UInt64, base: Int, uppercase: Bool) -> [UInt8] {
        var digits: [UInt8] = []
        var high = UInt32(truncatingIfNeeded: value >> 32), low = UInt32(truncatingIfNeeded: value)
        let divisor = UInt32(base)
        repeat {
            let remainder: UInt32
            if high == 0 {
                remainder = low % divisor
                low /= divisor
            } else {
                remainder = divide(&high, &low, by: divisor)
            }
            digits.append(digitCharacter(Int(remainder), uppercase: uppercase))
        } while high != 0 || low != 0
        return digits
    }

    /// (high·2^32 + low) /= divisor, returning the remainder: long division on 16-bit
    /// pieces, where each partial dividend stays below divisor·2^16 ≤ 36·2^16.
    private static func divide(_ high: inout UInt32, _ low: inout UInt32, by divisor: UInt32) -> UInt32 {
        var remainder: UInt32 = 0
        func step(_ piece: UInt32) -> UInt32 {
            let dividend = remainder << 16 | piece
            remainder = dividend % divisor
            return dividend / divisor
        }
        let q3 = step(high >> 16), q2 = step(high & 0xFFFF), q1 = step(low >> 16), q0 = step(low & 0xFFFF)
        high = q3 << 16 | q2
        low = q1 << 16 | q0
        return remainder
    }

    /// The character for one digit value 0...35.
    static func digitCharacter(_ value: Int, uppercase: Bool) -> UInt8 {
        if value < 10 { return UInt8(ascii: "0") + UInt8(value) }
        return (uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")) + UInt8(value - 10)
    }
}
