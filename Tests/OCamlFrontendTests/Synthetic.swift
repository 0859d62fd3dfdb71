/// Builds small executables byte by byte, so each bad-input test breaks exactly one thing.
enum Synthetic {
    /// An executable of `sections` (name, body) with the 4.13 trailer and no `#!` line.
    static func executable(_ sections: [(String, [UInt8])], magic: String = "Caml1999X030") -> [UInt8] {
        var bytes = sections.flatMap(\.1)
        for (name, body) in sections { bytes += Array(name.utf8) + u32be(body.count) }
        return bytes + u32be(sections.count) + Array(magic.utf8)
    }

    static func u32be(_ value: Int) -> [UInt8] { (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    static func u32le(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    /// CODE of the given words.
    static func code(_ words: [Int]) -> [UInt8] { words.flatMap(u32le) }

    /// A small-header marshalled value with `data`, `objects` objects and `words` heap words.
    static func marshal(_ data: [UInt8], objects: Int = 0, words: Int = 0) -> [UInt8] {
        u32be(0x8495A6BE) + u32be(data.count) + u32be(objects) + u32be(words) + u32be(words) + data
    }

    /// A global table of one integer: a block header byte (tag 0, size 1) and the int 0.
    static let oneGlobal = marshal([0x90, 0x40], objects: 1, words: 2)

    /// An executable whose CODE is `code` and whose DATA is `data`.
    static func program(code words: [Int], data: [UInt8] = oneGlobal, prim: [UInt8] = Array("caml_a\0".utf8)) -> [UInt8] {
        executable([("CODE", code(words)), ("PRIM", prim), ("DATA", data)])
    }

    /// File offset of the DATA body in `program(code:data:prim:)`.
    static func dataOffset(codeWords: Int, prim: Int = 7) -> Int { 4 * codeWords + prim }
}
