import KilnOCaml

// Arrays: blocks of tag 0, or flat float arrays (tag 254, two words per element) when
// built from floats, as OCaml's bytecode runtime makes them (Config.flat_float_array).

@inline(__always) func isFloatArray(_ a: Value) -> Bool { tagOf(a) == OCamlTag.doubleArray }
@inline(__always) func arrayLength(_ a: Value) -> Int { isFloatArray(a) ? wosize(a) / 2 : wosize(a) }

@c(caml_make_vect)
public func caml_make_vect(_ len: Value, _ initial: Value) -> Value {
    let n = longVal(len)
    if n < 0 || n > OCamlHeap.maxWosize { return raiseInvalidArgument("Array.make") }
    if n == 0 { return OCamlHeap.atom(0) }
    if isBlock(initial) && tagOf(initial) == OCamlTag.double {
        if n > OCamlHeap.maxWosize / 2 { return raiseInvalidArgument("Array.make") }
        let d = doubleVal(initial)
        guard let a = OCamlHeap.allocate(2 * n, OCamlTag.doubleArray) else { return raiseOutOfMemory() }
        for i in 0..<n { setDoubleAt(a, i, d) }
        return a
    }
    return Roots.keeping(initial) {
        guard let a = OCamlHeap.allocate(n, 0) else { return raiseOutOfMemory() }
        for i in 0..<n { setField(a, i, initial) }
        return a
    }
}

@c(caml_make_float_vect)
public func caml_make_float_vect(_ len: Value) -> Value {
    let n = longVal(len)
    if n < 0 || n > OCamlHeap.maxWosize / 2 { return raiseInvalidArgument("Array.make_float") }
    if n == 0 { return OCamlHeap.atom(OCamlTag.doubleArray) }
    return OCamlHeap.allocate(2 * n, OCamlTag.doubleArray) ?? raiseOutOfMemory()
}

@c(caml_floatarray_create)
public func caml_floatarray_create(_ len: Value) -> Value { caml_make_float_vect(len) }

@c(caml_array_get_addr)
public func caml_array_get_addr(_ a: Value, _ index: Value) -> Value {
    let i = longVal(index)
    if i < 0 || i >= wosize(a) { return caml_raise_index_out_of_bounds() }
    return field(a, i)
}

@c(caml_array_get_float)
public func caml_array_get_float(_ a: Value, _ index: Value) -> Value {
    let i = longVal(index)
    if i < 0 || i >= wosize(a) / 2 { return caml_raise_index_out_of_bounds() }
    return boxDouble(doubleAt(a, i))
}

@c(caml_array_get)
public func caml_array_get(_ a: Value, _ index: Value) -> Value {
    isFloatArray(a) ? caml_array_get_float(a, index) : caml_array_get_addr(a, index)
}

@c(caml_array_set_addr)
public func caml_array_set_addr(_ a: Value, _ index: Value, _ v: Value) -> Value {
    let i = longVal(index)
    if i < 0 || i >= wosize(a) { return caml_raise_index_out_of_bounds() }
    setField(a, i, v)
    return unit
}

@c(caml_array_set_float)
public func caml_array_set_float(_ a: Value, _ index: Value, _ v: Value) -> Value {
    let i = longVal(index)
    if i < 0 || i >= wosize(a) / 2 { return caml_raise_index_out_of_bounds() }
    setDoubleAt(a, i, doubleVal(v))
    return unit
}

@c(caml_array_set)
public func caml_array_set(_ a: Value, _ index: Value, _ v: Value) -> Value {
    isFloatArray(a) ? caml_array_set_float(a, index, v) : caml_array_set_addr(a, index, v)
}

@c(caml_array_unsafe_get_float)
public func caml_array_unsafe_get_float(_ a: Value, _ index: Value) -> Value { boxDouble(doubleAt(a, longVal(index))) }

@c(caml_array_unsafe_get)
public func caml_array_unsafe_get(_ a: Value, _ index: Value) -> Value {
    isFloatArray(a) ? caml_array_unsafe_get_float(a, index) : field(a, longVal(index))
}

@c(caml_array_unsafe_set_float)
public func caml_array_unsafe_set_float(_ a: Value, _ index: Value, _ v: Value) -> Value {
    setDoubleAt(a, longVal(index), doubleVal(v))
    return unit
}

@c(caml_array_unsafe_set)
public func caml_array_unsafe_set(_ a: Value, _ index: Value, _ v: Value) -> Value {
    if isFloatArray(a) { return caml_array_unsafe_set_float(a, index, v) }
    setField(a, longVal(index), v)
    return unit
}

