import Foundation
import OCamlFrontend
import Testing

/// The opcode table is the one definition decoding and printing use: it must be OCaml's.
@Suite struct OpcodeTableTests {
    @Test func numbersAndNamesAreInstructH() throws {
        // The header ships with ocaml-nox; its enum is the numbering the runtime uses.
        let header = try String(contentsOfFile: "/usr/lib/ocaml/caml/instruct.h", encoding: .utf8)
        let start = try #require(header.range(of: "enum instructions {"))
        let end = try #require(header.range(of: "FIRST_UNIMPLEMENTED_OP", range: start.upperBound..<header.endIndex))
        let names = header[start.upperBound..<end.lowerBound]
            .split(whereSeparator: { ", \n\t".contains($0) }).map(String.init)
        #expect(names.count == 149)
        #expect(Opcode.allCases.map(\.name) == names)
        #expect(Opcode.allCases.enumerated().allSatisfy { $0.offset == Int($0.element.rawValue) })
        #expect(Opcode.ACC0.rawValue == 0 && Opcode.GETSTRINGCHAR.rawValue == 148)
    }
}
