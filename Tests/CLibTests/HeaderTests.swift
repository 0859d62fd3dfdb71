import Foundation
import KilnTestSupport
import Testing

/// Every function the C library's headers declare is defined by the runtime objects, so a
/// program that compiles against Runtime/include also links.
@Suite struct HeaderTests {
    static let headers = ["stdio.h", "string.h", "stdlib.h", "ctype.h", "setjmp.h", "math.h", "errno.h", "assert.h"]

    /// The names of the functions declared in a header: identifiers followed by `(` on
    /// declaration lines (those ending in `;` or continuing with a comma), macros left out.
    static func declaredFunctions(_ header: String) throws -> Set<String> {
        let path = TestTools.packageRoot.appendingPathComponent("Runtime/include/libc/" + header).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var names: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix(" ") && !line.hasPrefix("/*")
            && !line.hasPrefix("typedef") && line.contains("(") {
            let head = line.prefix { $0 != "(" }
            if let name = head.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).last { names.insert(String(name)) }
        }
        return names
    }

    /// A program taking the address of every declared function must build into firmware:
    /// `kiln build` links it with the runtime, and an undefined symbol fails the link.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ProgramTests.kiln)))
    func everyDeclaredFunctionIsDefined() throws {
        var functions: Set<String> = []
        for header in Self.headers {
            let declared = try Self.declaredFunctions(header)
            #expect(!declared.isEmpty, "\(header): no declarations found")
            functions.formUnion(declared)
        }
        let names = functions.sorted()
        let program = Self.headers.map { "#include <\($0)>\n" }.joined()
            + "void *volatile kiln_every_function[] = {\n" + names.map { "    (void *)&\($0),\n" }.joined() + "};\n"
            + "int main(void) { return kiln_every_function[0] == 0; }\n"
        let scratch = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("every.c")
        try program.write(to: source, atomically: true, encoding: .utf8)
        let build = try TestTools.run(ProgramTests.kiln, ["build", source.path, "-o", scratch.appendingPathComponent("every.elf").path])
        #expect(build.status == 0, "\(names.count) functions; kiln build: \(build.stderr)")
    }
}
