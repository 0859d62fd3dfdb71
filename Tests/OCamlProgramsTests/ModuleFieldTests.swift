import Foundation
import KilnTestSupport
import OCamlFrontend
@testable import OCamlLowering
import Testing

/// Calls through module fields (`ModuleFields`): a function of another compilation unit,
/// read from the unit's sealed global block, is called directly; a unit whose block is read
/// whole (a functor argument, a first-class module) is not sealed. That the programs still
/// run as ocamlrun runs them is what the corpus checks (mod_field_calls).
@Suite struct ModuleFieldTests {
    /// `units` (file name → source, in link order) compiled by `ocamlc -compat-32 -g`
    /// into one executable, lowered; the LLVM text.
    static func lowered(_ units: [(String, String)]) throws -> (program: BytecodeExecutable, text: String) {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, source) in units {
            try source.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let byte = dir.appendingPathComponent("program.byte").path
        let compiled = try TestTools.run("ocamlc", ["-compat-32", "-g"] + units.map(\.0) + ["-o", byte], in: dir)
        try #require(compiled.status == 0, "\(compiled.stderr)")
        let program = try BytecodeExecutable(path: byte)
        return (program, try ProgramLowering.lower(program).text)
    }

    /// The symbol of the one function whose name (from DBUG) ends in `.name`.
    static func symbol(_ name: String, in text: String) throws -> String {
        let defines = text.split(separator: "\n").filter { $0.hasPrefix("define internal i32 @") && $0.contains(".\(name)_") }
        try #require(defines.count == 1, "\(defines)")
        let line = defines[0].dropFirst("define internal i32 @".count)
        return String(line.prefix { $0 != "(" })
    }

    static let scaleUnit = ("scale.ml", "let scale k x = k * x + 1\nlet twice f x = f (f x)\n")

    /// `Scale.scale 3 y` in another unit: a direct call of scale's native function with its
    /// static closure, where the generic path would load the code pointer from the closure.
    @Test func sealedFieldIsCalledDirectly() throws {
        let (_, text) = try Self.lowered([Self.scaleUnit, ("main.ml", """
            let f y = Scale.scale 3 y
            let () = print_int (f (Sys.opaque_identity 4) + Scale.twice succ 1)
            """)])
        let scale = try Self.symbol("scale", in: text)
        #expect(text.contains("call i32 @\(scale)(i32 ptrtoint (ptr getelementptr (i8, ptr @caml_closure_"), "\(text)")
        let twice = try Self.symbol("twice", in: text)
        #expect(text.contains("call i32 @\(twice)("))
    }

    /// The same unit read whole, as a first-class module or as a functor's argument: its
    /// slot is not sealed, and its functions are called through their closures only.
    @Test func unitReadWholeIsNotSealed() throws {
        let uses = [
            "module type S = sig val scale : int -> int -> int end\nlet m = (module Scale : S)\nlet () = let module M = (val m) in print_int (M.scale 3 4 + Scale.scale 1 2)",
            "module F (X : sig val scale : int -> int -> int end) = struct let g = X.scale 2 end\nmodule G = F (Scale)\nlet () = print_int (G.g 5 + Scale.scale 1 2)",
            "include Scale\nlet () = print_int (Scale.scale 1 2)",
        ]
        for use in uses {
            let (program, text) = try Self.lowered([Self.scaleUnit, ("main.ml", use)])
            let scale = try Self.symbol("scale", in: text)
            #expect(!text.contains("call i32 @\(scale)("), "\(use)")
            #expect(ModuleFields.sealedSlots(program).count < program.code.filter { $0.opcode == .SETGLOBAL }.count, "\(use)")
        }
    }

    /// A slot written twice, or written with a block that was not made right before, is not
    /// sealed (`ModuleFields.sealedSlots` on hand-made code).
    @Test func sealingNeedsOneFreshBlock() throws {
        let (program, _) = try Self.lowered([Self.scaleUnit, ("main.ml", "let () = print_int (Scale.scale 1 2)")])
        let sealed = ModuleFields.sealedSlots(program)
        let scaleSlot = try #require(program.code.compactMap { instruction -> Int? in
            if case .setGlobal(let slot) = instruction.operands, sealed[slot] != nil { slot } else { nil }
        }.last)
        // A second SETGLOBAL of the slot, after the main program's last instruction.
        var code = program.code
        let stop = try #require(code.last)
        code.removeLast()
        code.append(Instruction(position: stop.position, opcode: .SETGLOBAL, operands: .setGlobal(scaleSlot), length: 2))
        code.append(Instruction(position: stop.position + 2, opcode: .STOP, operands: .none, length: 1))
        #expect(ModuleFields.sealedSlots(code, primitives: program.primitives)[scaleSlot] == nil)
        #expect(ModuleFields.sealedSlots(program.code, primitives: program.primitives)[scaleSlot] != nil)
        // A C_CALL of caml_get_global_data anywhere unseals every slot.
        let primitives = program.primitives.map { _ in "caml_get_global_data" }
        #expect(ModuleFields.sealedSlots(program.code, primitives: primitives).isEmpty)
    }
}
