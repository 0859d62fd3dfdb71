import Foundation
import KilnTestSupport
import OCamlFrontend
@testable import OCamlLowering
import Testing

/// What the lowering tests after a call and at an unknown application (Docs/ocaml-frontend.md,
/// "Exception tests after calls", "Polymorphic comparison of strings"). That the code is right
/// is what the corpus checks against ocamlrun (exn_leaf_calls, cmp_poly_strings); these pin
/// the shapes, and each has a counterpart that must keep the longer form.
@Suite struct CallResultTestTests {
    /// The names of the results of the calls `function` makes of functions other than `entry`.
    static func otherCallResults(_ function: String, entry: Int) -> [String] {
        function.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("= call i32 @caml_fun_"), !line.contains("@caml_fun_\(entry)(") else { return nil }
            return line.split(separator: "=").first.map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// Whether `function` tests `result` for the exception sentinel.
    static func tests(_ function: String, _ result: String) -> Bool {
        function.contains("icmp eq i32 \(result), 2")
    }

    /// `height` reads a field and calls nothing: it never returns the sentinel, and the
    /// recursive function that calls it does not test its result (its own recursive call's
    /// result it does test).
    @Test func leafThatCannotRaiseIsNotTested() throws {
        let (entry, function) = try RootFrameTests.lastRecursiveFunction("""
            type t = Empty | Node of { l : t; h : int }
            let height = function Empty -> 0 | Node { h; _ } -> h
            let rec total t = match t with Empty -> 0 | Node { l; _ } -> height t + total l
            let () = print_int (total (Node { l = Node { l = Empty; h = 1 }; h = 2 }))
            """)
        let results = Self.otherCallResults(function, entry: entry)
        #expect(!results.isEmpty, "no direct call of height: \(function)")
        for result in results { #expect(!Self.tests(function, result), "\(result) tested: \(function)") }
        #expect(function.contains(", 2\n"), "the recursive call is still tested: \(function)")
    }

    /// A leaf that raises (`Exit`, `Division_by_zero`) keeps the test after its calls.
    @Test func leafThatRaisesIsTested() throws {
        for leaf in ["let leaf x = if x < 0 then raise Exit else x", "let leaf x = 100 / x"] {
            let (entry, function) = try RootFrameTests.lastRecursiveFunction("""
                \(leaf)
                let rec total n = if n = 0 then 0 else leaf n + total (n - 1)
                let () = print_int (total 5)
                """)
            let results = Self.otherCallResults(function, entry: entry)
            #expect(!results.isEmpty, "no direct call of the leaf: \(function)")
            for result in results { #expect(Self.tests(function, result), "\(leaf): \(result) untested: \(function)") }
        }
    }

    /// An application of an unknown closure reads the arity as the info word's top byte.
    @Test func unknownClosureArityIsOneByte() throws {
        let (_, function) = try RootFrameTests.lastRecursiveFunction("""
            let rec fold f acc n = if n = 0 then acc else fold f (f acc n) (n - 1)
            let () = print_int (fold (fun a b -> a + b) 0 10)
            """)
        #expect(function.contains("load i8, ptr"), "\(function)")
        #expect(function.contains(", i32 7\n"), "\(function)")
        #expect(!function.contains(", 24\n"), "\(function)")
    }

    /// Polymorphic `compare` and `=` call the string primitives when both operands are
    /// strings; the polymorphic primitive stays for everything else.
    @Test func polymorphicComparisonOfStrings() throws {
        let (_, function) = try RootFrameTests.lastRecursiveFunction("""
            let rec count k = function [] -> 0 | x :: l -> (if compare x k = 0 || x = k then 1 else 0) + count k l
            let () = print_int (count "b" ["a"; "b"; "c"])
            """)
        for name in ["caml_string_compare", "caml_compare", "caml_string_equal", "caml_equal"] {
            #expect(function.contains("call i32 @\(name)("), "\(name): \(function)")
        }
    }

    /// The string primitives polymorphic comparison calls without roots or a test must be
    /// leaf primitives (the one list of primitives that cannot collect or raise).
    @Test func stringComparisonCallsOnlyLeafPrimitives() {
        #expect(Set(StringComparison.primitive.values).isSubset(of: InlinePrimitive.leafPrimitives))
    }
}
