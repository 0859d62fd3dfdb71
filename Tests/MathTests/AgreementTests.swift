import Foundation
import Math
import MathCheck
import Testing

/// Every function on random arguments over its interesting ranges, against glibc and the
/// `long double` reference. `KILN_MATH_SAMPLES` sets the count (default small, for debug).
@Suite struct AgreementTests {
    static let samples = ProcessInfo.processInfo.environment["KILN_MATH_SAMPLES"].flatMap { Int($0) } ?? 20_000

    @Test(arguments: MathFunction.all.map(\.name))
    func agreesWithGlibc(_ name: String) throws {
        let function = try #require(MathFunction.named(name))
        let agreement = function.check(count: Self.samples)
        #expect(agreement.passes, "\(agreement.summary)")
    }
}
