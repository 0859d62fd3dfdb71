import KilnOCaml
import KilnOCamlHost
@testable import OCamlRuntime

/// Starts the runtime on the host (heap in a MAP_32BIT mapping) with the predefined
/// exceptions in the global table, and builds OCaml values for the tests.
enum Harness {
    static let predefinedNames = [
        "Out_of_memory", "Sys_error", "Failure", "Invalid_argument", "End_of_file", "Division_by_zero",
        "Not_found", "Match_failure", "Stack_overflow", "Sys_blocked_io", "Assert_failure",
        "Undefined_recursive_module",
    ]

    /// Global table fields from here on are the tests' own roots.
    static let firstFreeGlobal = 16

    static func start(heapBytes: UInt32 = 256 * 1024, rootStackBytes: UInt32 = 32 * 1024) {
        caml_heap_size = heapBytes
        caml_root_stack_size = rootStackBytes
        let globals = kiln_ocaml_globals()!
        for i in 0..<Int(kiln_ocaml_globals_count()) { globals[i] = 1 }
        OCamlRuntime.caml_init_runtime()
        kiln_host_clear_output()
        for (i, name) in predefinedNames.enumerated() {
            let s = string(name)
            globals[i] = s   // rooted while the exception block is made
            let exn = OCamlHeap.allocate(2, OCamlTag.object)!
            setField(exn, 0, s)
            setField(exn, 1, valInt(-Int32(i) - 1))
            globals[i] = exn
        }
    }

    static var globals: UnsafeMutablePointer<Value> { kiln_ocaml_globals()! }

    static func string(_ text: String) -> Value {
        let bytes = Array(text.utf8)
        return allocateString(bytes)!
    }

    static func text(_ v: Value) -> String { String(decoding: stringBytes(v), as: UTF8.self) }

    static func output(error: Bool = false) -> String {
        var length: UInt32 = 0
        let p = kiln_host_output(error ? 1 : 0, &length)!
        return String(decoding: UnsafeRawBufferPointer(start: p, count: Int(length)), as: UTF8.self)
    }

    /// The exception a primitive raised, as "Name" or "Name(argument)".
    static func raised() -> String {
        var out: [UInt8] = []
        appendException(caml_exn_bucket, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
