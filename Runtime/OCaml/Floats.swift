#if canImport(Format)
import Format
#endif
#if canImport(Math)
import Math
#endif
import KilnOCaml

/// A boxed double (tag 253, two words), cut from the allocation chunk inline (the fast path
/// of `OCamlHeap.allocate`, as compiled code does): float arithmetic allocates a box per
/// result, and a call to the allocator per box was a fifth of the host interpreter's time
/// on the floats benchmark.
@inline(__always) func boxDouble(_ d: Double) -> Value {
    guard let b = OCamlHeap.allocate(2, OCamlTag.double) else { return raiseOutOfMemory() }
    setDoubleAt(b, 0, d)
    return b
}

@c(caml_add_float) public func caml_add_float(_ a: Value, _ b: Value) -> Value { boxDouble(doubleVal(a) + doubleVal(b)) }
@c(caml_sub_float) public func caml_sub_float(_ a: Value, _ b: Value) -> Value { boxDouble(doubleVal(a) - doubleVal(b)) }
@c(caml_mul_float) public func caml_mul_float(_ a: Value, _ b: Value) -> Value { boxDouble(doubleVal(a) * doubleVal(b)) }
@c(caml_div_float) public func caml_div_float(_ a: Value, _ b: Value) -> Value { boxDouble(doubleVal(a) / doubleVal(b)) }
@c(caml_neg_float) public func caml_neg_float(_ a: Value) -> Value { boxDouble(-doubleVal(a)) }
@c(caml_abs_float) public func caml_abs_float(_ a: Value) -> Value { boxDouble(KilnMath.fabs(doubleVal(a))) }
@c(caml_float_of_int) public func caml_float_of_int(_ a: Value) -> Value { boxDouble(Double(intVal(a))) }
@c(caml_int_of_float) public func caml_int_of_float(_ a: Value) -> Value { valInt(truncateToInt32(doubleVal(a))) }

@c(caml_eq_float) public func caml_eq_float(_ a: Value, _ b: Value) -> Value { valBool(doubleVal(a) == doubleVal(b)) }
@c(caml_neq_float) public func caml_neq_float(_ a: Value, _ b: Value) -> Value { valBool(doubleVal(a) != doubleVal(b)) }
@c(caml_lt_float) public func caml_lt_float(_ a: Value, _ b: Value) -> Value { valBool(doubleVal(a) < doubleVal(b)) }
@c(caml_le_float) public func caml_le_float(_ a: Value, _ b: Value) -> Value { valBool(doubleVal(a) <= doubleVal(b)) }
@c(caml_gt_float) public func caml_gt_float(_ a: Value, _ b: Value) -> Value { valBool(doubleVal(a) > doubleVal(b)) }
@c(caml_ge_float) public func caml_ge_float(_ a: Value, _ b: Value) -> Value { valBool(doubleVal(a) >= doubleVal(b)) }

/// OCaml's total order on floats: NaN equals itself and is below everything else.
func compareDoubles(_ x: Double, _ y: Double) -> Int32 {
    if x < y { return -1 }
    if x > y { return 1 }
    if x == y { return 0 }
    if x.isNaN { return y.isNaN ? 0 : -1 }
    return 1
}
@c(caml_float_compare) public func caml_float_compare(_ a: Value, _ b: Value) -> Value {
    valInt(compareDoubles(doubleVal(a), doubleVal(b)))
}

/// FP_normal 0, FP_subnormal 1, FP_zero 2, FP_infinite 3, FP_nan 4 (Stdlib.fpclass).
@c(caml_classify_float) public func caml_classify_float(_ a: Value) -> Value {
    let d = doubleVal(a)
    if d.isNaN { return valInt(4) }
    if d.isInfinite { return valInt(3) }
    if d == 0 { return valInt(2) }
    return valInt(d.isSubnormal ? 1 : 0)
}

