import Foundation
import KilnTestSupport
import OCamlFrontend
@testable import OCamlLowering
import Testing

/// Which values native code keeps in its root frame (Docs/abi.md, "Values that need no
/// root"). That the frames it still makes are enough is what the corpus checks against
/// ocamlrun (gc_int_roots, the gc_* programs); these tests pin the structure: integers
/// need no frame, a pointer across a call still gets one.
@Suite struct RootFrameTests {
    /// The definition of the function the last CLOSUREREC of `source` builds (the
    /// program's own last recursive function; the Stdlib's come first).
    static func lastRecursiveFunction(_ source: String) throws -> (entry: Int, text: String) {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = try compile(source, in: dir)
        let entry = try lastRecursiveEntry(program)
        let text = try ProgramLowering.lower(program).text
        let start = try #require(text.range(of: "define internal i32 @caml_fun_\(entry)("))
        let end = try #require(text.range(of: "\n}", range: start.upperBound..<text.endIndex))
        return (entry, String(text[start.lowerBound..<end.upperBound]))
    }

    /// `source` compiled by `ocamlc -compat-32` in `dir`.
    static func compile(_ source: String, in dir: URL) throws -> BytecodeExecutable {
        let file = dir.appendingPathComponent("program.ml")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let byte = dir.appendingPathComponent("program.byte").path
        let compiled = try TestTools.run("ocamlc", ["-compat-32", file.path, "-o", byte], in: dir)
        try #require(compiled.status == 0, "\(compiled.stderr)")
        return try BytecodeExecutable(path: byte)
    }

    /// The entry of the function the program's last CLOSUREREC builds.
    static func lastRecursiveEntry(_ program: BytecodeExecutable) throws -> Int {
        try #require(program.code.last { if case .closureRec = $0.operands { true } else { false } }?.targets.first)
    }

    /// fib's live values across its calls are `n` and the first result, both integers, and
    /// its closure is static: no root frame, only the native stack check, two direct calls.
    @Test func fibHasNoRootFrame() throws {
        let (entry, fib) = try Self.lastRecursiveFunction("""
            let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)
            let () = print_int (fib 20)
            """)
        #expect(!fib.contains("@caml_root_sp"), "\(fib)")
        #expect(fib.contains("@caml_native_stack_limit"))
        #expect(fib.components(separatedBy: "call i32 @caml_fun_\(entry)(i32 ptrtoint (ptr getelementptr (i8, ptr @caml_closure_\(entry)").count == 3)
    }

    /// A list live across a call is a pointer: stored in the frame before the call. The
    /// integer beside it is not (`n < 1` proves it in the function's first block; `n = 0`
    /// would not: EQ is also `==` on pointers).
    @Test func pointerAcrossCallIsRooted() throws {
        let (_, function) = try Self.lastRecursiveFunction("""
            let rec walk n l = if n < 1 then List.length l else n + walk (n - 1) (n :: l) + List.length l
            let () = print_int (walk 10 [])
            """)
        #expect(function.contains("store ptr %frame, ptr @caml_root_sp"), "\(function)")
        // Frame word 0 (the only stack word stored: l) is written before the calls; n is not.
        let stores = function.split(separator: "\n").filter { $0.contains("store i32 %") && !$0.contains("%init") }
        #expect(!stores.isEmpty)
        #expect(!function.contains("%argslot1"), "n (depth 1) has no frame word: \(function)")
    }

    /// A word is set to `Val_int(0)` at entry only when a call can see it before the
    /// function writes it (`FrameWordFlow`): in uncurried tak, `z` (a tuple field, not
    /// known to be an integer) is stored before the first call, so its word is not set at
    /// entry, where every word but the argument's used to be. (The main code's tuple is
    /// bound to a variable first, so that tak keeps its boxed parameter: `TupledParameters`.)
    @Test func wordsWrittenBeforeTheFirstCallAreNotInitialised() throws {
        let (_, function) = try Self.lastRecursiveFunction("""
            let rec tak (x, y, z) = if y >= x then z else tak (tak (x - 1, y, z), tak (y - 1, z, x), tak (z - 1, x, y))
            let () = let t = (Sys.opaque_identity 18, 12, 6) in print_int (tak t)
            """)
        let entry = try #require(function.components(separatedBy: "br label %start\n").first)
        let size = try #require(entry.firstMatch(of: /%framei = sub i32 %rsp0, (\d+)/).flatMap { Int($0.1) })
        let initialised = entry.components(separatedBy: "store i32 1,").count - 1
        let arguments = entry.components(separatedBy: "%argslot").count / 2
        #expect(arguments == 1 && initialised + arguments < size / 4, "\(size / 4) words: \(function)")
    }

    /// A list popped from the bytecode stack must not stay reachable from the frame across
    /// the next call (ocamlrun does not scan above its sp, and has the integer pushed in its
    /// place in its stack; corpus program gc_closures): between `List.length l` and
    /// `run (k - 1)`, the list's word is cleared.
    @Test func poppedPointerIsClearedBeforeTheNextCall() throws {
        let (entry, function) = try Self.lastRecursiveFunction("""
            let rec run k = if k < 1 then 0 else let n = (let l = List.init k string_of_int in List.length l) in n + run (k - 1)
            let () = print_int (run 10)
            """)
        let body = try #require(function.components(separatedBy: "call i32 @caml_fun_\(entry)(").first)
        let previousCall = try #require(body.range(of: "call i32", options: .backwards))
        #expect(body[previousCall.upperBound...].contains("store i32 1, ptr"), "\(function)")
    }

