import CElf

/// Where each part of the output goes in the file. The writer computes this itself (libelf's
/// `ELF_F_LAYOUT`) because libelf's automatic layout knows nothing of segments: a segment's
/// sections must sit in the file exactly as far apart as they are in memory, so that one
/// program header can describe them.
struct FileLayout {
    /// `sh_offset` of each planned section (same order as `ObjectPlan.sections`).
    var sectionOffsets: [UInt32]
    var programHeaders: [Elf32_Phdr]
    var programHeaderOffset: UInt32
    var sectionHeaderOffset: UInt32

    init(_ plan: ObjectPlan, path: String) throws(ELFError) {
        func fail(_ message: String) -> ELFError { ELFError(path: path, message: message) }
        var offset = UInt64(MemoryLayout<Elf32_Ehdr>.size)
        var placed = [UInt32?](repeating: nil, count: plan.sections.count)

        programHeaderOffset = plan.segments.isEmpty ? 0 : UInt32(offset)
        offset += UInt64(plan.segments.count * MemoryLayout<Elf32_Phdr>.size)

        programHeaders = []
        for (segmentIndex, segment) in plan.segments.enumerated() {
            let what = "segment \(segmentIndex) at \(hex(segment.address))"
            // Memory image first: check the sections and find the file and memory extents.
            var alignment: UInt32 = 1
            var fileEnd = UInt64(segment.address)
            var memoryEnd = UInt64(segment.address)
            var sawNobits: String?
            for index in segment.sections {
                guard index >= 0, index < plan.modelSectionCount else {
                    throw fail("\(what) lists section \(index), but there are \(plan.modelSectionCount) sections")
                }
                let section = plan.sections[index]
                if section.address < segment.address {
                    throw fail("section \(section.name) at \(hex(section.address)) starts below \(what)")
                }
                if placed[index] != nil { throw fail("section \(section.name) is in more than one segment") }
                placed[index] = 0
                let sectionAlignment = max(section.alignment, 1)
                alignment = max(alignment, sectionAlignment)
                if section.address % sectionAlignment != 0 {
                    throw fail("section \(section.name) at \(hex(section.address)) is not aligned to its alignment \(sectionAlignment)")
                }
                if UInt64(section.address) < memoryEnd {
                    throw fail("section \(section.name) at \(hex(section.address)) overlaps what precedes it in \(what) (sections must be listed in address order)")
                }
                memoryEnd = UInt64(section.address) + UInt64(section.size)
                if memoryEnd > UInt64(UInt32.max) + 1 { throw fail("section \(section.name) extends past the 4 GiB address space") }
                if case .zeros = section.content {
                    sawNobits = sawNobits ?? section.name
                } else if section.size == 0 {
                    continue
                } else if let nobits = sawNobits {
                    // p_filesz must cover every byte from the file; a NOBITS section inside
                    // that range would have to be written out as zeros, which it is not.
                    throw fail("in \(what), NOBITS section \(nobits) is followed by \(section.name), which is not NOBITS; put NOBITS sections last")
                } else {
                    fileEnd = UInt64(section.address) + UInt64(section.size)
                }
            }
            // ELF requires p_offset ≡ p_vaddr (mod p_align); loaders that map pages rely on it.
            offset = Self.congruent(offset, to: segment.address, modulo: alignment)
            let start = offset
            for index in segment.sections {
                placed[index] = UInt32(start + UInt64(plan.sections[index].address - segment.address))
            }
            var header = Elf32_Phdr()
            header.p_type = UInt32(PT_LOAD)
            header.p_offset = UInt32(start)
            header.p_vaddr = segment.address
            header.p_paddr = segment.address
            header.p_filesz = UInt32(fileEnd - UInt64(segment.address))
            header.p_memsz = UInt32(memoryEnd - UInt64(segment.address))
            header.p_flags = segment.flags.rawValue
            header.p_align = alignment
            programHeaders.append(header)
            offset = start + UInt64(header.p_filesz)
        }

        sectionOffsets = []
        for (index, section) in plan.sections.enumerated() {
            if let offset = placed[index] {
                sectionOffsets.append(offset)
                continue
            }
            offset = Self.roundUp(offset, to: UInt64(max(section.alignment, 1)))
            sectionOffsets.append(UInt32(truncatingIfNeeded: offset))
            offset += UInt64(section.fileSize)
        }
        offset = Self.roundUp(offset, to: 4)
        sectionHeaderOffset = UInt32(truncatingIfNeeded: offset)
        offset += UInt64((plan.sections.count + 1) * MemoryLayout<Elf32_Shdr>.size)
        if offset > UInt64(UInt32.max) { throw fail("the file would be larger than 4 GiB") }
    }

    private static func roundUp(_ value: UInt64, to alignment: UInt64) -> UInt64 {
        (value + alignment - 1) / alignment * alignment
    }

    /// The least offset ≥ `value` that is congruent to `address` modulo `alignment`.
    private static func congruent(_ value: UInt64, to address: UInt32, modulo alignment: UInt32) -> UInt64 {
        let alignment = UInt64(alignment)
        let want = UInt64(address) % alignment
        let have = value % alignment
        return value + (want + alignment - have) % alignment
    }
}
