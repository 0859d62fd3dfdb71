import OCamlFrontend
import Testing

/// Each kind of bad input gives a `BytecodeError` of the right kind, at the right offset,
/// in the `file:offset: error: message` form.
@Suite struct BadInputTests {
    static let stop = Int(Opcode.STOP.rawValue)
    static let branch = Int(Opcode.BRANCH.rawValue)

    /// Reads `bytes` expecting failure; returns the error.
    func failure(_ bytes: [UInt8]) -> BytecodeError? {
        do {
            _ = try BytecodeExecutable(bytes: bytes, path: "bad.byte")
            Issue.record("no error")
            return nil
        } catch {
            return error
        }
    }

    func expect(_ bytes: [UInt8], _ kind: BytecodeError.Kind, at offset: Int, _ words: String,
                sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error = failure(bytes) else { return }
        #expect(error.kind == kind, sourceLocation: sourceLocation)
        #expect(error.offset == offset, sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("bad.byte:\(offset): error: "), sourceLocation: sourceLocation)
        #expect(error.message.contains(words), "\(error)", sourceLocation: sourceLocation)
    }

    @Test func theSmallestValidProgramReads() throws {
        let executable = try BytecodeExecutable(bytes: Synthetic.program(code: [Self.stop]))
        #expect(executable.code == [Instruction(position: 0, opcode: .STOP, operands: .none, length: 1)])
        #expect(executable.globals == [.int(0)])
    }

    @Test func trailer() {
        expect(Array("short".utf8), .truncated, at: 0, "too short")
        let valid = Synthetic.program(code: [Self.stop])
        expect(Array(valid.dropLast(12)) + Array("Caml1999X029".utf8), .unsupportedVersion, at: valid.count - 12, "Caml1999X029")
        expect(Array(valid.dropLast(12)) + Array("Caml1999O030".utf8), .notAnExecutable, at: valid.count - 12, "not an OCaml")
        expect(Array(valid.dropLast(12)) + Array("hello, world".utf8), .notAnExecutable, at: valid.count - 12, "not an OCaml")
        // A section count far beyond the file.
        var count = valid
        count.replaceSubrange(count.count - 16..<count.count - 12, with: Synthetic.u32be(0x10000000))
        expect(count, .corrupt, at: valid.count - 16, "section count")
        // A section longer than everything before the table of contents (DATA's entry is last).
        var length = valid
        let dataEntry = valid.count - 16 - 8
        length.replaceSubrange(dataEntry + 4..<dataEntry + 8, with: Synthetic.u32be(0x7FFFFFFF))
        expect(length, .corrupt, at: dataEntry, "section DATA")
        expect(Synthetic.executable([("PRIM", []), ("DATA", Synthetic.oneGlobal)]), .corrupt, at: Synthetic.oneGlobal.count, "no CODE")
    }

