import Foundation
import KilnTestSupport
import Testing

/// Kiln's interpreter and runtime built for the host (`kiln-ocamlrun`) against `ocamlrun`:
/// the same .byte must print the same thing and exit the same way. The benchmarks run
/// with the release build when there is one (`make interpreter-calibration` makes it; the
/// debug build takes minutes on them). All run with --allow-missing: Stdlib's Hashtbl
/// names ephemeron and marshalling primitives the runtime does not have yet, which these
/// programs never call (one that is called ends the run with exit code 3, a failure here).
@Suite struct HostInterpreterTests {
    static let debugDriver = TestTools.packageRoot.appendingPathComponent(".build/debug/kiln-ocamlrun").path
    static let releaseDriver = TestTools.packageRoot.appendingPathComponent(".build/release/kiln-ocamlrun").path

    static func check(_ sources: [URL], driver: String = debugDriver, options: [String] = ["--allow-missing"]) throws {
        let directory = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for source in sources {
            let byte = try Programs.compile(source, in: directory)
            let expected = try Programs.reference(byte)
            let actual = try TestTools.run(driver, options + [byte])
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
        let release = FileManager.default.isExecutableFile(atPath: Self.releaseDriver)
        try Self.check(Programs.benchmarks, driver: release ? Self.releaseDriver : Self.debugDriver)
    }
}
