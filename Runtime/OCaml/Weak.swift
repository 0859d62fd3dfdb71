import KilnOCaml

// Weak arrays and ephemerons (4.13 builds Weak on ephemerons): a block
// [link, data, key 0, key 1, ...] as OCaml lays it out, but of tag 0 so that the
// collector scans it — Kiln's collector keeps keys and data alive (strong references):
// nothing is ever cleared, programs that rely on weak tables to free memory keep it.
// An empty slot holds the tag-251 atom, Kiln's caml_ephe_none.

let ephemeronFirstKey = 2

@inline(__always) var ephemeronNone: Value { OCamlHeap.atom(OCamlTag.abstract) }

@c(caml_ephe_create)
public func caml_ephe_create(_ len: Value) -> Value {
    let n = longVal(len)
    if n < 0 || n + ephemeronFirstKey > OCamlHeap.maxWosize { return raiseInvalidArgument("Weak.create") }
    guard let e = OCamlHeap.allocate(n + ephemeronFirstKey, 0) else { return raiseOutOfMemory() }
    for i in 0..<n + ephemeronFirstKey { setField(e, i, ephemeronNone) }
    return e
}
@c(caml_weak_create)
public func caml_weak_create(_ len: Value) -> Value { caml_ephe_create(len) }

/// `Some v` or `None` for a slot.
func optionOfSlot(_ v: Value) -> Value {
    if v == ephemeronNone { return valInt(0) }
    return Roots.keeping(v) {
        guard let some = OCamlHeap.allocate(1, 0) else { return raiseOutOfMemory() }
        setField(some, 0, v)
        return some
    }
}

func keyIndex(_ e: Value, _ i: Value, _ what: StaticString) -> Int? {
    let k = longVal(i)
    return k < 0 || k + ephemeronFirstKey >= wosize(e) ? nil : k + ephemeronFirstKey
}

@c(caml_ephe_set_key)
public func caml_ephe_set_key(_ e: Value, _ i: Value, _ v: Value) -> Value {
    guard let k = keyIndex(e, i, "Weak.set") else { return raiseInvalidArgument("Weak.set") }
    setField(e, k, v)
    return unit
}
@c(caml_weak_set)
public func caml_weak_set(_ e: Value, _ i: Value, _ option: Value) -> Value {
    guard let k = keyIndex(e, i, "Weak.set") else { return raiseInvalidArgument("Weak.set") }
    setField(e, k, isBlock(option) ? field(option, 0) : ephemeronNone)
    return unit
}
@c(caml_ephe_unset_key)
public func caml_ephe_unset_key(_ e: Value, _ i: Value) -> Value {
    guard let k = keyIndex(e, i, "Weak.set") else { return raiseInvalidArgument("Weak.set") }
    setField(e, k, ephemeronNone)
    return unit
}
@c(caml_ephe_get_key)
public func caml_ephe_get_key(_ e: Value, _ i: Value) -> Value {
    guard let k = keyIndex(e, i, "Weak.get") else { return raiseInvalidArgument("Weak.get") }
    return optionOfSlot(field(e, k))
}
@c(caml_weak_get)
public func caml_weak_get(_ e: Value, _ i: Value) -> Value { caml_ephe_get_key(e, i) }

/// The copy variants return the value itself: nothing can disappear, so sharing is safe
/// for the immutable data weak tables hold.
@c(caml_ephe_get_key_copy)
public func caml_ephe_get_key_copy(_ e: Value, _ i: Value) -> Value { caml_ephe_get_key(e, i) }
@c(caml_weak_get_copy)
public func caml_weak_get_copy(_ e: Value, _ i: Value) -> Value { caml_ephe_get_key(e, i) }

@c(caml_ephe_check_key)
public func caml_ephe_check_key(_ e: Value, _ i: Value) -> Value {
    guard let k = keyIndex(e, i, "Weak.check") else { return raiseInvalidArgument("Weak.check") }
    return valBool(field(e, k) != ephemeronNone)
}
@c(caml_weak_check)
public func caml_weak_check(_ e: Value, _ i: Value) -> Value { caml_ephe_check_key(e, i) }

@c(caml_ephe_blit_key)
public func caml_ephe_blit_key(_ src: Value, _ srcOffset: Value, _ dst: Value, _ dstOffset: Value, _ len: Value) -> Value {
    let n = longVal(len), s = longVal(srcOffset) + ephemeronFirstKey, d = longVal(dstOffset) + ephemeronFirstKey
    if n <= 0 { return unit }
    if src == dst && s < d {
        var i = n - 1
        while i >= 0 { setField(dst, d + i, field(src, s + i)); i -= 1 }
    } else {
        for i in 0..<n { setField(dst, d + i, field(src, s + i)) }
    }
    return unit
}
@c(caml_weak_blit)
public func caml_weak_blit(_ src: Value, _ srcOffset: Value, _ dst: Value, _ dstOffset: Value, _ len: Value) -> Value {
    caml_ephe_blit_key(src, srcOffset, dst, dstOffset, len)
}

@c(caml_ephe_set_data)
public func caml_ephe_set_data(_ e: Value, _ v: Value) -> Value { setField(e, 1, v); return unit }
@c(caml_ephe_unset_data)
public func caml_ephe_unset_data(_ e: Value) -> Value { setField(e, 1, ephemeronNone); return unit }
@c(caml_ephe_get_data)
public func caml_ephe_get_data(_ e: Value) -> Value { optionOfSlot(field(e, 1)) }
@c(caml_ephe_get_data_copy)
public func caml_ephe_get_data_copy(_ e: Value) -> Value { optionOfSlot(field(e, 1)) }
@c(caml_ephe_check_data)
public func caml_ephe_check_data(_ e: Value) -> Value { valBool(field(e, 1) != ephemeronNone) }
@c(caml_ephe_blit_data)
public func caml_ephe_blit_data(_ src: Value, _ dst: Value) -> Value { setField(dst, 1, field(src, 1)); return unit }
