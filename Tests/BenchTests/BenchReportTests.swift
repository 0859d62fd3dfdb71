import Foundation
@testable import KilnDriver
import KilnTestSupport
import Testing

/// The report's pieces without QEMU: the output comparison, the chart's log scale, the
/// tables.
@Suite struct BenchReportTests {
    static func report(_ speedups: [(String, Double)]) -> BenchReport {
        let size = FirmwareSize(text: 1000, data: 10, bss: 100)
        return BenchReport(programs: speedups.map { name, speedup in
            BenchReport.Program(name: name, path: name + ".byte", exitCode: 0,
                                native: .init(instructions: 1_000_000, size: size),
                                interpreted: .init(instructions: UInt64((1_000_000 * speedup).rounded()), size: size))
        })
    }

    @Test func differentOutputsAreReported() {
        let same = OutputDifference.between(nativeStdout: Array("a\nb\n".utf8), nativeStatus: 0,
                                            interpretedStdout: Array("a\nb\n".utf8), interpretedStatus: 0)
        #expect(same == nil)
        let line = OutputDifference.between(nativeStdout: Array("a\nb\nc\n".utf8), nativeStatus: 0,
                                            interpretedStdout: Array("a\nB\nc\n".utf8), interpretedStatus: 0)
        #expect(line == OutputDifference(what: "stdout line 2", native: "\"b\\n\"", interpreted: "\"B\\n\""))
        let shorter = OutputDifference.between(nativeStdout: Array("a\nb\n".utf8), nativeStatus: 0,
                                               interpretedStdout: Array("a\n".utf8), interpretedStatus: 0)
        #expect(shorter == OutputDifference(what: "stdout line 2", native: "\"b\\n\"", interpreted: "(end of output)"))
        let newline = OutputDifference.between(nativeStdout: Array("a\n".utf8), nativeStatus: 0,
                                               interpretedStdout: Array("a".utf8), interpretedStatus: 0)
        #expect(newline?.what == "stdout line 1")
        let status = OutputDifference.between(nativeStdout: [], nativeStatus: 0, interpretedStdout: [], interpretedStatus: 2)
        #expect(status == OutputDifference(what: "exit code", native: "0", interpreted: "2"))
    }

    @Test func chartAxisIsLogarithmic() throws {
        let report = Self.report([("ten", 10), ("root-ten", 10.0.squareRoot()), ("x<y&z", 1.5), ("hundred", 100)])
        let svg = try SVGTexts.parse(data: Data(BenchChart.svg(report).utf8))
        let bars = svg.elements.filter { $0.attributes["class"] == "bar" }
        #expect(bars.map { $0.attributes["data-name"] } == ["ten", "root-ten", "x<y&z", "hundred"])
        let heights = bars.map { Double($0.attributes["height"] ?? "") ?? 0 }
        // Heights from 1×: log(10) = 2 log(√10), log(100) = 2 log(10).
        #expect(abs(heights[0] / heights[1] - 2) < 0.005, "\(heights)")
        #expect(abs(heights[3] / heights[0] - 2) < 0.005, "\(heights)")
        // Each bar ends at 1×'s gridline.
        let one = try #require(svg.elements.first { $0.attributes["class"] == "grid" && $0.attributes["data-tick"] == "1.0" })
        let baseline = Double(one.attributes["y1"] ?? "") ?? 0
        for bar in bars {
            let bottom = (Double(bar.attributes["y"] ?? "") ?? 0) + (Double(bar.attributes["height"] ?? "") ?? 0)
            #expect(abs(bottom - baseline) < 0.02)
        }
        let texts = Set(svg.allTexts)
        for tick in ["1×", "2×", "5×", "10×", "20×", "50×", "100×"] { #expect(texts.contains(tick), "no tick \(tick)") }
        for label in ["10.0×", "3.16×", "1.50×", "100×", "x<y&z"] { #expect(texts.contains(label), "no label \(label)") }
        #expect(svg.elements.contains { $0.attributes["class"] == "geomean" })
    }

    @Test func speedupsBelowOneGoDown() throws {
        let svg = try SVGTexts.parse(data: Data(BenchChart.svg(Self.report([("slow", 0.5), ("fast", 4)])).utf8))
        let texts = Set(svg.allTexts)
        #expect(texts.contains("0.5×") && texts.contains("0.50×"))
    }

    @Test func tablesHoldEveryNumber() {
        let report = Self.report([("fib", 12.5), ("sieve", 4)])
        #expect(abs(report.geometricMeanSpeedup - (12.5 * 4).squareRoot()) < 1e-9)
        for table in [report.table, report.markdown] {
            for cell in ["fib", "sieve", "1,000,000", "12,500,000", "4,000,000", "12.5×", "4.00×", "7.07×", "1,000", "100"] {
                #expect(table.contains(cell), "\(cell) missing from\n\(table)")
            }
        }
        #expect(report.markdown.split(separator: "\n").count == 5)
    }
}
