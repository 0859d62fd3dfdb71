import Foundation
import KilnTestSupport
import OCamlFrontend
import Testing

/// The build-time pre-decoding (`InterpreterCode`) against the bytes ocamlc wrote: same
/// positions and opcodes, every target a distance from its own word, primitive operands
/// renumbered.
@Suite struct InterpreterCodeTests {
    static func littleEndianWords(_ bytes: [UInt8]) -> [UInt32] {
        stride(from: 0, to: bytes.count - 3, by: 4).map { (i: Int) -> UInt32 in
            var word: UInt32 = 0
            for k in 0..<4 { word |= UInt32(bytes[i + k]) << (8 * UInt32(k)) }
            return word
        }
    }

    /// The absolute position word `at` of `words` names.
    static func target(_ words: [UInt32], _ at: Int) -> Int { Int(Int32(bitPattern: words[at])) + at }

    @Test func imageKeepsPositionsAndRewritesOnlyTargetsAndPrimitives() throws {
        let directory = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for source in Programs.corpus {
            let program = try BytecodeExecutable(path: try Programs.compile(source, in: directory))
            let code = InterpreterCode(program)
            let section = try #require(program.file.section("CODE"))
            let words = Self.littleEndianWords(Array(program.file.body(section)))
            #expect(code.programWords == words.count)
            #expect(Array(code.words[code.programWords...]) == InterpreterCode.trampolineWords)
            #expect(code.primitives == program.usedPrimitives)
            for instruction in program.code {
                let at = instruction.position
                #expect(code.words[at] == words[at])
                switch instruction.operands {
                case .target(let target):
                    #expect(Self.target(code.words, at + 1) == target)
                    #expect(Self.target(words, at + 1) == target)
                case .intTarget(_, let target):
                    #expect(code.words[at + 1] == words[at + 1])
                    #expect(Self.target(code.words, at + 2) == target)
                case .primitive(let index):
                    #expect(code.primitives[Int(code.words[at + 1])] == program.primitives[index])
                case .countPrimitive(_, let index):
                    #expect(code.words[at + 1] == words[at + 1])
                    #expect(code.primitives[Int(code.words[at + 2])] == program.primitives[index])
                case .switchTable(let ints, let tags):
                    #expect(code.words[at + 1] == words[at + 1])
                    #expect(((at + 2)..<(at + 2 + ints.count + tags.count)).map { Self.target(code.words, $0) } == ints + tags)
                case .closureRec(_, let functions):
                    #expect(code.words[(at + 1)...(at + 2)] == words[(at + 1)...(at + 2)])
                    #expect(((at + 3)..<(at + 3 + functions.count)).map { Self.target(code.words, $0) } == functions)
                case .publicMethod:
                    #expect(code.words[at + 1] == words[at + 1])
                    #expect(code.words[at + 2] == 0)
                default:
                    // Everything else is copied word for word.
                    #expect(code.words[at..<(at + instruction.length)] == words[at..<(at + instruction.length)])
                }
            }
        }
    }
}
