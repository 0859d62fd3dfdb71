import ELFKit

/// A linked executable and the map describing it.
public struct LinkResult: Sendable, Equatable {
    /// The executable (`ET_EXEC`, entry at the layout's entry symbol, one PT_LOAD per
    /// non-empty output section), ready for `ELFWriter`.
    public var executable: ELFFile
    /// What went where, for `--map` and for tests.
    public var map: LinkMap
}

/// Kiln's static linker: a pure function from relocatable objects and a memory layout to an
/// executable. The passes run in order, each on plain data:
/// validate → resolve globals → garbage-collect → assign to output sections → place →
/// (veneers for far calls, then again from resolve) → apply relocations → build the ELF
/// and the map.
public enum Linker {
    /// Links `inputs` (in this order: it decides placement within each output section) for
    /// `layout`. Throws the first error found; nothing partial is returned.
    public static func link(_ inputs: [LinkInput], layout: MemoryLayout) throws(LinkError) -> LinkResult {
        try validate(inputs)
        var inputs = inputs
        // Calls beyond CALLn's reach get veneers; adding them moves later sections, so a
        // few rounds may be needed before every call reaches (or the last round reports).
        for round in 1...veneerRounds {
            let globals = try resolveGlobals(inputs)
            let live = try liveSections(inputs, globals: globals, layout: layout)
            let assigned = assignSections(inputs, live: live, layout: layout)
            let placement = try place(inputs, assigned: assigned, layout: layout)

            let far = callsNeedingVeneers(callSites(inputs, globals: globals, placement: placement),
                                          maxAlignment: maxCodeAlignment(inputs, placement: placement))
            if !far.isEmpty && round < veneerRounds {
                addVeneers(far, to: &inputs)
                continue
            }
            var relocated: [SectionID: [UInt8]] = [:]
            for section in placement.sections {
                for member in section.inputs {
                    relocated[member.id] = try relocatedData(of: member.id, inputs, globals: globals, placement: placement)
                }
            }
            var result = buildOutput(inputs, globals: globals, placement: placement, relocated: relocated, layout: layout)
            result.map.discarded = discardedSections(inputs, live: live)
            return result
        }
        fatalError("unreachable: the last round returns or throws")
    }

    /// Rounds of veneer insertion before far calls are reported as errors.
    static let veneerRounds = 4
}

/// The loadable input sections garbage collection dropped, for the map.
func discardedSections(_ inputs: [LinkInput], live: Set<SectionID>) -> [LinkMap.InputEntry] {
    inputs.enumerated().flatMap { objectIndex, input in
        input.object.sections.enumerated().compactMap { sectionIndex, section in
            guard section.flags.contains(.alloc), section.size > 0,
                  !live.contains(SectionID(object: objectIndex, section: sectionIndex)) else { return nil }
            return LinkMap.InputEntry(object: input.path, section: section.name, address: 0, size: section.size)
        }
    }
}

/// Concatenates the placed input sections into output sections (zero padding between them),
/// gives each non-empty output section its own PT_LOAD segment, and lists the symbols.
func buildOutput(_ inputs: [LinkInput], globals: GlobalSymbols, placement: Placement,
                 relocated: [SectionID: [UInt8]], layout: MemoryLayout) -> LinkResult {
    var file = ELFFile(kind: .relocatable)
    var mapSections: [LinkMap.SectionEntry] = []
    var outputIndex: [Int: Int] = [:]  // placed section → index in file.sections

    for (placedIndex, placed) in placement.sections.enumerated() where placed.size > 0 {
        var flags: SectionFlags = [.alloc]
        let kind: Section.Kind
        var data: [UInt8] = []
        switch placed.spec.contents {
        case .code: flags.insert(.execute)
        case .data, .bss: flags.insert(.write)
        case .rodata: break
        }
        if placed.spec.contents == .bss {
            kind = .nobits(size: placed.size)
        } else {
            kind = .progbits
            data = Array(repeating: 0, count: Int(placed.size))
            for member in placed.inputs {
                let bytes = relocated[member.id]!
                let start = Int(member.address - placed.address)
                data.replaceSubrange(start..<start + bytes.count, with: bytes)
            }
        }
        outputIndex[placedIndex] = file.sections.count
        file.sections.append(Section(name: placed.spec.name, kind: kind, flags: flags, address: placed.address,
                                     alignment: max(placed.spec.alignment, 4), data: data))
        var segmentFlags: Segment.Flags = [.read]
        if flags.contains(.execute) { segmentFlags.insert(.execute) }
        if flags.contains(.write) { segmentFlags.insert(.write) }
        file.segments.append(Segment(address: placed.address, flags: segmentFlags, sections: [file.sections.count - 1]))
        mapSections.append(LinkMap.SectionEntry(
            name: placed.spec.name, region: placed.spec.region, contents: placed.spec.contents,
            address: placed.address, size: placed.size,
            inputs: placed.inputs.map { member in
                let section = inputs[member.id.object].object.sections[member.id.section]
                return LinkMap.InputEntry(object: inputs[member.id.object].path, section: section.name,
                                          address: member.address, size: section.size)
            }))
    }

    // Which output section holds an address (for the symbol table's st_shndx).
    func sectionIndex(containing address: UInt32) -> Symbol.Definition {
        for (placedIndex, placed) in placement.sections.enumerated() {
            if let index = outputIndex[placedIndex], address >= placed.address, address < placed.address + placed.size {
                return .section(index)
            }
        }
        return .absolute
    }

    var mapSymbols: [LinkMap.SymbolEntry] = []
    for (objectIndex, input) in inputs.enumerated() {
        for symbol in input.object.symbols {
            guard case .section(let section) = symbol.definition, symbol.type != .section, symbol.type != .file,
                  !symbol.name.isEmpty, !symbol.name.hasPrefix(".L"),
                  let base = placement.inputAddress[SectionID(object: objectIndex, section: section)]
            else { continue }
            if symbol.binding == .weak, let winner = globals.definitions[symbol.name], winner.object != objectIndex { continue }
            let address = base &+ symbol.value
            file.symbols.append(Symbol(name: symbol.name, value: address, size: symbol.size, binding: symbol.binding,
                                       type: symbol.type, definition: sectionIndex(containing: address)))
            mapSymbols.append(LinkMap.SymbolEntry(name: symbol.name, address: address, size: symbol.size, object: input.path))
        }
    }
    for (name, address) in placement.linkerSymbols.sorted(by: { $0.key < $1.key }) where globals.definitions[name] == nil {
        file.symbols.append(Symbol(name: name, value: address, binding: .global, definition: .absolute))
        mapSymbols.append(LinkMap.SymbolEntry(name: name, address: address, size: 0, object: "<linker>"))
    }

    let entryDefinition = globals.definitions[layout.entry]!
    let entry = address(of: globals.target(of: entryDefinition.symbol, in: entryDefinition.object, inputs: inputs)!,
                        placement: placement)
    file.kind = .executable(entry: entry)
    let map = LinkMap(layout: layout.name, entry: entry, regions: layout.regions, sections: mapSections, symbols: mapSymbols)
    return LinkResult(executable: file, map: map)
}
