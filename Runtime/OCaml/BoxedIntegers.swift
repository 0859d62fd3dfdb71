import KilnOCaml

/// Int32, Int64 and Nativeint: custom blocks whose field 0 names their operations
/// (`caml_int32_ops`, ...; the word comes from the memory layout) followed by the payload.
enum CustomOps {
    nonisolated(unsafe) static var int32: UInt32 = 0
    nonisolated(unsafe) static var int64: UInt32 = 0
    nonisolated(unsafe) static var nativeint: UInt32 = 0
    nonisolated(unsafe) static var channel: UInt32 = 0

    /// The identifier OCaml gives each kind (for ordering custom blocks of different kinds).
    static func identifier(_ ops: UInt32) -> StaticString {
        switch ops {
        case int32: return "_i"
        case int64: return "_j"
        case nativeint: return "_n"
        case channel: return "_chan"
        default: return "_?"
        }
    }
}

func boxInt32(_ x: Int32) -> Value {
    guard let b = OCamlHeap.allocate(2, OCamlTag.custom) else { return raiseOutOfMemory() }
    setField(b, 0, CustomOps.int32)
    setField(b, 1, UInt32(bitPattern: x))
    return b
}

func boxNativeint(_ x: Int32) -> Value {
    guard let b = OCamlHeap.allocate(2, OCamlTag.custom) else { return raiseOutOfMemory() }
    setField(b, 0, CustomOps.nativeint)
    setField(b, 1, UInt32(bitPattern: x))
    return b
}

func boxInt64(_ x: Int64) -> Value {
    guard let b = OCamlHeap.allocate(3, OCamlTag.custom) else { return raiseOutOfMemory() }
    setField(b, 0, CustomOps.int64)
    setField(b, 1, UInt32(truncatingIfNeeded: x))
    setField(b, 2, UInt32(truncatingIfNeeded: x >> 32))
    return b
}

@inline(__always) func int32Val(_ v: Value) -> Int32 { Int32(bitPattern: field(v, 1)) }
@inline(__always) func nativeintVal(_ v: Value) -> Int32 { Int32(bitPattern: field(v, 1)) }
@inline(__always) func int64Val(_ v: Value) -> Int64 {
    Int64(bitPattern: UInt64(field(v, 2)) << 32 | UInt64(field(v, 1)))
}

// MARK: - Int32 and Nativeint (both 32 bits here)

/// The 32-bit operations, shared by Int32 and Nativeint (`box` picks the kind).
enum Word32 {
    static func div(_ a: Int32, _ b: Int32, _ box: (Int32) -> Value) -> Value {
        if b == 0 { return caml_raise_zero_divide() }
        // min_int / -1 overflows in C; OCaml defines it as min_int.
        if b == -1 { return box(0 &- a) }
        return box(a / b)
    }
    static func mod(_ a: Int32, _ b: Int32, _ box: (Int32) -> Value) -> Value {
        if b == 0 { return caml_raise_zero_divide() }
        if b == -1 { return box(0) }
        return box(a % b)
    }
}

@c(caml_int32_neg) public func caml_int32_neg(_ a: Value) -> Value { boxInt32(0 &- int32Val(a)) }
@c(caml_int32_add) public func caml_int32_add(_ a: Value, _ b: Value) -> Value { boxInt32(int32Val(a) &+ int32Val(b)) }
@c(caml_int32_sub) public func caml_int32_sub(_ a: Value, _ b: Value) -> Value { boxInt32(int32Val(a) &- int32Val(b)) }
@c(caml_int32_mul) public func caml_int32_mul(_ a: Value, _ b: Value) -> Value { boxInt32(int32Val(a) &* int32Val(b)) }
@c(caml_int32_div) public func caml_int32_div(_ a: Value, _ b: Value) -> Value { Word32.div(int32Val(a), int32Val(b), boxInt32) }
@c(caml_int32_mod) public func caml_int32_mod(_ a: Value, _ b: Value) -> Value { Word32.mod(int32Val(a), int32Val(b), boxInt32) }
@c(caml_int32_and) public func caml_int32_and(_ a: Value, _ b: Value) -> Value { boxInt32(int32Val(a) & int32Val(b)) }
@c(caml_int32_or) public func caml_int32_or(_ a: Value, _ b: Value) -> Value { boxInt32(int32Val(a) | int32Val(b)) }
@c(caml_int32_xor) public func caml_int32_xor(_ a: Value, _ b: Value) -> Value { boxInt32(int32Val(a) ^ int32Val(b)) }
@c(caml_int32_shift_left) public func caml_int32_shift_left(_ a: Value, _ b: Value) -> Value { boxInt32(int32Val(a) &<< intVal(b)) }
@c(caml_int32_shift_right) public func caml_int32_shift_right(_ a: Value, _ b: Value) -> Value { boxInt32(int32Val(a) &>> intVal(b)) }
@c(caml_int32_shift_right_unsigned) public func caml_int32_shift_right_unsigned(_ a: Value, _ b: Value) -> Value {
    boxInt32(Int32(bitPattern: UInt32(bitPattern: int32Val(a)) &>> UInt32(bitPattern: intVal(b))))
}
@c(caml_int32_of_int) public func caml_int32_of_int(_ a: Value) -> Value { boxInt32(intVal(a)) }
@c(caml_int32_to_int) public func caml_int32_to_int(_ a: Value) -> Value { valInt(int32Val(a)) }
@c(caml_int32_of_float) public func caml_int32_of_float(_ a: Value) -> Value { boxInt32(truncateToInt32(doubleVal(a))) }
@c(caml_int32_to_float) public func caml_int32_to_float(_ a: Value) -> Value { boxDouble(Double(int32Val(a))) }
@c(caml_int32_compare) public func caml_int32_compare(_ a: Value, _ b: Value) -> Value { valInt(order(int32Val(a), int32Val(b))) }
@c(caml_int32_bits_of_float) public func caml_int32_bits_of_float(_ a: Value) -> Value {
    boxInt32(Int32(bitPattern: Float(doubleVal(a)).bitPattern))
}
@c(caml_int32_float_of_bits) public func caml_int32_float_of_bits(_ a: Value) -> Value {
    boxDouble(Double(Float(bitPattern: UInt32(bitPattern: int32Val(a)))))
}
@c(caml_int32_bswap) public func caml_int32_bswap(_ a: Value) -> Value { boxInt32(int32Val(a).byteSwapped) }

