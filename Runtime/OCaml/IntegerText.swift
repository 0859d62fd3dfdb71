#if canImport(Format)
import Format
#endif
import KilnOCaml

/// A one-conversion printf format as OCaml's Printf hands it to the runtime
/// (`%[-+ #0][width][.precision][l|n|L]letter`), parsed into the formatting code's spec.
enum PrintfFormat {
    static func parse(_ fmt: Value) -> (FormatSpec, UInt8)? {
        let n = stringLength(fmt), p = bytePointer(fmt)
        guard n >= 2, p[0] == UInt8(ascii: "%") else { return nil }
        var spec = FormatSpec()
        var i = 1
        flags: while i < n {
            switch p[i] {
            case UInt8(ascii: "-"): spec.leftAlign = true
            case UInt8(ascii: "+"): spec.forceSign = true
            case UInt8(ascii: " "): spec.spaceSign = true
            case UInt8(ascii: "#"): spec.alternate = true
            case UInt8(ascii: "0"): spec.zeroPad = true
            default: break flags
            }
            i += 1
        }
        while i < n, p[i] >= 48, p[i] <= 57 { spec.width = spec.width * 10 + Int(p[i] - 48); i += 1 }
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            spec.precision = 0
            while i < n, p[i] >= 48, p[i] <= 57 { spec.precision = spec.precision * 10 + Int(p[i] - 48); i += 1 }
        }
        if i < n - 1, p[i] == UInt8(ascii: "l") || p[i] == UInt8(ascii: "n") || p[i] == UInt8(ascii: "L") { i += 1 }
        guard i == n - 1 else { return nil }
        let letter = p[i]
        if letter == UInt8(ascii: "X") || letter == UInt8(ascii: "E") || letter == UInt8(ascii: "G")
            || letter == UInt8(ascii: "F") || letter == UInt8(ascii: "A") {
            spec.uppercase = true
        }
        return (spec, letter)
    }

    /// Formats a signed integer of `bits` bits (its unsigned conversions see it modulo 2^bits).
    static func formatInteger(_ fmt: Value, _ x: Int64, bits: Int) -> Value {
        guard let (spec, letter) = parse(fmt) else { return raiseInvalidArgument("format_int: bad format") }
        var out: [UInt8] = []
        let mask: UInt64 = bits == 64 ? ~0 : (1 << UInt64(bits)) - 1
        switch letter {
        case UInt8(ascii: "d"), UInt8(ascii: "i"):
            IntegerFormatting.append(signed: x, spec: spec, to: &out)
        case UInt8(ascii: "u"):
            IntegerFormatting.append(unsigned: UInt64(bitPattern: x) & mask, spec: spec, to: &out)
        case UInt8(ascii: "x"), UInt8(ascii: "X"):
            IntegerFormatting.append(unsigned: UInt64(bitPattern: x) & mask, base: 16, spec: spec, to: &out)
        case UInt8(ascii: "o"):
            IntegerFormatting.append(unsigned: UInt64(bitPattern: x) & mask, base: 8, spec: spec, to: &out)
        default:
            return raiseInvalidArgument("format_int: bad format")
        }
        return allocateString(out) ?? raiseOutOfMemory()
    }
}

@c(caml_format_int)
public func caml_format_int(_ fmt: Value, _ arg: Value) -> Value {
    // "%d" (string_of_int) is one word, tested as one: '%', 'd', a zero byte, then the
    // padding count 1 (little-endian).
    if header(fmt) >> 10 == 1 && field(fmt, 0) == 0x0100_6425 {
        return PrintfFormat.decimal(intVal(arg))
    }
    return PrintfFormat.formatInteger(fmt, Int64(intVal(arg)), bits: 32)
}

