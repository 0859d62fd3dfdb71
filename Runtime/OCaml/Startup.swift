import KilnOCaml

/// Sets up the heap, the root stack, the stack limit and the runtime's static blocks
/// (Docs/abi.md, "Program start"). Safe to call again: the host tests start afresh.
@c(caml_init_runtime)
public func caml_init_runtime() {
    var memory = kiln_ocaml_memory()
    if kiln_ocaml_layout(&memory) == 0 {
        fatal("kiln: the OCaml heap and root stack do not fit in RAM (see `kiln build --heap`)\n")
    }
    CustomOps.int32 = memory.custom_ops.0
    CustomOps.int64 = memory.custom_ops.1
    CustomOps.nativeint = memory.custom_ops.2
    CustomOps.channel = memory.custom_ops.3
    OCamlHeap.reset(start: Value(memory.heap_start), end: Value(memory.heap_end))
    // Atoms: 256 consecutive headers of zero-sized blocks, then the channels.
    let staticArea = Value(memory.static_start)
    OCamlHeap.atoms = staticArea
    for tag in 0..<UInt32(256) { wordPointer(staticArea + 4 * tag).pointee = makeHeader(0, tag, Color.black) }
    Channels.reset(at: staticArea + 4 * 257)
    caml_root_top = UnsafeMutablePointer(bitPattern: UInt(memory.root_end))
    caml_root_limit = UnsafeMutablePointer(bitPattern: UInt(memory.root_start))! + Roots.slack
    caml_root_sp = caml_root_top
    caml_native_stack_limit = memory.stack_limit
    caml_exn_bucket = unit
    let named = kiln_named_value_table()!
    for i in 0..<2 * Int(KILN_NAMED_VALUES) { named[i] = 0 }
    Collector.collections = 0
    Objects.lastId = valInt(0)
    // Objects in static data (exceptions defined by the program) get their ids now.
    let blocks = kiln_ocaml_static_oo_blocks()
    for i in 0..<Int(kiln_ocaml_static_oo_blocks_count()) {
        _ = caml_set_oo_id(Value(UInt(bitPattern: blocks![i])))
    }
}

/// Runs at_exit (Stdlib's "Pervasives.do_at_exit") and flushes the standard channels.
@c(caml_shutdown)
public func caml_shutdown() {
    runAtExit()
    Channels.flushAll()
}

func runAtExit() {
    if let atExit = namedValue("Pervasives.do_at_exit") { _ = caml_callback(atExit, unit) }
}

/// An exception reached the program's top: what ocamlrun prints, then exit code 2.
@c(caml_fatal_uncaught_exception)
public func caml_fatal_uncaught_exception(_ exn: Value) -> Never {
    var e = exn
    Roots.push(e)
    if let handler = namedValue("Printexc.handle_uncaught_exception") {
        // Printexc prints (with its registered printers), flushes and runs at_exit itself.
        _ = caml_callback2(handler, e, falseValue)
    } else {
        var text: [UInt8] = []
        appendException(e, to: &text)
        runAtExit()
        e = caml_root_sp.pointee
        Channels.flushAll()
        emit("Fatal error: exception ", to: &text, prefix: true)
        text.append(10)
        text.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { kiln_error_write($0, UInt32(b.count)) }
        }
    }
    Channels.flushAll()
    kiln_exit(2)
}

/// Writes `message` to the error console and exits with code 2 (a runtime failure that is
/// not an OCaml exception).
func fatal(_ message: StaticString) -> Never {
    message.utf8Start.withMemoryRebound(to: CChar.self, capacity: message.utf8CodeUnitCount) {
        kiln_error_write($0, UInt32(message.utf8CodeUnitCount))
    }
    kiln_exit(2)
}

/// Appends (or prepends) `text`.
func emit(_ text: StaticString, to out: inout [UInt8], prefix: Bool = false) {
    var bytes: [UInt8] = []
    for i in 0..<text.utf8CodeUnitCount { bytes.append(text.utf8Start[i]) }
    if prefix { out.insert(contentsOf: bytes, at: 0) } else { out.append(contentsOf: bytes) }
}

func appendStringValue(_ s: Value, to out: inout [UInt8]) {
    let p = bytePointer(s)
    for i in 0..<stringLength(s) { out.append(p[i]) }
}

func appendDecimal(_ n: Int, to out: inout [UInt8]) {
    var digits: [UInt8] = []
    var m = n < 0 ? UInt(0 &- n) : UInt(n)
    repeat { digits.append(UInt8(48 + m % 10)); m /= 10 } while m > 0
    if n < 0 { out.append(UInt8(ascii: "-")) }
    out.append(contentsOf: digits.reversed())
}

/// caml_format_exception (printexc.c): `Name`, `Name(1, "s", _)`, and the arguments of
/// Match_failure/Assert_failure/Undefined_recursive_module spread from their tuple.
func appendException(_ exn: Value, to out: inout [UInt8]) {
    guard isBlock(exn) else { return }
    if tagOf(exn) != 0 {
        appendStringValue(field(exn, 0), to: &out)
        return
    }
    appendStringValue(field(field(exn, 0), 0), to: &out)
    let constructor = field(exn, 0)
    let special = constructor == Predefined.exception(Predefined.matchFailure)
        || constructor == Predefined.exception(Predefined.assertFailure)
        || constructor == Predefined.exception(Predefined.undefinedRecursiveModule)
    var bucket = exn, start = 1
    if wosize(exn) == 2, isBlock(field(exn, 1)), tagOf(field(exn, 1)) == 0, special {
        bucket = field(exn, 1)
        start = 0
    }
    out.append(UInt8(ascii: "("))
    var i = start
    while i < wosize(bucket) {
        if i > start { out.append(UInt8(ascii: ",")); out.append(UInt8(ascii: " ")) }
        let v = field(bucket, i)
        if isInt(v) {
            appendDecimal(longVal(v), to: &out)
        } else if tagOf(v) == OCamlTag.string {
            out.append(UInt8(ascii: "\""))
            appendStringValue(v, to: &out)
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(UInt8(ascii: "_"))
        }
        i += 1
    }
    out.append(UInt8(ascii: ")"))
}
