import Foundation
import KilnTestSupport
import OCamlFrontend
@testable import OCamlLowering
import Testing

/// Tupled parameters (`TupledParameters`): which known functions take their tuple's fields
/// instead of the tuple. That the result still runs as ocamlrun runs it is what the corpus
/// checks (gc_tupled_params); these tests pin the structure.
@Suite struct TupledParameterTests {
    /// The number of register arguments (of five) each call of the function of `entry` in
    /// `text` passes, that is, does not leave `undef`.
    static func calls(of entry: Int, in text: String) -> [Int] {
        text.components(separatedBy: "call i32 @caml_fun_\(entry)(").dropFirst().map { call in
            5 - call.prefix { $0 != "\n" }.components(separatedBy: "i32 undef").count + 1
        }
    }

    /// Uncurried tak, every call given a fresh tuple (or a constant one): three integer
    /// parameters, no block allocated, and then, as curried takc, no root frame.
    @Test func freshTuplesTravelAsFields() throws {
        let (entry, tak) = try RootFrameTests.lastRecursiveFunction("""
            let rec tak (x, y, z) = if y >= x then z else tak (tak (x - 1, y, z), tak (y - 1, z, x), tak (z - 1, x, y))
            let () = for i = 1 to 3 do print_int (tak (18 + i, 12, 6)) done; print_int (tak (9, 6, 3))
            """)
        let calls = Self.calls(of: entry, in: tak)
        #expect(calls.count == 4 && calls.allSatisfy { $0 == 3 }, "\(tak)")
        #expect(!tak.contains("@caml_alloc"), "no tuple is allocated: \(tak)")
        #expect(!tak.contains("@caml_root_sp"), "\(tak)")
    }

    /// The same function keeps its block parameter when the parameter is also used whole
    /// (`as t`, returned), when one caller passes a tuple that is not made for the call
    /// alone, or when the closure escapes.
    @Test func tupleUsedOtherwiseStaysABlock() throws {
        let sources = [
            "let rec keep ((s, n) as t) = if n = 0 then t else keep (s, n - 1)\nlet () = print_int (snd (keep (1, 5)))",
            "let rec down (s, n) = if n = 0 then s else down (s + 1, n - 1)\nlet () = let p = (Sys.opaque_identity 2, 3) in print_int (down p + down (1, 2))",
            "let rec down (s, n) = if n = 0 then s else down (s + 1, n - 1)\nlet apply f x = f x\nlet () = print_int (down (1, 2) + apply down (3, 4))",
        ]
        for source in sources {
            let (entry, function) = try RootFrameTests.lastRecursiveFunction(source)
            let calls = Self.calls(of: entry, in: function)
            // The self tail call is a branch back to the body (no call left to count).
            #expect(calls.allSatisfy { $0 == 1 }, "\(source)\n\(function)")
            #expect(function.contains("@caml_alloc_ptr"), "the recursive call builds its tuple: \(function)")
        }
    }

    /// The call-site rule alone: a MAKEBLOCK whose block only the call consumes, and a
    /// constant block of tag 0, are tuples; anything else is not.
    @Test func tupleArgumentsOfCallSites() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = try RootFrameTests.compile("""
            let rec f (a, b) = if a > 0 then f (a - 1, b) else b
            let () = let t = (Sys.opaque_identity 1, 2) in print_int (f (3, 4) + f t)
            """, in: dir)
        let table = try FunctionTable(program)
        let context = try ProgramContext(program, table: table, options: LoweringOptions())
        var facts: [Int: LoweringFacts] = [:]
        for function in table.functions {
            let lowering = FunctionLowering(program: program, context: context, function: function)
            _ = try lowering.lower()
            facts[function.entry] = lowering.facts
        }
        let entry = try RootFrameTests.lastRecursiveEntry(program)
        let tuples = facts.values.flatMap(\.calls).filter { $0.callee == entry }.map(\.tuple)
        #expect(tuples.count == 3)
        #expect(tuples.contains { if case .made(_, 2) = $0 { true } else { false } }, "the recursive call")
        #expect(tuples.contains { if case .constant(2) = $0 { true } else { false } }, "f (3, 4)")
        #expect(tuples.contains(nil), "f t")
        #expect(TupledParameters.candidates(facts, known: [entry], arity: { _ in 1 }).isEmpty)
    }
}
