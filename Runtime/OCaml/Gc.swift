import KilnOCaml

// The Gc module over Kiln's single collector: every kind of collection is a full one
// (there is no minor heap), statistics report the heap and the last collection.

@c(caml_gc_minor)
public func caml_gc_minor(_ u: Value) -> Value { unit }

@c(caml_gc_major)
public func caml_gc_major(_ u: Value) -> Value { Collector.collect(); return unit }

@c(caml_gc_full_major)
public func caml_gc_full_major(_ u: Value) -> Value { Collector.collect(); return unit }

@c(caml_gc_compaction)
public func caml_gc_compaction(_ u: Value) -> Value { Collector.collect(); return unit }

@c(caml_gc_major_slice)
public func caml_gc_major_slice(_ n: Value) -> Value { valInt(0) }

/// Gc.stat/quick_stat: 17 fields; the three word counters are floats (left 0), then
/// minor and major collections, heap words, chunks, live words, ..., as OCaml 4.13 orders them.
@c(caml_gc_stat)
public func caml_gc_stat(_ u: Value) -> Value {
    let zero = boxDouble(0)
    if zero == exceptionSentinel { return zero }
    return Roots.keeping(zero) {
        guard let r = OCamlHeap.allocate(17, 0) else { return raiseOutOfMemory() }
        for i in 0..<3 { setField(r, i, zero) }
        let heapWords = Int((OCamlHeap.end - OCamlHeap.start) / 4)
        setField(r, 3, valInt(0))
        setField(r, 4, valInt(Collector.collections))
        setField(r, 5, valInt(heapWords))
        setField(r, 6, valInt(1))
        setField(r, 7, valInt(Collector.liveWords))
        setField(r, 9, valInt(Collector.freeWords))
        setField(r, 14, valInt(heapWords))
        return r
    }
}

@c(caml_gc_quick_stat)
public func caml_gc_quick_stat(_ u: Value) -> Value { caml_gc_stat(u) }

@c(caml_gc_counters)
public func caml_gc_counters(_ u: Value) -> Value {
    let zero = boxDouble(0)
    if zero == exceptionSentinel { return zero }
    return Roots.keeping(zero) {
        guard let r = OCamlHeap.allocate(3, 0) else { return raiseOutOfMemory() }
        for i in 0..<3 { setField(r, i, zero) }
        return r
    }
}

@c(caml_gc_minor_words)
public func caml_gc_minor_words(_ u: Value) -> Value { boxDouble(0) }

@c(caml_gc_huge_fallback_count)
public func caml_gc_huge_fallback_count(_ u: Value) -> Value { valInt(0) }

/// Gc.get: the 11 control fields of 4.13, with OCaml's defaults; Gc.set is ignored.
@c(caml_gc_get)
public func caml_gc_get(_ u: Value) -> Value {
    guard let r = OCamlHeap.allocate(11, 0) else { return raiseOutOfMemory() }
    let defaults: [Int32] = [262_144, 15, 120, 0, 500, 1_048_576, 2, 1, 44, 100, 8192]
    for i in 0..<11 { setField(r, i, valInt(defaults[i])) }
    return r
}

@c(caml_gc_set)
public func caml_gc_set(_ control: Value) -> Value { unit }

// Finalisers never run (the device program ends without a final collection).
@c(caml_final_register)
public func caml_final_register(_ f: Value, _ v: Value) -> Value { unit }
@c(caml_final_register_called_without_value)
public func caml_final_register_called_without_value(_ f: Value, _ v: Value) -> Value { unit }
@c(caml_final_release)
public func caml_final_release(_ u: Value) -> Value { unit }
