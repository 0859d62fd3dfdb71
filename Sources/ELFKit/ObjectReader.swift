import CElf

/// One read of one ELF image, after `ELFReader` has checked its identification. Every value
/// from the file is checked before it is used as an index or a length: the input may be
/// anything, and a bad object must give an error, not a crash or a wrong link.
struct ObjectReader {
    let elf: OpaquePointer
    /// Size of the image in bytes, to bound offsets before libelf is asked to follow them.
    let size: Int
    let path: String

    /// A section header with what the reader needs next to it.
    private struct RawSection {
        var index: Int
        var header: Elf32_Shdr
        var name: String
        var scn: OpaquePointer
    }

    /// The section with ELF index `index`; `raw` holds sections 1, 2, ... in order.
    private static func section(_ index: Int, in raw: [RawSection]) -> RawSection? {
        raw.indices.contains(index - 1) ? raw[index - 1] : nil
    }

    private func fail(_ message: String) -> ELFError { ELFError(path: path, message: message) }

    private func libelfFailure(_ what: String) -> ELFError {
        fail("\(what): \(String(cString: elf_errmsg(-1)))")
    }

    func read() throws(ELFError) -> ELFFile {
        guard elf_kind(elf) == ELF_K_ELF else { throw fail("not an ELF file") }
        guard let header = elf32_getehdr(elf)?.pointee else { throw libelfFailure("bad ELF header") }
        guard header.e_machine == UInt16(EM_XTENSA) else {
            throw fail("machine \(header.e_machine) is not Xtensa (\(EM_XTENSA))")
        }
        let kind: ELFFile.Kind
        switch Int32(header.e_type) {
        case ET_REL: kind = .relocatable
        case ET_EXEC: kind = .executable(entry: header.e_entry)
        case ET_DYN: throw fail("shared objects (ET_DYN) are not supported")
        case let other: throw fail("unsupported ELF file type \(other)")
        }

        let raw = try readSectionHeaders(header)
        let symbolTables = raw.filter { $0.header.sh_type == UInt32(SHT_SYMTAB) }
        guard symbolTables.count <= 1 else { throw fail("more than one symbol table") }
        let symbolTable = symbolTables.first

        // Sections the model derives rather than stores.
        var folded: Set<Int> = []
        if let symbolTable {
            folded.insert(symbolTable.index)
            guard let strings = Self.section(Int(symbolTable.header.sh_link), in: raw),
                  strings.header.sh_type == UInt32(SHT_STRTAB) else {
                throw fail("symbol table \(symbolTable.name) links to section \(symbolTable.header.sh_link), which is not a string table")
            }
            folded.insert(strings.index)
        }
        var sectionNames = 0
        if elf_getshdrstrndx(elf, &sectionNames) == 0, sectionNames != 0 { folded.insert(sectionNames) }
        for section in raw {
            switch Int32(bitPattern: section.header.sh_type) {
            case SHT_RELA: folded.insert(section.index)
            case SHT_REL: throw fail("section \(section.name) holds REL relocations; Xtensa objects use RELA")
            default: break
            }
        }

        var sections: [Section] = []
        var modelIndex: [Int: Int] = [:]
        for section in raw where !folded.contains(section.index) {
            modelIndex[section.index] = sections.count
            sections.append(try readSection(section))
        }

        var symbols: [Symbol] = []
        if let symbolTable {
            symbols = try readSymbols(symbolTable, sections: raw, modelIndex: modelIndex)
        }

        for section in raw where section.header.sh_type == UInt32(SHT_RELA) {
            guard let symbolTable, Int(section.header.sh_link) == symbolTable.index else {
                throw fail("relocation section \(section.name) does not link to the symbol table")
            }
            guard let target = modelIndex[Int(section.header.sh_info)] else {
                throw fail("relocation section \(section.name) applies to section \(section.header.sh_info), which is not a section with contents")
            }
            try sections[target].relocations += readRelocations(section, target: sections[target], symbolCount: symbols.count)
        }

        var segments: [Segment] = []
        if case .executable = kind {
            segments = try readSegments(header, sections: sections)
        }
        return ELFFile(kind: kind, sections: sections, symbols: symbols, segments: segments)
    }

