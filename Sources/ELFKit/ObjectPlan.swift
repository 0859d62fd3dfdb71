import CElf

/// One section exactly as it will appear in the output, derived tables included. Kept apart
/// from `Section` because the writer must add what the model leaves out (entry sizes, links,
/// symbol and relocation tables) and checking the model once, here, keeps libelf calls simple.
struct PlannedSection {
    enum Content {
        case bytes([UInt8])
        /// NOBITS: occupies memory, not the file.
        case zeros(UInt32)
        case symbols([Elf32_Sym])
        case relocations([Elf32_Rela])
    }

    var name: String
    var type: UInt32
    var flags: UInt32
    var address: UInt32 = 0
    var alignment: UInt32
    var entrySize: UInt32 = 0
    var link: UInt32 = 0
    var info: UInt32 = 0
    var content: Content
    /// Offset of `name` in `.shstrtab`, filled in once all names are known.
    var nameOffset: UInt32 = 0

    /// `sh_size`.
    var size: UInt32 {
        switch content {
        case .bytes(let bytes): UInt32(bytes.count)
        case .zeros(let size): size
        case .symbols(let symbols): UInt32(symbols.count * MemoryLayout<Elf32_Sym>.size)
        case .relocations(let relocations): UInt32(relocations.count * MemoryLayout<Elf32_Rela>.size)
        }
    }

    /// Bytes the section takes in the file.
    var fileSize: UInt32 {
        if case .zeros = content { return 0 }
        return size
    }
}

/// Everything the writer will put in the file, section by section, in ELF index order minus
/// the null section: the model's sections first (so `ELFFile.sections[i]` is ELF section
/// `i + 1`), then one `.rela` section per section with relocations, then `.symtab`, `.strtab`
/// and `.shstrtab`.
struct ObjectPlan {
    var type: UInt16
    var entry: UInt32
    var sections: [PlannedSection]
    /// How many of `sections` come from `ELFFile.sections` (they come first).
    var modelSectionCount: Int
    /// ELF index of `.shstrtab`.
    var sectionNamesIndex: Int
    /// The model's segments; their section indices are model indices.
    var segments: [Segment]

    /// Checks `file` and derives the tables; any inconsistency in the model is reported here,
    /// before a file is created.
    init(_ file: ELFFile, path: String) throws(ELFError) {
        func fail(_ message: String) -> ELFError { ELFError(path: path, message: message) }

        switch file.kind {
        case .relocatable:
            type = UInt16(ET_REL)
            entry = 0
            if !file.segments.isEmpty { throw fail("a relocatable object cannot have segments") }
        case .executable(let entryAddress):
            type = UInt16(ET_EXEC)
            entry = entryAddress
        }
        segments = file.segments
        modelSectionCount = file.sections.count

        // r_info holds the symbol index in 24 bits.
        if file.symbols.count >= 1 << 24 { throw fail("too many symbols (\(file.symbols.count)) for ELF32 relocations") }

        // Locals must precede globals in .symtab (sh_info marks the boundary), so the model's
        // order is partitioned stably and relocations follow the permutation.
        var elfSymbolIndex = [Int](repeating: 0, count: file.symbols.count)
        var ordered: [Int] = file.symbols.indices.filter { file.symbols[$0].binding == .local }
        let firstGlobal = ordered.count + 1
        ordered += file.symbols.indices.filter { file.symbols[$0].binding != .local }
        for (position, modelIndex) in ordered.enumerated() { elfSymbolIndex[modelIndex] = position + 1 }

        let relocated = file.sections.indices.filter { !file.sections[$0].relocations.isEmpty }
        let symbolTableIndex = file.sections.count + relocated.count + 1
        sectionNamesIndex = symbolTableIndex + 2
        // Indices from SHN_LORESERVE up mean something else in st_shndx and e_shstrndx;
        // extended numbering would be needed, and no Kiln object comes near it.
        if sectionNamesIndex >= Int(SHN_LORESERVE) { throw fail("too many sections (\(sectionNamesIndex + 1))") }

        sections = []
        for section in file.sections {
            try sections.append(Self.plan(section, fail: fail))
        }

        for index in relocated {
            let section = file.sections[index]
            var entries: [Elf32_Rela] = []
            for relocation in section.relocations {
                guard file.symbols.indices.contains(relocation.symbol) else {
                    throw fail("relocation at \(hex(relocation.offset)) in \(section.name) refers to symbol \(relocation.symbol), but there are \(file.symbols.count) symbols")
                }
                guard relocation.offset < section.size else {
                    throw fail("relocation at \(hex(relocation.offset)) lies outside \(section.name) (size \(hex(section.size)))")
                }
                guard relocation.type.rawValue < 256 else {
                    throw fail("relocation type \(relocation.type.rawValue) does not fit ELF32's 8-bit type field")
                }
                let info = UInt32(elfSymbolIndex[relocation.symbol]) << 8 | relocation.type.rawValue
                entries.append(Elf32_Rela(r_offset: relocation.offset, r_info: info, r_addend: relocation.addend))
            }
            sections.append(PlannedSection(
                name: ".rela" + section.name, type: UInt32(SHT_RELA), flags: UInt32(SHF_INFO_LINK),
                alignment: 4, entrySize: UInt32(MemoryLayout<Elf32_Rela>.size),
                link: UInt32(symbolTableIndex), info: UInt32(index + 1), content: .relocations(entries)))
        }

        var names = StringTable()
        var symbols = [Elf32_Sym()]
        for modelIndex in ordered {
            let symbol = file.symbols[modelIndex]
            try symbols.append(Self.plan(symbol, in: file, names: &names, fail: fail))
        }
        sections.append(PlannedSection(
            name: ".symtab", type: UInt32(SHT_SYMTAB), flags: 0, alignment: 4,
            entrySize: UInt32(MemoryLayout<Elf32_Sym>.size), link: UInt32(symbolTableIndex + 1),
            info: UInt32(firstGlobal), content: .symbols(symbols)))
        sections.append(PlannedSection(
            name: ".strtab", type: UInt32(SHT_STRTAB), flags: 0, alignment: 1, content: .bytes(names.bytes)))

        var sectionNames = StringTable()
        for index in sections.indices { sections[index].nameOffset = sectionNames.offset(of: sections[index].name) }
        var sectionNameTable = PlannedSection(name: ".shstrtab", type: UInt32(SHT_STRTAB), flags: 0, alignment: 1, content: .bytes([]))
        sectionNameTable.nameOffset = sectionNames.offset(of: sectionNameTable.name)
        sectionNameTable.content = .bytes(sectionNames.bytes)
        sections.append(sectionNameTable)
    }

