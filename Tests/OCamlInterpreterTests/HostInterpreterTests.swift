import Foundation
import KilnTestSupport
import Testing

/// Kiln's interpreter and runtime built for the host (`kiln-ocamlrun`) against `ocamlrun`:
/// the same .byte must print the same thing and exit the same way. The debug build runs
/// here; the release build's speed is measured by Scripts/interpreter-calibration.sh.
@Suite struct HostInterpreterTests {
    static let driver = TestTools.packageRoot.appendingPathComponent(".build/debug/kiln-ocamlrun").path

    static func check(_ sources: [URL]) throws {
        let directory = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for source in sources {
            let byte = try Programs.compile(source, in: directory)
            let expected = try Programs.reference(byte)
            let actual = try TestTools.run(driver, [byte])
            let name = source.lastPathComponent
            #expect(actual.stdout == expected.stdout, "\(name): stdout differs")
            #expect(actual.status == expected.status, "\(name): exit \(actual.status), ocamlrun \(expected.status): \(actual.stderr)")
            #expect(actual.stderr == expected.stderr, "\(name): stderr differs")
        }
    }

    @Test func corpusPrintsWhatOcamlrunPrints() throws {
        try Self.check(Programs.corpus)
    }

    @Test func benchmarksPrintWhatOcamlrunPrints() throws {
        try Self.check(Programs.benchmarks)
    }
}
