import ELFKit
import XtensaISA

/// The final address of a symbol target.
func address(of target: SymbolTarget, placement: Placement) -> UInt32 {
    switch target {
    case let .section(id, offset): placement.inputAddress[id]! &+ offset
    case let .absolute(value): value
    case let .linker(name): placement.linkerSymbols[name] ?? 0
    case .weakUndefined: 0
    }
}

/// The bytes of input section `id` with every relocation applied.
///
/// Instruction fields are never re-encoded by hand: the instruction at the site is decoded
/// with the instruction table, and its PC-relative operand is recomputed for the symbol's
/// address with the same rule the encoder uses (so L32R, CALLn, J and every branch share
/// one definition of reach and scaling).
func relocatedData(of id: SectionID, _ inputs: [LinkInput], globals: GlobalSymbols, placement: Placement) throws(LinkError) -> [UInt8] {
    let input = inputs[id.object]
    let section = input.object.sections[id.section]
    var data = section.data
    let base = placement.inputAddress[id]!
    for relocation in section.relocations {
        let symbol = input.object.symbols[relocation.symbol]
        // Section symbols (how assemblers refer to literal pools) are named by section + addend.
        let symbolName = symbol.type == .section
            ? (input.object.sections[safe: symbol.sectionIndex]?.name ?? symbol.name) + "+0x" + String(relocation.addend, radix: 16)
            : symbol.name
        guard let target = globals.target(of: relocation.symbol, in: id.object, inputs: inputs) else {
            throw .undefinedSymbol(symbol: symbol.name, object: input.path, section: section.name)
        }
        if case .section(let targetID, _) = target, placement.inputAddress[targetID] == nil {
            // The target section is not loaded (not SHF_ALLOC): nothing in memory can point at it.
            throw .badRelocationSite(symbol: symbolName, object: input.path, section: section.name, offset: relocation.offset,
                                     reason: "the target lies in a section that is not loaded")
        }
        let value = address(of: target, placement: placement) &+ UInt32(bitPattern: relocation.addend)
        let site = Int(relocation.offset)
        let pc = base &+ relocation.offset
        switch relocation.type {
        case .none, .asmExpand, .asmSimplify, .diff8, .diff16, .diff32:
            // ASM_EXPAND/SIMPLIFY only mark relaxation candidates; DIFF values stay right
            // because this linker never moves code within a section.
            continue
        case .r32:
            try write32(value, at: site, in: &data, relocation, symbolName, input.path, section.name)
        case .r32PCRel:
            try write32(value &- pc, at: site, in: &data, relocation, symbolName, input.path, section.name)
        case .slot0Op, .op0:
            guard let instruction = Decoder.decode(data[site...], at: Int(pc)) else {
                throw .badRelocationSite(symbol: symbolName, object: input.path, section: section.name, offset: relocation.offset,
                                         reason: "no known instruction at the relocation site")
            }
            let definition = instruction.definition
            guard let operand = definition.targetOperand else {
                throw .badRelocationSite(symbol: symbolName, object: input.path, section: section.name, offset: relocation.offset,
                                         reason: "'\(definition.mnemonic)' has no PC-relative operand to relocate")
            }
            let field: UInt32
            do {
                field = try definition.field(operand, value: Int(value), pc: Int(pc))
            } catch {
                let veneer = symbolName.hasPrefix(veneerPrefix) ? "; the veneer placed after the calling section is out of reach too" : ""
                throw .outOfRange(symbol: symbolName, object: input.path, section: section.name, offset: relocation.offset,
                                  reason: "\(error) (\(definition.mnemonic) at 0x\(hex(pc)), target 0x\(hex(value)))\(veneer)")
            }
            let word = definition.operands[operand].placement.insert(field, into: Encoder.word(of: data[site...]))
            data.replaceSubrange(site..<site + definition.size, with: Encoder.bytes(of: word, size: definition.size))
        default:
            throw .unsupportedRelocation(type: relocation.type, object: input.path, section: section.name, offset: relocation.offset)
        }
    }
    return data
}

private func write32(_ value: UInt32, at site: Int, in data: inout [UInt8], _ relocation: Relocation,
                     _ symbol: String, _ object: String, _ section: String) throws(LinkError) {
    guard site + 4 <= data.count else {
        throw .badRelocationSite(symbol: symbol, object: object, section: section, offset: relocation.offset,
                                 reason: "a 32-bit relocation runs past the end of the section")
    }
    for i in 0..<4 { data[site + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
}

extension Symbol {
    var sectionIndex: Int {
        if case .section(let index) = definition { return index }
        return -1
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