    @Test func code() {
        expect(Synthetic.program(code: [200]), .corrupt, at: 0, "unknown opcode 200")
        expect(Synthetic.program(code: [Self.stop, Self.branch]), .truncated, at: 8, "BRANCH")
        expect(Synthetic.program(code: [Self.branch, 5]), .corrupt, at: 4, "outside CODE")
        expect(Synthetic.program(code: [Self.branch, -2]), .corrupt, at: 4, "outside CODE")
        expect(Synthetic.executable([("CODE", [0, 0, 0]), ("PRIM", []), ("DATA", Synthetic.oneGlobal)]), .corrupt, at: 0, "32-bit words")
        // SWITCH with 0xFFFF integer cases and no table.
        expect(Synthetic.program(code: [Int(Opcode.SWITCH.rawValue), 0xFFFF]), .truncated, at: 8, "SWITCH")
        // CLOSUREREC's offsets count from the first offset word: -1 from word 4 is word 3, inside.
        #expect(throws: Never.self) {
            try BytecodeExecutable(bytes: Synthetic.program(code: [Self.stop, Int(Opcode.CLOSUREREC.rawValue), 1, 0, -1]))
        }
        expect(Synthetic.program(code: [Int(Opcode.CLOSUREREC.rawValue), 2, 0, 0, 9]), .corrupt, at: 16, "outside CODE")
        expect(Synthetic.program(code: [Int(Opcode.C_CALL1.rawValue), 1, Self.stop]), .corrupt, at: 0, "primitive 1")
        expect(Synthetic.program(code: [Int(Opcode.GETGLOBAL.rawValue), 1, Self.stop]), .corrupt, at: 0, "global 1")
    }

    @Test func primitives() {
        let prim = Array("caml_a\0caml_b".utf8)
        let bytes = Synthetic.program(code: [Self.stop], prim: prim)
        expect(bytes, .corrupt, at: 4 + 7, "unterminated")
    }

    @Test func data() {
        let at = Synthetic.dataOffset(codeWords: 1)
        func program(_ data: [UInt8]) -> [UInt8] { Synthetic.program(code: [Self.stop], data: data) }
        expect(program([1, 2, 3]), .truncated, at: at, "marshal header")
        expect(program(Synthetic.u32be(0x12345678) + [UInt8](repeating: 0, count: 16)), .corrupt, at: at, "bad marshal magic")
        // Declared length beyond the section.
        expect(program(Synthetic.u32be(0x8495A6BE) + Synthetic.u32be(50) + [UInt8](repeating: 0, count: 12) + [0x40]),
               .truncated, at: at + 20, "ends inside")
        // A string of 5 bytes with 2 present.
        expect(program(Synthetic.marshal([0x25, 0x41, 0x42], objects: 1)), .truncated, at: at + 21, "string of 5 bytes")
        // A shared reference with nothing before it.
        expect(program(Synthetic.marshal([0x04, 0x01])), .corrupt, at: at + 20, "shared reference")
        expect(program(Synthetic.marshal([0x1F])), .corrupt, at: at + 20, "unknown marshal object code 0x1f")
        expect(program(Synthetic.marshal([0x19] + Array("_bigarr02\0".utf8), objects: 1)), .corrupt, at: at + 20, "_bigarr02")
        // More objects than the header says.
        expect(program(Synthetic.marshal([0x90, 0x20], objects: 1, words: 4)), .corrupt, at: at + 21, "more objects")
        // A block of a million fields in a few bytes.
        expect(program(Synthetic.marshal([0x08, 0x40, 0x00, 0x00, 0x00], objects: 1)), .truncated, at: at + 20, "block of")
        // Bytes after the value inside the declared length.
        expect(program(Synthetic.marshal([0x90, 0x40, 0x40], objects: 1)), .corrupt, at: at + 22, "ends 1 bytes before")
        // A global table that is an integer.
        expect(program(Synthetic.marshal([0x41])), .corrupt, at: at, "not a block")
        expect(program(Synthetic.marshal([0x19] + Array("_n\0".utf8) + [3], objects: 1)), .corrupt, at: at + 24, "ill-formed Nativeint")
        expect(program(Synthetic.marshal([0x11, 0, 0, 0, 8, 0x11, 0, 0, 0, 8, 0x40])), .corrupt, at: at + 25, "infix pointer to an infix")
    }

    @Test func missingFile() {
        #expect(throws: BytecodeError.self) { try BytecodeExecutable(path: "/nonexistent/kiln.byte") }
        do {
            _ = try BytecodeExecutable(path: "/nonexistent/kiln.byte")
        } catch {
            #expect(error.kind == .io && error.offset == nil)
            #expect(error.description.hasPrefix("/nonexistent/kiln.byte: error: cannot open"))
        }
    }

    /// Every marshal object code the format has, decoded from hand-written bytes.
    @Test func everyObjectCode() throws {
        let bigDouble: [UInt8] = [0x40, 0x09, 0x21, 0xF9, 0xF0, 0x1B, 0x86, 0x6E]  // 3.14159
        let data: [UInt8] = [0x08, 0x00, 0x00, 0x4C, 0x00]  // BLOCK32: tag 0, 19 fields
            + [0x00, 0xFF]                                    // INT8 -1
            + [0x01, 0x80, 0x00]                              // INT16 -32768
            + [0x02, 0x7F, 0xFF, 0xFF, 0xFF]                  // INT32
            + [0x03, 0, 0, 0, 1, 0, 0, 0, 0]                  // INT64 2^32
            + [0x09, 0x02, 0x68, 0x69]                        // STRING8 "hi"
            + [0x0A, 0, 0, 0, 1, 0x21]                        // STRING32 "!"
            + [0x15, 0, 0, 0, 0, 0, 0, 0, 0]                  // STRING64 ""
            + [0x0B] + bigDouble                              // DOUBLE_BIG
            + [0x0C] + bigDouble.reversed()                   // DOUBLE_LITTLE
            + [0x0D, 1] + bigDouble                           // DOUBLE_ARRAY8_BIG
            + [0x0E, 1] + bigDouble.reversed()                // DOUBLE_ARRAY8_LITTLE
            + [0x0F, 0, 0, 0, 1] + bigDouble                  // DOUBLE_ARRAY32_BIG
            + [0x07, 0, 0, 0, 1] + bigDouble.reversed()       // DOUBLE_ARRAY32_LITTLE
            + [0x19] + Array("_j\0".utf8) + [0, 0, 0, 0, 0, 0, 0, 7]      // CUSTOM_FIXED Int64
            + [0x18] + Array("_i\0".utf8) + [0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 4, 0xFF, 0xFF, 0xFF, 0xFE]  // CUSTOM_LEN Int32
            + [0x12] + Array("_n\0".utf8) + [1, 0, 0, 0, 9]  // CUSTOM (deprecated) Nativeint
            + [0x04, 0x01]                                    // SHARED8 -> the nativeint
            + [0x05, 0x00, 0x0C]                              // SHARED16 -> "hi"
            + [0x13, 0, 0, 0, 0, 0, 0, 0x08, 0x00]            // BLOCK64: tag 0, 2 fields
            + [0x80, 0x06, 0x00, 0x00, 0x00, 0x0C]            // an atom, SHARED32 -> "!"
        let value = try BytecodeExecutable(bytes: Synthetic.program(code: [Self.stop], data: Synthetic.marshal(data, objects: 14))).data
        #expect(value.objects.count == 14)
        let fields = try #require(value.fields(value.root))
        #expect(fields.count == 19)
        #expect(Array(fields[0..<4]) == [.int(-1), .int(-32768), .int(0x7FFF_FFFF), .int(1 << 32)])
        #expect(fields[4...6].map { value.string($0) } == ["hi", "!", ""])
        #expect(fields[7...8].map { value.object($0) } == [.double(3.14159), .double(3.14159)])
        #expect(fields[9...12].allSatisfy { value.object($0) == .doubleArray([3.14159]) })
        #expect(value.object(fields[13]) == .int64(7))
        #expect(value.object(fields[14]) == .int32(-2))
        #expect(value.object(fields[15]) == .nativeint(9))
        #expect(fields[16] == fields[15])
        #expect(fields[17] == fields[4])
        #expect(value.fields(fields[18]) == [.atom(tag: 0), fields[5]])
    }

    /// The 32-byte "big" header (values over 4 GB on 64-bit hosts) reads too.
    @Test func bigHeader() throws {
        func u64(_ value: Int) -> [UInt8] { Synthetic.u32be(0) + Synthetic.u32be(value) }
        let data: [UInt8] = [0xA0, 0x47, 0x41]  // (7, 1)
        let bytes = Synthetic.u32be(0x8495A6BF) + Synthetic.u32be(0) + u64(data.count) + u64(1) + u64(3) + data
        let value = try MarshalledValue(bytes: bytes)
        #expect(value.header.isBig && value.header.headerLength == 32 && value.header.wordsOn32Bit == nil)
        #expect(value.fields(value.root) == [.int(7), .int(1)])
        // Trailing bytes after the value are refused, at their offset.
        #expect(throws: BytecodeError(path: "<memory>", offset: bytes.count, kind: .corrupt,
                                      message: "1 bytes after the marshalled value")) {
            try MarshalledValue(bytes: bytes + [0])
        }
    }
}
