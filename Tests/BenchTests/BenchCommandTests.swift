import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import KilnDriver
import KilnTestSupport
import Testing

/// `kiln bench` end to end on two tiny programs: its JSON against separate `kiln run
/// --count` runs of the kept firmware and against llvm-size-22, its chart against an XML
/// parser, its refusals of bad input.
@Suite struct BenchCommandTests {
    static let programs = ["sum", "lists"]

    /// Compiles Programs/NAME.ml with `ocamlc -compat-32` in `directory` (a copy, so ocamlc's
    /// .cmi/.cmo land there) and returns the executable's path.
    static func compile(_ name: String, in directory: URL) throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs/\(name).ml")
        let copy = directory.appendingPathComponent("\(name).ml")
        try FileManager.default.copyItem(at: source, to: copy)
        let output = directory.appendingPathComponent("\(name).byte").path
        let result = try TestTools.run("ocamlc", ["-compat-32", copy.path, "-o", output], in: directory)
        guard result.status == 0 else { throw ToolError(message: "ocamlc \(name): \(result.stderr)") }
        return output
    }

    @Test func jsonAgreesWithKilnRunAndLLVMSize() throws {
        let directory = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = try Self.programs.map { try Self.compile($0, in: directory) }
        let keep = directory.appendingPathComponent("kept").path, chart = directory.appendingPathComponent("chart.svg").path
        let bench = try TestTools.run(TestTools.kiln, ["bench", "--json", "--chart", chart, "--keep", keep, "-j", "2"] + bytes)
        try #require(bench.status == 0, "kiln bench failed:\n\(bench.stderr)")

        let json = try #require(try JSONSerialization.jsonObject(with: Data(bench.stdout.utf8)) as? [String: Any])
        let entries = try #require(json["programs"] as? [[String: Any]])
        #expect(entries.map { $0["name"] as? String } == Self.programs)
        var speedups: [Double] = []
        for (entry, byte) in zip(entries, bytes) {
            let name = entry["name"] as? String ?? "?"
            // The oracle for the exit code and output is ocamlrun.
            let reference = try TestTools.run("ocamlrun", [byte])
            #expect(entry["exit_code"] as? Int == Int(reference.status), "\(name)")
            var counts: [String: Double] = [:]
            for mode in ["native", "interpreted"] {
                let measured = try #require(entry[mode] as? [String: Any])
                let firmware = try #require(measured["firmware"] as? String)
                // The same firmware run again, separately: the same exact count.
                let run = try TestTools.run(TestTools.kiln, ["run", firmware, "--count", "--timeout", "120"])
                #expect(run.stdout == reference.stdout, "\(name) \(mode): output differs from ocamlrun")
                let count = try #require(Self.count(in: run.stderr), "\(name) \(mode): \(run.stderr)")
                #expect(measured["instructions"] as? UInt64 == count, "\(name) \(mode)")
                counts[mode] = Double(count)
                // Sizes as llvm-size-22 counts them (Berkeley format: text data bss dec hex file).
                let size = try TestTools.run("llvm-size-22", [firmware])
                let fields = size.stdout.split(separator: "\n").last.map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }) } ?? []
                try #require(fields.count >= 3, "llvm-size-22: \(size.stdout)\(size.stderr)")
                #expect(measured["text"] as? Int == Int(fields[0]), "\(name) \(mode) text")
                #expect(measured["data"] as? Int == Int(fields[1]), "\(name) \(mode) data")
                #expect(measured["bss"] as? Int == Int(fields[2]), "\(name) \(mode) bss")
            }
            let speedup = try #require(entry["speedup"] as? Double)
            let ratio = try #require(counts["interpreted"]) / (try #require(counts["native"]))
            #expect(abs(speedup - ratio) < 1e-6, "\(name): speedup \(speedup), counts give \(ratio)")
            speedups.append(ratio)
        }
        let mean = try #require(json["geometric_mean_speedup"] as? Double)
        #expect(abs(mean - (speedups[0] * speedups[1]).squareRoot()) < 1e-6)

        // The chart: well-formed XML naming every program and its value.
        let texts = try SVGTexts.parse(path: chart)
        for (name, speedup) in zip(Self.programs, speedups) {
            #expect(texts.contains(name), "chart lacks \(name)")
            #expect(texts.contains(BenchFormat.speedup(speedup)), "chart lacks \(name)'s value \(BenchFormat.speedup(speedup))")
        }
        #expect(texts.contains(BenchFormat.speedup(mean)))
    }

    /// `kiln run: N instructions` on standard error.
    static func count(in stderr: String) -> UInt64? {
        stderr.split(separator: "\n").lazy.compactMap { line -> UInt64? in
            guard line.hasPrefix("kiln run: "), line.hasSuffix(" instructions") else { return nil }
            return UInt64(line.dropFirst(10).dropLast(13))
        }.first
    }

    @Test func badInputIsAnErrorWithNoOutputs() throws {
        let directory = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let chart = directory.appendingPathComponent("chart.svg").path
        let text = directory.appendingPathComponent("notes.byte")
        try "not bytecode\n".write(to: text, atomically: true, encoding: .utf8)
        let missing = directory.appendingPathComponent("missing.byte").path
        for input in [missing, text.path] {
            let bench = try TestTools.run(TestTools.kiln, ["bench", "--chart", chart, input])
            #expect(bench.status == 1, "\(input): \(bench.stderr)")
            #expect(bench.stderr.hasPrefix("\(input): error: "), "\(bench.stderr)")
            #expect(bench.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: chart))
        }
    }
}

/// The text content of every `<text>` element of an SVG file, read by Foundation's XML
/// parser (libxml2): parsing fails on a document that is not well-formed.
final class SVGTexts: NSObject, XMLParserDelegate {
    private var texts: [String] = []
    private var current: String?
    /// Attributes of every element by name, in document order.
    private(set) var elements: [(name: String, attributes: [String: String])] = []

    static func parse(path: String) throws -> Set<String> {
        Set(try parse(data: Data(contentsOf: URL(fileURLWithPath: path))).texts)
    }

    static func parse(data: Data) throws -> SVGTexts {
        let parser = XMLParser(data: data), delegate = SVGTexts()
        parser.delegate = delegate
        guard parser.parse() else {
            throw ToolError(message: "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
        }
        return delegate
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        if name == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = current { texts.append(text) }
        current = nil
    }

    var allTexts: [String] { texts }
}