    private static func plan(_ section: Section, fail: (String) -> ELFError) throws(ELFError) -> PlannedSection {
        if section.name.utf8.contains(0) { throw fail("section name \(section.name.debugDescription) contains a NUL byte") }
        if section.alignment & (section.alignment &- 1) != 0 {
            throw fail("section \(section.name) has alignment \(section.alignment), which is not a power of two")
        }
        let type: UInt32
        let content: PlannedSection.Content
        switch section.kind {
        case .progbits:
            type = UInt32(SHT_PROGBITS)
            content = .bytes(section.data)
        case .nobits(let size):
            type = UInt32(SHT_NOBITS)
            content = .zeros(size)
            if !section.data.isEmpty { throw fail("NOBITS section \(section.name) has \(section.data.count) bytes of data") }
            if !section.relocations.isEmpty { throw fail("NOBITS section \(section.name) has relocations") }
        case .other(let otherType):
            type = otherType
            content = .bytes(section.data)
            // These types are derived from the rest of the model; a raw copy would duplicate
            // or contradict them.
            if [SHT_NULL, SHT_SYMTAB, SHT_RELA, SHT_REL, SHT_SYMTAB_SHNDX].map(UInt32.init).contains(otherType) {
                throw fail("section \(section.name) has type \(otherType), which the writer derives itself")
            }
            // A group's sh_link/sh_info (symbol table, signature symbol) and its member list
            // of section indices have no place in the model; a copy would be a corrupt group.
            if otherType == UInt32(SHT_GROUP) {
                throw fail("section \(section.name) is a COMDAT group (SHT_GROUP), which the writer cannot express")
            }
        }
        // Entry sizes are not in the model. Mergeable sections need one; strings merge by
        // byte, constants (`.rodata.cst4`) by their size, which is also their alignment.
        var entrySize: UInt32 = 0
        if section.flags.contains(.merge) {
            entrySize = section.flags.contains(.strings) ? 1 : max(section.alignment, 1)
        }
        return PlannedSection(name: section.name, type: type, flags: section.flags.rawValue, address: section.address,
                              alignment: section.alignment, entrySize: entrySize, content: content)
    }

    private static func plan(_ symbol: Symbol, in file: ELFFile, names: inout StringTable,
                             fail: (String) -> ELFError) throws(ELFError) -> Elf32_Sym {
        if symbol.name.utf8.contains(0) { throw fail("symbol name \(symbol.name.debugDescription) contains a NUL byte") }
        var entry = Elf32_Sym()
        entry.st_value = symbol.value
        entry.st_size = symbol.size
        entry.st_info = symbol.binding.rawValue << 4 | symbol.type.rawValue
        switch symbol.definition {
        case .undefined:
            entry.st_shndx = UInt16(SHN_UNDEF)
        case .section(let index):
            guard file.sections.indices.contains(index) else {
                throw fail("symbol \(symbol.name) is defined in section \(index), but there are \(file.sections.count) sections")
            }
            entry.st_shndx = UInt16(index + 1)
        case .absolute:
            entry.st_shndx = UInt16(SHN_ABS)
        case .common(let alignment):
            // ELF keeps a common symbol's alignment in st_value.
            entry.st_shndx = UInt16(SHN_COMMON)
            entry.st_value = alignment
        }
        // Assemblers leave section symbols unnamed (tools show the section's name); doing
        // the same keeps our objects byte-for-byte comparable with llvm-mc's.
        let isSectionName: Bool
        if symbol.type == .section, case .section(let index) = symbol.definition {
            isSectionName = file.sections[index].name == symbol.name
        } else {
            isSectionName = false
        }
        entry.st_name = isSectionName ? 0 : names.offset(of: symbol.name)
        return entry
    }
}

/// `0x`-prefixed hexadecimal, as ELF tools print offsets and addresses.
func hex(_ value: UInt32) -> String { "0x" + String(value, radix: 16) }
