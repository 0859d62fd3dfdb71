// The allocator's long run: the randomized workloads of AllocatorTests with many more
// steps, built with `-c release`.
//
//   swift build -c release --product allocator-long-run
//   .build/release/allocator-long-run [steps]          (default 1,000,000)
import AllocatorCheck

let steps = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
/// Prints a run's figures; false when it failed.
func report(_ name: String, _ result: WorkloadResult) -> Bool {
    print("\(name): \(result)")
    return result.failure == nil && result.coalescedToOneBlock
}

var passed = report("4 MiB heap, 600 slots, check every 100", RandomWorkload().run(steps: steps))
var crowded = RandomWorkload()
crowded.seed = 7
crowded.checkEvery = 50
passed = report("256 KiB heap, 600 slots, check every 50", crowded.run(steps: steps, heapBytes: 256 << 10)) && passed
var everyStep = RandomWorkload()
everyStep.seed = 99
everyStep.slots = 40
everyStep.maximumSize = 6000
everyStep.checkEvery = 1
passed = report("128 KiB heap, 40 slots, check every step", everyStep.run(steps: steps / 4, heapBytes: 128 << 10)) && passed
if !passed { fatalError("allocator long run failed") }
