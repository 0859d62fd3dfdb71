import KilnOCaml

/// The runtime's use of the root stack (Docs/abi.md, "Roots and the collector"): a
/// primitive that allocates more than once keeps what it made on the root stack so that
/// a collection in the next allocation sees it. The runtime may use the slack below
/// `caml_root_limit`, which compiled code never enters.
enum Roots {
    /// Words the runtime keeps below `caml_root_limit` for its own pushes.
    static let slack = Int(KILN_ROOT_SLACK_WORDS)

    /// Runs `body` with `v` on the root stack, so that allocations in `body` keep it (the
    /// collector does not move blocks, so `v` itself stays valid).
    @inline(__always) static func keeping<R>(_ v: Value, _ body: () -> R) -> R {
        let saved = caml_root_sp!
        caml_root_sp = saved - 1
        caml_root_sp.pointee = v
        let r = body()
        caml_root_sp = saved
        return r
    }

    /// Pushes `v`; `restore` pops everything pushed since `mark`.
    @inline(__always) static func push(_ v: Value) {
        caml_root_sp = caml_root_sp - 1
        caml_root_sp.pointee = v
    }
    @inline(__always) static var mark: UnsafeMutablePointer<Value> { caml_root_sp }
    @inline(__always) static func restore(_ mark: UnsafeMutablePointer<Value>) { caml_root_sp = mark }

    /// The runtime's roots beyond the root stack, globals, bucket and named values.
    static func markExtra() {}
}

// MARK: - Named values

/// The named value `name` (a C string), or nil.
func namedValue(_ name: StaticString) -> Value? {
    let table = kiln_named_value_table()!
    for i in 0..<Int(KILN_NAMED_VALUES) where table[2 * i] != 0 {
        let s = table[2 * i]
        if stringEquals(s, name) { return table[2 * i + 1] }
    }
    return nil
}

/// Registers `value` under the OCaml string `name` (replacing an earlier registration).
@c(caml_register_named_value)
public func caml_register_named_value(_ name: Value, _ value: Value) -> Value {
    let table = kiln_named_value_table()!
    var free = -1
    for i in 0..<Int(KILN_NAMED_VALUES) {
        if table[2 * i] == 0 {
            if free < 0 { free = i }
        } else if compareStrings(table[2 * i], name) == 0 {
            table[2 * i + 1] = value
            return unit
        }
    }
    if free >= 0 {
        table[2 * free] = name
        table[2 * free + 1] = value
    }
    return unit
}
