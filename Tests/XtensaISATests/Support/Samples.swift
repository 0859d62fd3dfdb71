@testable import XtensaISA

/// An instruction placed at an address: what every oracle comparison works on.
struct Placed: Sendable, CustomStringConvertible {
    let instruction: Instruction
    let pc: Int

    var description: String { "\(Printer.format(instruction, target: { hex($0) })) at \(hex(pc))" }
}

func hex(_ value: Int) -> String { (value < 0 ? "-0x" : "0x") + String(value.magnitude, radix: 16) }

/// Operand values chosen from the table's own metadata (range, scale, coding, placement,
/// target rule), so a new opcode or a changed operand is sampled without touching the tests.
enum Samples {
    /// Where the sampled code is placed. 4-byte aligned, like a real section start; the
    /// instructions after it land on every alignment because sizes are 2 and 3.
    static let base = 0x4008_0000

    /// Registers 0 and 15 (both ends of the field) and one in between, so that two
    /// operands with swapped placements give different words; for BR4/BR8 operands the
    /// lowest, highest and a middle register of the groups they can name.
    static func registers(for operand: Operand) -> [Int] {
        let valid = (0...15).filter(operand.accepts(register:))
        return unique([valid.first!, valid.last!, valid[valid.count * 3 / 8]])   // 0, 15, 6 for a full file
    }

    /// Special and user register numbers: every one the name tables know.
    static let specialNumbers = SpecialRegisters.special.map(\.number)
    static let userNumbers = SpecialRegisters.user.map(\.number)

    /// Valid values of an immediate: both ends of the range, every table value, and one
    /// value per placement piece that sets just that piece's field bits (so a misplaced
    /// piece shows up), plus field patterns 0, 1 and all ones where they code a value.
    static func values(_ imm: Immediate, placement: Placement) -> [Int] {
        if case .table(let values) = imm.coding { return values }
        let width = placement.width
        var fields: [UInt32] = [0, 1, UInt32((1 << width) - 1), 0x5555_5555 & UInt32((1 << width) - 1)]
        for piece in placement.pieces {
            fields.append(UInt32(((1 << piece.width) - 1) << piece.valueBit))
        }
        let fromFields = fields.compactMap { imm.value(for: $0, width: width) }
        return unique([imm.range.lowerBound, imm.range.upperBound] + fromFields)
    }

    /// Values just outside an immediate's accepted set (for refusal tests), each with why.
    static func invalidValues(_ imm: Immediate) -> [Int] {
        switch imm.coding {
        case .table(let values):
            let outside = [values.min()! - 1, values.max()! + 1, 0, 9, 11]
            return unique(outside.filter { !values.contains($0) })
        default:
            var bad = [imm.range.lowerBound - imm.scale, imm.range.upperBound + imm.scale]
            if imm.scale > 1 { bad.append(imm.range.lowerBound + 1) }
            return bad
        }
    }

    /// Targets at the reach extremes of a PC-relative operand at `pc` (forward and backward,
    /// nearest and farthest), derived from the field width and the target rule.
    static func targets(_ kind: TargetKind, placement: Placement, pc: Int) -> [Int] {
        let width = placement.width
        let all = UInt32((1 << width) - 1), signBit = UInt32(1 << (width - 1))
        let fields: [UInt32]
        switch kind {
        case .branch, .call: fields = [0, 1, signBit - 1, signBit, all]   // 0, +1, max forward, max backward, -1
        case .forward, .literal: fields = [0, 1, all - 1, all, 0x5555_5555 & all]
        }
        return unique(fields.map { Int(kind.target(field: $0, pc: Int64(pc), width: width)) })
    }

    /// Targets one step beyond each reach extreme (for refusal tests).
    static func unreachableTargets(_ kind: TargetKind, placement: Placement, pc: Int) -> [Int] {
        let width = placement.width
        let half = 1 << (width - 1)
        switch kind {
        case .branch: return [pc + 4 - half - 1, pc + 4 + half]
        case .forward: return [pc, pc + 3, pc + 4 + (1 << width)]   // itself, one back, one too far
        case .call:
            let origin = (pc & ~3) + 4
            return [origin - 4 * half - 4, origin + 4 * half, origin + 2]   // too far back, too far on, misaligned
        case .literal:
            let origin = (pc + 3) & ~3
            return [origin, origin - 262_144 - 4, origin - 6]   // not backward, too far, misaligned
        }
    }

    /// Values of every operand of `op` for an instruction at `pc`.
    static func operandValues(_ op: Opcode, pc: Int) -> [[Int]] {
        op.definition.operands.map { operand in
            switch operand.kind {
            case .register: registers(for: operand)
            case .specialRegister: specialNumbers
            case .userRegister: userNumbers
            case .immediate(let imm): values(imm, placement: operand.placement)
            case .target(let kind): targets(kind, placement: operand.placement, pc: pc)
            }
        }
    }

    /// Operand combinations: the full cartesian product when it is small, otherwise every
    /// value of every operand at least once (each operand walks its list one step ahead of
    /// the operand before it, so two register operands never hold the same number), plus
    /// the all-first and all-last corners.
    static func combinations(_ lists: [[Int]], limit: Int = 120) -> [[Int]] {
        guard !lists.isEmpty else { return [[]] }
        let product = lists.reduce(1) { $0 * $1.count }
        if product <= limit {
            return lists.reduce([[]]) { partial, list in partial.flatMap { prefix in list.map { prefix + [$0] } } }
        }
        let rows = lists.map(\.count).max()!
        var result = (0..<rows).map { row in lists.enumerated().map { k, list in list[(row + k) % list.count] } }
        result.append(lists.map { $0.first! })
        result.append(lists.map { $0.last! })
        return result
    }

    /// Every opcode of the table with its sampled operands, laid out one after the other
    /// from `start`; optionally only the opcodes `include` accepts and the instructions
    /// `keep` accepts (dropped before layout, so addresses stay contiguous).
    static func program(
        at start: Int = base, include: (Opcode) -> Bool = { _ in true }, keep: (Instruction) -> Bool = { _ in true }
    ) -> [Placed] {
        var pc = start
        var placed: [Placed] = []
        for op in Opcode.allCases where include(op) {
            // The operand values of a PC-relative instruction depend on its address, which
            // depends on how many came before: generate at the current address, walking on.
            let count = combinations(operandValues(op, pc: pc)).count
            for index in 0..<count {
                let instruction = Instruction(op, combinations(operandValues(op, pc: pc))[index])
                guard keep(instruction) else { continue }
                placed.append(Placed(instruction: instruction, pc: pc))
                pc += op.definition.size
            }
        }
        return placed
    }

    private static func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
