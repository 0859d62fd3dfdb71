import KilnOCaml
import Testing
@testable import OCamlRuntime

extension RuntimeSuites {
    /// caml_hash and the structural comparisons against ocamlrun on the same random values.
    @Suite struct HashCompareTests {
        static let count = 300

        @Test func hashMatchesOCamlRun() throws {
            var r = SplitMix(seed: 11)
            // The special doubles first (NaNs with payloads and signs, signed zeros), then random values.
            let specials: [Term] = [0.0, -0.0, .nan, -.nan, Double(bitPattern: 0x7FF0_0000_0000_0001), .infinity]
                .flatMap { [Term.float($0), .floatArray([$0, 1]), .block(0, [.float($0), .int(1)])] }
            let terms = specials + (0..<Self.count).map { _ in Term.random(&r) }
            var program = Term.prelude
            for t in terms {
                program += "let () = let v = \(t.ocaml) in Printf.printf \"%d %d %d\\n\" (Hashtbl.hash v) (Hashtbl.hash_param 3 5 v) (Hashtbl.seeded_hash 42 v)\n"
            }
            let expected = try OCamlOracle.run(program)
            Harness.start()
            for (i, t) in terms.enumerated() {
                let v = t.build()
                let got = [(10, 100, 0), (3, 5, 0), (10, 100, 42)].map { (count, limit, seed) in
                    String(intVal(caml_hash(valInt(Int32(count)), valInt(Int32(limit)), valInt(Int32(seed)), v)))
                }.joined(separator: " ")
                #expect(got == expected[i], "\(t.ocaml)")
            }
        }

        /// Strings of every length 0...24 (whole words, then 1-3 tail bytes, which are read
        /// as a masked word), bytes of every value, hashed with three seeds/limits.
        @Test func stringHashesMatchOCamlRun() throws {
            var r = SplitMix(seed: 13)
            let strings = (0...24).flatMap { n in
                (0..<3).map { k in (0..<n).map { _ in k == 0 ? UInt8(97 + r.below(26)) : UInt8(r.below(256)) } }
            }
            var program = ""
            for s in strings {
                let v = OCamlOracle.literal(s)
                program += "let () = Printf.printf \"%d %d %d\\n\" (Hashtbl.hash \(v)) (Hashtbl.hash_param 1 1 \(v)) (Hashtbl.seeded_hash 7 \(v))\n"
            }
            let expected = try OCamlOracle.run(program)
            Harness.start()
            for (i, s) in strings.enumerated() {
                let v = allocateString(s)!
                let got = [(10, 100, 0), (1, 1, 0), (10, 100, 7)].map { (count, limit, seed) in
                    String(intVal(caml_hash(valInt(Int32(count)), valInt(Int32(limit)), valInt(Int32(seed)), v)))
                }.joined(separator: " ")
                #expect(got == expected[i], "\(s)")
            }
        }

        /// Strings of every length 0...12 against the same string with one byte changed
        /// (up or down) at every position, and against its prefixes: every comparison.
        @Test func stringComparesMatchOCamlRun() throws {
            var r = SplitMix(seed: 14)
            var pairs: [([UInt8], [UInt8])] = []
            for n in 0...12 {
                let s = (0..<n).map { _ in UInt8(1 + r.below(254)) }
                pairs.append((s, s))
                for i in 0..<n {
                    for delta in [1, 255] as [UInt8] {
                        var t = s
                        t[i] &+= delta
                        pairs.append((s, t))
                    }
                    pairs.append((s, Array(s[..<i])))
                    pairs.append((Array(s[..<i]), s))
                }
            }
            var program = ""
            for (a, b) in pairs {
                program += "let () = let a = \(OCamlOracle.literal(a)) and b = \(OCamlOracle.literal(b)) in Printf.printf \"%d %b %b %b %b %b %b\\n\" (compare a b) (a = b) (a <> b) (a < b) (a <= b) (a > b) (a >= b)\n"
            }
            let expected = try OCamlOracle.run(program)
            Harness.start()
            for (i, (sa, sb)) in pairs.enumerated() {
                let a = allocateString(sa)!, b = allocateString(sb)!
                let flags = [caml_equal, caml_notequal, caml_lessthan, caml_lessequal, caml_greaterthan, caml_greaterequal]
                    .map { $0(a, b) == trueValue ? "true" : "false" }
                let got = ([String(intVal(caml_compare(a, b)))] + flags).joined(separator: " ")
                #expect(got == expected[i], "\(sa) vs \(sb)")
            }
        }

        @Test func compareMatchesOCamlRun() throws {
            var r = SplitMix(seed: 12)
            let pairs = (0..<Self.count).map { _ -> (Term, Term) in
                let a = Term.random(&r)
                return (a, r.below(4) == 0 ? Term.random(&r) : a.perturbed(&r))
            }
            var program = Term.prelude
            for (a, b) in pairs {
                program += "let () = let a = \(a.ocaml) and b = \(b.ocaml) in Printf.printf \"%d %b %b %b %b %b %b\\n\" (compare a b) (a = b) (a <> b) (a < b) (a <= b) (a > b) (a >= b)\n"
            }
            let expected = try OCamlOracle.run(program)
            Harness.start()
            for (i, (ta, tb)) in pairs.enumerated() {
                let a = ta.build()
                Roots.push(a)
                let b = tb.build()
                Roots.push(b)
                let c = intVal(caml_compare(a, b))
                let flags = [caml_equal, caml_notequal, caml_lessthan, caml_lessequal, caml_greaterthan, caml_greaterequal]
                    .map { $0(a, b) == trueValue ? "true" : "false" }
                #expect(([String(c)] + flags).joined(separator: " ") == expected[i], "\(ta.ocaml) vs \(tb.ocaml)")
                caml_root_sp += 2
            }
        }

        /// Blocks of more than 65,535 fields: the pending field's index and size once
        /// shared one word, 16 bits each, and a difference past the truncated size went unseen.
        @Test func largeBlocksCompareToTheEnd() throws {
            let n = 70_000
            let expected = try OCamlOracle.run("""
                let () = let a = Array.make \(n) 0 and b = Array.make \(n) 0 in
                  b.(\(n - 1)) <- 1; Printf.printf "%d %b %d\\n" (compare a b) (a = b) (compare b a)

                """)
            Harness.start(heapBytes: 1 << 20)
            let a = OCamlHeap.allocate(n, 0)!
            Roots.push(a)
            let b = OCamlHeap.allocate(n, 0)!
            setField(b, n - 1, valInt(1))
            let got = "\(intVal(caml_compare(a, b))) \(caml_equal(a, b) == trueValue) \(intVal(caml_compare(b, a)))"
            #expect([got] == expected)
            caml_root_sp += 1
        }

        @Test func functionalValuesRaise() {
            Harness.start()
            let c = OCamlHeap.allocate(2, OCamlTag.closure)!
            setField(c, 1, UInt32(1) << 24 | UInt32(2) << 1 | 1)
            #expect(caml_compare(c, c) == valInt(0))   // physically equal: compare stops there
            #expect(caml_equal(c, c) == exceptionSentinel)
            #expect(Harness.raised() == "Invalid_argument(\"compare: functional value\")")
        }
    }
}
