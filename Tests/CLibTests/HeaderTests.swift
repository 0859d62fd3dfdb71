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
        let path = TestTools.packageRoot.appendingPathComponent("Runtime/include/" + header).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var names: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix(" ") && !line.hasPrefix("/*")
            && !line.hasPrefix("typedef") && line.contains("(") {
            let head = line.prefix { $0 != "(" }
            if let name = head.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).last { names.insert(String(name)) }
        }
        return names
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ProgramTests.kiln)))
    func everyDeclaredFunctionIsDefined() throws {
        let directory = try ProgramTests.runtime.get()
        let objects = try String(contentsOfFile: directory + "/objects", encoding: .utf8).split(separator: "\n").map(String.init)
        var defined: Set<String> = []
        for object in objects { defined.formUnion(try TestTools.symbols(in: object, "--defined-only")) }
        for header in Self.headers {
            let declared = try Self.declaredFunctions(header)
            #expect(!declared.isEmpty, "\(header): no declarations found")
            #expect(declared.isSubset(of: defined), "\(header) declares \(declared.subtracting(defined).sorted()), not defined")
        }
    }
}
