import CElf

/// Reads ELF32 little-endian Xtensa relocatable objects and executables into an `ELFFile`,
/// through libelf. What Kiln's linker sees of an object comes from here, so every index is
/// checked and translated rather than trusted.
///
/// What the model folds in: the null section and symbol; `.symtab` and its string table;
/// the section-name string table; `.rela*` sections, whose entries become
/// `Section.relocations` of the section they apply to, with symbol indices turned into
/// indices into `ELFFile.symbols` (ELF symbol *n* is `symbols[n - 1]`). Section indices in
/// symbols and segments become indices into `ELFFile.sections`, in file order. Section symbols
/// are named after their section, as ELF tools show them. `R_XTENSA_NONE` relocations
/// without a symbol are dropped: they patch nothing. A common symbol's alignment is taken
/// from st_value, and its `value` is 0.
///
/// What the model has no place for, and is dropped: symbol visibility (st_other), sh_link,
/// sh_info and sh_entsize of sections it keeps, e_flags, p_paddr and program headers other
/// than `PT_LOAD`. COMDAT groups (SHT_GROUP) are kept as `.other` sections with their raw
/// contents, which list *ELF* section indices of the file read (not `ELFFile.sections`
/// indices); `ELFWriter` refuses to write them.
public enum ELFReader {
    /// Reads the file at `path`.
    public static func read(path: String) throws(ELFError) -> ELFFile {
        try read(bytes: POSIXFile.readAll(path: path), path: path)
    }

    /// Reads an ELF image held in memory; `path` only names it in errors.
    public static func read(bytes: [UInt8], path: String = "<memory>") throws(ELFError) -> ELFFile {
        try checkIdentification(bytes, path: path)
        guard elf_version(UInt32(EV_CURRENT)) != UInt32(EV_NONE) else {
            throw ELFError(path: path, message: "libelf: \(String(cString: elf_errmsg(-1)))")
        }
        // libelf may convert data in place, and must not see the array move: give it a copy
        // it can own until elf_end.
        let image = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
        defer { image.deallocate() }
        image.copyBytes(from: bytes)
        guard let elf = elf_memory(image.baseAddress!.assumingMemoryBound(to: CChar.self), bytes.count) else {
            throw ELFError(path: path, message: "libelf: \(String(cString: elf_errmsg(-1)))")
        }
        defer { elf_end(elf) }
        let reader = ObjectReader(elf: elf, size: bytes.count, path: path)
        return try reader.read()
    }

    /// Checks e_ident by hand first: libelf would accept a 64-bit or big-endian file and fail
    /// later with a less helpful message.
    private static func checkIdentification(_ bytes: [UInt8], path: String) throws(ELFError) {
        func fail(_ message: String) -> ELFError { ELFError(path: path, message: message) }
        guard bytes.count >= 4, bytes[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]) else {
            throw fail("not an ELF file (no \\x7FELF magic number)")
        }
        guard bytes.count >= MemoryLayout<Elf32_Ehdr>.size else {
            throw fail("truncated ELF header (\(bytes.count) bytes)")
        }
        switch Int32(bytes[Int(EI_CLASS)]) {
        case ELFCLASS32: break
        case ELFCLASS64: throw fail("64-bit ELF file; Xtensa files are ELF32")
        case let other: throw fail("invalid ELF class \(other)")
        }
        switch Int32(bytes[Int(EI_DATA)]) {
        case ELFDATA2LSB: break
        case ELFDATA2MSB: throw fail("big-endian ELF file; Kiln's Xtensa targets are little-endian")
        case let other: throw fail("invalid ELF data encoding \(other)")
        }
    }
}
