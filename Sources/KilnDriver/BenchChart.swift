#if canImport(Glibc)
import Glibc
#endif

/// `kiln bench --chart`: the speedups as a bar chart in hand-written SVG (no dependencies,
/// readable in any browser). One bar per program from 1× up to its speedup on a
/// logarithmic axis, so that 10× and 100× both read well; gridlines and labels at 1, 2, 5,
/// 10, 20, 50, ...; the value above each bar, the name under it; the geometric mean as a
/// dashed line labelled in the right margin.
///
/// Elements a reader (or a test) can find: `rect class="bar"` with `data-name` and
/// `data-speedup`, `text class="value"`, `text class="name"`, `line class="grid"` with
/// `data-tick`, `line class="geomean"`.
public enum BenchChart {
    /// The chart's geometry: bars from y(1) to y(value), y logarithmic between two ticks.
    public struct Scale: Sendable {
        /// The lowest and highest ticks on the axis.
        public var low: Double, high: Double
        /// The plot area's top and bottom in SVG units.
        public var top: Double, bottom: Double

        /// The SVG y of `value`.
        public func y(_ value: Double) -> Double {
            bottom - (log10(value) - log10(low)) / (log10(high) - log10(low)) * (bottom - top)
        }

        /// The 1-2-5 ticks from `low` to `high`.
        public var ticks: [Double] { BenchChart.ticks(from: low, to: high) }
    }

    /// 1, 2, 5, 10, 20, 50, ... between `low` and `high` (both included when they are ticks).
    public static func ticks(from low: Double, to high: Double) -> [Double] {
        var result: [Double] = []
        var decade = pow(10, floor(log10(low)))
        while decade <= high * 1.0001 {
            for mantissa in [1.0, 2, 5] {
                let tick = decade * mantissa
                if tick >= low * 0.9999 && tick <= high * 1.0001 { result.append(tick) }
            }
            decade *= 10
        }
        return result
    }

    /// The axis for `values`: from the highest tick at or below min(1, values) to the lowest
    /// at or above max(2, values), so 1× is always on it and a bar always has a top.
    public static func scale(for values: [Double], top: Double, bottom: Double) -> Scale {
        let smallest = min(1, values.filter { $0 > 0 }.min() ?? 1), largest = max(2, values.max() ?? 2)
        let all = ticks(from: pow(10, floor(log10(smallest))), to: pow(10, ceil(log10(largest))))
        let low = all.last { $0 <= smallest * 1.0001 } ?? all[0]
        let high = all.first { $0 >= largest * 0.9999 } ?? all[all.count - 1]
        return Scale(low: low, high: high, top: top, bottom: bottom)
    }

