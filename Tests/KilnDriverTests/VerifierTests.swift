import Foundation
import KilnTestSupport
import Testing

/// `kiln build` runs LLVM's verifier on every module it loads, before optimising it: IR that
/// parses but is invalid is an error naming the input and the broken instruction, exit 1,
/// no output. (CorpusTests relies on this for the IR the OCaml lowering makes.)
@Suite struct VerifierTests {
    @Test func invalidIRIsAnErrorWithNoOutput() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Parses (llvm-as-22 reads the syntax) but %x is used before its definition.
        let input = dir.appendingPathComponent("dominance.ll")
        try """
            target triple = "xtensa"
            define i32 @main() {
            entry:
              %y = add i32 %x, 1
              %x = add i32 1, 2
              ret i32 %y
            }
            """.write(to: input, atomically: true, encoding: .utf8)
        let oracle = try TestTools.run("llvm-as-22", [input.path, "-o", "/dev/null"])
        #expect(oracle.status != 0, "llvm-as-22 should reject the module too")
        for objectOnly in [true, false] {
            let output = dir.appendingPathComponent(objectOnly ? "dominance.o" : "dominance.elf").path
            let result = try TestTools.run(Harness.kiln, ["build", input.path, "-o", output] + (objectOnly ? ["-c"] : []))
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("\(input.path): error: LLVM's verifier rejects the module"), "\(result.stderr)")
            #expect(result.stderr.contains("%y = add i32 %x, 1"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }
}
