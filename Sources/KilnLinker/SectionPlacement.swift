import ELFKit
import XtensaISA

/// An output section with its address and the input sections in it.
struct PlacedSection {
    var spec: OutputSectionSpec
    var address: UInt32
    var size: UInt32
    /// Input sections in address order.
    var inputs: [(id: SectionID, address: UInt32)]
}

/// The result of placing: output sections and the addresses of everything the layout defines.
struct Placement {
    var sections: [PlacedSection]
    var inputAddress: [SectionID: UInt32]
    var linkerSymbols: [String: UInt32]
}

/// Which output section each live input section goes to, in the order it is laid out.
///
/// L32R only reaches backward, so every literal pool must precede the code that loads from
/// it. Each literal section goes right before the first code section (in input order) that
/// refers to it; every later user is then behind it too. Pairing by name (`.literal.X`
/// before `.text.X`) is not enough: LLVM 22's assembly printer emits a function's
/// `.literal_position` before switching sections, so after a function in its own section
/// the next function's literals land in the previous section's `.literal.X`.
func assignSections(_ inputs: [LinkInput], live: Set<SectionID>, layout: MemoryLayout) -> [[SectionID]] {
    var assigned = Array(repeating: [SectionID](), count: layout.sections.count)
    var output: [SectionID: Int] = [:]
    let alloc = live.sorted().filter { inputs[$0.object].object.sections[$0.section].flags.contains(.alloc) }
    for id in alloc where !isLiteralPool(id, inputs) {
        output[id] = outputIndex(for: inputs[id.object].object.sections[id.section], in: layout)
    }
    // A literal pool goes to the output section of its first user: its name need not say
    // where that is (LLVM 22 can emit `.rodata.literal` for code in `.text`, after a jump
    // table), and an L32R in IRAM cannot load from a pool placed in flash above it.
    for id in alloc where isLiteralPool(id, inputs) {
        let user = alloc.first { code in
            output[code] != nil && code.object == id.object
                && inputs[code.object].object.sections[code.section].relocations.contains { relocation in
                    inputs[code.object].object.symbols[relocation.symbol].definition == .section(id.section)
                }
        }
        output[id] = user.flatMap { output[$0] } ?? outputIndex(for: inputs[id.object].object.sections[id.section], in: layout)
    }
    for id in alloc { assigned[output[id]!].append(id) }
    return assigned.map { orderVeneers(orderLiteralPools($0, inputs), inputs) }
}

/// `ids` with each veneer section (`X.kiln_veneer`, see Veneers.swift) moved right after
/// the section `X` of its object whose far calls it serves, so that it is as close to
/// them as it can be.
func orderVeneers(_ ids: [SectionID], _ inputs: [LinkInput]) -> [SectionID] {
    func name(_ id: SectionID) -> String { inputs[id.object].object.sections[id.section].name }
    let veneers = ids.filter { name($0).hasSuffix(veneerSuffix) }
    guard !veneers.isEmpty else { return ids }
    var ordered = ids.filter { !name($0).hasSuffix(veneerSuffix) }
    for veneer in veneers {
        let caller = String(name(veneer).dropLast(veneerSuffix.count))
        let position = ordered.lastIndex { $0.object == veneer.object && name($0) == caller }
        ordered.insert(veneer, at: position.map { $0 + 1 } ?? ordered.endIndex)
    }
    return ordered
}

/// Whether `id` holds L32R literals: a section named `.literal*`, or an executable one
/// with "literal" in its name (`.rodata.literal`, not `.text.add_literal`: `isLiteralPoolName`).
func isLiteralPool(_ id: SectionID, _ inputs: [LinkInput]) -> Bool {
    let section = inputs[id.object].object.sections[id.section]
    return isLiteralPoolName(section.name) && (section.name.hasPrefix(".literal") || section.flags.contains(.execute))
}

/// `ids` reordered so that each literal section precedes its first user.
func orderLiteralPools(_ ids: [SectionID], _ inputs: [LinkInput]) -> [SectionID] {
    func isLiteral(_ id: SectionID) -> Bool { isLiteralPool(id, inputs) }
    let literals = Set(ids.filter(isLiteral))
    guard !literals.isEmpty else { return ids }

    var pools: [SectionID: [SectionID]] = [:]  // code section → literal sections to put before it
    var claimed = Set<SectionID>()
    for id in ids where !isLiteral(id) {
        let object = inputs[id.object].object
        for relocation in object.sections[id.section].relocations {
            guard case .section(let index) = object.symbols[relocation.symbol].definition else { continue }
            let target = SectionID(object: id.object, section: index)
            if literals.contains(target), claimed.insert(target).inserted { pools[id, default: []].append(target) }
        }
    }
    // A pool nobody loads from stays where it was, ahead of its object's code.
    var ordered: [SectionID] = []
    for id in ids {
        if isLiteral(id) {
            if !claimed.contains(id) { ordered.append(id) }
        } else {
            ordered += pools[id] ?? []
            ordered.append(id)
        }
    }
    return ordered
}

