import ELFKit
import Foundation
import KilnTestSupport
import Testing

/// llvm-readelf's account of a file, reduced to rows that compare directly with an `ELFFile`.
/// Comparing whole arrays of rows makes a failure show every difference at once.
struct ReadelfView {
    struct SectionRow: Equatable, CustomStringConvertible {
        var name: String, type: Int, flags: Int, address: Int, size: Int, alignment: Int
        var description: String { "\(name) type=\(type) flags=\(flags) addr=\(address) size=\(size) align=\(alignment)" }
    }
    struct SymbolRow: Equatable, CustomStringConvertible {
        var name: String, value: Int, size: Int, binding: Int, type: Int, section: String
        var description: String { "\(name) value=\(value) size=\(size) bind=\(binding) type=\(type) in \(section)" }
    }
    struct RelocationRow: Equatable, CustomStringConvertible {
        /// ELF symbol index: the model's index + 1, since the model omits the null symbol.
        var offset: Int, type: Int, symbolIndex: Int, symbolName: String, addend: Int
        var description: String { "\(offset): type \(type) sym \(symbolIndex) (\(symbolName)) + \(addend)" }
    }

    var sections: [SectionRow] = []
    var symbols: [SymbolRow] = []
    /// Relocations by the name of the section they apply to.
    var relocations: [String: [RelocationRow]] = [:]

    /// Runs `llvm-readelf-22` on `path`; the sections it lists, minus those the model
    /// derives (null, symbol and string tables, RELA), in file order.
    init(path: String) throws {
        let json = try TestTools.readelfJSON(path, ["-h", "-S", "-s", "-r"])
        let all = json.array("Sections").map { $0.object("Section") }
        let symbolTables = all.filter { $0.value("Type") == 2 }
        var derived: Set<Int> = [0, Int(json.object("ElfHeader").string("StringTableSectionIndex")) ?? -1]
        for table in symbolTables { derived.formUnion([table.int("Index"), table.int("Link")]) }
        for section in all where section.value("Type") == 4 { derived.insert(section.int("Index")) }
        sections = all.filter { !derived.contains($0.int("Index")) }.map {
            SectionRow(name: $0.name("Name"), type: $0.value("Type"), flags: $0.object("Flags").int("Value"),
                       address: $0.int("Address"), size: $0.int("Size"), alignment: $0.int("AddressAlignment"))
        }
        symbols = json.array("Symbols").dropFirst().map { entry in
            let symbol = entry.object("Symbol")
            return SymbolRow(name: symbol.name("Name"), value: symbol.int("Value"), size: symbol.int("Size"),
                             binding: symbol.value("Binding"), type: symbol.value("Type"), section: symbol.name("Section"))
        }
        for group in json.array("Relocations") {
            let relocationSection = all.first { $0.int("Index") == group.int("SectionIndex") } ?? [:]
            let target = all.first { $0.int("Index") == relocationSection.int("Info") }?.name("Name") ?? "?"
            relocations[target, default: []] += group.array("Relocs").map { entry in
                let relocation = entry.object("Relocation")
                return RelocationRow(offset: relocation.int("Offset"), type: relocation.value("Type"),
                                     symbolIndex: relocation.value("Symbol"), symbolName: relocation.name("Symbol"),
                                     addend: Int(Int32(truncatingIfNeeded: relocation.int("Addend"))))  // JSON shows it unsigned
            }
        }
    }

    /// What llvm-readelf should show for `model`, written with its locals first.
    init(expecting model: ELFFile) {
        sections = model.sections.map { section in
            let type: Int
            switch section.kind {
            case .progbits: type = 1
            case .nobits: type = 8
            case .other(let other): type = Int(other)
            }
            return SectionRow(name: section.name, type: type, flags: Int(section.flags.rawValue), address: Int(section.address),
                              size: Int(section.size), alignment: Int(section.alignment))
        }
        symbols = model.symbols.map { symbol in
            var value = Int(symbol.value)
            let section: String
            switch symbol.definition {
            case .undefined: section = "Undefined"
            case .absolute: section = "Absolute"
            case .common(let alignment): section = "Common"; value = Int(alignment)
            case .section(let index): section = model.sections[index].name
            }
            return SymbolRow(name: symbol.name, value: value, size: Int(symbol.size), binding: Int(symbol.binding.rawValue),
                             type: Int(symbol.type.rawValue), section: section)
        }
        for section in model.sections where !section.relocations.isEmpty {
            relocations[section.name] = section.relocations.map {
                RelocationRow(offset: Int($0.offset), type: Int($0.type.rawValue), symbolIndex: $0.symbol + 1,
                              symbolName: model.symbols[$0.symbol].name, addend: Int($0.addend))
            }
        }
    }

    /// Expects llvm-readelf's view of `path` to be `model`'s.
    static func expect(_ path: String, shows model: ELFFile, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = try ReadelfView(path: path)
        let expected = ReadelfView(expecting: model)
        #expect(actual.sections == expected.sections, sourceLocation: sourceLocation)
        #expect(actual.symbols == expected.symbols, sourceLocation: sourceLocation)
        #expect(actual.relocations == expected.relocations, sourceLocation: sourceLocation)
    }
}
