import OCamlFrontend

/// Bytecode executable → the LLVM module of an *interpreted* firmware (`kiln build
/// --interpret`): the pre-decoded code as a read-only array (in flash on an ESP32), the
/// static data exactly as the native build emits it (`StaticData`), the table of the used
/// primitives, and the glue the runtime expects from an execution engine — `main` and
/// `caml_callback*` — forwarding to the interpreter (Runtime/OCaml/Interpreter). Native
/// and interpreted firmware thus differ only in how the code executes.
public enum InterpreterProgram {
    /// The module's IR text; `primitives` are the ones the runtime must define.
    public static func lower(_ program: BytecodeExecutable, heapSize: Int? = nil) throws(LoweringError) -> LoweredProgram {
        for instruction in program.code where instruction.opcode == .EVENT || instruction.opcode == .BREAK {
            throw LoweringError(path: program.file.path, offset: program.fileOffset(ofWord: instruction.position),
                                message: "\(instruction.opcode.name) is a debugger patch; Kiln's interpreter has no debugger")
        }
        let code = InterpreterCode(program)
        let data = try StaticData(program)
        var out = ["; OCaml program \(program.file.path), for Kiln's bytecode interpreter",
                   "target datalayout = \"e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32\"", "target triple = \"xtensa\"", ""]
        out += data.definitions
        for tag in data.atoms.sorted() {
            out.append("@caml_atom_\(tag) = internal global <{ i32, i32 }> <{ i32 \(StaticData.header(wosize: 0, tag: tag)), i32 0 }>, align 4")
        }
        if let heapSize { out.append("@caml_heap_size = global i32 \(heapSize), align 4") }

        out.append("@kiln_interp_code = constant [\(code.words.count) x i32] ["
                   + code.words.map { "i32 \(Int32(bitPattern: $0))" }.joined(separator: ", ") + "], align 4")
        // Declared with one type whatever their arity: only their addresses are taken.
        for name in Set(code.primitives).sorted() { out.append("declare i32 @\(name)()") }
        let table = code.primitives.isEmpty ? ["ptr null"] : code.primitives.map { "ptr @\($0)" }
        out.append("@kiln_interp_primitives = constant [\(table.count) x ptr] [\(table.joined(separator: ", "))], align 4")

        out += [
            "declare i32 @kiln_interp_main(ptr, i32, ptr, ptr)",
            "declare i32 @kiln_interp_callback1(i32, i32)",
            "declare i32 @kiln_interp_callback2(i32, i32, i32)",
            "declare i32 @kiln_interp_callback3(i32, i32, i32, i32)",
            "",
            "define i32 @main() {",
            "  %r = call i32 @kiln_interp_main(ptr @kiln_interp_code, i32 \(code.programWords), ptr @kiln_interp_primitives, ptr @caml_globals)",
            "  ret i32 %r",
            "}",
            "define i32 @caml_callback(i32 %c, i32 %a) {",
            "  %r = call i32 @kiln_interp_callback1(i32 %c, i32 %a)",
            "  ret i32 %r",
            "}",
            "define i32 @caml_callback2(i32 %c, i32 %a, i32 %b) {",
            "  %r = call i32 @kiln_interp_callback2(i32 %c, i32 %a, i32 %b)",
            "  ret i32 %r",
            "}",
            "define i32 @caml_callback3(i32 %c, i32 %a, i32 %b, i32 %d) {",
            "  %r = call i32 @kiln_interp_callback3(i32 %c, i32 %a, i32 %b, i32 %d)",
            "  ret i32 %r",
            "}",
        ]
        return LoweredProgram(text: out.joined(separator: "\n") + "\n", primitives: code.primitives.sorted(), functionCount: 0)
    }
}
