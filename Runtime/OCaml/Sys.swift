import KilnOCaml

// Sys on a device without files, environment or clock: argv is [| "program" |], the
// environment is empty, time is the instruction count (kiln_icount_read) at 240 MHz, one
// instruction per cycle (the ESP32's clock; a figure, not a measurement).

@c(caml_sys_exit)
public func caml_sys_exit(_ code: Value) -> Value { kiln_exit(intVal(code)) }

@c(caml_sys_open)
public func caml_sys_open(_ path: Value, _ flags: Value, _ perm: Value) -> Value {
    raiseSysErrorNamed(path, ": No such file or directory")
}

/// Sys_error "<name><message>".
func raiseSysErrorNamed(_ name: Value, _ message: StaticString) -> Value {
    var text: [UInt8] = []
    appendStringValue(name, to: &text)
    emit(message, to: &text)
    guard let s = allocateString(text) else { return raiseOutOfMemory() }
    return Roots.keeping(s) { raiseWithArgument(Predefined.sysError, s) }
}

@c(caml_sys_file_exists)
public func caml_sys_file_exists(_ path: Value) -> Value { falseValue }
@c(caml_sys_is_directory)
public func caml_sys_is_directory(_ path: Value) -> Value { raiseSysErrorNamed(path, ": No such file or directory") }
@c(caml_sys_remove)
public func caml_sys_remove(_ path: Value) -> Value { raiseSysErrorNamed(path, ": No such file or directory") }
@c(caml_sys_rename)
public func caml_sys_rename(_ from: Value, _ to: Value) -> Value { raiseSysErrorNamed(from, ": No such file or directory") }
@c(caml_sys_chdir)
public func caml_sys_chdir(_ path: Value) -> Value { raiseSysErrorNamed(path, ": No such file or directory") }
@c(caml_sys_getcwd)
public func caml_sys_getcwd(_ unitValue: Value) -> Value { allocateString("/") ?? raiseOutOfMemory() }
@c(caml_sys_read_directory)
public func caml_sys_read_directory(_ path: Value) -> Value { raiseSysErrorNamed(path, ": No such file or directory") }
@c(caml_sys_system_command)
public func caml_sys_system_command(_ command: Value) -> Value { valInt(127) }
@c(caml_sys_isatty)
public func caml_sys_isatty(_ channel: Value) -> Value { falseValue }

@c(caml_sys_getenv)
public func caml_sys_getenv(_ name: Value) -> Value { raiseNotFound() }
@c(caml_sys_unsafe_getenv)
public func caml_sys_unsafe_getenv(_ name: Value) -> Value { raiseNotFound() }

/// Seconds of processor time: instructions counted / 240 MHz.
@c(caml_sys_time)
public func caml_sys_time(_ unitValue: Value) -> Value { boxDouble(Double(kiln_icount_read()) / 240_000_000.0) }
@c(caml_sys_time_include_children)
public func caml_sys_time_include_children(_ children: Value) -> Value { caml_sys_time(unit) }

/// Random.self_init's seed: four words from the instruction counter (deterministic on QEMU).
@c(caml_sys_random_seed)
public func caml_sys_random_seed(_ unitValue: Value) -> Value {
    guard let a = OCamlHeap.allocate(4, 0) else { return raiseOutOfMemory() }
    let n = kiln_icount_read()
    for i in 0..<4 { setField(a, i, valInt(Int32(bitPattern: (n &* UInt32(2654435761) &+ UInt32(i)) & 0x3FFF_FFFF))) }
    return a
}

@c(caml_sys_executable_name)
public func caml_sys_executable_name(_ unitValue: Value) -> Value { allocateString("program") ?? raiseOutOfMemory() }

/// Sys.argv = [| "program" |].
@c(caml_sys_argv)
public func caml_sys_argv(_ unitValue: Value) -> Value {
    guard let name = allocateString("program") else { return raiseOutOfMemory() }
    return Roots.keeping(name) {
        guard let a = OCamlHeap.allocate(1, 0) else { return raiseOutOfMemory() }
        setField(a, 0, name)
        return a
    }
}

/// (executable name, argv), as 4.13's caml_sys_get_argv.
@c(caml_sys_get_argv)
public func caml_sys_get_argv(_ unitValue: Value) -> Value {
    let argv = caml_sys_argv(unit)
    if argv == exceptionSentinel { return argv }
    return Roots.keeping(argv) {
        let name = field(argv, 0)
        return pair(name, argv)
    }
}

@c(caml_sys_modify_argv)
public func caml_sys_modify_argv(_ argv: Value) -> Value { unit }

/// ("Unix", word size 32, big-endian false): what a 32-bit little-endian ocamlrun says.
@c(caml_sys_get_config)
public func caml_sys_get_config(_ unitValue: Value) -> Value {
    guard let name = allocateString("Unix") else { return raiseOutOfMemory() }
    return Roots.keeping(name) {
        guard let t = OCamlHeap.allocate(3, 0) else { return raiseOutOfMemory() }
        setField(t, 0, name)
        setField(t, 1, valInt(32))
        setField(t, 2, falseValue)
        return t
    }
}

@c(caml_sys_const_big_endian) public func caml_sys_const_big_endian(_ u: Value) -> Value { falseValue }
@c(caml_sys_const_word_size) public func caml_sys_const_word_size(_ u: Value) -> Value { valInt(32) }
@c(caml_sys_const_int_size) public func caml_sys_const_int_size(_ u: Value) -> Value { valInt(31) }
@c(caml_sys_const_max_wosize) public func caml_sys_const_max_wosize(_ u: Value) -> Value { valInt(OCamlHeap.maxWosize) }
@c(caml_sys_const_ostype_unix) public func caml_sys_const_ostype_unix(_ u: Value) -> Value { trueValue }
@c(caml_sys_const_ostype_win32) public func caml_sys_const_ostype_win32(_ u: Value) -> Value { falseValue }
@c(caml_sys_const_ostype_cygwin) public func caml_sys_const_ostype_cygwin(_ u: Value) -> Value { falseValue }
/// Bytecode (Val_int 1): programs that ask behave as under ocamlrun, whose output Kiln matches.
@c(caml_sys_const_backend_type) public func caml_sys_const_backend_type(_ u: Value) -> Value { valInt(1) }
@c(caml_sys_const_naked_pointers_checked) public func caml_sys_const_naked_pointers_checked(_ u: Value) -> Value { falseValue }

/// Signals do not exist on the device: every handler stays Signal_default.
@c(caml_install_signal_handler)
public func caml_install_signal_handler(_ signal: Value, _ action: Value) -> Value { valInt(0) }

nonisolated(unsafe) var runtimeWarnings: Value = falseValue
@c(caml_ml_enable_runtime_warnings)
public func caml_ml_enable_runtime_warnings(_ v: Value) -> Value { runtimeWarnings = v; return unit }
@c(caml_ml_runtime_warnings_enabled)
public func caml_ml_runtime_warnings_enabled(_ u: Value) -> Value { runtimeWarnings }

/// Marshalling is not supported: output_value/input_value fail.
@c(caml_output_value)
public func caml_output_value(_ channel: Value, _ v: Value, _ flags: Value) -> Value { raiseFailure("output_value: not supported by Kiln") }
@c(caml_input_value)
public func caml_input_value(_ channel: Value) -> Value { raiseFailure("input_value: not supported by Kiln") }

// The stack is fixed: nothing to grow.
@c(caml_ensure_stack_capacity)
public func caml_ensure_stack_capacity(_ words: Value) -> Value { unit }