@c(caml_sqrt_float) public func caml_sqrt_float(_ a: Value) -> Value { boxDouble(doubleVal(a).squareRoot()) }
@c(caml_exp_float) public func caml_exp_float(_ a: Value) -> Value { boxDouble(KilnMath.exp(doubleVal(a))) }
@c(caml_expm1_float) public func caml_expm1_float(_ a: Value) -> Value { boxDouble(KilnMath.expm1(doubleVal(a))) }
@c(caml_log_float) public func caml_log_float(_ a: Value) -> Value { boxDouble(KilnMath.log(doubleVal(a))) }
@c(caml_log1p_float) public func caml_log1p_float(_ a: Value) -> Value { boxDouble(KilnMath.log1p(doubleVal(a))) }
@c(caml_log10_float) public func caml_log10_float(_ a: Value) -> Value { boxDouble(KilnMath.log10(doubleVal(a))) }
@c(caml_log2_float) public func caml_log2_float(_ a: Value) -> Value { boxDouble(KilnMath.log2(doubleVal(a))) }
@c(caml_sin_float) public func caml_sin_float(_ a: Value) -> Value { boxDouble(KilnMath.sin(doubleVal(a))) }
@c(caml_cos_float) public func caml_cos_float(_ a: Value) -> Value { boxDouble(KilnMath.cos(doubleVal(a))) }
@c(caml_tan_float) public func caml_tan_float(_ a: Value) -> Value { boxDouble(KilnMath.tan(doubleVal(a))) }
@c(caml_asin_float) public func caml_asin_float(_ a: Value) -> Value { boxDouble(KilnMath.asin(doubleVal(a))) }
@c(caml_acos_float) public func caml_acos_float(_ a: Value) -> Value { boxDouble(KilnMath.acos(doubleVal(a))) }
@c(caml_atan_float) public func caml_atan_float(_ a: Value) -> Value { boxDouble(KilnMath.atan(doubleVal(a))) }
@c(caml_sinh_float) public func caml_sinh_float(_ a: Value) -> Value { boxDouble(KilnMath.sinh(doubleVal(a))) }
@c(caml_cosh_float) public func caml_cosh_float(_ a: Value) -> Value { boxDouble(KilnMath.cosh(doubleVal(a))) }
@c(caml_tanh_float) public func caml_tanh_float(_ a: Value) -> Value { boxDouble(KilnMath.tanh(doubleVal(a))) }
@c(caml_cbrt_float) public func caml_cbrt_float(_ a: Value) -> Value { boxDouble(KilnMath.cbrt(doubleVal(a))) }
@c(caml_floor_float) public func caml_floor_float(_ a: Value) -> Value { boxDouble(KilnMath.floor(doubleVal(a))) }
@c(caml_ceil_float) public func caml_ceil_float(_ a: Value) -> Value { boxDouble(KilnMath.ceil(doubleVal(a))) }
@c(caml_trunc_float) public func caml_trunc_float(_ a: Value) -> Value { boxDouble(KilnMath.trunc(doubleVal(a))) }
@c(caml_round_float) public func caml_round_float(_ a: Value) -> Value { boxDouble(KilnMath.round(doubleVal(a))) }
@c(caml_atan2_float) public func caml_atan2_float(_ a: Value, _ b: Value) -> Value { boxDouble(KilnMath.atan2(doubleVal(a), doubleVal(b))) }
@c(caml_hypot_float) public func caml_hypot_float(_ a: Value, _ b: Value) -> Value { boxDouble(KilnMath.hypot(doubleVal(a), doubleVal(b))) }
@c(caml_power_float) public func caml_power_float(_ a: Value, _ b: Value) -> Value { boxDouble(KilnMath.pow(doubleVal(a), doubleVal(b))) }
@c(caml_fmod_float) public func caml_fmod_float(_ a: Value, _ b: Value) -> Value { boxDouble(KilnMath.fmod(doubleVal(a), doubleVal(b))) }
@c(caml_copysign_float) public func caml_copysign_float(_ a: Value, _ b: Value) -> Value { boxDouble(KilnMath.copysign(doubleVal(a), doubleVal(b))) }
@c(caml_ldexp_float) public func caml_ldexp_float(_ a: Value, _ b: Value) -> Value { boxDouble(KilnMath.ldexp(doubleVal(a), longVal(b))) }

/// A pair of two fresh boxed doubles (modf) or a double and an int (frexp).
func pair(_ first: Value, _ second: Value) -> Value {
    let a = first, b = second
    return Roots.keeping(a) {
        Roots.keeping(b) {
            guard let p = OCamlHeap.allocate(2, 0) else { return raiseOutOfMemory() }
            setField(p, 0, a)
            setField(p, 1, b)
            return p
        }
    }
}

@c(caml_modf_float) public func caml_modf_float(_ a: Value) -> Value {
    let (integral, fraction) = KilnMath.modf(doubleVal(a))
    let f = boxDouble(fraction)
    if f == exceptionSentinel { return f }
    return Roots.keeping(f) {
        let i = boxDouble(integral)
        return i == exceptionSentinel ? i : pair(f, i)
    }
}

@c(caml_frexp_float) public func caml_frexp_float(_ a: Value) -> Value {
    let (fraction, exponent) = KilnMath.frexp(doubleVal(a))
    let f = boxDouble(fraction)
    return f == exceptionSentinel ? f : pair(f, valInt(exponent))
}

@c(caml_nextafter_float) public func caml_nextafter_float(_ a: Value, _ b: Value) -> Value {
    let x = doubleVal(a), y = doubleVal(b)
    if x.isNaN || y.isNaN { return boxDouble(x + y) }
    if x == y { return boxDouble(y) }
    return boxDouble(y > x ? x.nextUp : x.nextDown)
}

@c(caml_float_of_string)
public func caml_float_of_string(_ s: Value) -> Value {
    // strtod after removing '_' (OCaml's rule); the whole text must be the number.
    var text: [UInt8] = []
    let n = stringLength(s), p = bytePointer(s)
    for i in 0..<n where p[i] != UInt8(ascii: "_") { text.append(p[i]) }
    if text.isEmpty { return raiseFailure("float_of_string") }
    let result = FloatParsing.parse(text)
    if result.consumed != text.count || result.consumed == 0 { return raiseFailure("float_of_string") }
    return boxDouble(Double(bitPattern: result.bits))
}

