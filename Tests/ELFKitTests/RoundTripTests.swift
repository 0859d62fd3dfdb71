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
        let directory = try Tools.scratchDirectory()
        defer { Tools.remove(directory) }
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
}