@c(caml_nativeint_neg) public func caml_nativeint_neg(_ a: Value) -> Value { boxNativeint(0 &- nativeintVal(a)) }
@c(caml_nativeint_add) public func caml_nativeint_add(_ a: Value, _ b: Value) -> Value { boxNativeint(nativeintVal(a) &+ nativeintVal(b)) }
@c(caml_nativeint_sub) public func caml_nativeint_sub(_ a: Value, _ b: Value) -> Value { boxNativeint(nativeintVal(a) &- nativeintVal(b)) }
@c(caml_nativeint_mul) public func caml_nativeint_mul(_ a: Value, _ b: Value) -> Value { boxNativeint(nativeintVal(a) &* nativeintVal(b)) }
@c(caml_nativeint_div) public func caml_nativeint_div(_ a: Value, _ b: Value) -> Value { Word32.div(nativeintVal(a), nativeintVal(b), boxNativeint) }
@c(caml_nativeint_mod) public func caml_nativeint_mod(_ a: Value, _ b: Value) -> Value { Word32.mod(nativeintVal(a), nativeintVal(b), boxNativeint) }
@c(caml_nativeint_and) public func caml_nativeint_and(_ a: Value, _ b: Value) -> Value { boxNativeint(nativeintVal(a) & nativeintVal(b)) }
@c(caml_nativeint_or) public func caml_nativeint_or(_ a: Value, _ b: Value) -> Value { boxNativeint(nativeintVal(a) | nativeintVal(b)) }
@c(caml_nativeint_xor) public func caml_nativeint_xor(_ a: Value, _ b: Value) -> Value { boxNativeint(nativeintVal(a) ^ nativeintVal(b)) }
@c(caml_nativeint_shift_left) public func caml_nativeint_shift_left(_ a: Value, _ b: Value) -> Value { boxNativeint(nativeintVal(a) &<< intVal(b)) }
@c(caml_nativeint_shift_right) public func caml_nativeint_shift_right(_ a: Value, _ b: Value) -> Value { boxNativeint(nativeintVal(a) &>> intVal(b)) }
@c(caml_nativeint_shift_right_unsigned) public func caml_nativeint_shift_right_unsigned(_ a: Value, _ b: Value) -> Value {
    boxNativeint(Int32(bitPattern: UInt32(bitPattern: nativeintVal(a)) &>> UInt32(bitPattern: intVal(b))))
}
@c(caml_nativeint_of_int) public func caml_nativeint_of_int(_ a: Value) -> Value { boxNativeint(intVal(a)) }
@c(caml_nativeint_to_int) public func caml_nativeint_to_int(_ a: Value) -> Value { valInt(nativeintVal(a)) }
@c(caml_nativeint_of_float) public func caml_nativeint_of_float(_ a: Value) -> Value { boxNativeint(truncateToInt32(doubleVal(a))) }
@c(caml_nativeint_to_float) public func caml_nativeint_to_float(_ a: Value) -> Value { boxDouble(Double(nativeintVal(a))) }
@c(caml_nativeint_of_int32) public func caml_nativeint_of_int32(_ a: Value) -> Value { boxNativeint(int32Val(a)) }
@c(caml_nativeint_to_int32) public func caml_nativeint_to_int32(_ a: Value) -> Value { boxInt32(nativeintVal(a)) }
@c(caml_nativeint_compare) public func caml_nativeint_compare(_ a: Value, _ b: Value) -> Value { valInt(order(nativeintVal(a), nativeintVal(b))) }
@c(caml_nativeint_bswap) public func caml_nativeint_bswap(_ a: Value) -> Value { boxNativeint(nativeintVal(a).byteSwapped) }

// MARK: - Int64

