import ELFKit
import Foundation
import KilnTestSupport
import Testing

/// What we write is well-formed ELF by llvm-readelf's standards, and says what the model says.
@Suite struct ReadelfTests {
    @Test func readelfAcceptsRelocatableWithoutWarnings() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/fixture.o"
        try ELFWriter.write(Fixtures.relocatable, to: path)

        let all = try TestTools.run("llvm-readelf-22", ["-a", path])
        #expect(all.status == 0)
        #expect(all.stderr.isEmpty, "llvm-readelf-22 -a warned: \(all.stderr)")
        #expect(all.stdout.contains("REL (Relocatable file)"))
        #expect(all.stdout.contains("Tensilica Xtensa Processor"))

        let header = try TestTools.readelfJSON(path, ["-h"]).object("ElfHeader")
        #expect(header.value("Machine") == 94)
        #expect(header.object("Flags").int("Value") == 0)

        try ReadelfView.expect(path, shows: Fixtures.relocatable)
    }

    /// The derived tables follow the conventions linkers rely on.
    @Test func derivedTablesAreLinkedCorrectly() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/fixture.o"
        try ELFWriter.write(Fixtures.relocatable, to: path)
        let sections = try TestTools.readelfJSON(path, ["-S"]).array("Sections").map { $0.object("Section") }
        func section(_ name: String) throws -> [String: Any] { try #require(sections.first { $0.name("Name") == name }) }

        let symtab = try section(".symtab")
        #expect(symtab.int("EntrySize") == 16)
        #expect(try symtab.int("Link") == section(".strtab").int("Index"))
        let firstGlobal = Fixtures.relocatable.symbols.firstIndex { $0.binding != .local }! + 1
        #expect(symtab.int("Info") == firstGlobal)
        for (relaName, targetName) in [(".rela.text", ".text"), (".rela.literal", ".literal"), (".rela.data", ".data")] {
            let rela = try section(relaName)
            #expect(rela.value("Type") == 4)
            #expect(rela.int("EntrySize") == 12)
            #expect(rela.int("Link") == symtab.int("Index"))
            #expect(try rela.int("Info") == section(targetName).int("Index"))
            #expect(rela.object("Flags").int("Value") == 0x40, "SHF_INFO_LINK")
        }
        #expect(!sections.contains { $0.name("Name") == ".rela.rodata" || $0.name("Name") == ".rela.bss" })
    }
}
