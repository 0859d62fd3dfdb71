import ELFKit
import XtensaISA

/// A CALL4/8/12 whose target lies beyond the ±512 KiB a CALLn reaches.
struct FarCall: Hashable {
    /// The section holding the call, and the index of its relocation.
    var site: SectionID
    var relocation: Int
    /// 1, 2 or 3 for call4, call8, call12.
    var callSize: Int
}

/// Calls whose targets are out of CALLn's reach, found with the instruction table's own
/// reach rule. Calls already going to a veneer are left to fail in the relocation pass.
func farCalls(_ inputs: [LinkInput], globals: GlobalSymbols, placement: Placement) -> [FarCall] {
    var result: [FarCall] = []
    for section in placement.sections {
        for member in section.inputs {
            let object = inputs[member.id.object].object
            let data = object.sections[member.id.section].data
            for (index, relocation) in object.sections[member.id.section].relocations.enumerated()
            where relocation.type == .slot0Op || relocation.type == .op0 {
                guard !object.symbols[relocation.symbol].name.hasPrefix(veneerPrefix),
                      let target = globals.target(of: relocation.symbol, in: member.id.object, inputs: inputs),
                      case let pc = member.address &+ relocation.offset,
                      let instruction = Decoder.decode(data[Int(relocation.offset)...], at: Int(pc)),
                      let callSize = [Opcode.call4: 1, .call8: 2, .call12: 3][instruction.opcode],
                      let operand = instruction.definition.targetOperand
                else { continue }
                if case .section(let id, _) = target, placement.inputAddress[id] == nil { continue }
                let value = address(of: target, placement: placement) &+ UInt32(bitPattern: relocation.addend)
                if (try? instruction.definition.field(operand, value: Int(value), pc: Int(pc))) == nil {
                    result.append(FarCall(site: member.id, relocation: index, callSize: callSize))
                }
            }
        }
    }
    return result
}

let veneerPrefix = "__kiln_veneer_"
let veneerSuffix = ".kiln_veneer"

/// Gives each far call a veneer in the caller's own object, right after the caller's
/// sections in the same output section, and points the call at it:
///
///     .long   target          # R_XTENSA_32 against the call's own symbol and addend
///     l32r    aN, <the word>  # aN = a5, a9, a13 for call4/8/12: the register ENTRY
///     jx      aN              #   will overwrite with the callee's SP, so free here
///
/// CALLn has already put the return address in a4/a8/a12 and set PS.CALLINC, and JX
/// changes neither, so the target's ENTRY and RETW work as if called directly.
func addVeneers(_ calls: [FarCall], to inputs: inout [LinkInput]) {
    let bySite = Dictionary(grouping: calls, by: \.site)
    for (site, siteCalls) in bySite.sorted(by: { $0.key < $1.key }) {
        var object = inputs[site.object].object
        let caller = object.sections[site.section]
        let sectionIndex = object.sections.count
        var data: [UInt8] = []
        var relocations: [Relocation] = []
        var entries: [String: Int] = [:]  // target (symbol, addend, size) → veneer symbol
        for call in siteCalls {
            let original = caller.relocations[call.relocation]
            let key = "\(original.symbol)+\(original.addend)/\(call.callSize)"
            if entries[key] == nil {
                let register = 4 * call.callSize + 1
                let offset = UInt32(data.count)
                relocations.append(Relocation(offset: offset, type: .r32, symbol: original.symbol, addend: original.addend))
                data += [0, 0, 0, 0]
                // Offsets are relative to the 4-aligned section start, so the bytes do not
                // depend on where the section lands.
                data += (try? Encoder.encode(Instruction(.l32r, [register, Int(offset)]), at: Int(offset) + 4)) ?? []
                data += (try? Encoder.encode(Instruction(.jx, [register]))) ?? []
                data += [0, 0]  // keep the next literal word aligned
                let symbol = object.symbols[original.symbol]
                let targetName = symbol.type == .section
                    ? (object.sections[safe: symbol.sectionIndex]?.name ?? "") + "+0x" + String(original.addend, radix: 16)
                    : symbol.name
                let name = veneerPrefix + targetName
                entries[key] = object.symbols.count
                object.symbols.append(Symbol(name: name, value: offset + 4, size: 6, binding: .local, type: .function,
                                             definition: .section(sectionIndex)))
            }
            object.sections[site.section].relocations[call.relocation].symbol = entries[key]!
            object.sections[site.section].relocations[call.relocation].addend = 0
        }
        object.sections.append(Section(name: caller.name + veneerSuffix, flags: [.alloc, .execute],
                                       alignment: 4, data: data, relocations: relocations))
        inputs[site.object].object = object
    }
}
