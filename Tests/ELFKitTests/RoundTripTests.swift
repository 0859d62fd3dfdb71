import KilnTestSupport
import ELFKit
import Testing

/// Writing then reading gives back the model: the reader folds in exactly what the writer derives.
@Suite struct RoundTripTests {
    @Test func relocatableRoundTripsExactly() throws {
        let model = Fixtures.relocatable
        let read = try ELFReader.read(bytes: ELFWriter.bytes(of: model))
        #expect(read.kind == model.kind)
        #expect(read.sections == model.sections)
        #expect(read.symbols == model.symbols)
        #expect(read == model)
    }

    @Test func executableRoundTripsExactly() throws {
        let model = Fixtures.executable
        #expect(try ELFReader.read(bytes: ELFWriter.bytes(of: model)) == model)
    }

    @Test func writingToAPathMatchesTheBytes() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/out.o"
        try ELFWriter.write(Fixtures.relocatable, to: path)
        #expect(try ELFReader.read(path: path) == Fixtures.relocatable)
        let bytes = try ELFWriter.bytes(of: Fixtures.relocatable)
        #expect(try ELFReader.read(bytes: bytes, path: path) == Fixtures.relocatable)
    }

    /// ELF wants locals first; a model in any other order comes back reordered, with
    /// relocations still naming the same symbols.
    @Test func globalsBeforeLocalsAreReorderedConsistently() throws {
        var model = Fixtures.relocatable
        let moved = model.symbols.remove(at: 5)  // "main", global
        model.symbols.insert(moved, at: 0)
        for section in model.sections.indices {
            for relocation in model.sections[section].relocations.indices {
                let old = model.sections[section].relocations[relocation].symbol
                model.sections[section].relocations[relocation].symbol = old == 5 ? 0 : old < 5 ? old + 1 : old
            }
        }
        let read = try ELFReader.read(bytes: ELFWriter.bytes(of: model))
        #expect(read.symbols == Fixtures.relocatable.symbols)
        for (section, original) in zip(read.sections, model.sections) {
            #expect(section.relocations.map { read.symbols[$0.symbol] } == original.relocations.map { model.symbols[$0.symbol] })
        }
    }

    /// Degenerate and less usual shapes: an empty object, an executable that keeps its
    /// relocations (as `ld --emit-relocs` does, for tools that re-link), an unnamed section
    /// symbol, and a section symbol whose name differs from its section's.
    @Test func unusualShapesRoundTrip() throws {
        let empty = ELFFile()
        #expect(try ELFReader.read(bytes: ELFWriter.bytes(of: empty)) == empty)

        var linked = Fixtures.executable
        linked.sections[2].relocations = [Relocation(offset: 0, type: .r32, symbol: 0, addend: 1)]
        #expect(try ELFReader.read(bytes: ELFWriter.bytes(of: linked)) == linked)

        var renamed = Fixtures.relocatable
        renamed.symbols[2].name = "rodata_start"
        #expect(try ELFReader.read(bytes: ELFWriter.bytes(of: renamed)) == renamed)

        // Unnamed section symbols read back named after their section, as tools show them.
        var unnamed = Fixtures.relocatable
        unnamed.symbols[0].name = ""
        #expect(try ELFReader.read(bytes: ELFWriter.bytes(of: unnamed)) == Fixtures.relocatable)
    }
}
