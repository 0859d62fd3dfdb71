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
    func mallocComesFromTheRuntimeAndAProgramsOwnHelperWins() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("heap.c").path
        // The runtime defines __muldi3 too (the qemu profile's i64 multiply): the program's wins.
        // memset is the C library's (not in the runtime yet); the allocator calls it.
        try """
            void *malloc(unsigned long);
            void *memset(void *d, int c, unsigned long n) { char *p = d; while (n--) *p++ = c; return d; }
            void free(void *);
            int products;
            unsigned long long __muldi3(unsigned long long a, unsigned long long b) {
                unsigned long long r = 0;
                products++;
                for (; b; b >>= 1, a <<= 1) if (b & 1) r += a;
                return r;
            }
            volatile long long x = 3000000000LL, y = 5;
            int main(void) {
                char *a = malloc(1000), *b = malloc(1000);
                if (!a || !b || a == b || ((unsigned)a & 7)) return 1;
                for (int i = 0; i < 1000; i++) a[i] = (char)i;
                free(a);
                char *c = malloc(1000);          /* the freed block comes back */
                if (c != a) return 2;
                return x * y == 15000000000LL && products == 1 ? 0 : 3;
            }
            """.write(toFile: source, atomically: true, encoding: .utf8)
        let firmware = dir.appendingPathComponent("heap.elf").path
        let build = try TestTools.run(kiln, ["build", source, "-o", firmware])
        try #require(build.status == 0, "\(build.stderr.suffix(2000))")
        let run = try TestTools.run(kiln, ["run", firmware])
        #expect(run.status == 0, "\(run.stderr.suffix(1000))")
    }

    /// The runtime's bitcode links into a program's module (LLVMLinkModules2), after which
    /// LLVM's optimizer inlines a runtime function (the i64 multiply helper) into the program.
    @Test(.enabled(if: kilnExists))
    func bitcodeLinksIntoAProgramAndInlines() throws {
        let bitcode = try TestTools.run(kiln, ["runtime", "--bitcode"])
        try #require(bitcode.status == 0, "\(bitcode.stderr.suffix(2000))")
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = dir.appendingPathComponent("program.ll").path
        try """
            target triple = "xtensa"
            declare i64 @__muldi3(i64, i64)
            define i64 @product(i64 %a, i64 %b) {
              %r = call i64 @__muldi3(i64 %a, i64 %b)
              ret i64 %r
            }
            """.write(toFile: program, atomically: true, encoding: .utf8)
        let module = try IRModule.load(path: program)
        try module.link(path: bitcode.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(module.verify() == nil)
        let malloc = LLVMGetNamedFunction(module.module, "kiln_malloc")
        #expect(malloc != nil && LLVMIsDeclaration(malloc) == 0)
        try module.optimize(.o2)
        let product = try #require(LLVMGetNamedFunction(module.module, "product"))
        var calls = 0
        var block = LLVMGetFirstBasicBlock(product)
        while let b = block {
            var inst = LLVMGetFirstInstruction(b)
            while let i = inst {
                // __muldi3 is an `@c` function over the Swift multiply: inlined, its call goes.
                if LLVMGetInstructionOpcode(i) == LLVMCall, let callee = LLVMGetCalledValue(i),
                   String(cString: LLVMGetValueName(callee)) == "__muldi3" { calls += 1 }
                inst = LLVMGetNextInstruction(i)
            }
            block = LLVMGetNextBasicBlock(b)
        }
        #expect(calls == 0, "__muldi3 was not inlined")
    }
}
