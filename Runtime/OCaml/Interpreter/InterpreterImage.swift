import KilnOCaml

/// What the interpreter runs: the program's code in pre-decoded form and the tables its
/// operands index, all laid out by the build (Sources/OCamlFrontend/InterpreterImage.swift
/// writes the same layout; Docs/ocaml-interpreter.md describes it).
///
/// The code keeps ocamlc's word positions, so a position means the same thing as in
/// `ocamldumpobj`. Only operands change: every branch, closure, return-address and trap
/// target is an absolute word position (no relative arithmetic at run time), and every
/// C_CALL operand indexes `primitives`, which holds only the primitives the program uses.
/// After the program's `programWords` words come the engine's own few instructions
/// (`Trampoline`), so that every code address the interpreter stores in a value lies in
/// one image.
struct InterpreterImage {
    /// Word 0 of the code.
    var code: UnsafePointer<UInt32>
    /// Words of the program's own code (the trampolines follow).
    var programWords: Int
    /// C entry points of the used primitives, in the order the C_CALL operands index.
    var primitives: UnsafePointer<UnsafeRawPointer?>
    /// The global table's fields (`caml_globals`).
    var globals: UnsafeMutablePointer<value>
}

/// The engine's own code, appended to every image after the program's code, at these
/// word offsets from its end. `callback(n)` applies the closure below n arguments and stops
/// (as ocamlrun's `callback_code`); `raise` re-raises the accumulator from wherever the
/// interpreter noticed an exception (a primitive or allocation returning the sentinel).
enum Trampoline {
    /// Words the trampolines take: 3 callbacks of 7 words, then one RAISE_NOTRACE.
    static let words = 22

    /// Offset of the callback for `arity` (1…3) arguments: ACC arity+3, APPLY arity,
    /// POP 1, STOP. Its return address is the POP, 4 words in.
    static func callback(arity: Int) -> Int { (arity - 1) * 7 }

    /// Offset of the single RAISE_NOTRACE word.
    static let raise = 21
}