/// The layout's output section for `section`: the first spec of the same kind (code or not)
/// that names it, else one chosen by its flags (code, bss, data, read-only data), so unusual
/// section names still link.
func outputIndex(for section: Section, in layout: MemoryLayout) -> Int {
    let code = section.flags.contains(.execute)
    if let index = layout.sections.firstIndex(where: { $0.matches(section.name) && ($0.contents == .code) == code }) {
        return index
    }
    let contents: OutputSectionSpec.Contents
    if section.flags.contains(.execute) {
        contents = .code
    } else if case .nobits = section.kind {
        contents = .bss
    } else {
        contents = section.flags.contains(.write) ? .data : .rodata
    }
    return layout.sections.lastIndex { $0.contents == contents && $0.slots.isEmpty } ?? 0
}

/// Gives every output and input section its address, region by region, then places the
/// stack guard, the stack and the heap after the data.
func place(_ inputs: [LinkInput], assigned: [[SectionID]], layout: MemoryLayout) throws(LinkError) -> Placement {
    var cursor: [String: UInt64] = Dictionary(uniqueKeysWithValues: layout.regions.map { ($0.name, UInt64($0.origin)) })
    var placed: [PlacedSection] = []
    var inputAddress: [SectionID: UInt32] = [:]

    for (specIndex, spec) in layout.sections.enumerated() {
        guard let region = layout.region(named: spec.region) else { continue }
        var start = UInt64(spec.address ?? UInt32(truncatingIfNeeded: cursor[spec.region]!))
        start = align(start, spec.alignment)
        var end = start
        var members: [(id: SectionID, address: UInt32)] = []
        var flowing: [SectionID] = []
        for id in assigned[specIndex] {
            let section = inputs[id.object].object.sections[id.section]
            if let slot = spec.slots.first(where: { $0.input == section.name }) {
                guard section.size <= slot.limit else {
                    throw .slotOverflow(section: section.name, object: inputs[id.object].path, size: section.size, limit: slot.limit)
                }
                let address = start + UInt64(slot.offset)
                members.append((id, UInt32(address)))
                end = max(end, address + UInt64(section.size))
            } else {
                flowing.append(id)
            }
        }
        for id in flowing {
            let section = inputs[id.object].object.sections[id.section]
            let minimum: UInt32 = spec.contents == .code ? 4 : 1
            let address = align(end, max(section.alignment, minimum))
            members.append((id, UInt32(truncatingIfNeeded: address)))
            end = address + UInt64(section.size)
        }
        guard end <= region.end else {
            throw .regionOverflow(region: region.name, size: UInt32(clamping: end - UInt64(region.origin)), capacity: region.length)
        }
        for member in members { inputAddress[member.id] = member.address }
        members.sort { $0.address < $1.address }
        placed.append(PlacedSection(spec: spec, address: UInt32(start), size: UInt32(end - start), inputs: members))
        cursor[spec.region] = end
    }

    var symbols: [String: UInt32] = [:]
    if let vectors = placed.first(where: { !$0.spec.slots.isEmpty }) { symbols["_vecbase"] = vectors.address }
    for (name, contents) in [("data", OutputSectionSpec.Contents.data), ("bss", .bss)] {
        if let section = placed.last(where: { $0.spec.contents == contents }) {
            symbols["_\(name)_start"] = section.address
            symbols["_\(name)_end"] = section.address + section.size
        }
    }
    guard let stackRegion = layout.region(named: layout.stackRegion) else {
        throw .regionOverflow(region: layout.stackRegion, size: 0, capacity: 0)
    }
    let guardStart = align(cursor[layout.stackRegion]!, layout.stackGuardSize)
    let stackLimit = guardStart + UInt64(layout.stackGuardSize)
    let stackTop = align(stackLimit + UInt64(layout.stackSize), 16)
    guard stackTop <= stackRegion.end else {
        throw .regionOverflow(region: stackRegion.name, size: UInt32(clamping: stackTop - UInt64(stackRegion.origin)), capacity: stackRegion.length)
    }
    symbols["_stack_guard"] = UInt32(guardStart)
    symbols["_stack_limit"] = UInt32(stackLimit)
    symbols["_stack_top"] = UInt32(stackTop)
    symbols["_heap_start"] = UInt32(stackTop)
    symbols["_heap_end"] = UInt32(truncatingIfNeeded: stackRegion.end)
    symbols["_end"] = UInt32(stackTop)
    return Placement(sections: placed, inputAddress: inputAddress, linkerSymbols: symbols)
}

func align(_ value: UInt64, _ alignment: UInt32) -> UInt64 {
    let a = UInt64(max(alignment, 1))
    return (value + a - 1) / a * a
}
