import KilnTestSupport
import ELFKit
import KilnLinker
import Testing

/// Each link error names what the user must fix: the symbol and the object.
@Suite("Link errors")
struct LinkErrorTests {
    static let main = ".text\n.global main\n.p2align 2\nmain:\nentry a1, 32\nretw\n"

    func link(_ sources: [(String, String)]) throws -> LinkResult {
        try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S")]
                            + sources.map { try Objects.assemble($0.1, path: $0.0) }, layout: .qemu)
    }

    @Test func undefinedSymbolNamesSymbolAndReferencingObject() throws {
        let error = #expect(throws: LinkError.self) {
            try link([("a.S", ".text\n.global main\n.p2align 2\nmain:\nentry a1, 32\ncall8 nothere\nretw\n")])
        }
        #expect(error == .undefinedSymbol(symbol: "nothere", object: "a.o", section: ".text"))
        #expect(error?.description == "a.o: error: undefined symbol 'nothere' (referenced from section .text)")
    }

    @Test func duplicateSymbolNamesBothObjects() throws {
        let error = #expect(throws: LinkError.self) {
            try link([("a.S", Self.main), ("b.S", Self.main)])
        }
        #expect(error == .duplicateSymbol(symbol: "main", first: "a.o", second: "b.o"))
    }

    @Test func missingEntry() throws {
        let error = #expect(throws: LinkError.self) {
            try Linker.link([try Objects.assemble(Self.main, path: "a.S")], layout: .qemu)
        }
        #expect(error == .missingEntry(symbol: "_start"))
    }

    /// A far call gets a veneer after the calling section; when the calling section is
    /// itself longer than a call's reach, the veneer is out of reach too, and that is reported.
    @Test func callOutOfReachEvenThroughAVeneer() throws {
        let far = ".text\n.global main\n.p2align 2\nmain:\nentry a1, 32\ncall8 far\nretw\n.space 600000\n"
            + ".section .text.far, \"ax\"\n.global far\n.p2align 2\nfar:\nentry a1, 32\nretw\n"
        let error = #expect(throws: LinkError.self) { try link([("far.S", far)]) }
        guard case let .outOfRange(symbol, object, section, offset, reason)? = error else {
            Issue.record("expected outOfRange, got \(String(describing: error))")
            return
        }
        #expect(symbol == "__kiln_veneer_far" && object == "far.o" && section == ".text" && offset == 3)
        #expect(reason.contains("call8") && reason.contains("veneer"))
    }

    /// J (±128 KiB) and L32R (256 KiB back) get no veneers: a target out of their reach
    /// is an error naming the symbol, the object, the section and offset, and the instruction.
    @Test func jumpAndLiteralLoadOutOfReach() throws {
        let jump = ".text\n.global main\n.p2align 2\nmain:\nentry a1, 32\nj away\n"
            + ".section .text.away, \"ax\"\n.space 140000\n.global away\naway:\nretw\n"
        let literal = ".section .literal, \"ax\"\n.p2align 2\n.Lfar:\n.long 1\n.text\n.space 300000\n"
            + ".global main\n.p2align 2\nmain:\nentry a1, 32\nl32r a2, .Lfar\nretw\n"
        for (name, source, symbol, section, offset, mnemonic) in [("jump.S", jump, "away", ".text", UInt32(3), "j"),
                                                                  ("literal.S", literal, ".literal+0x0", ".text", UInt32(300003), "l32r")] {
            let error = #expect(throws: LinkError.self) { try link([(name, source)]) }
            guard case let .outOfRange(reported, object, reportedSection, reportedOffset, reason)? = error else {
                Issue.record("\(name): expected outOfRange, got \(String(describing: error))")
                continue
            }
            #expect(reported == symbol && object == name.replacingSuffix(".S", with: ".o"))
            #expect(reportedSection == section && reportedOffset == offset)
            #expect(reason.contains("\(mnemonic) at 0x"), "\(reason)")
        }
    }

    @Test func windowHandlerLargerThanItsSlot() throws {
        let big = ".section .WindowOverflow4.text, \"ax\"\n.space 65\n" + Self.main
        let error = #expect(throws: LinkError.self) { try link([("big.S", big)]) }
        #expect(error == .slotOverflow(section: ".WindowOverflow4.text", object: "big.o", size: 65, limit: 64))
    }

    @Test func stackThatDoesNotFitTheRegion() throws {
        var layout = MemoryLayout.esp32
        layout.stackSize = 1 << 20
        let error = #expect(throws: LinkError.self) {
            try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "s.S"),
                             try Objects.assemble(Self.main, path: "a.S")], layout: layout)
        }
        guard case .regionOverflow(let region, _, _)? = error else {
            Issue.record("expected regionOverflow, got \(String(describing: error))")
            return
        }
        #expect(region == "dram")
    }

    @Test func unsupportedRelocationType() throws {
        var input = try Objects.assemble(Self.main, path: "a.S")
        let text = try #require(input.object.sectionIndex(named: ".text"))
        let mainSymbol = try #require(input.object.symbols.firstIndex { $0.name == "main" })
        input.object.sections[text].relocations.append(Relocation(offset: 0, type: .slot0Alt, symbol: mainSymbol))
        let error = #expect(throws: LinkError.self) {
            try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"), input], layout: .qemu)
        }
        #expect(error == .unsupportedRelocation(type: .slot0Alt, object: "a.o", section: ".text", offset: 0))
    }

    @Test func malformedObjectsAreBadInput() throws {
        var input = try Objects.assemble(Self.main, path: "a.S")
        let text = try #require(input.object.sectionIndex(named: ".text"))
        input.object.sections[text].relocations.append(Relocation(offset: 1000, type: .r32, symbol: 0))
        #expect(throws: LinkError.self) { try Linker.link([input], layout: .qemu) }
        let executable = LinkInput(path: "x.elf", object: ELFFile(kind: .executable(entry: 0)))
        let error = #expect(throws: LinkError.self) { try Linker.link([executable], layout: .qemu) }
        #expect(error == .badInput(object: "x.elf", message: "not a relocatable object (ET_REL)"))
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
