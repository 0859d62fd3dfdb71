// Runs every soft-float check with many samples. Build it in release mode:
//
//   swift run -c release softfloat-long-run 10000000
//
// Prints one line per operation and exits with status 1 if any result differed.
import SoftFloatCheck
#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments.dropFirst()
let samples = arguments.first.flatMap { Int($0) } ?? 10_000_000
let only = arguments.dropFirst()
var failed = false
for name in SoftFloatChecks.names where only.isEmpty || only.contains(name) {
    let result = SoftFloatChecks.run(name, samples: samples)
    print("\(name): \(result.samples) samples, \(result.mismatches) mismatches")
    for example in result.examples { print("    \(example)") }
    if result.mismatches != 0 { failed = true }
}
exit(failed ? 1 : 0)