    /// The SVG document for `report`.
    public static func svg(_ report: BenchReport,
                           title: String = "Kiln: native vs interpreted OCaml on the Xtensa core") -> String {
        let programs = report.programs
        let longestName = programs.map(\.name.count).max() ?? 0
        let slot = 84.0
        // Names wider than their slot are turned, and need more room below.
        let turned = Double(longestName) * 7.5 > slot - 8
        let left = 84.0, right = 160.0, top = 78.0
        let namesHeight = turned ? 16 + Double(min(longestName, 32)) * 5.5 : 26
        let plotWidth = max(420, slot * Double(programs.count)), plotHeight = 340.0
        let width = left + plotWidth + right, height = top + plotHeight + namesHeight + 44
        let scale = Self.scale(for: programs.map(\.speedup), top: top, bottom: top + plotHeight)
        let one = scale.y(1), plotRight = left + plotWidth
        // Bars sit in slots spread over the plot's width.
        let step = programs.isEmpty ? slot : plotWidth / Double(programs.count)

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text class="title" x="\(n(width / 2))" y="30" text-anchor="middle" font-size="19" font-weight="bold">\(escape(title))</text>
            <text x="\(n(width / 2))" y="52" text-anchor="middle" font-size="13" fill="#444444">speedup = interpreted ÷ native instructions executed, exact counts under QEMU</text>

            """
        for tick in scale.ticks {
            let y = scale.y(tick)
            svg += """
                <line class="grid" data-tick="\(tick)" x1="\(n(left))" y1="\(n(y))" x2="\(n(plotRight))" y2="\(n(y))" stroke="\(tick == 1 ? "#333333" : "#d8d8d8")" stroke-width="\(tick == 1 ? 1.5 : 1)"/>
                <text class="tick" x="\(n(left - 8))" y="\(n(y + 4.5))" text-anchor="end" font-size="13">\(label(tick))</text>

                """
        }
        svg += """
            <line x1="\(n(left))" y1="\(n(scale.top))" x2="\(n(left))" y2="\(n(scale.bottom))" stroke="#333333" stroke-width="1.5"/>

            """
        for (index, program) in programs.enumerated() {
            let centre = left + step * (Double(index) + 0.5)
            let barWidth = min(56, step * 0.62)
            let y = scale.y(program.speedup)
            let above = program.speedup >= 1
            svg += """
                <rect class="bar" data-name="\(escape(program.name))" data-speedup="\(BenchFormat.fixed(program.speedup, 6))" x="\(n(centre - barWidth / 2))" y="\(n(min(y, one)))" width="\(n(barWidth))" height="\(n(abs(one - y)))" fill="#3b75af"/>
                <text class="value" x="\(n(centre))" y="\(n(above ? y - 7 : y + 17))" text-anchor="middle" font-size="13" font-weight="bold" stroke="#ffffff" stroke-width="3" paint-order="stroke">\(BenchFormat.speedup(program.speedup))</text>

                """
            let nameY = scale.bottom + 20
            svg += turned
                ? "<text class=\"name\" x=\"\(n(centre + 4))\" y=\"\(n(nameY))\" text-anchor=\"end\" font-size=\"13\" transform=\"rotate(-35 \(n(centre + 4)) \(n(nameY)))\">\(escape(program.name))</text>\n"
                : "<text class=\"name\" x=\"\(n(centre))\" y=\"\(n(nameY))\" text-anchor=\"middle\" font-size=\"13\">\(escape(program.name))</text>\n"
        }
        if !programs.isEmpty {
            let mean = report.geometricMeanSpeedup, y = scale.y(mean)
            svg += """
                <line class="geomean" x1="\(n(left))" y1="\(n(y))" x2="\(n(plotRight + 8))" y2="\(n(y))" stroke="#c8381e" stroke-width="2" stroke-dasharray="7 4"/>
                <text x="\(n(plotRight + 12))" y="\(n(y - 3))" font-size="13" fill="#c8381e">geometric mean</text>
                <text class="geomean-value" x="\(n(plotRight + 12))" y="\(n(y + 14))" font-size="13" font-weight="bold" fill="#c8381e">\(BenchFormat.speedup(mean))</text>

                """
        }
        let axisY = (scale.top + scale.bottom) / 2
        svg += """
            <text class="axis-title" x="22" y="\(n(axisY))" text-anchor="middle" font-size="14" transform="rotate(-90 22 \(n(axisY)))">speedup (log scale)</text>
            <text class="axis-title" x="\(n(left + plotWidth / 2))" y="\(n(height - 12))" text-anchor="middle" font-size="14">program</text>
            </svg>

            """
        return svg
    }

    /// A tick's label: 1×, 2×, 0.5×, 1000×.
    static func label(_ tick: Double) -> String {
        (tick >= 1 ? BenchFormat.fixed(tick, 0) : BenchFormat.fixed(tick, Int(ceil(-log10(tick))))) + "×"
    }

    /// A coordinate with two decimals.
    private static func n(_ value: Double) -> String { BenchFormat.fixed(value, 2) }

    /// Text and attribute values with XML's five special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
