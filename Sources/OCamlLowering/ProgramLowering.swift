import OCamlFrontend

/// Bytecode executable → one LLVM module (text), ready for `IRModule` and Kiln's back end:
/// every reachable function, the static data, the support code and `main` (Docs/abi.md).
public enum ProgramLowering {
    /// The module's IR text. Errors name the file and the offset of the instruction at fault.
    public static func lower(_ program: BytecodeExecutable, options: LoweringOptions = LoweringOptions()) throws(LoweringError) -> LoweredProgram {
        let table = try FunctionTable(program)
        let context = try ProgramContext(program, table: table, options: options)
        context.declare("caml_alloc_block", 2)   // the support code allocates partial applications
        var functions: [String] = []
        for function in table.functions {
            let text = try FunctionLowering.definition(of: function, program, context)
            functions.append(context.debug?.attach(text, to: function) ?? text)
        }
        var out = ["; OCaml program \(program.file.path), lowered by Kiln", "target datalayout = \"e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32\"", "target triple = \"xtensa\"", ""]
        out += context.data.definitions
        out += context.closureDefinitions
        for tag in context.atoms.sorted() {
            out.append("@caml_atom_\(tag) = internal global <{ i32, i32 }> <{ i32 \(StaticData.header(wosize: 0, tag: tag)), i32 0 }>, align 4")
        }
        if let heap = options.heapSize { out.append("@caml_heap_size = global i32 \(heap), align 4") }
        out.append(SupportCode.declarations)
        out += context.declarations.keys.sorted().map { context.declarations[$0]! }
        out.append(SupportCode.definitions)
        out += functions
        out += context.debug?.metadata ?? []
        return LoweredProgram(text: out.joined(separator: "\n") + "\n", primitives: context.primitives.sorted(),
                              functionCount: table.functions.count)
    }
}

/// The result of lowering a program.
public struct LoweredProgram: Sendable {
    /// The LLVM module, as text.
    public var text: String
    /// The primitives reachable code calls (what the runtime must define).
    public var primitives: [String]
    /// Native functions made (the main program included).
    public var functionCount: Int
}
