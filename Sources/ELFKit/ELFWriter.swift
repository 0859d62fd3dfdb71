#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CElf

/// Writes an `ELFFile` as an ELF32 little-endian Xtensa file through libelf.
///
/// Relocatable objects get the model's sections in order (ELF index = model index + 1), then
/// a `.rela<name>` section for each section with relocations, then `.symtab` (locals first),
/// `.strtab` and `.shstrtab`. Executables have the same sections plus one `PT_LOAD` program
/// header per `Segment`, each segment's sections laid out in the file as they are in memory.
///
/// The symbol table is reordered so that locals come first, as ELF requires; a model whose
/// locals already come first (as `ELFReader` returns them) is written in its own order.
/// `e_flags` is 0, as `llvm-mc -triple=xtensa -mcpu=esp32` writes it.
public enum ELFWriter {
    /// Writes `file` to `path`, atomically: the bytes go to a temporary file in the same
    /// directory, which is renamed onto `path` only once complete. On any error nothing is
    /// left behind and an existing file at `path` is untouched. A path that exists and is
    /// a device or a pipe (`/dev/null`) is written in place: renaming onto it would
    /// replace the device with a file.
    public static func write(_ file: ELFFile, to path: String) throws(ELFError) {
        var info = stat()
        if stat(path, &info) == 0, [S_IFCHR, S_IFIFO].contains(info.st_mode & S_IFMT) {
            return try POSIXFile.writeInPlace(try bytes(of: file), to: path)
        }
        let plan = try ObjectPlan(file, path: path)
        let layout = try FileLayout(plan, path: path)
        let temporary = try POSIXFile.temporaryFile(beside: path)
        var open = true
        do throws(ELFError) {
            try emit(plan, layout: layout, fd: temporary.fd, path: path)
            if fsync(temporary.fd) != 0 {
                throw ELFError(path: path, message: "cannot write: \(POSIXFile.errnoMessage)")
            }
            open = false
            if close(temporary.fd) != 0 {
                throw ELFError(path: path, message: "cannot write: \(POSIXFile.errnoMessage)")
            }
            if rename(temporary.path, path) != 0 {
                throw ELFError(path: path, message: "cannot replace the file: \(POSIXFile.errnoMessage)")
            }
        } catch {
            // Closing twice could close a descriptor another thread has just opened.
            if open { close(temporary.fd) }
            unlink(temporary.path)
            throw error
        }
    }

    /// The bytes `write(_:to:)` would write, for tests and for tools that embed objects.
    public static func bytes(of file: ELFFile) throws(ELFError) -> [UInt8] {
        let path = "<memory>"
        let plan = try ObjectPlan(file, path: path)
        let layout = try FileLayout(plan, path: path)
        // libelf writes only through a file descriptor, so the bytes take a detour
        // through an unlinked scratch file.
        let scratch = try POSIXFile.scratchFile()
        unlink(scratch.path)
        defer { close(scratch.fd) }
        try emit(plan, layout: layout, fd: scratch.fd, path: path)
        if lseek(scratch.fd, 0, SEEK_SET) != 0 {
            throw ELFError(path: path, message: "cannot read back: \(POSIXFile.errnoMessage)")
        }
        return try POSIXFile.readAll(fd: scratch.fd, path: path)
    }

    /// Hands the planned file to libelf. Every buffer given to libelf stays allocated until
    /// `elf_end`, since libelf keeps pointers rather than copies.
    private static func emit(_ plan: ObjectPlan, layout: FileLayout, fd: Int32, path: String) throws(ELFError) {
        func libelfFailure(_ what: String) -> ELFError {
            ELFError(path: path, message: "libelf: \(what): \(String(cString: elf_errmsg(-1)))")
        }
        guard elf_version(UInt32(EV_CURRENT)) != UInt32(EV_NONE) else { throw libelfFailure("elf_version") }
        guard let elf = elf_begin(fd, ELF_C_WRITE, nil) else { throw libelfFailure("elf_begin") }
        var buffers: [UnsafeMutableRawPointer] = []
        defer {
            elf_end(elf)
            for buffer in buffers { buffer.deallocate() }
        }
        elf_flagelf(elf, ELF_C_SET, UInt32(ELF_F_LAYOUT))

        guard let header = elf32_newehdr(elf) else { throw libelfFailure("elf32_newehdr") }
        withUnsafeMutableBytes(of: &header.pointee.e_ident) { ident in
            ident.copyBytes(from: [0x7F, 0x45, 0x4C, 0x46, UInt8(ELFCLASS32), UInt8(ELFDATA2LSB), UInt8(EV_CURRENT), UInt8(ELFOSABI_NONE)])
        }
        header.pointee.e_type = plan.type
        header.pointee.e_machine = UInt16(EM_XTENSA)
        header.pointee.e_version = UInt32(EV_CURRENT)
        header.pointee.e_entry = plan.entry
        header.pointee.e_flags = 0
        header.pointee.e_phoff = layout.programHeaderOffset
        header.pointee.e_shoff = layout.sectionHeaderOffset
        header.pointee.e_shstrndx = UInt16(plan.sectionNamesIndex)

        if !layout.programHeaders.isEmpty {
            guard let headers = elf32_newphdr(elf, layout.programHeaders.count) else { throw libelfFailure("elf32_newphdr") }
            for (index, programHeader) in layout.programHeaders.enumerated() { headers[index] = programHeader }
        }

        for (index, section) in plan.sections.enumerated() {
            guard let scn = elf_newscn(elf), let sectionHeader = elf32_getshdr(scn) else { throw libelfFailure("elf_newscn") }
            sectionHeader.pointee.sh_name = section.nameOffset
            sectionHeader.pointee.sh_type = section.type
            sectionHeader.pointee.sh_flags = section.flags
            sectionHeader.pointee.sh_addr = section.address
            sectionHeader.pointee.sh_offset = layout.sectionOffsets[index]
            sectionHeader.pointee.sh_size = section.size
            sectionHeader.pointee.sh_link = section.link
            sectionHeader.pointee.sh_info = section.info
            sectionHeader.pointee.sh_addralign = section.alignment
            sectionHeader.pointee.sh_entsize = section.entrySize
            if section.size == 0 { continue }

            guard let data = elf_newdata(scn) else { throw libelfFailure("elf_newdata") }
            data.pointee.d_off = 0
            data.pointee.d_size = Int(section.size)
            data.pointee.d_align = 1
            data.pointee.d_version = UInt32(EV_CURRENT)
            switch section.content {
            case .bytes(let bytes):
                data.pointee.d_type = ELF_T_BYTE
                data.pointee.d_buf = copy(bytes, into: &buffers)
            case .zeros:
                data.pointee.d_type = ELF_T_BYTE
                data.pointee.d_buf = nil
            case .symbols(let symbols):
                data.pointee.d_type = ELF_T_SYM
                data.pointee.d_buf = copy(symbols, into: &buffers)
            case .relocations(let relocations):
                data.pointee.d_type = ELF_T_RELA
                data.pointee.d_buf = copy(relocations, into: &buffers)
            }
        }

        if elf_update(elf, ELF_C_WRITE) < 0 { throw libelfFailure("elf_update") }
    }

    private static func copy<T>(_ values: [T], into buffers: inout [UnsafeMutableRawPointer]) -> UnsafeMutableRawPointer {
        let size = values.count * MemoryLayout<T>.stride
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: MemoryLayout<T>.alignment)
        values.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: size) }
        buffers.append(buffer)
        return buffer
    }
}
