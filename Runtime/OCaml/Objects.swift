import KilnOCaml

/// Object ids (tag-248 blocks: exceptions and objects carry one in field 1).
enum Objects {
    nonisolated(unsafe) static var lastId: Value = 1
}

@c(caml_set_oo_id)
public func caml_set_oo_id(_ obj: Value) -> Value {
    setField(obj, 1, Objects.lastId)
    Objects.lastId &+= 2
    return obj
}

@c(caml_fresh_oo_id)
public func caml_fresh_oo_id(_ unitValue: Value) -> Value {
    let id = Objects.lastId
    Objects.lastId &+= 2
    return id
}

/// Obj.tag: 1000 for integers, the tag otherwise (1002 for an unaligned word).
@c(caml_obj_tag)
public func caml_obj_tag(_ v: Value) -> Value {
    if isInt(v) { return valInt(1000) }
    if v & 3 != 0 { return valInt(1002) }
    return valInt(Int32(tagOf(v)))
}

@c(caml_obj_set_tag)
public func caml_obj_set_tag(_ v: Value, _ tag: Value) -> Value {
    setHeader(v, (header(v) & ~0xFF) | (UInt32(bitPattern: intVal(tag)) & 0xFF))
    return unit
}

@c(caml_obj_block)
public func caml_obj_block(_ tag: Value, _ size: Value) -> Value {
    OCamlHeap.allocate(longVal(size), UInt32(bitPattern: intVal(tag)) & 0xFF) ?? raiseOutOfMemory()
}

/// A copy of a block (its fields, or its bytes for tags ≥ 251), with the same tag.
func duplicate(_ v: Value, tag: UInt32) -> Value {
    let n = wosize(v)
    if n == 0 { return v }
    let source = v
    return Roots.keeping(source) {
        guard let b = OCamlHeap.allocate(n, tag) else { return raiseOutOfMemory() }
        for i in 0..<n { setField(b, i, field(source, i)) }
        return b
    }
}

@c(caml_obj_dup)
public func caml_obj_dup(_ v: Value) -> Value { duplicate(v, tag: tagOf(v)) }

@c(caml_obj_with_tag)
public func caml_obj_with_tag(_ tag: Value, _ v: Value) -> Value { duplicate(v, tag: UInt32(bitPattern: intVal(tag)) & 0xFF) }

@c(caml_obj_make_forward)
public func caml_obj_make_forward(_ blk: Value, _ fwd: Value) -> Value {
    setField(blk, 0, fwd)
    setHeader(blk, (header(blk) & ~0xFF) | OCamlTag.forward)
    return unit
}

@c(caml_obj_raw_field)
public func caml_obj_raw_field(_ v: Value, _ index: Value) -> Value { boxNativeint(Int32(bitPattern: field(v, longVal(index)))) }

@c(caml_obj_set_raw_field)
public func caml_obj_set_raw_field(_ v: Value, _ index: Value, _ raw: Value) -> Value {
    setField(v, longVal(index), UInt32(bitPattern: nativeintVal(raw)))
    return unit
}

@c(caml_obj_reachable_words)
public func caml_obj_reachable_words(_ v: Value) -> Value { valInt(0) }

/// Lazy (4.13's CamlinternalLazy): a forced value replaces its lazy block by a Forward.
@c(caml_lazy_make_forward)
public func caml_lazy_make_forward(_ v: Value) -> Value {
    let x = v
    return Roots.keeping(x) {
        guard let b = OCamlHeap.allocate(1, OCamlTag.forward) else { return raiseOutOfMemory() }
        setField(b, 0, x)
        return b
    }
}

@c(caml_lazy_follow_forward)
public func caml_lazy_follow_forward(_ v: Value) -> Value {
    if isBlock(v), tagOf(v) == OCamlTag.forward { return field(v, 0) }
    return v
}

// Recursive definitions of non-function values (let rec x = ... with a dummy first).

@c(caml_alloc_dummy)
public func caml_alloc_dummy(_ size: Value) -> Value { OCamlHeap.allocate(longVal(size), 0) ?? raiseOutOfMemory() }

/// A dummy for a recursively defined closure that is not a syntactic function (`let rec f =
/// let ... in fun ...`): a plain dummy block, as OCaml's runtime makes it (the arity is for
/// js_of_ocaml); `caml_update_dummy` gives it the closure tag and fields.
@c(caml_alloc_dummy_function)
public func caml_alloc_dummy_function(_ size: Value, _ arity: Value) -> Value { caml_alloc_dummy(size) }

/// A dummy closure with an infix pointer at `offset` (let rec of mutually recursive functions).
@c(caml_alloc_dummy_infix)
public func caml_alloc_dummy_infix(_ size: Value, _ offset: Value) -> Value {
    let n = longVal(size)
    guard let b = OCamlHeap.allocate(n, OCamlTag.closure) else { return raiseOutOfMemory() }
    // startenv = size: the collector skips the contents, which hold no heap pointers yet.
    if n >= 2 { setField(b, 1, UInt32(n) << 1 | 1) }
    let o = longVal(offset)
    if o == 0 { return b }
    setField(b, o - 1, makeHeader(o, OCamlTag.infix))
    return b + UInt32(o * 4)
}

@c(caml_alloc_dummy_float)
public func caml_alloc_dummy_float(_ size: Value) -> Value {
    OCamlHeap.allocate(longVal(size) * 2, 0) ?? raiseOutOfMemory()
}

@c(caml_update_dummy)
public func caml_update_dummy(_ dummy: Value, _ newval: Value) -> Value {
    let tag = tagOf(newval)
    if tag == OCamlTag.doubleArray {
        setHeader(dummy, makeHeader(wosize(dummy), OCamlTag.doubleArray))
        for i in 0..<wosize(newval) { setField(dummy, i, field(newval, i)) }
    } else if tag == OCamlTag.infix {
        // Both are infix pointers at the same offset: copy the whole enclosing closure.
        let clos = newval &- (header(newval) >> 10) * 4
        let block = dummy &- (header(dummy) >> 10) * 4
        for i in 0..<wosize(clos) { setField(block, i, field(clos, i)) }
    } else {
        setHeader(dummy, (header(dummy) & ~0xFF) | tag)
        for i in 0..<wosize(newval) { setField(dummy, i, field(newval, i)) }
    }
    return unit
}

/// An object's method for a public method label (GETPUBMET, obj.c's binary search over the
/// class's method table [n; size; method, label; ...], labels sorted): the method, or the
/// word 0 when the label is absent, as OCaml returns it.
@c(caml_get_public_method)
public func caml_get_public_method(_ obj: Value, _ tag: Value) -> Value {
    let methods = field(obj, 0)
    let label = Int32(bitPattern: tag)
    var low = 3, high = Int(Int32(bitPattern: field(methods, 0)))
    while low < high {
        let middle = ((low + high) >> 1) | 1
        if label < Int32(bitPattern: field(methods, middle)) { high = middle - 2 } else { low = middle }
    }
    return label == Int32(bitPattern: field(methods, low)) ? field(methods, low - 1) : 0
}
