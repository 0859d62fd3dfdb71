import Foundation
import KilnTestSupport
import Testing

/// `kiln build --emit-ir` writes the IR the back end reads, before LLVM's optimisation, for
/// every kind of input (it used to be silently ignored for C and .ll input).
@Suite struct EmitIRTests {
    @Test func llInputIsWrittenAsItIs() throws {
        try emitIR("answer.ll", "target triple = \"xtensa\"\ndefine i32 @main() {\n  ret i32 42\n}\n") { input, ir throws in
            #expect(try Data(contentsOf: URL(fileURLWithPath: ir)) == Data(contentsOf: input))
        }
    }

    /// For C, clang-22's unoptimised module: llvm-as-22 accepts it and it still holds the
    /// local variable's alloca that LLVM's -O2 removes.
    @Test func cInputWritesClangsModule() throws {
        try emitIR("local.c", "int main(void) { int x = 3; return x; }\n") { _, ir throws in
            let text = try String(contentsOfFile: ir, encoding: .utf8)
            #expect(text.contains("define dso_local i32 @main()"), "\(text)")
            #expect(text.contains("alloca i32"), "\(text)")
            #expect(try TestTools.run("llvm-as-22", [ir, "-o", "/dev/null"]).status == 0)
        }
    }

    /// `source` saved as `file` in a fresh directory and built with `-c --emit-ir`; `check`
    /// reads the input and the IR file before the directory is removed.
    private func emitIR(_ file: String, _ source: String, _ check: (URL, String) throws -> Void) throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent(file)
        try source.write(to: input, atomically: true, encoding: .utf8)
        let ir = dir.appendingPathComponent("emitted.ll").path
        let result = try TestTools.run(Harness.kiln, ["build", input.path, "-c", "-o", dir.appendingPathComponent("out.o").path, "--emit-ir", ir])
        #expect(result.status == 0, "\(result.stderr)")
        try check(input, ir)
    }
}
