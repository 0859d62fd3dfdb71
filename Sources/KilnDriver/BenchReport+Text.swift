/// The human-readable forms of a `BenchReport`: an aligned table for a terminal and a
/// Markdown table for Docs/benchmarks.md.
extension BenchReport {
    /// The columns both tables show, as rows of cells (header first, geometric mean last).
    private var rows: [[String]] {
        let header = ["program", "native instructions", "interpreted instructions", "speedup",
                      "native text", "native data", "native bss", "interpreted text", "interpreted data", "interpreted bss"]
        var rows = [header]
        for program in programs {
            let n = program.native, i = program.interpreted
            rows.append([program.name, BenchFormat.grouped(n.instructions), BenchFormat.grouped(i.instructions),
                         BenchFormat.speedup(program.speedup),
                         BenchFormat.grouped(n.size.text), BenchFormat.grouped(n.size.data), BenchFormat.grouped(n.size.bss),
                         BenchFormat.grouped(i.size.text), BenchFormat.grouped(i.size.data), BenchFormat.grouped(i.size.bss)])
        }
        rows.append(["geometric mean", "", "", BenchFormat.speedup(geometricMeanSpeedup)] + Array(repeating: "", count: 6))
        return rows
    }

    /// Columns padded to their widest cell; names left-aligned, numbers right-aligned.
    public var table: String {
        let rows = self.rows
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ").trailingSpacesRemoved
        }.joined(separator: "\n") + "\n"
    }

    /// A GitHub Markdown table (numbers right-aligned, the geometric mean in bold).
    public var markdown: String {
        var rows = self.rows
        let last = rows.count - 1
        rows[last] = rows[last].map { $0.isEmpty ? "" : "**\($0)**" }
        let alignment = "|" + rows[0].indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: "|") + "|"
        let lines = rows.map { "| " + $0.joined(separator: " | ") + " |" }
        return ([lines[0], alignment] + lines.dropFirst()).joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