    private func readSectionHeaders(_ header: Elf32_Ehdr) throws(ELFError) -> [RawSection] {
        // Bounds first, from the header itself: libelf quietly reports no sections when the
        // table lies outside the file, which would make a truncated object look empty.
        if header.e_shoff == 0 && header.e_shnum == 0 { return [] }
        guard Int(header.e_shentsize) == MemoryLayout<Elf32_Shdr>.size else {
            throw fail("section header size is \(header.e_shentsize), not \(MemoryLayout<Elf32_Shdr>.size)")
        }
        // With e_shnum 0, the real count is in section 0's header (extended numbering).
        let declared = max(Int(header.e_shnum), 1)
        guard Int(header.e_shoff) + declared * MemoryLayout<Elf32_Shdr>.size <= size else {
            throw fail("the section header table (\(declared) entries at \(hex(header.e_shoff))) extends past the end of the file (\(size) bytes)")
        }
        var count = 0
        guard elf_getshdrnum(elf, &count) == 0 else { throw libelfFailure("bad section count") }
        guard count >= declared || (header.e_shnum == 0 && count == 0),
              Int(header.e_shoff) + count * MemoryLayout<Elf32_Shdr>.size <= size else {
            throw fail("the section header table (\(count) entries at \(hex(header.e_shoff))) extends past the end of the file (\(size) bytes)")
        }
        if count == 0 { return [] }
        var names = 0
        guard elf_getshdrstrndx(elf, &names) == 0 else { throw libelfFailure("bad section name table index") }
        guard names > 0, names < count else { throw fail("section name table index \(names) is out of range") }

        var sections: [RawSection] = []
        for index in 1..<count {
            guard let scn = elf_getscn(elf, index), let sectionHeader = elf32_getshdr(scn)?.pointee else {
                throw libelfFailure("bad section header \(index)")
            }
            guard let name = elf_strptr(elf, names, Int(sectionHeader.sh_name)) else {
                throw libelfFailure("section \(index) has a bad name offset \(sectionHeader.sh_name)")
            }
            let section = RawSection(index: index, header: sectionHeader, name: String(cString: name), scn: scn)
            if sectionHeader.sh_type != UInt32(SHT_NOBITS),
               Int(sectionHeader.sh_offset) + Int(sectionHeader.sh_size) > size {
                throw fail("section \(section.name) (\(hex(sectionHeader.sh_size)) bytes at \(hex(sectionHeader.sh_offset))) extends past the end of the file (\(size) bytes)")
            }
            sections.append(section)
        }
        return sections
    }

    private func readSection(_ raw: RawSection) throws(ELFError) -> Section {
        let header = raw.header
        let kind: Section.Kind
        var data: [UInt8] = []
        switch Int32(bitPattern: header.sh_type) {
        case SHT_NOBITS:
            kind = .nobits(size: header.sh_size)
        case SHT_PROGBITS:
            kind = .progbits
        default:
            kind = .other(type: header.sh_type)
        }
        if header.sh_type != UInt32(SHT_NOBITS), header.sh_size > 0 {
            // Raw bytes: libelf's translation (of notes, say) would change what is kept.
            guard let chunk = elf_rawdata(raw.scn, nil), let buffer = chunk.pointee.d_buf,
                  chunk.pointee.d_size == Int(header.sh_size) else {
                throw libelfFailure("cannot read section \(raw.name)")
            }
            data = Array(UnsafeRawBufferPointer(start: buffer, count: chunk.pointee.d_size))
        }
        return Section(name: raw.name, kind: kind, flags: SectionFlags(rawValue: header.sh_flags),
                       address: header.sh_addr, alignment: header.sh_addralign, data: data)
    }

    /// The entries of a SYMTAB or RELA section, converted by libelf to host order.
    private func entries<T>(of raw: RawSection, as: T.Type, file type: Elf_Type) throws(ELFError) -> [T] {
        let entrySize = MemoryLayout<T>.size
        guard Int(raw.header.sh_size) % entrySize == 0 else {
            throw fail("section \(raw.name) has size \(raw.header.sh_size), not a multiple of its \(entrySize)-byte entries")
        }
        if raw.header.sh_size == 0 { return [] }
        guard let chunk = elf_getdata(raw.scn, nil), let buffer = chunk.pointee.d_buf,
              chunk.pointee.d_type == type, chunk.pointee.d_size == Int(raw.header.sh_size) else {
            throw libelfFailure("cannot read section \(raw.name)")
        }
        return (0..<chunk.pointee.d_size / entrySize).map {
            buffer.loadUnaligned(fromByteOffset: $0 * entrySize, as: T.self)
        }
    }

