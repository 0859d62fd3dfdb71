import KilnOCaml

// MARK: - Helpers

/// A fresh string/bytes block of `length` bytes (contents unset, padding written), or nil.
/// Cut from the allocation chunk inline when it has room (`OCamlHeap.allocate`'s fast
/// path), as compiled code's inline Bytes.create does: a string's words need no fill, only
/// its last one (zeros, then the padding count). string_of_int and every runtime-made
/// string come through here. `length` is at most `OCamlHeap.maxWosize * 4 - 1` (callers
/// check), so the arithmetic wraps unchecked: Swift's overflow traps and signed division
/// were a third of its cost.
@inline(__always) func allocateBytes(_ length: Int) -> Value? {
    let wosize = (length &+ 4) >> 2
    guard let b = OCamlHeap.allocate(wosize, OCamlTag.string) else { return nil }
    let last = wosize &* 4 &- 1
    wordPointer(b)[wosize &- 1] = 0
    bytePointer(b)[last] = UInt8(truncatingIfNeeded: last &- length)
    return b
}

/// An OCaml string holding `count` bytes copied from `bytes`.
func allocateString(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Value? {
    guard let b = allocateBytes(count) else { return nil }
    if count > 0 { UnsafeMutableRawPointer(bytePointer(b)).copyMemory(from: bytes, byteCount: count) }
    return b
}

func allocateString(_ text: StaticString) -> Value? {
    allocateString(text.utf8Start, text.utf8CodeUnitCount)
}

func allocateString(_ bytes: [UInt8]) -> Value? {
    bytes.withUnsafeBufferPointer { allocateString($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
}

/// True when the OCaml string `s` holds exactly `text`.
func stringEquals(_ s: Value, _ text: StaticString) -> Bool {
    let n = text.utf8CodeUnitCount
    guard stringLength(s) == n else { return false }
    let p = bytePointer(s), q = text.utf8Start
    for i in 0..<n where p[i] != q[i] { return false }
    return true
}

/// −1, 0 or 1 as OCaml's caml_string_compare: bytes unsigned, then lengths.
func compareStrings(_ a: Value, _ b: Value) -> Int {
    if a == b { return 0 }
    let la = stringLength(a), lb = stringLength(b)
    let n = min(la, lb)
    let i = firstDifference(a, b, n)
    if i < n { return bytePointer(a)[i] < bytePointer(b)[i] ? -1 : 1 }
    return la < lb ? -1 : (la > lb ? 1 : 0)
}

/// True when the strings `a` and `b` hold the same bytes (lengths first: most unequal
/// keys of a hash table bucket differ there).
func stringsEqual(_ a: Value, _ b: Value) -> Bool {
    if a == b { return true }
    let n = stringLength(a)
    return n == stringLength(b) && firstDifference(a, b, n) == n
}

/// The first of the `count` leading bytes where the strings `a` and `b` differ, or `count`.
/// Word by word while whole words remain: string blocks are word-aligned, and the padding
/// need not be compared (only the bytes up to `count` are).
@inline(__always) func firstDifference(_ a: Value, _ b: Value, _ count: Int) -> Int {
    let wa = wordPointer(a), wb = wordPointer(b)
    var w = 0
    while w &+ 4 <= count && wa[w >> 2] == wb[w >> 2] { w &+= 4 }
    let p = bytePointer(a), q = bytePointer(b)
    while w < count && p[w] == q[w] { w &+= 1 }
    return w
}

/// The bytes of an OCaml string, for the formatting code.
func stringBytes(_ s: Value) -> [UInt8] {
    let n = stringLength(s), p = bytePointer(s)
    var out: [UInt8] = []
    out.reserveCapacity(n)
    for i in 0..<n { out.append(p[i]) }
    return out
}

// MARK: - Primitives

@c(caml_create_bytes)
public func caml_create_bytes(_ len: Value) -> Value {
    let n = longVal(len)
    if n < 0 || n > OCamlHeap.maxWosize * 4 - 1 { return raiseInvalidArgument("Bytes.create") }
    return allocateBytes(n) ?? raiseOutOfMemory()
}

@c(caml_ml_string_length)
public func caml_ml_string_length(_ s: Value) -> Value { valInt(stringLength(s)) }

@c(caml_ml_bytes_length)
public func caml_ml_bytes_length(_ s: Value) -> Value { valInt(stringLength(s)) }

@c(caml_blit_bytes)
public func caml_blit_bytes(_ src: Value, _ srcOffset: Value, _ dst: Value, _ dstOffset: Value, _ len: Value) -> Value {
    let n = longVal(len)
    if n <= 0 { return unit }
    // memmove (CLib's memory.c): overlap-safe, by words where the two offsets allow.
    UnsafeMutableRawPointer(bytePointer(dst) + longVal(dstOffset))
        .copyMemory(from: UnsafeRawPointer(bytePointer(src) + longVal(srcOffset)), byteCount: n)
    return unit
}

@c(caml_blit_string)
public func caml_blit_string(_ src: Value, _ srcOffset: Value, _ dst: Value, _ dstOffset: Value, _ len: Value) -> Value {
    caml_blit_bytes(src, srcOffset, dst, dstOffset, len)
}

@c(caml_fill_bytes)
public func caml_fill_bytes(_ s: Value, _ offset: Value, _ len: Value, _ c: Value) -> Value {
    let p = bytePointer(s) + longVal(offset)
    let n = longVal(len)
    if n > 0 { UnsafeMutableRawPointer(p).initializeMemory(as: UInt8.self, repeating: UInt8(truncatingIfNeeded: intVal(c)), count: n) }
    return unit
}

@c(caml_string_get)
public func caml_string_get(_ s: Value, _ index: Value) -> Value {
    let i = longVal(index)
    if i < 0 || i >= stringLength(s) { return caml_raise_index_out_of_bounds() }
    return valInt(Int32(bytePointer(s)[i]))
}

@c(caml_bytes_get)
public func caml_bytes_get(_ s: Value, _ index: Value) -> Value { caml_string_get(s, index) }

@c(caml_bytes_set)
public func caml_bytes_set(_ s: Value, _ index: Value, _ c: Value) -> Value {
    let i = longVal(index)
    if i < 0 || i >= stringLength(s) { return caml_raise_index_out_of_bounds() }
    bytePointer(s)[i] = UInt8(truncatingIfNeeded: intVal(c))
    return unit
}

@c(caml_string_equal)
public func caml_string_equal(_ a: Value, _ b: Value) -> Value { valBool(stringsEqual(a, b)) }
@c(caml_string_notequal)
public func caml_string_notequal(_ a: Value, _ b: Value) -> Value { valBool(!stringsEqual(a, b)) }
@c(caml_string_compare)
public func caml_string_compare(_ a: Value, _ b: Value) -> Value { valInt(compareStrings(a, b)) }
@c(caml_string_lessthan)
public func caml_string_lessthan(_ a: Value, _ b: Value) -> Value { valBool(compareStrings(a, b) < 0) }
@c(caml_string_lessequal)
public func caml_string_lessequal(_ a: Value, _ b: Value) -> Value { valBool(compareStrings(a, b) <= 0) }
@c(caml_string_greaterthan)
public func caml_string_greaterthan(_ a: Value, _ b: Value) -> Value { valBool(compareStrings(a, b) > 0) }
@c(caml_string_greaterequal)
public func caml_string_greaterequal(_ a: Value, _ b: Value) -> Value { valBool(compareStrings(a, b) >= 0) }
@c(caml_bytes_equal)
public func caml_bytes_equal(_ a: Value, _ b: Value) -> Value { caml_string_equal(a, b) }
@c(caml_bytes_notequal)
public func caml_bytes_notequal(_ a: Value, _ b: Value) -> Value { caml_string_notequal(a, b) }
@c(caml_bytes_compare)
public func caml_bytes_compare(_ a: Value, _ b: Value) -> Value { caml_string_compare(a, b) }
@c(caml_bytes_lessthan)
public func caml_bytes_lessthan(_ a: Value, _ b: Value) -> Value { caml_string_lessthan(a, b) }
@c(caml_bytes_lessequal)
public func caml_bytes_lessequal(_ a: Value, _ b: Value) -> Value { caml_string_lessequal(a, b) }
@c(caml_bytes_greaterthan)
public func caml_bytes_greaterthan(_ a: Value, _ b: Value) -> Value { caml_string_greaterthan(a, b) }
@c(caml_bytes_greaterequal)
public func caml_bytes_greaterequal(_ a: Value, _ b: Value) -> Value { caml_string_greaterequal(a, b) }

/// Strings and bytes share one representation (no -unsafe-string distinction at run time).
@c(caml_string_of_bytes)
public func caml_string_of_bytes(_ b: Value) -> Value { b }
@c(caml_bytes_of_string)
public func caml_bytes_of_string(_ s: Value) -> Value { s }

// MARK: Multi-byte access (little-endian, as on the target)

/// Reads `width` bytes at `index` as a little-endian integer, or nil when out of bounds.
func loadLittleEndian(_ s: Value, _ index: Value, _ width: Int) -> UInt64? {
    let i = longVal(index)
    if i < 0 || i + width > stringLength(s) { return nil }
    let p = bytePointer(s) + i
    var x: UInt64 = 0
    for k in 0..<width { x |= UInt64(p[k]) << UInt64(8 * k) }
    return x
}

func storeLittleEndian(_ s: Value, _ index: Value, _ width: Int, _ x: UInt64) -> Bool {
    let i = longVal(index)
    if i < 0 || i + width > stringLength(s) { return false }
    let p = bytePointer(s) + i
    for k in 0..<width { p[k] = UInt8(truncatingIfNeeded: x >> UInt64(8 * k)) }
    return true
}

@c(caml_string_get16)
public func caml_string_get16(_ s: Value, _ i: Value) -> Value {
    guard let x = loadLittleEndian(s, i, 2) else { return caml_raise_index_out_of_bounds() }
    return valInt(Int32(x))
}
@c(caml_bytes_get16)
public func caml_bytes_get16(_ s: Value, _ i: Value) -> Value { caml_string_get16(s, i) }

@c(caml_string_get32)
public func caml_string_get32(_ s: Value, _ i: Value) -> Value {
    guard let x = loadLittleEndian(s, i, 4) else { return caml_raise_index_out_of_bounds() }
    return boxInt32(Int32(truncatingIfNeeded: x))
}
@c(caml_bytes_get32)
public func caml_bytes_get32(_ s: Value, _ i: Value) -> Value { caml_string_get32(s, i) }

@c(caml_string_get64)
public func caml_string_get64(_ s: Value, _ i: Value) -> Value {
    guard let x = loadLittleEndian(s, i, 8) else { return caml_raise_index_out_of_bounds() }
    return boxInt64(Int64(bitPattern: x))
}
@c(caml_bytes_get64)
public func caml_bytes_get64(_ s: Value, _ i: Value) -> Value { caml_string_get64(s, i) }

@c(caml_bytes_set16)
public func caml_bytes_set16(_ s: Value, _ i: Value, _ v: Value) -> Value {
    storeLittleEndian(s, i, 2, UInt64(UInt32(bitPattern: intVal(v)))) ? unit : caml_raise_index_out_of_bounds()
}
@c(caml_bytes_set32)
public func caml_bytes_set32(_ s: Value, _ i: Value, _ v: Value) -> Value {
    storeLittleEndian(s, i, 4, UInt64(UInt32(bitPattern: int32Val(v)))) ? unit : caml_raise_index_out_of_bounds()
}
@c(caml_bytes_set64)
public func caml_bytes_set64(_ s: Value, _ i: Value, _ v: Value) -> Value {
    storeLittleEndian(s, i, 8, UInt64(bitPattern: int64Val(v))) ? unit : caml_raise_index_out_of_bounds()
}

@c(caml_bswap16)
public func caml_bswap16(_ v: Value) -> Value {
    let x = UInt32(bitPattern: intVal(v)) & 0xFFFF
    return valInt(Int32((x >> 8) | ((x & 0xFF) << 8)))
}