@c(caml_format_float)
public func caml_format_float(_ fmt: Value, _ arg: Value) -> Value {
    guard let (spec, letter) = PrintfFormat.parse(fmt) else { return raiseInvalidArgument("format_float") }
    var style = FloatFormatting.Style.general
    switch letter | 0x20 {
    case UInt8(ascii: "f"): style = .fixed
    case UInt8(ascii: "e"): style = .exponential
    case UInt8(ascii: "a"): style = .hexadecimal
    default: style = .general
    }
    var out: [UInt8] = []
    FloatFormatting.append(bits: doubleVal(arg).bitPattern, style: style, spec: spec, to: &out)
    return allocateString(out) ?? raiseOutOfMemory()
}

/// `%h` (Printf): OCaml's own hexadecimal form, as floats.c writes it — not C's `%a`:
/// `infinity`/`nan`, all significant digits unless a precision is given (then rounded to
/// nearest even, a carry showing as a leading 2), exponent `p%+d`.
@c(caml_hexstring_of_float)
public func caml_hexstring_of_float(_ arg: Value, _ precision: Value, _ style: Value) -> Value {
    let bits = doubleVal(arg).bitPattern
    var prec = longVal(precision)
    var out: [UInt8] = []
    if bits >> 63 != 0 {
        out.append(UInt8(ascii: "-"))
    } else {
        let s = intVal(style)
        if s == Int32(UInt8(ascii: "+")) || s == Int32(UInt8(ascii: " ")) { out.append(UInt8(s)) }
    }
    var exponent = Int((bits >> 52) & 0x7FF)
    var m = bits & ((1 << 52) - 1)
    if exponent == 0x7FF {
        emit(m == 0 ? "infinity" : "nan", to: &out)
        return allocateString(out) ?? raiseOutOfMemory()
    }
    out.append(UInt8(ascii: "0"))
    out.append(UInt8(ascii: "x"))
    if exponent == 0 {
        if m != 0 { exponent = -1022 }
    } else {
        exponent -= 1023
        m |= 1 << 52
    }
    if prec >= 0 && prec < 13 {
        let unit: UInt64 = 1 << UInt64(52 - prec * 4)
        let half = unit >> 1, mask = unit - 1
        let fraction = m & mask
        m &= ~mask
        if fraction > half || (fraction == half && m & unit != 0) { m += unit }
    }
    func digit(_ d: UInt64) -> UInt8 { d < 10 ? UInt8(d) + 48 : UInt8(d) - 10 + 97 }
    out.append(digit(m >> 52))
    m = (m << 4) & ((1 << 56) - 1)
    if prec >= 0 ? prec > 0 : m != 0 {
        out.append(UInt8(ascii: "."))
        while prec >= 0 ? prec > 0 : m != 0 {
            out.append(digit(m >> 52))
            m = (m << 4) & ((1 << 56) - 1)
            prec -= 1
        }
    }
    out.append(UInt8(ascii: "p"))
    out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    appendDecimal(exponent < 0 ? -exponent : exponent, to: &out)
    return allocateString(out) ?? raiseOutOfMemory()
}

// Functions KilnMath lacks, from the ones it has (not correctly rounded everywhere: within
// a few ulps of glibc's).
@c(caml_exp2_float) public func caml_exp2_float(_ a: Value) -> Value { boxDouble(KilnMath.pow(2, doubleVal(a))) }
@c(caml_acosh_float) public func caml_acosh_float(_ a: Value) -> Value {
    let x = doubleVal(a)
    // log(x + √(x²−1)); for huge x, log(x) + log 2 avoids the overflow of x².
    if x > 1e150 { return boxDouble(KilnMath.log(x) + 0.6931471805599453) }
    return boxDouble(KilnMath.log(x + (x * x - 1).squareRoot()))
}
@c(caml_asinh_float) public func caml_asinh_float(_ a: Value) -> Value {
    let x = doubleVal(a), m = KilnMath.fabs(x)
    let r = m > 1e150 ? KilnMath.log(m) + 0.6931471805599453 : KilnMath.log1p(m + m * m / (1 + (1 + m * m).squareRoot()))
    return boxDouble(KilnMath.copysign(r, x))
}
@c(caml_atanh_float) public func caml_atanh_float(_ a: Value) -> Value {
    let x = doubleVal(a)
    return boxDouble(0.5 * KilnMath.log1p(2 * x / (1 - x)))
}
@c(caml_fma_float) public func caml_fma_float(_ a: Value, _ b: Value, _ c: Value) -> Value {
    boxDouble(doubleVal(c).addingProduct(doubleVal(a), doubleVal(b)))
}
@c(caml_signbit_float) public func caml_signbit_float(_ a: Value) -> Value { valBool(doubleVal(a).sign == .minus) }
