import FormatCheck
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every check against glibc's printf and strtod on generated doubles. The default sample
/// count keeps `make test` fast; `KILN_FORMAT_SAMPLES=1000000` turns this into the long run
/// (build with `-c release`), as does the `format-long-run` executable.
@Suite struct GlibcAgreementTests {
    static var samples: Int {
        getenv("KILN_FORMAT_SAMPLES").flatMap { Int(String(cString: $0)) } ?? 1_500
    }

    @Test(arguments: FormatChecks.names)
    func agreesWithGlibc(check: String) {
        let result = FormatChecks.run(check, samples: Self.samples)
        #expect(result.mismatches == 0, "\(check): \(result.mismatches) of \(result.samples) differ; first: \(result.examples.joined(separator: "; "))")
    }
}
