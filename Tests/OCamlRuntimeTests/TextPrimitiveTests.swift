import KilnOCaml
import Testing
@testable import OCamlRuntime

extension RuntimeSuites {
    /// Number formatting and parsing primitives against the same primitives in ocamlrun
    /// (declared as externals in the oracle program), on cases where a 32-bit and a 64-bit
    /// runtime agree (31-bit ints; %u/%x/%o of non-negative values).
    @Suite struct TextPrimitiveTests {
        static let intFormats = ["%d", "%i", "%5d", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%u", "%.3d", "%8.3x", "%-#8x"]
        static let floatFormats = ["%f", "%.0f", "%.3f", "%10.2f", "%+f", "%e", "%.3e", "%E", "%g", "%.12g", "%.17g", "%G", "%#g", "%a", "%.3a", "%015.4f", "% g"]

        /// Printable oracle output for a primitive that may raise Failure.
        static let prelude = """
            external format_int : string -> int -> string = "caml_format_int"
            external format_float : string -> float -> string = "caml_format_float"
            external int64_format : string -> int64 -> string = "caml_int64_format"
            external int32_format : string -> int32 -> string = "caml_int32_format"
            let guard f x = try f x with Failure m -> "Failure " ^ m
            let fl bits = Int64.float_of_bits bits

            """

        func text(_ v: Value) -> String { v == exceptionSentinel ? "Failure " + Harness.text(field(caml_exn_bucket, 1)) : Harness.text(v) }

        @Test func formattingMatchesOCamlRun() throws {
            var r = SplitMix(seed: 21)
            var program = Self.prelude
            var cases: [() -> String] = []
            // Every digit count, at both ends, both signs (string_of_int's `%d` has its own path).
            let powers = (0...9).map { (0..<$0).reduce(Int64(1)) { n, _ in n * 10 } }
            let near: [Int64] = powers.flatMap { p -> [Int64] in [p - 1, p, p + 1, -p, 1 - p, 2 * p, 5 * p - 1] }
            let edges: [Int32] = near.filter { n in n >= -(1 << 30) && n < (1 << 30) }.map { n in Int32(n) }
            let ints: [Int32] = [0, 1, -1, 42, -42, 1_073_741_823, -1_073_741_824, 1_073_741_822, -1_073_741_823] + edges
                + (0..<20).map { _ in Int32(truncatingIfNeeded: r.next()) >> 2 }
            for fmt in Self.intFormats {
                for n in ints where n >= 0 || !"uxXo".contains(fmt.last!) {
                    program += "let () = print_endline (format_int \(OCamlOracle.literal(Array(fmt.utf8))) (\(n)))\n"
                    cases.append { self.text(caml_format_int(Harness.string(fmt), valInt(n))) }
                }
            }
            var doubles: [Double] = [0, -0.0, 1, -1, 0.1, 1e10, 1.5e-300, Double(bitPattern: 1), .infinity, -.infinity, .nan, 123456.789, 0.5, 2.5, 1e21, 9.999999e-5]
            for _ in 0..<20 { doubles.append(Double(bitPattern: r.next())) }
            for fmt in Self.floatFormats {
                for d in doubles {
                    program += "let () = print_endline (format_float \(OCamlOracle.literal(Array(fmt.utf8))) (fl (\(Int64(bitPattern: d.bitPattern))L)))\n"
                    cases.append { self.text(caml_format_float(Harness.string(fmt), boxDouble(d))) }
                }
            }
            for (precision, style) in [(-1, "-"), (0, "-"), (3, "+"), (12, " "), (20, "-")] {
                for d in doubles {
                    let fmt = precision < 0 ? "%\(style == "-" ? "" : style)h" : "%\(style == "-" ? "" : style).\(precision)h"
                    program += "let () = print_endline (Printf.sprintf \"\(fmt)\" (fl (\(Int64(bitPattern: d.bitPattern))L)))\n"
                    cases.append {
                        self.text(caml_hexstring_of_float(boxDouble(d), valInt(Int32(precision)), valInt(Int32(UInt8(ascii: Unicode.Scalar(style)!)))))
                    }
                }
            }
            let longs: [Int64] = [0, -1, Int64.max, Int64.min + 1, 1 << 40] + (0..<10).map { _ in Int64(bitPattern: r.next()) }
            for fmt in ["%d", "%Ld", "%x", "%Lx", "%020Ld", "%+Ld", "%Lu", "%Lo"] {
                for n in longs {
                    program += "let () = print_endline (int64_format \(OCamlOracle.literal(Array(fmt.utf8))) (\(n)L))\n"
                    cases.append { self.text(caml_int64_format(Harness.string(fmt), boxInt64(n))) }
                }
            }
            for fmt in ["%d", "%ld", "%lx", "%lu", "%08lX"] {
                for n: Int32 in [0, -1, Int32.max, -5, 77] {
                    program += "let () = print_endline (int32_format \(OCamlOracle.literal(Array(fmt.utf8))) (\(n)l))\n"
                    cases.append { self.text(caml_int32_format(Harness.string(fmt), boxInt32(n))) }
                }
            }
            let expected = try OCamlOracle.run(program)
            Harness.start()
            #expect(expected.count == cases.count)
            var mismatches = 0
            for (i, c) in cases.enumerated() where i < expected.count {
                let got = c()
                if got != expected[i] {
                    mismatches += 1
                    if mismatches < 20 { Issue.record("case \(i): \(got) vs ocamlrun \(expected[i])") }
                }
            }
            #expect(mismatches == 0)
        }

        @Test func parsingMatchesOCamlRun() throws {
            let intTexts = ["0", "42", "-42", "+7", "0x1F", "0X1f", "-0x10", "0o17", "0b101", "0u123", "1_000_000", "1073741823",
                            "-1073741824", "", "-", "abc", "12a", "0x", " 1", "1 ", "_1", "1__2", "0xg", "99999999999999999999"]
            let int64Texts = ["0", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "0xFFFFFFFFFFFFFFFF",
                              "0x10000000000000000", "-0x8000000000000000", "12_34", "0u18446744073709551615", "x"]
            let int32Texts = ["2147483647", "-2147483648", "2147483648", "0xFFFFFFFF", "0x100000000", "-0xFFFFFFFF", "0b11111111111111111111111111111111"]
            let floatTexts = ["0", "1.5", "-2.25e3", "1e400", "-1e-400", "0x1.8p3", "0X1P-2", "inf", "-infinity", "nan", "1_000.5",
                              " 3.0", "3.0 ", "", "1e", "1.5x", ".5", "5.", "0x", "4.9406564584124654e-324", "2.2250738585072011e-308",
                              "0.1", "123456789012345678901234567890", "1.7976931348623157e308", "1.7976931348623159e308"]
            var program = Self.prelude
            var cases: [() -> String] = []
            for t in intTexts {
                program += "let () = print_endline (guard (fun s -> string_of_int (int_of_string s)) \(OCamlOracle.literal(Array(t.utf8))))\n"
                cases.append {
                    let v = caml_int_of_string(Harness.string(t))
                    return v == exceptionSentinel ? self.text(v) : String(intVal(v))
                }
            }
            for t in int64Texts {
                program += "let () = print_endline (guard (fun s -> Int64.to_string (Int64.of_string s)) \(OCamlOracle.literal(Array(t.utf8))))\n"
                cases.append {
                    let v = caml_int64_of_string(Harness.string(t))
                    return v == exceptionSentinel ? self.text(v) : String(int64Val(v))
                }
            }
            for t in int32Texts {
                program += "let () = print_endline (guard (fun s -> Int32.to_string (Int32.of_string s)) \(OCamlOracle.literal(Array(t.utf8))))\n"
                cases.append {
                    let v = caml_int32_of_string(Harness.string(t))
                    return v == exceptionSentinel ? self.text(v) : String(int32Val(v))
                }
            }
            for t in floatTexts {
                program += "let () = print_endline (guard (fun s -> Int64.to_string (Int64.bits_of_float (float_of_string s))) \(OCamlOracle.literal(Array(t.utf8))))\n"
                cases.append {
                    let v = caml_float_of_string(Harness.string(t))
                    return v == exceptionSentinel ? self.text(v) : String(Int64(bitPattern: doubleVal(v).bitPattern))
                }
            }
            let expected = try OCamlOracle.run(program)
            Harness.start()
            #expect(expected.count == cases.count)
            for (i, c) in cases.enumerated() where i < expected.count {
                let got = c()
                #expect(got == expected[i], "case \(i)")
            }
        }
    }
}

extension RuntimeSuites.TextPrimitiveTests {
    @Test func digestMatchesOCamlRun() throws {
        var r = SplitMix(seed: 31)
        let texts: [[UInt8]] = [[], Array("abc".utf8), [UInt8](repeating: 97, count: 55), [UInt8](repeating: 98, count: 56),
                                [UInt8](repeating: 99, count: 64), [UInt8](repeating: 100, count: 119)]
            + (0..<10).map { _ in (0..<r.below(300)).map { _ in UInt8(r.below(256)) } }
        var program = ""
        for t in texts { program += "let () = print_endline (Digest.to_hex (Digest.string \(OCamlOracle.literal(t))))\n" }
        let expected = try OCamlOracle.run(program)
        Harness.start()
        for (i, t) in texts.enumerated() {
            let d = caml_md5_string(allocateString(t)!, valInt(0), valInt(t.count))
            let hex = stringBytes(d).map { String(format: "%02x", $0) }.joined()
            #expect(hex == expected[i])
        }
    }
}
