// Runs every formatting and parsing check against glibc with many samples. Build it in
// release mode:
//
//   swift build -c release --product format-long-run && .build/release/format-long-run 1000000
//
// Prints one line per check and exits with status 1 if any result differed.
import FormatCheck
#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments.dropFirst()
let samples = arguments.first.flatMap { Int($0) } ?? 1_000_000
let only = arguments.dropFirst()
var failed = false
for name in FormatChecks.names where only.isEmpty || only.contains(name) {
    let result = FormatChecks.run(name, samples: samples)
    print("\(name): \(result.samples) samples, \(result.mismatches) mismatches")
    for example in result.examples { print("    \(example)") }
    if result.glibcMisroundings != 0 {
        print("    (\(result.glibcMisroundings) inputs where glibc's strtod misrounds and Kiln is exact)")
        for example in result.glibcExamples { print("    \(example)") }
    }
    if result.mismatches != 0 { failed = true }
}
exit(failed ? 1 : 0)
