import OCamlFrontend

/// Source names for native functions, from DBUG (`ocamlc -g`): a function whose code holds a
/// debug event is named after that event's enclosing definition (`ev_defname`, e.g.
/// `Stdlib__Map.add`), so listings and profiles (`Scripts/profile.sh`, which reads ELF
/// symbols) say `Stdlib__Map.add_14202` instead of `caml_fun_14202`. The code position stays
/// in the name: one definition can compile to several functions (local closures, `fun`s), and
/// symbols must be unique. Without DBUG nothing is named and symbols stay `caml_fun_N`.
enum FunctionNames {
    /// `ev_defname` of the first event at each code position (position → name).
    static func definitions(_ program: BytecodeExecutable) -> [Int: String] {
        var names: [Int: String] = [:]
        for unit in program.debugUnits {
            for location in unit.locations where !location.definition.isEmpty && names[location.position] == nil {
                names[location.position] = location.definition
            }
        }
        return names
    }

    /// The name of the function made of the instructions at `positions` (ascending): the
    /// definition of its first event, or nil without one.
    /// Only a name that starts with a capital (a module's, as every `ev_defname` ocamlc
    /// writes) is taken: no symbol of the runtime or of the lowering (`caml_closure_E`) does,
    /// so a damaged DBUG cannot make two definitions of one symbol.
    static func name(_ positions: [Int], _ definitions: [Int: String]) -> String? {
        guard !definitions.isEmpty,
              let name = positions.lazy.compactMap({ definitions[$0] }).first,
              let first = name.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return nil }
        return name
    }

    /// The symbol for function `entry` named `name`: the name with every byte an assembler
    /// symbol cannot hold unquoted (operators such as `Stdlib.(^)`) made `_`, then `_entry`.
    static func symbol(_ name: String, entry: Int) -> String {
        let bytes = name.utf8.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."): byte
            default: UInt8(ascii: "_")
            }
        }
        return String(decoding: bytes, as: UTF8.self) + "_\(entry)"
    }
}