extension PrintfFormat {
    /// `%d` as string_of_int uses it: the digits written straight into a string block,
    /// without parsing the format or building an array.
    /// The digits come two at a time from a table of the pairs 00…99 (one division per
    /// pair instead of per digit), and the length from compares instead of divisions.
    static func decimal(_ x: Int32) -> Value {
        var magnitude = x < 0 ? 0 &- UInt32(bitPattern: x) : UInt32(bitPattern: x)
        let digits = decimalDigits(magnitude)
        let length = x < 0 ? digits &+ 1 : digits
        guard let s = allocateBytes(length) else { return raiseOutOfMemory() }
        let p = bytePointer(s), pairs = digitPairs.utf8Start
        var i = length
        while magnitude >= 100 {
            let q = magnitude / 100
            let pair = Int(truncatingIfNeeded: magnitude &- q &* 100) &* 2
            i &-= 2
            p[i] = pairs[pair]
            p[i &+ 1] = pairs[pair &+ 1]
            magnitude = q
        }
        if magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude) &* 2
            p[i &- 2] = pairs[pair]
            p[i &- 1] = pairs[pair &+ 1]
        } else {
            p[i &- 1] = UInt8(truncatingIfNeeded: 48 &+ magnitude)
        }
        if x < 0 { p[0] = UInt8(ascii: "-") }
        return s
    }

    /// "00" "01" … "99": the two digits of n at offset 2n.
    static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Decimal digits of `n` (1 for 0): a binary search over the powers of ten.
    @inline(__always) static func decimalDigits(_ n: UInt32) -> Int {
        if n < 100_000 {
            if n < 100 { return n < 10 ? 1 : 2 }
            return n < 1_000 ? 3 : (n < 10_000 ? 4 : 5)
        }
        if n < 10_000_000 { return n < 1_000_000 ? 6 : 7 }
        return n < 100_000_000 ? 8 : (n < 1_000_000_000 ? 9 : 10)
    }
}
@c(caml_int32_format)
public func caml_int32_format(_ fmt: Value, _ arg: Value) -> Value {
    PrintfFormat.formatInteger(fmt, Int64(int32Val(arg)), bits: 32)
}
@c(caml_nativeint_format)
public func caml_nativeint_format(_ fmt: Value, _ arg: Value) -> Value {
    PrintfFormat.formatInteger(fmt, Int64(nativeintVal(arg)), bits: 32)
}
@c(caml_int64_format)
public func caml_int64_format(_ fmt: Value, _ arg: Value) -> Value {
    PrintfFormat.formatInteger(fmt, int64Val(arg), bits: 64)
}

// MARK: - Parsing (ints.c's parse_intnat: sign, 0x/0o/0b/0u prefix, '_' ignored)

/// The integer in `s` for a `bits`-wide type, or nil (the caller raises Failure).
func parseInteger(_ s: Value, bits: Int) -> Int64? {
    let n = stringLength(s), p = bytePointer(s)
    var i = 0
    var negative = false
    if i < n, p[i] == UInt8(ascii: "-") { negative = true; i += 1 } else if i < n, p[i] == UInt8(ascii: "+") { i += 1 }
    var base: UInt64 = 10
    var signed = true
    if i + 1 < n, p[i] == UInt8(ascii: "0") {
        switch p[i + 1] {
        case UInt8(ascii: "x"), UInt8(ascii: "X"): base = 16; signed = false; i += 2
        case UInt8(ascii: "o"), UInt8(ascii: "O"): base = 8; signed = false; i += 2
        case UInt8(ascii: "b"), UInt8(ascii: "B"): base = 2; signed = false; i += 2
        case UInt8(ascii: "u"), UInt8(ascii: "U"): signed = false; i += 2
        default: break
        }
    }
    func digit(_ c: UInt8) -> UInt64? {
        switch c {
        case 48...57: return UInt64(c - 48)
        case 97...122: return UInt64(c - 97 + 10)
        case 65...90: return UInt64(c - 65 + 10)
        default: return nil
        }
    }
    // The word is `bits` wide for int64, else the native word (32 bits), as in C.
    let wordBits: UInt64 = bits == 64 ? 64 : 32
    let wordMax: UInt64 = wordBits == 64 ? ~0 : 0xFFFF_FFFF
    guard i < n, let first = digit(p[i]), first < base else { return nil }
    var result = first
    i += 1
    while i < n {
        if p[i] == UInt8(ascii: "_") { i += 1; continue }
        guard let d = digit(p[i]), d < base else { return nil }
        if result > wordMax / base { return nil }
        result = result * base + d
        if result > wordMax || result < d { return nil }
        i += 1
    }
    let b = UInt64(bits)
    if signed {
        let limit: UInt64 = 1 << (b - 1)
        if negative ? result > limit : result >= limit { return nil }
    } else if b < wordBits, result >= (1 << b) {
        return nil
    }
    // Wrap to the type's width as the C code's casts do.
    let magnitude = Int64(bitPattern: result)
    let value = negative ? 0 &- magnitude : magnitude
    if bits == 64 { return value }
    let shift = Int64(64 - bits)
    return (value &<< shift) &>> shift
}

@c(caml_int_of_string)
public func caml_int_of_string(_ s: Value) -> Value {
    guard let x = parseInteger(s, bits: 31) else { return raiseFailure("int_of_string") }
    return valInt(Int32(truncatingIfNeeded: x))
}
@c(caml_int32_of_string)
public func caml_int32_of_string(_ s: Value) -> Value {
    guard let x = parseInteger(s, bits: 32) else { return raiseFailure("Int32.of_string") }
    return boxInt32(Int32(truncatingIfNeeded: x))
}
@c(caml_nativeint_of_string)
public func caml_nativeint_of_string(_ s: Value) -> Value {
    guard let x = parseInteger(s, bits: 32) else { return raiseFailure("Nativeint.of_string") }
    return boxNativeint(Int32(truncatingIfNeeded: x))
}
@c(caml_int64_of_string)
public func caml_int64_of_string(_ s: Value) -> Value {
    guard let x = parseInteger(s, bits: 64) else { return raiseFailure("Int64.of_string") }
    return boxInt64(x)
}
