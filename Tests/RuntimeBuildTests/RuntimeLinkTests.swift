import CLLVM
import Foundation
import KilnTestSupport
import Testing
import XtensaBackend

/// Linking the runtime into firmware: unused parts are dropped, a program's own definitions
/// win, and the runtime's IR links into a program's module.
@Suite struct RuntimeLinkTests {
    static let hello = """
        #include <kiln/platform.h>
        int main(void) { kiln_console_write("hi\\n", 3); return 7; }
        """

    func sizes(_ firmware: String) throws -> [String] {
        let output = try TestTools.run("llvm-size-22", [firmware])
        return Array(output.stdout.split(separator: "\n")[1].split(separator: "\t").prefix(3).map(String.init))
    }

    @Test(.enabled(if: kilnExists))
    func helloWorldCarriesNoRuntime() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("hello.c").path
        try Self.hello.write(toFile: source, atomically: true, encoding: .utf8)
        var measured: [[String]] = []
        for extra in [[], ["--no-runtime"]] {
            let firmware = dir.appendingPathComponent("hello\(extra.count).elf").path
            let build = try TestTools.run(kiln, ["build", source, "-o", firmware] + extra)
            try #require(build.status == 0, "\(build.stderr.suffix(2000))")
            let run = try TestTools.run(kiln, ["run", firmware])
            #expect(run.status == 7 && run.stdout == "hi\n")
            measured.append(try sizes(firmware))
        }
        #expect(measured[0] == measured[1], "text/data/bss with the runtime \(measured[0]), without \(measured[1])")
    }

    @Test(.enabled(if: kilnExists))
    func mallocComesFromTheRuntimeAndAProgramsOwnMemsetWins() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("heap.c").path
        try """
            #include <kiln/platform.h>
            void *malloc(unsigned long);
            void free(void *);
            int memsets;
            void *memset(void *d, int c, unsigned long n) { char *p = d; memsets++; while (n--) *p++ = c; return d; }
            int main(void) {
                char *a = malloc(1000), *b = malloc(1000);
                if (!a || !b || a == b || ((unsigned)a & 7)) return 1;
                for (int i = 0; i < 1000; i++) a[i] = (char)i;
                free(a);
                char *c = malloc(1000);          /* the freed block comes back */
                if (c != a) return 2;
                memset(b, 0, 1000);
                return memsets == 1 ? 0 : 3;
            }
            """.write(toFile: source, atomically: true, encoding: .utf8)
        let firmware = dir.appendingPathComponent("heap.elf").path
        let build = try TestTools.run(kiln, ["build", source, "-o", firmware])
        try #require(build.status == 0, "\(build.stderr.suffix(2000))")
        let run = try TestTools.run(kiln, ["run", firmware])
        #expect(run.status == 0, "\(run.stderr.suffix(1000))")
        let symbols = try TestTools.run("llvm-nm-22", [firmware]).stdout
        #expect(symbols.contains(" malloc") && symbols.contains(" memsets"))
    }

    /// The runtime's bitcode links into a program's module (LLVMLinkModules2), after which
    /// LLVM's optimizer inlines a runtime function into the program.
    @Test(.enabled(if: kilnExists))
    func bitcodeLinksIntoAProgramAndInlines() throws {
        let bitcode = try TestTools.run(kiln, ["runtime", "--bitcode"])
        try #require(bitcode.status == 0, "\(bitcode.stderr.suffix(2000))")
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = dir.appendingPathComponent("program.ll").path
        try """
            target triple = "xtensa"
            declare double @fabs(double)
            define double @magnitude(double %x) {
              %r = call double @fabs(double %x)
              ret double %r
            }
            """.write(toFile: program, atomically: true, encoding: .utf8)
        let module = try IRModule.load(path: program)
        try module.link(path: bitcode.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(module.verify() == nil)
        let malloc = LLVMGetNamedFunction(module.module, "malloc")
        #expect(malloc != nil && LLVMIsDeclaration(malloc) == 0)
        try module.optimize(.o2)
        let magnitude = try #require(LLVMGetNamedFunction(module.module, "magnitude"))
        var calls = 0
        var block = LLVMGetFirstBasicBlock(magnitude)
        while let b = block {
            var inst = LLVMGetFirstInstruction(b)
            while let i = inst {
                if LLVMGetInstructionOpcode(i) == LLVMCall { calls += 1 }
                inst = LLVMGetNextInstruction(i)
            }
            block = LLVMGetNextBasicBlock(b)
        }
        #expect(calls == 0, "fabs was not inlined")
    }
}
