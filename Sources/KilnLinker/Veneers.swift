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

/// A CALL4/8/12 not yet going to a veneer, with its target's address in this placement.
struct CallSite {
    var call: FarCall
    var definition: InstructionDefinition
    var operand: Int
    var target: Int
    var pc: Int

    /// Whether the target is out of CALLn's reach now (`growth` 0), or once the code between
    /// the call and its target has grown by `growth` bytes. The instruction table's own
    /// encoding rule decides, so reach and scaling are defined once.
    func isOutOfReach(growth: Int = 0) -> Bool {
        let moved = target >= pc ? target + growth : target - growth
        return (try? definition.field(operand, value: moved, pc: pc)) == nil
    }
}

/// Every CALLn whose target is known in this placement, veneer calls excepted (a call to
/// its veneer that is out of reach is left to fail in the relocation pass).
func callSites(_ inputs: [LinkInput], globals: GlobalSymbols, placement: Placement) -> [CallSite] {
    var result: [CallSite] = []
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
                result.append(CallSite(call: FarCall(site: member.id, relocation: index, callSize: callSize),
                                       definition: instruction.definition, operand: operand, target: Int(value), pc: Int(pc)))
            }
        }
    }
    return result
}

/// The calls to give veneers in this round: those out of reach, and those the new veneers
/// could push out of reach. Each veneer inserted between a call and its target moves them
/// apart; with a program just over 512 KiB, veneers for one round's far calls pushed the
/// next calls over the limit, round after round (txt_escape_compare needed more rounds than
/// the linker runs). So calls within the total size of this round's veneers (plus the
/// largest alignment padding that growth can add) of their limit get one now, until that
/// set is stable; the next round then finds every call in reach.
func callsNeedingVeneers(_ sites: [CallSite], maxAlignment: Int) -> [FarCall] {
    var chosen = sites.filter { $0.isOutOfReach() }.count
    guard chosen > 0 else { return [] }
    while true {
        // An upper bound: one entry per call (entries for the same target are shared).
        let growth = chosen * veneerEntrySize + maxAlignment
        let next = sites.filter { $0.isOutOfReach(growth: growth) }
        // Growing only adds calls: when the count is stable, so is the set.
        if next.count == chosen { return next.map(\.call) }
        chosen = next.count
    }
}

/// The largest alignment of the code sections placed: the most padding that inserting
/// veneers ahead of a section can add beyond their own size.
func maxCodeAlignment(_ inputs: [LinkInput], placement: Placement) -> Int {
    placement.sections.filter { $0.spec.contents == .code }.flatMap(\.inputs).reduce(4) { largest, member in
        max(largest, Int(inputs[member.id.object].object.sections[member.id.section].alignment))
    }
}

let veneerPrefix = "__kiln_veneer_"
let veneerSuffix = ".kiln_veneer"
/// The bytes of one veneer: literal word, L32R, JX, and 2 bytes keeping the next word aligned.
let veneerEntrySize = 12

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
