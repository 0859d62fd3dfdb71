import Format
import FormatCheck
import Testing

/// Cases worth pinning down by name, each against glibc where glibc has an answer.
@Suite struct SpecialCaseTests {
    /// Kiln's text for `conversion` equals glibc's.
    func expectGlibc(_ conversion: String, _ value: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        let printf = PrintfConversion(conversion)
        #expect(printf.kiln(value) == HostLibc.format(conversion, value), "\(conversion) of \(value)",
                sourceLocation: sourceLocation)
    }

    @Test func infinitiesAndNaNs() {
        for conversion in ["%f", "%e", "%g", "%F", "%E", "%G", "%+f", "% e", "%08g", "%-8f", "%#g", "%8.3f"] {
            for value in [Double.infinity, -.infinity, .nan, -.nan, .signalingNaN] { expectGlibc(conversion, value) }
        }
        #expect(PrintfConversion("%f").kiln(-.nan) == "-nan")
        #expect(PrintfConversion("%08F").kiln(.infinity) == "     INF")
    }

    @Test func tiesRoundToEven() {
        // Exactly representable ties: 0.5, 1.5, 2.5, 0.125, 15 at one digit.
        for (conversion, value, text) in [("%.0f", 0.5, "0"), ("%.0f", 1.5, "2"), ("%.0f", 2.5, "2"),
                                          ("%.2f", 0.125, "0.12"), ("%.2f", 0.375, "0.38"), ("%.0e", 15.0, "2e+01"),
                                          ("%.0e", 25.0, "2e+01"), ("%.1g", 0.25, "0.2"), ("%.3g", 1002.5, "1e+03")] {
            #expect(PrintfConversion(conversion).kiln(value) == text, "\(conversion) of \(value)")
            expectGlibc(conversion, value)
        }
        // 0.15 is really 0.1499999999999999944…: not a tie, rounds down.
        expectGlibc("%.1f", 0.15)
    }

    @Test func roundingCarriesIntoANewDigit() {
        for (conversion, value) in [("%.2f", 9.999), ("%.0e", 9.6), ("%g", 999999.5), ("%.3g", 99.95),
                                    ("%g", 0.000099999995), ("%.0f", 0.5000000000000001), ("%.0f", 0.49999999999999994)] {
            expectGlibc(conversion, value)
        }
    }

    @Test func extremesPrintEveryDigit() {
        for conversion in ["%.1074f", "%.760e", "%.800g", "%.17g", "%f", "%.0f"] {
            for value in [Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, Double.greatestFiniteMagnitude,
                          -0.0, 0.0, 1e23, 9007199254740993] {
                expectGlibc(conversion, value)
            }
        }
    }

    @Test func alternateGeneralAfterACarryPrintsAsGlibcDoes() {
        // glibc prints "1.e+03" here where C11 asks for "1.00e+03" (FloatFormatting).
        #expect(PrintfConversion("%#.3g").kiln(999.5) == "1.e+03")
        for (conversion, value) in [("%#.3g", 999.5), ("%#g", 999999.9999999999), ("%#.1g", 9.5), ("%#.3g", 9.9996),
                                    ("%#g", 0.000099999999), ("%#.2g", 999.5), ("%#.3G", 999.5), ("%#10.4g", 9999.5)] {
            expectGlibc(conversion, value)
        }
    }

    @Test func subnormalHexadecimalRoundsExactlyWhereGlibcDoesNot() {
        // 0x32ae7113308b4b × 2^−1076 = 0xcab9c44cc22d2.C × 2^−1074: rounds up to …d3
        // (Python's float.fromhex agrees); glibc 2.36's strtod returns …d2.
        let text = "0x32ae7113308b4bp-1076"
        #expect(FloatParsing.parse(Array(text.utf8)).bits == 0x000C_AB9C_44CC_22D3)
        #expect(HostLibc.exactHexadecimal(text)?.bitPattern == 0x000C_AB9C_44CC_22D3)
    }

    @Test func hexadecimalFloats() {
        for conversion in ["%a", "%A", "%.0a", "%.1a", "%#.0a", "%.3a", "%.15a", "%20.2a", "%-+12a", "%012a", "% a"] {
            for value in [0.0, -0.0, 1.0, 1.5, 3.0, 0x1.08p0, 0x1.18p0, 0x1.fffffffffffffp0, 5e-324, 0x0.8p-1022,
                          0x0.fffffffffffffp-1022, -0.1, 1e300, .infinity, -.nan] {
                expectGlibc(conversion, value)
            }
        }
    }

    @Test func flags() {
        for conversion in ["%#.0f", "%#.0e", "%#g", "%#.3g", "%+.3e", "% .3f", "%010.3f", "%-10.3e", "%+010g",
                           "%0-10f", "% +f", "%#10.0g", "%G", "%.0g", "%#.0g"] {
            for value in [0.0, -0.0, 1.0, -2.5, 100.0, 1e-5, 123456.789, 1e100] { expectGlibc(conversion, value) }
        }
    }

    @Test func integersInCAndOtherBases() {
        for conversion in ["%lld", "%+lld", "% lld", "%08lld", "%-8lld", "%.0lld", "%.5lld", "%#llo", "%#.0llo",
                           "%#llx", "%#08llX", "%llu", "%10.4llx"] {
            for value: Int64 in [0, 1, -1, 42, -42, .max, .min, 0x1234_5678_9ABC] {
                let printf = PrintfConversion(conversion)
                #expect(printf.kiln(integer: value) == HostLibc.format(conversion, integer: value), "\(conversion) of \(value)")
            }
        }
        // Bases C lacks, against Swift's own conversion.
        for base in 2...36 {
            for value: UInt64 in [0, 1, 35, 36, 12345678901234567890, .max] {
                var out: [UInt8] = []
                IntegerFormatting.append(unsigned: value, base: base, spec: FormatSpec(), to: &out)
                #expect(String(decoding: out, as: UTF8.self) == String(value, radix: base), "\(value) in base \(base)")
            }
        }
        var upper = FormatSpec()
        upper.uppercase = true
        var out: [UInt8] = []
        IntegerFormatting.append(signed: -35, base: 36, spec: upper, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "-Z")
    }

    @Test func parsingForms() {
        for text in ["", "   ", "+", "-", ".", "e5", "0x", "0x.", "0xp1", "1e", "1e+", "1e+x", "1.e3", ".5", "5.",
                     "0x1p", "0x1.8p3", "0X1.8P+3", "-0x0.0000000000001p-1022", "0x1p-1075", "0x1.00000000000008p0",
                     "0x1.000000000000080000000001p0", "inf", "INF", "-Infinity", "infinit", "nan", "-nan", "NaN()",
                     "nan(abc)", "nan(", "nan(a b)", "nan(123)", "-nan(0x7ffffffffffff)", "nan(0x1fffffffffffff)", "nan(010)", "nan(08)", "nan(0x)", "nan(18446744073709551616)", "1e-400", "-1e400", "2.4703282292062327e-324",
                     "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308",
                     "00000000000000000000001.5", "0.000000000000000000000000000000000000001e39",
                     "9007199254740993", "9007199254740993.000000000000000000000001", "1e99999999999", "-1e-99999999999", "0e99999999999", "0x1p99999999999", "0x1p-99999999999", "\u{0B}\u{0C} 12"] {
            let ours = FloatParsing.parse(Array(text.utf8)), theirs = HostLibc.parse(text)
            #expect(ours.bits == theirs.bits && ours.consumed == theirs.consumed,
                    "\"\(text)\": kiln 0x\(String(ours.bits, radix: 16)) \(ours.consumed), glibc 0x\(String(theirs.bits, radix: 16)) \(theirs.consumed)")
        }
    }

    @Test func halfwayBetweenDoublesWithManyDigits() {
        // 2^53 + 1 is the tie between 2^53 and 2^53 + 2: ties to even (2^53), and any
        // non-zero digit far to the right breaks the tie upwards — beyond digit 800 too.
        let tie = "9007199254740993"
        #expect(FloatParsing.parse(Array(tie.utf8)).bits == Double(9007199254740992).bitPattern)
        let above = tie + "." + String(repeating: "0", count: 900) + "1"
        #expect(FloatParsing.parse(Array(above.utf8)).bits == Double(9007199254740994).bitPattern)
        #expect(FloatParsing.parse(Array(above.utf8)).bits == HostLibc.parse(above).bits)
    }

    @Test func shortestDigits() {
        for (value, digits, exponent) in [(0.1, [1], -1), (1e23, [1], 23), (Double.leastNonzeroMagnitude, [5], -324),
                                          (1.7976931348623157e308, [1, 7, 9, 7, 6, 9, 3, 1, 3, 4, 8, 6, 2, 3, 1, 5, 7], 308),
                                          (2.0, [2], 0), (123.456, [1, 2, 3, 4, 5, 6], 2), (9007199254740992.0, [9, 0, 0, 7, 1, 9, 9, 2, 5, 4, 7, 4, 0, 9, 9, 2], 15)] {
            let shortest = ShortestDecimal(bits: value.bitPattern)
            #expect(shortest.digits == digits.map(UInt8.init) && shortest.exponent == exponent, "\(value)")
        }
        #expect(ShortestDecimal(bits: (-0.0).bitPattern).digits.isEmpty)
        #expect(ShortestDecimal(bits: (-0.0).bitPattern).negative)
    }
}
