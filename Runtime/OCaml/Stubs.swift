import KilnOCaml

// Primitives whose subject does not exist on the device, answered the way ocamlrun answers
// when the feature is off: no backtraces (never recorded), no marshalling, no files or
// directories, no memory profiler, no event log.

@c(caml_record_backtrace)
public func caml_record_backtrace(_ flag: Value) -> Value { unit }
@c(caml_backtrace_status)
public func caml_backtrace_status(_ u: Value) -> Value { falseValue }
@c(caml_get_exception_raw_backtrace)
public func caml_get_exception_raw_backtrace(_ u: Value) -> Value { OCamlHeap.atom(0) }
@c(caml_get_current_callstack)
public func caml_get_current_callstack(_ depth: Value) -> Value { OCamlHeap.atom(0) }
@c(caml_convert_raw_backtrace)
public func caml_convert_raw_backtrace(_ bt: Value) -> Value { OCamlHeap.atom(0) }
@c(caml_convert_raw_backtrace_slot)
public func caml_convert_raw_backtrace_slot(_ slot: Value) -> Value { raiseFailure("Printexc.convert_raw_backtrace_slot: no debug information") }
@c(caml_raw_backtrace_length)
public func caml_raw_backtrace_length(_ bt: Value) -> Value { valInt(0) }
@c(caml_raw_backtrace_slot)
public func caml_raw_backtrace_slot(_ bt: Value, _ i: Value) -> Value { caml_raise_index_out_of_bounds() }
@c(caml_raw_backtrace_next_slot)
public func caml_raw_backtrace_next_slot(_ slot: Value) -> Value { valInt(0) }
@c(caml_restore_raw_backtrace)
public func caml_restore_raw_backtrace(_ exn: Value, _ bt: Value) -> Value { unit }
/// 0: nothing to complain about (Printexc prints no "Cannot print locations" line).
@c(caml_ml_debug_info_status)
public func caml_ml_debug_info_status(_ u: Value) -> Value { valInt(0) }

@c(caml_output_value_to_bytes)
public func caml_output_value_to_bytes(_ v: Value, _ flags: Value) -> Value { raiseFailure("Marshal: not supported by Kiln") }
@c(caml_output_value_to_string)
public func caml_output_value_to_string(_ v: Value, _ flags: Value) -> Value { raiseFailure("Marshal: not supported by Kiln") }
@c(caml_output_value_to_buffer)
public func caml_output_value_to_buffer(_ buf: Value, _ ofs: Value, _ len: Value, _ v: Value, _ flags: Value) -> Value {
    raiseFailure("Marshal: not supported by Kiln")
}
@c(caml_input_value_from_bytes)
public func caml_input_value_from_bytes(_ s: Value, _ ofs: Value) -> Value { raiseFailure("Marshal: not supported by Kiln") }
@c(caml_input_value_from_string)
public func caml_input_value_from_string(_ s: Value, _ ofs: Value) -> Value { raiseFailure("Marshal: not supported by Kiln") }
@c(caml_marshal_data_size)
public func caml_marshal_data_size(_ s: Value, _ ofs: Value) -> Value { raiseFailure("Marshal: not supported by Kiln") }

@c(caml_sys_close)
public func caml_sys_close(_ fd: Value) -> Value { unit }
@c(caml_sys_mkdir)
public func caml_sys_mkdir(_ path: Value, _ perm: Value) -> Value { raiseSysErrorNamed(path, ": Read-only file system") }
@c(caml_sys_rmdir)
public func caml_sys_rmdir(_ path: Value) -> Value { raiseSysErrorNamed(path, ": No such file or directory") }

@c(caml_runtime_variant)
public func caml_runtime_variant(_ u: Value) -> Value { allocateString("") ?? raiseOutOfMemory() }
@c(caml_runtime_parameters)
public func caml_runtime_parameters(_ u: Value) -> Value { allocateString("") ?? raiseOutOfMemory() }

@c(caml_eventlog_pause)
public func caml_eventlog_pause(_ u: Value) -> Value { unit }
@c(caml_eventlog_resume)
public func caml_eventlog_resume(_ u: Value) -> Value { unit }
@c(caml_memprof_start)
public func caml_memprof_start(_ rate: Value, _ depth: Value, _ tracker: Value) -> Value { unit }
@c(caml_memprof_stop)
public func caml_memprof_stop(_ u: Value) -> Value { unit }
@c(caml_get_major_bucket)
public func caml_get_major_bucket(_ n: Value) -> Value { valInt(0) }
@c(caml_get_major_credit)
public func caml_get_major_credit(_ u: Value) -> Value { valInt(0) }
@c(caml_get_minor_free)
public func caml_get_minor_free(_ u: Value) -> Value { valInt(0) }

// Deprecated string names of the bytes primitives.
@c(caml_create_string)
public func caml_create_string(_ len: Value) -> Value { caml_create_bytes(len) }
@c(caml_fill_string)
public func caml_fill_string(_ s: Value, _ offset: Value, _ len: Value, _ c: Value) -> Value { caml_fill_bytes(s, offset, len, c) }

@c(caml_obj_add_offset)
public func caml_obj_add_offset(_ v: Value, _ offset: Value) -> Value { v &+ UInt32(bitPattern: int32Val(offset)) }

/// Obj.truncate: the cut-off words become an abstract block, so the heap still parses.
@c(caml_obj_truncate)
public func caml_obj_truncate(_ v: Value, _ newSize: Value) -> Value {
    let n = longVal(newSize), old = wosize(v)
    if n <= 0 || n > old { return raiseInvalidArgument("Obj.truncate") }
    if n == old { return unit }
    setField(v, n, makeHeader(old - n - 1, OCamlTag.abstract))
    setHeader(v, (header(v) & 0x3FF) | UInt32(n) << 10)
    return unit
}
