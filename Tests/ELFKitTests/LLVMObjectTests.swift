import ELFKit
import Foundation
import KilnTestSupport
import Testing

/// Objects from LLVM's own assembler read exactly as llvm-readelf reports them: this is
/// what the linker will be fed when Kiln links against code LLVM compiled.
@Suite struct LLVMObjectTests {
    /// Literal pool, an L32R-fed and a direct call to an external function, data words
    /// referring to external, global and local symbols, constant and zeroed data.
    static let source = """
        .text
        .literal_position
        .literal .LC0, ext_data
        .literal .LC1, 0x12345678
        .literal .LC2, ext_func
        .global f
        .type f, @function
        .align 4
    f:
        entry a1, 32
        l32r a8, .LC0
        l32r a9, .LC1
        call8 ext_func
        l32r a8, .LC2
        callx8 a8
        retw.n
        .size f, . - f

        .data
        .global table
        .type table, @object
    table:
        .long ext_data
        .long f + 4
    local_word:
        .long local_word
        .size table, 12

        .section .rodata
        .long 7

        .bss
        .space 16

    """

    /// Assembles `source` with llvm-mc-22 into `directory`.
    static func assemble(_ source: String, in directory: String) throws -> String {
        let input = directory + "/input.s", output = directory + "/input.o"
        try source.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try TestTools.run("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", input, "-o", output])
        try #require(result.status == 0, "llvm-mc-22 failed: \(result.stderr)")
        return output
    }

    @Test func readerAgreesWithReadelf() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = try Self.assemble(Self.source, in: directory)
        let file = try ELFReader.read(path: path)
        try ReadelfView.expect(path, shows: file)

        // Not only agreement: the reader must find what the source put there.
        #expect(file.kind == .relocatable)
        #expect(file.sections.map(\.name) == [".text", ".literal", ".data", ".rodata", ".bss"])
        let text = try #require(file.sectionIndex(named: ".text"))
        let literal = try #require(file.sectionIndex(named: ".literal"))
        let data = try #require(file.sectionIndex(named: ".data"))
        #expect(file.sections[literal].data.count == 12)
        #expect(file.sections[file.sectionIndex(named: ".bss")!].kind == .nobits(size: 16))
        #expect(file.sections[file.sectionIndex(named: ".rodata")!].data == [7, 0, 0, 0])

        func symbol(_ relocation: Relocation) -> String { file.symbols[relocation.symbol].name }
        let f = try #require(file.symbols.first { $0.name == "f" })
        #expect(f.definition == .section(text) && f.binding == .global && f.type == .function && f.size == 20)
        #expect(file.symbols.contains { $0.name == "ext_func" && $0.definition == .undefined && $0.binding == .global })
        #expect(file.symbols.contains { $0.name == "local_word" && $0.definition == .section(data) && $0.binding == .local && $0.value == 8 })

        // call8 ext_func is the third instruction after entry; l32r/call8 relocate their slot.
        let textRelocations = file.sections[text].relocations.map { ($0.offset, $0.type, symbol($0), $0.addend) }
        #expect(textRelocations.count == 4)
        #expect(textRelocations.contains { $0 == (9, .slot0Op, "ext_func", 0) })
        #expect(textRelocations.contains { $0 == (3, .slot0Op, ".literal", 0) })
        #expect(textRelocations.contains { $0 == (6, .slot0Op, ".literal", 4) })
        #expect(textRelocations.contains { $0 == (12, .slot0Op, ".literal", 8) })

        let literalRelocations = file.sections[literal].relocations.map { ($0.offset, $0.type, symbol($0), $0.addend) }
        #expect(literalRelocations.count == 2)
        #expect(literalRelocations.contains { $0 == (0, .r32, "ext_data", 0) })
        #expect(literalRelocations.contains { $0 == (8, .r32, "ext_func", 0) })

        let dataRelocations = file.sections[data].relocations.map { ($0.offset, $0.type, symbol($0), $0.addend) }
        #expect(dataRelocations.count == 3)
        #expect(dataRelocations.contains { $0 == (0, .r32, "ext_data", 0) })
        #expect(dataRelocations.contains { $0 == (4, .r32, "f", 4) })
        // A local symbol's reference goes through the section symbol, as assemblers do.
        #expect(dataRelocations.contains { $0 == (8, .r32, ".data", 8) })
    }

    /// Reading LLVM's object and writing it back loses nothing a disassembler or linker sees.
    @Test func rewrittenObjectDisassemblesIdentically() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = try Self.assemble(Self.source, in: directory)
        let file = try ELFReader.read(path: path)
        let copy = directory + "/copy.o"
        try ELFWriter.write(file, to: copy)
        #expect(try ELFReader.read(path: copy) == file)
        try ReadelfView.expect(copy, shows: file)

        // Same identification, machine and e_flags as llvm-mc writes (the ELF model has no
        // e_flags; the writer must match LLVM's choice by itself).
        func header(_ path: String) throws -> String {
            let header = try TestTools.readelfJSON(path, ["-h"]).object("ElfHeader")
            let identity: [String: Any] = ["Ident": header.object("Ident"), "Machine": header.object("Machine"),
                                           "Flags": header.object("Flags"), "Type": header.string("Type")]
            return String(decoding: try JSONSerialization.data(withJSONObject: identity, options: .sortedKeys), as: UTF8.self)
        }
        #expect(try header(copy) == header(path))

        func listing(_ path: String) throws -> String {
            // Contents of the model's sections only: the derived tables are laid out differently.
            let only = file.sections.flatMap { ["-j", $0.name] }
            let result = try TestTools.run("llvm-objdump-22", ["--mcpu=esp32", "-dr", "-s"] + only + [path])
            #expect(result.status == 0 && result.stderr.isEmpty, "llvm-objdump-22: \(result.stderr)")
            // Drop the line naming the file.
            return result.stdout.split(separator: "\n").filter { !$0.contains(path) }.joined(separator: "\n")
        }
        let original = try listing(path)
        #expect(original.contains("call8"))
        #expect(try listing(copy) == original)
    }

    /// What LLVM's compiler adds around the code: a FILE symbol, mergeable strings,
    /// `.comment`, an empty `.note.GNU-stack`. Compiled with clang-22 and llc-22, assembled
    /// with llvm-mc-22 (the path XTENSA-FACTS.md recommends).
    @Test func compiledCObjectReadsAndRewrites() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let c = directory + "/unit.c", ir = directory + "/unit.ll", assembly = directory + "/unit.s"
        try """
            extern int g(int);
            static int counter;
            const char *msg = "hi";
            int f(int x) { counter += x; return g(x) + counter; }
            """.write(toFile: c, atomically: true, encoding: .utf8)
        let clang = try TestTools.run("clang-22", ["--target=xtensa", "-O2", "-S", "-emit-llvm", c, "-o", ir])
        try #require(clang.status == 0, "clang-22: \(clang.stderr)")
        let llc = try TestTools.run("llc-22", ["-mtriple=xtensa", "-mcpu=esp32", ir, "-o", assembly])
        try #require(llc.status == 0, "llc-22: \(llc.stderr)")
        let path = try Self.assemble(String(contentsOfFile: assembly, encoding: .utf8), in: directory)

        let file = try ELFReader.read(path: path)
        try ReadelfView.expect(path, shows: file)
        #expect(file.symbols.contains { $0.type == .file && $0.definition == .absolute && $0.name == "unit.c" })
        let strings = try #require(file.sections.first { $0.name.hasPrefix(".rodata.str") })
        #expect(strings.flags.isSuperset(of: [.alloc, .merge, .strings]))
        #expect(file.sections.contains { $0.name == ".comment" })

        let copy = directory + "/copy.o"
        try ELFWriter.write(file, to: copy)
        #expect(try ELFReader.read(path: copy) == file)
        let all = try TestTools.run("llvm-readelf-22", ["-a", copy])
        #expect(all.status == 0 && all.stderr.isEmpty, "llvm-readelf-22 -a: \(all.stderr)")
        let sections = try TestTools.readelfJSON(copy, ["-S"]).array("Sections").map { $0.object("Section") }
        for name in [strings.name, ".comment"] {
            #expect(sections.first { $0.name("Name") == name }?.int("EntrySize") == 1, "\(name) keeps its entry size")
        }
    }

    /// COMDAT groups read (the linker may ignore them: their members are weak), but cannot be
    /// written back, since the model does not keep what makes a group valid.
    @Test func comdatGroupsReadButAreNotWritten() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = try Self.assemble("""
                .section .text.foo,"axG",@progbits,foo,comdat
                .weak foo
                .type foo, @function
            foo:
                retw.n

            """, in: directory)
        let file = try ELFReader.read(path: path)
        try ReadelfView.expect(path, shows: file)
        let group = try #require(file.sections.first { $0.name == ".group" })
        #expect(group.kind == .other(type: 17))
        let member = try #require(file.sections.first { $0.name == ".text.foo" })
        #expect(member.flags.contains(SectionFlags(rawValue: 0x200)), "SHF_GROUP is kept")
        expectELFError("COMDAT group") { () throws(ELFError) in try ELFWriter.bytes(of: file) }
    }
}