@c(caml_floatarray_get)
public func caml_floatarray_get(_ a: Value, _ index: Value) -> Value { caml_array_get_float(a, index) }
@c(caml_floatarray_set)
public func caml_floatarray_set(_ a: Value, _ index: Value, _ v: Value) -> Value { caml_array_set_float(a, index, v) }
@c(caml_floatarray_unsafe_get)
public func caml_floatarray_unsafe_get(_ a: Value, _ index: Value) -> Value { caml_array_unsafe_get_float(a, index) }
@c(caml_floatarray_unsafe_set)
public func caml_floatarray_unsafe_set(_ a: Value, _ index: Value, _ v: Value) -> Value { caml_array_unsafe_set_float(a, index, v) }

/// A fresh array holding the concatenation of `parts` (array, offset, length) triples, all
/// of one kind (flat float or not). The parts must be rooted by the caller.
func gatherArrays(_ parts: [(Value, Int, Int)]) -> Value {
    var total = 0
    var floats = false
    for (a, _, n) in parts where n > 0 {
        total += n
        floats = isFloatArray(a)
    }
    if total == 0 { return OCamlHeap.atom(0) }
    let words = floats ? 2 * total : total
    if words > OCamlHeap.maxWosize { return raiseInvalidArgument("Array.concat") }
    guard let result = OCamlHeap.allocate(words, floats ? OCamlTag.doubleArray : 0) else { return raiseOutOfMemory() }
    var k = 0
    let width = floats ? 2 : 1
    for (a, offset, n) in parts where n > 0 {
        for i in 0..<n * width { setField(result, k + i, field(a, offset * width + i)) }
        k += n * width
    }
    return result
}

@c(caml_array_sub)
public func caml_array_sub(_ a: Value, _ offset: Value, _ len: Value) -> Value {
    let o = longVal(offset), n = longVal(len)
    if o < 0 || n < 0 || o + n > arrayLength(a) { return raiseInvalidArgument("Array.sub") }
    if n == 0 { return OCamlHeap.atom(0) }
    return gatherArrays([(a, o, n)])
}

@c(caml_array_append)
public func caml_array_append(_ a: Value, _ b: Value) -> Value {
    gatherArrays([(a, 0, arrayLength(a)), (b, 0, arrayLength(b))])
}

/// Array.concat: the list's arrays are reachable from the list, which the caller roots.
@c(caml_array_concat)
public func caml_array_concat(_ list: Value) -> Value {
    var parts: [(Value, Int, Int)] = []
    var l = list
    while isBlock(l) {
        let a = field(l, 0)
        parts.append((a, 0, arrayLength(a)))
        l = field(l, 1)
    }
    return gatherArrays(parts)
}

@c(caml_array_blit)
public func caml_array_blit(_ src: Value, _ srcOffset: Value, _ dst: Value, _ dstOffset: Value, _ len: Value) -> Value {
    let width = isFloatArray(dst) ? 2 : 1
    let n = longVal(len) * width
    if n <= 0 { return unit }
    let s = longVal(srcOffset) * width, d = longVal(dstOffset) * width
    // Overlap-safe in either direction (the same array may be both).
    if src == dst && s < d {
        var i = n - 1
        while i >= 0 { setField(dst, d + i, field(src, s + i)); i -= 1 }
    } else {
        for i in 0..<n { setField(dst, d + i, field(src, s + i)) }
    }
    return unit
}

@c(caml_floatarray_blit)
public func caml_floatarray_blit(_ src: Value, _ srcOffset: Value, _ dst: Value, _ dstOffset: Value, _ len: Value) -> Value {
    caml_array_blit(src, srcOffset, dst, dstOffset, len)
}

@c(caml_array_fill)
public func caml_array_fill(_ a: Value, _ offset: Value, _ len: Value, _ v: Value) -> Value {
    let o = longVal(offset), n = longVal(len)
    if isFloatArray(a) {
        let d = doubleVal(v)
        for i in 0..<max(0, n) { setDoubleAt(a, o + i, d) }
    } else {
        for i in 0..<max(0, n) { setField(a, o + i, v) }
    }
    return unit
}

@c(caml_floatarray_fill)
public func caml_floatarray_fill(_ a: Value, _ offset: Value, _ len: Value, _ v: Value) -> Value {
    caml_array_fill(a, offset, len, v)
}

/// `[| ... |]` of statically unknown element type: an array whose first element is a
/// boxed float becomes a flat float array (ocamlrun's Config.flat_float_array).
@c(caml_make_array)
public func caml_make_array(_ items: Value) -> Value {
    let n = wosize(items)
    guard n > 0, tagOf(items) == 0, isBlock(field(items, 0)), tagOf(field(items, 0)) == OCamlTag.double else { return items }
    return Roots.keeping(items) {
        guard let a = OCamlHeap.allocate(2 * n, OCamlTag.doubleArray) else { return raiseOutOfMemory() }
        for i in 0..<n { setDoubleAt(a, i, doubleVal(field(items, i))) }
        return a
    }
}