@c(caml_int64_neg) public func caml_int64_neg(_ a: Value) -> Value { boxInt64(0 &- int64Val(a)) }
@c(caml_int64_add) public func caml_int64_add(_ a: Value, _ b: Value) -> Value { boxInt64(int64Val(a) &+ int64Val(b)) }
@c(caml_int64_sub) public func caml_int64_sub(_ a: Value, _ b: Value) -> Value { boxInt64(int64Val(a) &- int64Val(b)) }
@c(caml_int64_mul) public func caml_int64_mul(_ a: Value, _ b: Value) -> Value { boxInt64(int64Val(a) &* int64Val(b)) }
@c(caml_int64_div) public func caml_int64_div(_ a: Value, _ b: Value) -> Value {
    let x = int64Val(a), y = int64Val(b)
    if y == 0 { return caml_raise_zero_divide() }
    return boxInt64(y == -1 ? 0 &- x : x / y)
}
@c(caml_int64_mod) public func caml_int64_mod(_ a: Value, _ b: Value) -> Value {
    let x = int64Val(a), y = int64Val(b)
    if y == 0 { return caml_raise_zero_divide() }
    return boxInt64(y == -1 ? 0 : x % y)
}
@c(caml_int64_and) public func caml_int64_and(_ a: Value, _ b: Value) -> Value { boxInt64(int64Val(a) & int64Val(b)) }
@c(caml_int64_or) public func caml_int64_or(_ a: Value, _ b: Value) -> Value { boxInt64(int64Val(a) | int64Val(b)) }
@c(caml_int64_xor) public func caml_int64_xor(_ a: Value, _ b: Value) -> Value { boxInt64(int64Val(a) ^ int64Val(b)) }
@c(caml_int64_shift_left) public func caml_int64_shift_left(_ a: Value, _ b: Value) -> Value { boxInt64(int64Val(a) &<< Int64(intVal(b))) }
@c(caml_int64_shift_right) public func caml_int64_shift_right(_ a: Value, _ b: Value) -> Value { boxInt64(int64Val(a) &>> Int64(intVal(b))) }
@c(caml_int64_shift_right_unsigned) public func caml_int64_shift_right_unsigned(_ a: Value, _ b: Value) -> Value {
    boxInt64(Int64(bitPattern: UInt64(bitPattern: int64Val(a)) &>> UInt64(intVal(b) & 63)))
}
@c(caml_int64_of_int) public func caml_int64_of_int(_ a: Value) -> Value { boxInt64(Int64(intVal(a))) }
@c(caml_int64_to_int) public func caml_int64_to_int(_ a: Value) -> Value { valInt(Int32(truncatingIfNeeded: int64Val(a))) }
@c(caml_int64_of_int32) public func caml_int64_of_int32(_ a: Value) -> Value { boxInt64(Int64(int32Val(a))) }
@c(caml_int64_to_int32) public func caml_int64_to_int32(_ a: Value) -> Value { boxInt32(Int32(truncatingIfNeeded: int64Val(a))) }
@c(caml_int64_of_nativeint) public func caml_int64_of_nativeint(_ a: Value) -> Value { boxInt64(Int64(nativeintVal(a))) }
@c(caml_int64_to_nativeint) public func caml_int64_to_nativeint(_ a: Value) -> Value { boxNativeint(Int32(truncatingIfNeeded: int64Val(a))) }
@c(caml_int64_of_float) public func caml_int64_of_float(_ a: Value) -> Value { boxInt64(truncateToInt64(doubleVal(a))) }
@c(caml_int64_to_float) public func caml_int64_to_float(_ a: Value) -> Value { boxDouble(Double(int64Val(a))) }
@c(caml_int64_compare) public func caml_int64_compare(_ a: Value, _ b: Value) -> Value { valInt(order(int64Val(a), int64Val(b))) }
@c(caml_int64_bits_of_float) public func caml_int64_bits_of_float(_ a: Value) -> Value {
    boxInt64(Int64(bitPattern: doubleVal(a).bitPattern))
}
@c(caml_int64_float_of_bits) public func caml_int64_float_of_bits(_ a: Value) -> Value {
    boxDouble(Double(bitPattern: UInt64(bitPattern: int64Val(a))))
}
@c(caml_int64_bswap) public func caml_int64_bswap(_ a: Value) -> Value { boxInt64(int64Val(a).byteSwapped) }

// MARK: - Helpers

@inline(__always) func order<T: Comparable>(_ a: T, _ b: T) -> Int32 { a < b ? -1 : (a > b ? 1 : 0) }

/// C's (int32_t) cast of a double, made total: truncation in range, the soft-float
/// convention's saturation outside (NaN → 0 as well, which x86 does not do).
func truncateToInt32(_ d: Double) -> Int32 {
    if d.isNaN { return 0 }
    if d >= 2147483648.0 { return Int32.max }
    if d <= -2147483649.0 { return Int32.min }
    return Int32(d)
}

func truncateToInt64(_ d: Double) -> Int64 {
    if d.isNaN { return 0 }
    if d >= 9223372036854775808.0 { return Int64.max }
    if d < -9223372036854775808.0 { return Int64.min }
    return Int64(d)
}
