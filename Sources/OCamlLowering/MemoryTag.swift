/// LLVM type-based alias analysis (`!tbaa`) for the lowered code's loads and stores. LLVM
/// cannot tell a heap address made by `inttoptr` from a root-frame word or a runtime
/// global, so without tags every store into a block (a loop setting bytes or array
/// elements) made it reload the frame pointer, the values kept in the frame and the
/// block's length at every iteration. Each kind of memory below is its own type under one
/// root: accesses with two different tags never alias; an untagged access (the support
/// code, `@caml_globals`, `@caml_extra_args`, the runtime's own code) may alias anything.
///
/// What makes the kinds disjoint: root frames live on the root stack, which only frame
/// accesses and the runtime (through calls) touch; the runtime globals are LLVM globals,
/// never reached through a value; OCaml code writes a header only when it allocates the
/// block; and a string's padding byte (its last) is beyond every index a safe access can
/// reach (`Bytes.set` checks the index against the length, and the standard library's
/// `unsafe_set`s stay within it), so only the allocation and the length computation touch it.
enum MemoryTag: String {
    case frame = "root frame word"
    case global = "runtime global"
    case header = "block header"
    case field = "block field"
    case padding = "string padding byte"

    /// `, !tbaa !{...}`, to append to a load or store. The nodes are written inline (LLVM
    /// uniques equal nodes), so the module needs no numbered metadata beside debug info's.
    var attachment: String {
        let type = "!{!\"\(rawValue)\", !{!\"kiln ocaml\"}, i64 0}"
        return ", !tbaa !{\(type), \(type), i64 0}"
    }

    /// A block's word at `index` (a constant or an SSA name): -1 is the header.
    static func word(_ index: String) -> MemoryTag { index == "-1" ? .header : .field }
}
