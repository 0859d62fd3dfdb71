import SoftFloat
import SoftFloatCheck
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every operation against the host's hardware on generated operands. The default sample
/// count keeps `make test` fast; `KILN_SOFTFLOAT_SAMPLES=10000000` turns this into the long
/// run (build with `-c release`), as does the `softfloat-long-run` executable.
@Suite struct HardwareAgreementTests {
    static var samples: Int {
        getenv("KILN_SOFTFLOAT_SAMPLES").flatMap { Int(String(cString: $0)) } ?? 20_000
    }

    @Test(arguments: SoftFloatChecks.names)
    func agreesWithHardware(operation: String) {
        let result = SoftFloatChecks.run(operation, samples: Self.samples)
        #expect(result.mismatches == 0, "\(operation): \(result.mismatches) of \(result.samples) differ; first: \(result.examples.joined(separator: "; "))")
    }
}
