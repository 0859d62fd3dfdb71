import ELFKit

/// The input sections reachable from the roots (the entry symbol's section and every
/// section the layout keeps: reset stub and vectors) through relocations. Sections nothing
/// reaches are dropped, so unused functions of a runtime library cost no space.
func liveSections(_ inputs: [LinkInput], globals: GlobalSymbols, layout: MemoryLayout) throws(LinkError) -> Set<SectionID> {
    var roots: [SectionID] = []
    guard let entry = globals.definitions[layout.entry],
          case .section(let id, _)? = globals.target(of: entry.symbol, in: entry.object, inputs: inputs)
    else { throw .missingEntry(symbol: layout.entry) }
    roots.append(id)
    for (objectIndex, input) in inputs.enumerated() {
        for (sectionIndex, section) in input.object.sections.enumerated() where section.flags.contains(.alloc) {
            if layout.sections.contains(where: { ($0.keep || !$0.slots.isEmpty) && $0.matches(section.name) }) {
                roots.append(SectionID(object: objectIndex, section: sectionIndex))
            }
        }
    }

    var live = Set<SectionID>()
    var work = roots
    while let id = work.popLast() {
        guard live.insert(id).inserted else { continue }
        let section = inputs[id.object].object.sections[id.section]
        for relocation in section.relocations {
            if case .section(let target, _)? = globals.target(of: relocation.symbol, in: id.object, inputs: inputs),
               inputs[target.object].object.sections[target.section].flags.contains(.alloc) {
                work.append(target)
            }
        }
    }
    return live
}