    /// Interprocedural evidence: takc's `z` is only passed along and each `tak` result goes
    /// into another call, yet every caller passes integers and every result is `z` or a
    /// `tak` result: no root frame, as fib.
    @Test func knownFunctionParametersAndResultsNeedNoFrame() throws {
        let (entry, tak) = try Self.lastRecursiveFunction("""
            let rec tak x y z = if y >= x then z else tak (tak (x - 1) y z) (tak (y - 1) z x) (tak (z - 1) x y)
            let () = for i = 1 to 3 do print_int (tak (18 + i) 12 6) done
            """)
        #expect(!tak.contains("@caml_root_sp"), "\(tak)")
        // The three inner calls; the outer one, a self tail call, branches back to the body.
        #expect(tak.components(separatedBy: "call i32 @caml_fun_\(entry)(").count == 4)
    }

    /// Stores of values (not constants) in a definition: into its root frame, and the same
    /// fields of blocks in the variants compared below.
    static func valueStores(_ definition: String) -> Int {
        definition.split(separator: "\n").count { $0.contains("store i32 %") }
    }

    /// A polymorphic function whose result (its parameter `x`) and `x` live across an
    /// allocation (`[n]`): when every caller passes an integer they are not stored in the
    /// frame; once one caller passes a string they are. So do a function's parameters when its
    /// closure escapes (here a partial application given to `List.map`), whatever its
    /// direct callers pass (`[]`, static data, and its own `l`).
    @Test func pointerFromOneCallerOrEscapeIsStored() throws {
        let keep = "let rec keep x n = if n = 0 then x else let r = keep x (n - 1) in match [n] with [k] when k < 0 -> x | _ -> r\n"
        let (_, ints) = try Self.lastRecursiveFunction(keep + "let () = print_int (keep 3 2 + keep 4 1)")
        let (_, mixed) = try Self.lastRecursiveFunction(keep + "let () = print_int (keep 3 2); print_string (keep (String.make 3 'a') 2)")
        #expect(Self.valueStores(mixed) >= Self.valueStores(ints) + 2, "\(ints)\n\(mixed)")
        let count = "let rec count n l = if n = 0 then 0 else let r = count (n - 1) l in r + List.length l\n"
        let (_, known) = try Self.lastRecursiveFunction(count + "let () = print_int (count 3 [])")
        let (_, escaping) = try Self.lastRecursiveFunction(count + "let () = print_int (count 3 []); List.iter print_int (List.map (count 2) [[1]; [2; 3]])")
        #expect(Self.valueStores(escaping) > Self.valueStores(known), "\(known)\n\(escaping)")
    }

    /// Join evidence: a loop counter (entry phi fed by a constant and by OFFSETINT) is an
    /// integer; a phi fed by an unknown value is not, nor is one fed only by such a phi.
    @Test func entryValuesAreIntegersWhenEveryEdgeBringsOne() {
        var evidence = IntegerEvidence()
        let counter = ValueSite.entry(block: 10, depth: 0), increment = ValueSite.result(position: 14, depth: -1)
        evidence.insert(increment)
        evidence.edge(into: counter, from: .constant)
        evidence.edge(into: counter, from: increment)
        let mixed = ValueSite.entry(block: 20, depth: 0), follower = ValueSite.entry(block: 30, depth: 0)
        evidence.edge(into: mixed, from: .constant)
        evidence.edge(into: mixed, from: nil)
        evidence.edge(into: follower, from: mixed)
        evidence.edge(into: follower, from: follower)
        // A loop whose phis feed only each other and constants.
        let a = ValueSite.entry(block: 40, depth: 1), b = ValueSite.entry(block: 50, depth: 1)
        evidence.edge(into: a, from: .constant)
        evidence.edge(into: a, from: b)
        evidence.edge(into: b, from: a)
        let proven = evidence.conclusions()
        #expect(proven.contains(counter) && proven.contains(a) && proven.contains(b))
        #expect(!proven.contains(mixed) && !proven.contains(follower))
    }
    /// The program-wide graph: a known function's parameter is proven by its callers'
    /// arguments (forwards), never by its own integer use (backwards); results flow from
    /// the callee's returns to each call's result, through a recursion's fixed point.
    @Test func parametersAndResultsAcrossCalls() {
        let f = 100, g = 200, caller = 0
        let parameter = ValueSite.parameter(depth: 0), body = ValueSite.entry(block: 101, depth: 0)
        let used = ValueSite.entry(block: 201, depth: 0)
        let call = { (position: Int) in ValueSite.result(position: position, depth: -1) }
        let facts: [Int: LoweringFacts] = [
            // caller: f 3 and g <unknown>.
            caller: LoweringFacts(proven: [.constant], incoming: [:], calls: [
                KnownCall(callee: f, arguments: [.constant], result: call(1)),
                KnownCall(callee: g, arguments: [nil], result: call(2)),
            ], returns: []),
            // f x = f x (a tail call) or x: its result is x; x is only passed along.
            f: LoweringFacts(proven: [.constant], incoming: [body: [parameter]], calls: [
                KnownCall(callee: f, arguments: [body], result: nil),
            ], returns: [body]),
            // g y uses y as an int: that proves y in g's block, not what callers pass.
            g: LoweringFacts(proven: [.constant, used], incoming: [used: [parameter]], calls: [], returns: [.constant]),
        ]
        let proven = ProgramEvidence.unrooted(facts, known: [f, g], arities: { _ in 1 })
        #expect(proven[f]?.contains(parameter) == true && proven[f]?.contains(body) == true)
        #expect(proven[caller]?.contains(call(1)) == true && proven[caller]?.contains(call(2)) == true)
        #expect(proven[g]?.contains(parameter) != true)
        // Unknown callers (the closure escapes): nothing proven about the parameter.
        let escaped = ProgramEvidence.unrooted(facts, known: [g], arities: { _ in 1 })
        #expect(escaped[f]?.contains(body) != true && escaped[caller]?.contains(call(1)) != true)
    }
}
