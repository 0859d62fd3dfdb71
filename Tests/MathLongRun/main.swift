// The long run of the libm agreement checks, as a small executable so that a release build
// compiles only the math targets:
//
//   swift build -c release --product math-long-run
//   .build/release/math-long-run 1000000            # every function
//   .build/release/math-long-run 1000000 pow sin    # or some of them
import Glibc
import MathCheck

let arguments = CommandLine.arguments.dropFirst()
let count = arguments.first.flatMap { Int($0) } ?? 1_000_000
let names = Set(arguments.dropFirst())
var failed = false
for function in MathFunction.all where names.isEmpty || names.contains(function.name) {
    let agreement = function.check(count: count)
    print(agreement.summary, agreement.passes ? "" : "FAILED")
    failed = failed || !agreement.passes
}
if failed { exit(1) }