    private func readSymbols(_ table: RawSection, sections: [RawSection], modelIndex: [Int: Int]) throws(ELFError) -> [Symbol] {
        let entries = try entries(of: table, as: Elf32_Sym.self, file: ELF_T_SYM)
        var symbols: [Symbol] = []
        for (elfIndex, entry) in entries.enumerated().dropFirst() {
            guard let cName = elf_strptr(elf, Int(table.header.sh_link), Int(entry.st_name)) else {
                throw libelfFailure("symbol \(elfIndex) has a bad name offset \(entry.st_name)")
            }
            var name = String(cString: cName)
            let what = "symbol \(elfIndex) (\(name.isEmpty ? "unnamed" : name))"
            guard let binding = Symbol.Binding(rawValue: entry.st_info >> 4) else {
                throw fail("\(what) has unsupported binding \(entry.st_info >> 4)")
            }
            guard let type = Symbol.SymbolType(rawValue: entry.st_info & 0xF) else {
                throw fail("\(what) has unsupported type \(entry.st_info & 0xF)")
            }
            var value = entry.st_value
            let definition: Symbol.Definition
            switch Int32(entry.st_shndx) {
            case SHN_UNDEF:
                definition = .undefined
            case SHN_ABS:
                definition = .absolute
            case SHN_COMMON:
                definition = .common(alignment: entry.st_value)
                value = 0
            case SHN_XINDEX:
                throw fail("\(what) uses an extended section index, which is not supported")
            case let index where index >= SHN_LORESERVE:
                throw fail("\(what) has reserved section index \(hex(UInt32(index)))")
            case let index:
                guard let section = modelIndex[Int(index)] else {
                    throw fail("\(what) is defined in section \(index), which \(Int(index) <= sections.count ? "is not a section with contents" : "does not exist")")
                }
                definition = .section(section)
                if type == .section, name.isEmpty, let raw = Self.section(Int(index), in: sections) {
                    name = raw.name
                }
            }
            symbols.append(Symbol(name: name, value: value, size: entry.st_size, binding: binding,
                                  type: type, definition: definition))
        }
        return symbols
    }

    private func readRelocations(_ raw: RawSection, target: Section, symbolCount: Int) throws(ELFError) -> [Relocation] {
        var relocations: [Relocation] = []
        for (number, entry) in try entries(of: raw, as: Elf32_Rela.self, file: ELF_T_RELA).enumerated() {
            let symbol = Int(entry.r_info >> 8)
            let type = RelocationType(rawValue: entry.r_info & 0xFF)
            let what = "relocation \(number) in \(raw.name) (\(type) at \(hex(entry.r_offset)))"
            if symbol == 0 {
                if type == .none { continue }
                throw fail("\(what) has no symbol")
            }
            guard symbol <= symbolCount else {
                throw fail("\(what) refers to symbol \(symbol), but the symbol table has \(symbolCount + 1) entries")
            }
            if case .nobits = target.kind { throw fail("\(what) applies to NOBITS section \(target.name)") }
            guard entry.r_offset < target.size else {
                throw fail("\(what) lies outside \(target.name) (size \(hex(target.size)))")
            }
            relocations.append(Relocation(offset: entry.r_offset, type: type, symbol: symbol - 1, addend: entry.r_addend))
        }
        return relocations
    }

    /// PT_LOAD headers back into segments: a segment covers the allocated sections whose
    /// addresses fall inside its memory range.
    private func readSegments(_ header: Elf32_Ehdr, sections: [Section]) throws(ELFError) -> [Segment] {
        if header.e_phnum == 0 { return [] }
        guard header.e_phnum != UInt16(PN_XNUM) else { throw fail("extended program header numbering is not supported") }
        let count = Int(header.e_phnum)
        guard Int(header.e_phentsize) == MemoryLayout<Elf32_Phdr>.size,
              Int(header.e_phoff) + count * MemoryLayout<Elf32_Phdr>.size <= size else {
            throw fail("the program header table (\(count) entries at \(hex(header.e_phoff))) is malformed or extends past the end of the file")
        }
        var libelfCount = 0
        guard elf_getphdrnum(elf, &libelfCount) == 0, libelfCount == count else {
            throw libelfFailure("bad program header count")
        }
        guard let headers = elf32_getphdr(elf) else { throw libelfFailure("cannot read program headers") }
        var claimed = Set<Int>()
        var segments: [Segment] = []
        for programHeader in UnsafeBufferPointer(start: headers, count: count) where programHeader.p_type == UInt32(PT_LOAD) {
            let start = UInt64(programHeader.p_vaddr)
            let end = start + UInt64(programHeader.p_memsz)
            let members = sections.indices.filter { index in
                let section = sections[index]
                guard section.flags.contains(.alloc), !claimed.contains(index) else { return false }
                let address = UInt64(section.address)
                if section.size == 0 { return address >= start && (address < end || address == start) }
                return address >= start && address + UInt64(section.size) <= end
            }
            let ordered = members.sorted { (sections[$0].address, $0) < (sections[$1].address, $1) }
            claimed.formUnion(ordered)
            segments.append(Segment(address: programHeader.p_vaddr,
                                    flags: Segment.Flags(rawValue: programHeader.p_flags & 7), sections: ordered))
        }
        return segments
    }
}
