import AllocatorCheck
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Randomized operation sequences against a shadow model (see `RandomWorkload`). The
/// default step count keeps `make test` fast in debug; `KILN_ALLOCATOR_STEPS=500000`
/// (best with `-c release`) is the long run.
@Suite struct RandomWorkloadTests {
    static var steps: Int {
        getenv("KILN_ALLOCATOR_STEPS").flatMap { Int(String(cString: $0)) } ?? 20_000
    }

    @Test func roomyHeap() {
        let result = RandomWorkload().run(steps: Self.steps)
        print("allocator, 4 MiB heap:", result)
        #expect(result.failure == nil, "\(result)")
        #expect(result.coalescedToOneBlock)
        #expect(result.exhaustions == 0)
    }

    /// A heap too small for the population, so exhaustion happens all the time and must
    /// leave everything consistent.
    @Test func crowdedHeap() {
        var workload = RandomWorkload()
        workload.seed = 7
        workload.checkEvery = 50
        let result = workload.run(steps: Self.steps / 2, heapBytes: 256 << 10)
        print("allocator, 256 KiB heap:", result)
        #expect(result.failure == nil, "\(result)")
        #expect(result.coalescedToOneBlock)
        #expect(result.exhaustions > 0)
    }

    /// Every step checked, on a small population, so a corruption is caught where it happens.
    @Test func checkedEveryStep() {
        var workload = RandomWorkload()
        workload.seed = 99
        workload.slots = 40
        workload.maximumSize = 6000
        workload.checkEvery = 1
        let result = workload.run(steps: Self.steps / 4, heapBytes: 128 << 10)
        #expect(result.failure == nil, "\(result)")
        #expect(result.coalescedToOneBlock)
    }
}
