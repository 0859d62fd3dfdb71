@testable import Math
import Testing

/// The two reductions of sin/cos/tan agree where both apply: Payne–Hanek, used above
/// 2^19·π/2, is exercised on the whole Cody–Waite range too, where Cody–Waite's result is
/// checked by the agreement tests.
@Suite struct ArgumentReductionTests {
    @Test func payneHanekAgreesWithCodyWaite() {
        var x = 0.7853981633974483
        while x < 823_549 {
            for candidate in [x, -x, x.nextUp * 1.0000001] {
                let a = KilnMath.reduceByHalfPiCodyWaite(candidate)
                let b = KilnMath.reduceByHalfPiPayneHanek(candidate)
                let sameQuadrant = (a.n - b.n) & 3 == 0
                let difference = abs((a.y0 - b.y0) + (a.y1 - b.y1))
                #expect(sameQuadrant && difference <= abs(a.y0).ulp, "x = \(candidate): \(a) vs \(b)")
            }
            x *= 1.0123
        }
    }
}
