import Foundation
import KilnTestSupport
import OCamlFrontend
import Testing

/// The interpreter dispatches on its own copy of the opcode list (Runtime/OCaml/Interpreter/
/// Instruction.swift: the runtime cannot import the build-time decoder), read as the opcode
/// word's value. Both lists must be OCaml's, in OCaml's order: the oracle is the installed
/// compiler's `caml/instruct.h`.
@Suite struct InstructionTableTests {
    /// Identifiers between the first `{` after `marker` and the next `}`.
    static func enumCases(in text: String, after marker: String) throws -> [String] {
        let start = try #require(text.range(of: marker))
        let open = try #require(text[start.upperBound...].firstIndex(of: "{"))
        let close = try #require(text[open...].firstIndex(of: "}"))
        let body = text[text.index(after: open)..<close]
            .split(separator: "\n").map { $0.split(separator: "/", maxSplits: 1).first ?? "" }.joined(separator: ",")
        return body.replacingOccurrences(of: "case ", with: ",")
            .split(whereSeparator: { ", \t".contains($0) }).map(String.init)
            .filter { $0.first?.isUppercase == true }
    }

    @Test func runtimeAndDecoderOpcodesAreOCamlsInOrder() throws {
        // instruct.h ends its enum with a count, FIRST_UNIMPLEMENTED_OP.
        let ocaml = try Self.enumCases(in: String(contentsOfFile: "/usr/lib/ocaml/caml/instruct.h", encoding: .utf8),
                                       after: "enum instructions").filter { $0 != "FIRST_UNIMPLEMENTED_OP" }
        let runtime = try Self.enumCases(
            in: String(contentsOf: TestTools.packageRoot.appendingPathComponent("Runtime/OCaml/Interpreter/Instruction.swift"), encoding: .utf8),
            after: "enum Instruction")
        #expect(ocaml.count == 149)
        #expect(runtime == ocaml)
        #expect(Opcode.allCases.map(\.name) == ocaml)
    }
}
