import ELFKit
import Foundation
import KilnTestSupport
import Testing

/// Bad input gives an ELFError that says what is wrong, never a crash: the linker reads
/// whatever objects it is given.
@Suite struct BadInputTests {
    /// The fixture as written; ELF section indices follow the writer's documented order.
    static let object = try! ELFWriter.bytes(of: Fixtures.relocatable)
    enum ELFIndex { static let text = 1, relaText = 6, symtab = 9 }

    static func u32(_ bytes: [UInt8], _ offset: Int) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }
    static func put32(_ bytes: inout [UInt8], _ offset: Int, _ value: Int) {
        for byte in 0..<4 { bytes[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
    }
    /// File offset of field `field` (byte offset within Elf32_Shdr) of section `index`.
    static func sectionHeaderField(_ index: Int, _ field: Int) -> Int { u32(object, 32) + index * 40 + field }
    /// The fixture with one 32-bit word replaced.
    static func patched(_ offset: Int, _ value: Int) -> [UInt8] {
        var bytes = object
        put32(&bytes, offset, value)
        return bytes
    }
    static func patched(section index: Int, field: Int, _ value: Int) -> [UInt8] {
        patched(sectionHeaderField(index, field), value)
    }
    /// File offset of entry `entry` (of `size` bytes) in section `index`.
    static func entryOffset(section index: Int, _ entry: Int, size: Int) -> Int {
        u32(object, sectionHeaderField(index, 16)) + entry * size
    }

    @Test func identificationErrors() {
        expectELFError("not an ELF file") { () throws(ELFError) in try ELFReader.read(bytes: []) }
        expectELFError("not an ELF file") { () throws(ELFError) in try ELFReader.read(bytes: Array("hello, world\n".utf8)) }
        expectELFError("truncated ELF header") { () throws(ELFError) in try ELFReader.read(bytes: Array(Self.object[0..<20])) }
        var bytes = Self.object
        bytes[4] = 2
        expectELFError("64-bit") { () throws(ELFError) in try ELFReader.read(bytes: bytes) }
        bytes = Self.object
        bytes[5] = 2
        expectELFError("big-endian") { () throws(ELFError) in try ELFReader.read(bytes: bytes) }
        bytes = Self.object
        bytes[18] = 62  // EM_X86_64
        expectELFError("machine 62 is not Xtensa") { () throws(ELFError) in try ELFReader.read(bytes: bytes) }
        bytes = Self.object
        bytes[16] = 3  // ET_DYN
        expectELFError("shared objects") { () throws(ELFError) in try ELFReader.read(bytes: bytes) }
    }

    @Test func errorsNameTheFile() {
        let path = "/nonexistent/kiln/object.o"
        expectELFError("cannot open") { () throws(ELFError) in try ELFReader.read(path: path) }
        do {
            _ = try ELFReader.read(path: path)
        } catch {
            #expect(error.path == path)
            #expect(error.description.hasPrefix(path + ": error: "))
        }
        expectELFError("cannot read") { () throws(ELFError) in try ELFReader.read(path: NSTemporaryDirectory()) }
    }

    /// Every proper prefix of a valid object is rejected (the section headers come last,
    /// and every section must lie inside the file).
    @Test func everyTruncationIsAnError() {
        for length in 0..<Self.object.count {
            #expect(throws: ELFError.self, "truncated to \(length) bytes") {
                try ELFReader.read(bytes: Array(Self.object[0..<length]))
            }
        }
    }

    @Test func badIndicesAreErrors() {
        let rela = Self.entryOffset(section: ELFIndex.relaText, 0, size: 12)
        let symbol1 = Self.entryOffset(section: ELFIndex.symtab, 1, size: 16)
        let cases: [(String, [UInt8])] = [
            ("refers to symbol 200", Self.patched(rela + 4, 200 << 8 | 20)),
            ("lies outside .text", Self.patched(rela, 0x1000)),
            ("no symbol", Self.patched(rela + 4, 20)),
            ("does not exist", Self.patched(symbol1 + 12, 50 << 16 | 0x03)),
            ("not a section with contents", Self.patched(symbol1 + 12, ELFIndex.symtab << 16 | 0x03)),
            ("unsupported type 6", Self.patched(symbol1 + 12, 1 << 16 | 0x06)),
            ("unsupported binding 10", Self.patched(symbol1 + 12, 1 << 16 | 0xA3)),
            ("bad name offset", Self.patched(symbol1, 0xFFFF)),
            ("bad name offset", Self.patched(section: ELFIndex.text, field: 0, 0xFFFF)),
            ("extends past the end", Self.patched(section: ELFIndex.text, field: 16, 0xFF_FFFF)),
            ("extends past the end", Self.patched(section: ELFIndex.text, field: 20, 0xFF_FFFF)),
            ("applies to section", Self.patched(section: ELFIndex.relaText, field: 28, ELFIndex.symtab)),
            ("applies to section", Self.patched(section: ELFIndex.relaText, field: 28, 99)),
            ("does not link to the symbol table", Self.patched(section: ELFIndex.relaText, field: 24, 1)),
            ("not a multiple", Self.patched(section: ELFIndex.symtab, field: 20, 17)),
            ("not a string table", Self.patched(section: ELFIndex.symtab, field: 24, ELFIndex.text)),
            ("section header table", Self.patched(32, 0xFFFF_FF00)),
            ("REL relocations", Self.patched(section: ELFIndex.relaText, field: 4, 9)),
        ]
        for (fragment, bytes) in cases {
            expectELFError(fragment) { () throws(ELFError) in try ELFReader.read(bytes: bytes) }
        }
    }

    /// Single-byte corruption anywhere either reads or gives an ELFError; reaching the end
    /// of this test at all is the point (a crash would take the test run down).
    @Test(arguments: ["relocatable", "executable"])
    func singleByteCorruptionNeverCrashes(_ which: String) throws {
        let object = try ELFWriter.bytes(of: which == "executable" ? Fixtures.executable : Fixtures.relocatable)
        var errors = 0
        for offset in object.indices {
            for value: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF, object[offset] &+ 1] {
                var bytes = object
                bytes[offset] = value
                do { _ = try ELFReader.read(bytes: bytes) } catch { errors += 1 }
            }
        }
        #expect(errors > 0)
    }

    // MARK: Writing

    /// Lists `directory`, which a failed write must leave as it was.
    static func contents(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    @Test func invalidModelsAreRejectedBeforeAnyFileExists() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/bad.o"
        var cases: [(String, ELFFile)] = []
        var model = Fixtures.relocatable
        model.sections[0].relocations[0].symbol = 99
        cases.append(("refers to symbol 99", model))
        model = Fixtures.relocatable
        model.sections[0].relocations[0].offset = 11
        cases.append(("lies outside .text", model))
        model = Fixtures.relocatable
        model.symbols[3].definition = .section(5)
        cases.append(("defined in section 5", model))
        model = Fixtures.relocatable
        model.sections[2].alignment = 3
        cases.append(("not a power of two", model))
        model = Fixtures.relocatable
        model.symbols[4].name = "bad\0name"
        cases.append(("NUL", model))
        model = Fixtures.relocatable
        model.sections[4].relocations = [Relocation(offset: 0, type: .r32, symbol: 0)]
        cases.append(("NOBITS section .bss has relocations", model))
        model = Fixtures.relocatable
        model.sections[2].kind = .other(type: 4)
        cases.append(("derives itself", model))
        model = Fixtures.relocatable
        model.segments = [Segment(address: 0, flags: .read, sections: [0])]
        cases.append(("cannot have segments", model))
        for (fragment, model) in cases {
            expectELFError(fragment) { () throws(ELFError) in try ELFWriter.write(model, to: path) }
            #expect(Self.contents(directory).isEmpty, "\(fragment): no file left behind")
        }
    }

    @Test func failedWritesLeaveNothingBehind() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }

        // No directory to create the temporary file in.
        expectELFError("cannot create a temporary file") { () throws(ELFError) in
            try ELFWriter.write(Fixtures.relocatable, to: directory + "/missing/out.o")
        }
        #expect(Self.contents(directory).isEmpty)

        // The file is complete but cannot replace what is at the path: the temporary goes.
        let occupied = directory + "/occupied"
        try FileManager.default.createDirectory(atPath: occupied, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: occupied + "/file"))
        expectELFError("cannot replace the file") { () throws(ELFError) in
            try ELFWriter.write(Fixtures.relocatable, to: occupied)
        }
        #expect(Self.contents(directory) == ["occupied"])
        #expect(Self.contents(occupied) == ["file"])
    }

    @Test func failedWriteKeepsThePreviousFile() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/out.o"
        try ELFWriter.write(Fixtures.relocatable, to: path)
        var broken = Fixtures.relocatable
        broken.sections[3].relocations[0].symbol = -1
        expectELFError("refers to symbol -1") { () throws(ELFError) in try ELFWriter.write(broken, to: path) }
        #expect(try ELFReader.read(path: path) == Fixtures.relocatable)
        #expect(Self.contents(directory) == ["out.o"])
    }
}
