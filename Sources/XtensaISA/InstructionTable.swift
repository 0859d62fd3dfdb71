/// Instruction formats of the Xtensa ISA reference manual. The format fixes the size; the
/// fields themselves are given by each definition's base word and operand placements.
public enum Format: String, Sendable {
    case rrr, rri4, rri8, ri16, rsr, call, callx, bri8, bri12, rrrn, ri7, ri6

    /// Instruction size in bytes.
    public var size: Int {
        switch self {
        case .rrrn, .ri7, .ri6: 2
        default: 3
        }
    }
}

/// One row of the instruction table: everything the encoder, decoder, printer and
/// assembler need to know about an instruction.
public struct InstructionDefinition: Sendable {
    public let opcode: Opcode
    public let format: Format
    /// The instruction word with every operand field zero.
    public let base: UInt32
    /// Operands in assembly order.
    public let operands: [Operand]
    /// Every option the instruction needs: the one it belongs to first, then any other
    /// (RETW.N is a windowed instruction that also needs code density).
    public let features: [Feature]

    /// The ISA option the instruction belongs to.
    public var feature: Feature { features[0] }

    /// The first option the instruction needs that `profile` lacks, if any.
    public func missingFeature(in profile: Profile) -> Feature? {
        features.first { !profile.has($0) }
    }

    public var mnemonic: String { opcode.mnemonic }
    public var size: Int { format.size }

    /// The bits that identify the instruction: every bit of the word no operand owns.
    public var fixedMask: UInt32 {
        let all: UInt32 = size == 2 ? 0xFFFF : 0xFF_FFFF
        return all & ~operands.reduce(0) { $0 | $1.placement.mask }
    }

    /// The whole table, one entry per opcode, in `Opcode.allCases` order.
    public static let table: [InstructionDefinition] = Opcode.allCases.map(define)
}

// MARK: - The table

/// Builds a base word from the manual's field names (`n` and `m` of the CALL/BRI formats
/// live in the `t` field: t = m << 2 | n).
private func w(op0: UInt32 = 0, t: UInt32 = 0, s: UInt32 = 0, r: UInt32 = 0, op1: UInt32 = 0, op2: UInt32 = 0) -> UInt32 {
    op0 | t << 4 | s << 8 | r << 12 | op1 << 16 | op2 << 20
}

private func ar(_ p: Placement) -> Operand { Operand(kind: .register(.ar), placement: p) }
private func fr(_ p: Placement) -> Operand { Operand(kind: .register(.fr), placement: p) }
private func br(_ p: Placement) -> Operand { Operand(kind: .register(.br), placement: p) }
/// The manual's BR4 and BR8 operands: b0, b4, b8, b12 and b0, b8.
private func br4(_ p: Placement) -> Operand { Operand(kind: .register(.br), placement: p, registerMultiple: 4) }
private func br8(_ p: Placement) -> Operand { Operand(kind: .register(.br), placement: p, registerMultiple: 8) }
private func imm(_ p: Placement, _ range: ClosedRange<Int>, scale: Int = 1, _ coding: ImmediateCoding = .plain) -> Operand {
    Operand(kind: .immediate(Immediate(range, scale: scale, coding: coding)), placement: p)
}
private func label(_ kind: TargetKind, _ p: Placement) -> Operand { Operand(kind: .target(kind), placement: p) }
private func table(_ p: Placement, _ values: [Int]) -> Operand {
    imm(p, values.min()!...values.max()!, .table(values))
}

/// The B4CONST and B4CONSTU immediates of BEQI/BNEI/BLTI/BGEI and BLTUI/BGEUI.
private let b4const = [-1, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256]
private let b4constu = [32768, 65536, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 32, 64, 128, 256]

private typealias P = Placement

// swiftlint:disable:next cyclomatic_complexity function_body_length
private func define(_ op: Opcode) -> InstructionDefinition {
    func d(_ format: Format, _ base: UInt32, _ operands: [Operand], _ features: Feature...) -> InstructionDefinition {
        let features = features.isEmpty ? [Feature.core] : features
        return InstructionDefinition(opcode: op, format: format, base: base, operands: operands, features: features)
    }
    let rst = [ar(P.r), ar(P.s), ar(P.t)]            // ar, as, at
    let rrrB = [ar(P.s), ar(P.t), label(.branch, P.imm8)]   // as, at, label
    let loadStore = { (r: UInt32, scale: Int) in
        d(.rri8, w(op0: 2, r: r), [ar(P.t), ar(P.s), imm(P.imm8, 0...(255 * scale), scale: scale)])
    }
    let fp3 = [fr(P.r), fr(P.s), fr(P.t)]
    let fpCompare = [br(P.r), fr(P.s), fr(P.t)]
    let fpRound = { (op2: UInt32) in d(.rrr, w(op1: 10, op2: op2), [ar(P.r), fr(P.s), imm(P.t, 0...15)], .fp) }
    let fpFloat = { (op2: UInt32) in d(.rrr, w(op1: 10, op2: op2), [fr(P.r), ar(P.s), imm(P.t, 0...15)], .fp) }
    let fpLoadImm = { (r: UInt32) in d(.rri8, w(op0: 3, r: r), [fr(P.t), ar(P.s), imm(P.imm8, 0...1020, scale: 4)], .fp) }

    switch op {
    // RST0 (op0 = 0, op1 = 0): logic, arithmetic, and the ST0/ST1 groups.
    case .and: return d(.rrr, w(op2: 1), rst)
    case .or: return d(.rrr, w(op2: 2), rst)
    case .xor: return d(.rrr, w(op2: 3), rst)
    case .add: return d(.rrr, w(op2: 8), rst)
    case .addx2: return d(.rrr, w(op2: 9), rst)
    case .addx4: return d(.rrr, w(op2: 10), rst)
    case .addx8: return d(.rrr, w(op2: 11), rst)
    case .sub: return d(.rrr, w(op2: 12), rst)
    case .subx2: return d(.rrr, w(op2: 13), rst)
    case .subx4: return d(.rrr, w(op2: 14), rst)
    case .subx8: return d(.rrr, w(op2: 15), rst)
    case .neg: return d(.rrr, w(op2: 6), [ar(P.r), ar(P.t)])
    case .abs: return d(.rrr, w(s: 1, op2: 6), [ar(P.r), ar(P.t)])
    case .ssr: return d(.rrr, w(r: 0, op2: 4), [ar(P.s)])
    case .ssl: return d(.rrr, w(r: 1, op2: 4), [ar(P.s)])
    case .ssa8l: return d(.rrr, w(r: 2, op2: 4), [ar(P.s)])
    case .ssa8b: return d(.rrr, w(r: 3, op2: 4), [ar(P.s)])
    case .ssai: return d(.rrr, w(r: 4, op2: 4), [imm(P.split((8, 4), (4, 1)), 0...31)])
    case .rotw: return d(.rrr, w(r: 8, op2: 4), [imm(P.t, -8...7)], .windowed)
    case .nsa: return d(.rrr, w(r: 14, op2: 4), [ar(P.t), ar(P.s)], .nsa)
    case .nsau: return d(.rrr, w(r: 15, op2: 4), [ar(P.t), ar(P.s)], .nsa)
    // ST0 (op2 = 0).
    case .ill: return d(.callx, 0, [])
    case .ret: return d(.callx, 0x80, [])
    case .retw: return d(.callx, 0x90, [], .windowed)
    case .jx: return d(.callx, 0xA0, [ar(P.s)])
    case .callx0: return d(.callx, 0xC0, [ar(P.s)])
    case .callx4: return d(.callx, 0xD0, [ar(P.s)], .windowed)
    case .callx8: return d(.callx, 0xE0, [ar(P.s)], .windowed)
    case .callx12: return d(.callx, 0xF0, [ar(P.s)], .windowed)
    case .movsp: return d(.rrr, w(r: 1), [ar(P.t), ar(P.s)], .windowed)
    case .isync: return d(.rrr, w(t: 0, r: 2), [])
    case .rsync: return d(.rrr, w(t: 1, r: 2), [])
    case .esync: return d(.rrr, w(t: 2, r: 2), [])
    case .dsync: return d(.rrr, w(t: 3, r: 2), [])
    case .excw: return d(.rrr, w(t: 8, r: 2), [], .exceptions)
    case .memw: return d(.rrr, w(t: 12, r: 2), [])
    case .extw: return d(.rrr, w(t: 13, r: 2), [])
    case .nop: return d(.rrr, w(t: 15, r: 2), [])
    case .rfe: return d(.rrr, w(s: 0, r: 3), [], .exceptions)
    case .rfde: return d(.rrr, w(s: 2, r: 3), [], .exceptions)
    case .rfwo: return d(.rrr, w(s: 4, r: 3), [], .windowed)
    case .rfwu: return d(.rrr, w(s: 5, r: 3), [], .windowed)
    case .rfi: return d(.rrr, w(t: 1, r: 3), [imm(P.s, 0...15)], .highPriorityInterrupts)
    case .break: return d(.rrr, w(r: 4), [imm(P.s, 0...15), imm(P.t, 0...15)], .debug)
    case .syscall: return d(.rrr, w(r: 5), [], .exceptions)
    case .simcall: return d(.rrr, w(s: 1, r: 5), [])
    case .rsil: return d(.rrr, w(r: 6), [ar(P.t), imm(P.s, 0...15)], .interrupts)
    case .waiti: return d(.rrr, w(r: 7), [imm(P.s, 0...15)], .interrupts)
    case .any4: return d(.rrr, w(r: 8), [br(P.t), br4(P.s)], .boolean)
    case .all4: return d(.rrr, w(r: 9), [br(P.t), br4(P.s)], .boolean)
    case .any8: return d(.rrr, w(r: 10), [br(P.t), br8(P.s)], .boolean)
    case .all8: return d(.rrr, w(r: 11), [br(P.t), br8(P.s)], .boolean)
    // RST1 (op1 = 1): shifts, XSR, 16-bit multiplies.
    case .slli: return d(.rrr, w(op1: 1), [ar(P.r), ar(P.s), imm(P.split((4, 4), (20, 1)), 1...31, .complement(32))])
    case .srai: return d(.rrr, w(op1: 1, op2: 2), [ar(P.r), ar(P.t), imm(P.split((8, 4), (20, 1)), 0...31)])
    case .srli: return d(.rrr, w(op1: 1, op2: 4), [ar(P.r), ar(P.t), imm(P.s, 0...15)])
    case .xsr: return d(.rsr, w(op1: 1, op2: 6), [ar(P.t), Operand(kind: .specialRegister, placement: P.sr)])
    case .src: return d(.rrr, w(op1: 1, op2: 8), rst)
    case .srl: return d(.rrr, w(op1: 1, op2: 9), [ar(P.r), ar(P.t)])
    case .sll: return d(.rrr, w(op1: 1, op2: 10), [ar(P.r), ar(P.s)])
    case .sra: return d(.rrr, w(op1: 1, op2: 11), [ar(P.r), ar(P.t)])
    case .mul16u: return d(.rrr, w(op1: 1, op2: 12), rst, .mul16)
    case .mul16s: return d(.rrr, w(op1: 1, op2: 13), rst, .mul16)
    // RST2 (op1 = 2): boolean logic, 32-bit multiply and divide.
    case .andb: return d(.rrr, w(op1: 2, op2: 0), [br(P.r), br(P.s), br(P.t)], .boolean)
    case .andbc: return d(.rrr, w(op1: 2, op2: 1), [br(P.r), br(P.s), br(P.t)], .boolean)
    case .orb: return d(.rrr, w(op1: 2, op2: 2), [br(P.r), br(P.s), br(P.t)], .boolean)
    case .orbc: return d(.rrr, w(op1: 2, op2: 3), [br(P.r), br(P.s), br(P.t)], .boolean)
    case .xorb: return d(.rrr, w(op1: 2, op2: 4), [br(P.r), br(P.s), br(P.t)], .boolean)
    case .mull: return d(.rrr, w(op1: 2, op2: 8), rst, .mul32)
    case .muluh: return d(.rrr, w(op1: 2, op2: 10), rst, .mul32High)
    case .mulsh: return d(.rrr, w(op1: 2, op2: 11), rst, .mul32High)
    case .quou: return d(.rrr, w(op1: 2, op2: 12), rst, .div32)
    case .quos: return d(.rrr, w(op1: 2, op2: 13), rst, .div32)
    case .remu: return d(.rrr, w(op1: 2, op2: 14), rst, .div32)
    case .rems: return d(.rrr, w(op1: 2, op2: 15), rst, .div32)
    // RST3 (op1 = 3): special registers, SEXT, CLAMPS, MIN/MAX, conditional moves.
    case .rsr: return d(.rsr, w(op1: 3, op2: 0), [ar(P.t), Operand(kind: .specialRegister, placement: P.sr)])
    case .wsr: return d(.rsr, w(op1: 3, op2: 1), [ar(P.t), Operand(kind: .specialRegister, placement: P.sr)])
    case .sext: return d(.rrr, w(op1: 3, op2: 2), [ar(P.r), ar(P.s), imm(P.t, 7...22, .offset(7))], .sext)
    case .clamps: return d(.rrr, w(op1: 3, op2: 3), [ar(P.r), ar(P.s), imm(P.t, 7...22, .offset(7))], .clamps)
    case .min: return d(.rrr, w(op1: 3, op2: 4), rst, .minmax)
    case .max: return d(.rrr, w(op1: 3, op2: 5), rst, .minmax)
    case .minu: return d(.rrr, w(op1: 3, op2: 6), rst, .minmax)
    case .maxu: return d(.rrr, w(op1: 3, op2: 7), rst, .minmax)
    case .moveqz: return d(.rrr, w(op1: 3, op2: 8), rst)
    case .movnez: return d(.rrr, w(op1: 3, op2: 9), rst)
    case .movltz: return d(.rrr, w(op1: 3, op2: 10), rst)
    case .movgez: return d(.rrr, w(op1: 3, op2: 11), rst)
    case .movf: return d(.rrr, w(op1: 3, op2: 12), [ar(P.r), ar(P.s), br(P.t)], .boolean)
    case .movt: return d(.rrr, w(op1: 3, op2: 13), [ar(P.r), ar(P.s), br(P.t)], .boolean)
    case .rur: return d(.rsr, w(op1: 3, op2: 14), [ar(P.r), Operand(kind: .userRegister, placement: P.split((4, 4), (8, 4)))])
    case .wur: return d(.rsr, w(op1: 3, op2: 15), [ar(P.t), Operand(kind: .userRegister, placement: P.sr)])
    // EXTUI (op1 = 4, 5), L32E/S32E (op1 = 9).
    case .extui:
        return d(.rrr, w(op1: 4), [ar(P.r), ar(P.t), imm(P.split((8, 4), (16, 1)), 0...31), imm(P.bits(20, 4), 1...16, .offset(1))])
    case .l32e: return d(.rri4, w(op1: 9, op2: 0), [ar(P.t), ar(P.s), imm(P.r, -64...(-4), scale: 4)], .windowed)
    case .s32e: return d(.rri4, w(op1: 9, op2: 4), [ar(P.t), ar(P.s), imm(P.r, -64...(-4), scale: 4)], .windowed)
    // L32R (op0 = 1) and LSAI (op0 = 2).
    case .l32r: return d(.ri16, w(op0: 1), [ar(P.t), label(.literal, P.imm16)])
    case .l8ui: return loadStore(0, 1)
    case .l16ui: return loadStore(1, 2)
    case .l32i: return loadStore(2, 4)
    case .s8i: return loadStore(4, 1)
    case .s16i: return loadStore(5, 2)
    case .s32i: return loadStore(6, 4)
    case .l16si: return loadStore(9, 2)
    case .movi: return d(.rri8, w(op0: 2, r: 10), [ar(P.t), imm(P.split((16, 8), (8, 4)), -2048...2047)])
    case .l32ai: return d(.rri8, w(op0: 2, r: 11), [ar(P.t), ar(P.s), imm(P.imm8, 0...1020, scale: 4)], .releaseSync)
    case .addi: return d(.rri8, w(op0: 2, r: 12), [ar(P.t), ar(P.s), imm(P.imm8, -128...127)])
    case .addmi: return d(.rri8, w(op0: 2, r: 13), [ar(P.t), ar(P.s), imm(P.imm8, -32768...32512, scale: 256)])
    case .s32c1i: return d(.rri8, w(op0: 2, r: 14), [ar(P.t), ar(P.s), imm(P.imm8, 0...1020, scale: 4)], .s32c1i)
    case .s32ri: return d(.rri8, w(op0: 2, r: 15), [ar(P.t), ar(P.s), imm(P.imm8, 0...1020, scale: 4)], .releaseSync)
    // CALLN (op0 = 5) and SI (op0 = 6).
    case .call0: return d(.call, w(op0: 5, t: 0), [label(.call, P.offset18)])
    case .call4: return d(.call, w(op0: 5, t: 1), [label(.call, P.offset18)], .windowed)
    case .call8: return d(.call, w(op0: 5, t: 2), [label(.call, P.offset18)], .windowed)
    case .call12: return d(.call, w(op0: 5, t: 3), [label(.call, P.offset18)], .windowed)
    case .j: return d(.call, w(op0: 6, t: 0), [label(.branch, P.offset18)])
    case .beqz: return d(.bri12, w(op0: 6, t: 0b0001), [ar(P.s), label(.branch, P.imm12)])
    case .bnez: return d(.bri12, w(op0: 6, t: 0b0101), [ar(P.s), label(.branch, P.imm12)])
    case .bltz: return d(.bri12, w(op0: 6, t: 0b1001), [ar(P.s), label(.branch, P.imm12)])
    case .bgez: return d(.bri12, w(op0: 6, t: 0b1101), [ar(P.s), label(.branch, P.imm12)])
    case .beqi: return d(.bri8, w(op0: 6, t: 0b0010), [ar(P.s), table(P.r, b4const), label(.branch, P.imm8)])
    case .bnei: return d(.bri8, w(op0: 6, t: 0b0110), [ar(P.s), table(P.r, b4const), label(.branch, P.imm8)])
    case .blti: return d(.bri8, w(op0: 6, t: 0b1010), [ar(P.s), table(P.r, b4const), label(.branch, P.imm8)])
    case .bgei: return d(.bri8, w(op0: 6, t: 0b1110), [ar(P.s), table(P.r, b4const), label(.branch, P.imm8)])
    case .entry: return d(.bri12, w(op0: 6, t: 0b0011), [ar(P.s), imm(P.imm12, 0...32760, scale: 8)], .windowed)
    case .bf: return d(.bri8, w(op0: 6, t: 0b0111, r: 0), [br(P.s), label(.branch, P.imm8)], .boolean)
    case .bt: return d(.bri8, w(op0: 6, t: 0b0111, r: 1), [br(P.s), label(.branch, P.imm8)], .boolean)
    case .loop: return d(.bri8, w(op0: 6, t: 0b0111, r: 8), [ar(P.s), label(.forward, P.imm8)], .loop)
    case .loopnez: return d(.bri8, w(op0: 6, t: 0b0111, r: 9), [ar(P.s), label(.forward, P.imm8)], .loop)
    case .loopgtz: return d(.bri8, w(op0: 6, t: 0b0111, r: 10), [ar(P.s), label(.forward, P.imm8)], .loop)
    case .bltui: return d(.bri8, w(op0: 6, t: 0b1011), [ar(P.s), table(P.r, b4constu), label(.branch, P.imm8)])
    case .bgeui: return d(.bri8, w(op0: 6, t: 0b1111), [ar(P.s), table(P.r, b4constu), label(.branch, P.imm8)])
    // B (op0 = 7): compare-and-branch.
    case .bnone: return d(.rri8, w(op0: 7, r: 0), rrrB)
    case .beq: return d(.rri8, w(op0: 7, r: 1), rrrB)
    case .blt: return d(.rri8, w(op0: 7, r: 2), rrrB)
    case .bltu: return d(.rri8, w(op0: 7, r: 3), rrrB)
    case .ball: return d(.rri8, w(op0: 7, r: 4), rrrB)
    case .bbc: return d(.rri8, w(op0: 7, r: 5), rrrB)
    case .bbci: return d(.rri8, w(op0: 7, r: 6), [ar(P.s), imm(P.split((4, 4), (12, 1)), 0...31), label(.branch, P.imm8)])
    case .bany: return d(.rri8, w(op0: 7, r: 8), rrrB)
    case .bne: return d(.rri8, w(op0: 7, r: 9), rrrB)
    case .bge: return d(.rri8, w(op0: 7, r: 10), rrrB)
    case .bgeu: return d(.rri8, w(op0: 7, r: 11), rrrB)
    case .bnall: return d(.rri8, w(op0: 7, r: 12), rrrB)
    case .bbs: return d(.rri8, w(op0: 7, r: 13), rrrB)
    case .bbsi: return d(.rri8, w(op0: 7, r: 14), [ar(P.s), imm(P.split((4, 4), (12, 1)), 0...31), label(.branch, P.imm8)])
    // Code density: 16-bit forms (op0 = 8…13).
    case .l32iN: return d(.rrrn, 0x8, [ar(P.t), ar(P.s), imm(P.r, 0...60, scale: 4)], .density)
    case .s32iN: return d(.rrrn, 0x9, [ar(P.t), ar(P.s), imm(P.r, 0...60, scale: 4)], .density)
    case .addN: return d(.rrrn, 0xA, rst, .density)
    case .addiN: return d(.rrrn, 0xB, [ar(P.r), ar(P.s), table(P.t, [-1] + Array(1...15))], .density)
    case .moviN: return d(.ri7, 0xC, [ar(P.s), imm(P.split((12, 4), (4, 3)), -32...95)], .density)
    case .beqzN: return d(.ri6, 0x8C, [ar(P.s), label(.forward, P.split((12, 4), (4, 2)))], .density)
    case .bnezN: return d(.ri6, 0xCC, [ar(P.s), label(.forward, P.split((12, 4), (4, 2)))], .density)
    case .movN: return d(.rrrn, 0xD, [ar(P.t), ar(P.s)], .density)
    case .retN: return d(.rrrn, 0xF00D, [], .density)
    case .retwN: return d(.rrrn, 0xF01D, [], .windowed, .density)
    case .breakN: return d(.rrrn, 0xF02D, [imm(P.s, 0...15)], .debug, .density)
    case .nopN: return d(.rrrn, 0xF03D, [], .density)
    case .illN: return d(.rrrn, 0xF06D, [], .density)
    // Floating point: FP0 (op1 = 10), FP1 (op1 = 11), LSCX (op1 = 8), LSCI (op0 = 3).
    case .addS: return d(.rrr, w(op1: 10, op2: 0), fp3, .fp)
    case .subS: return d(.rrr, w(op1: 10, op2: 1), fp3, .fp)
    case .mulS: return d(.rrr, w(op1: 10, op2: 2), fp3, .fp)
    case .maddS: return d(.rrr, w(op1: 10, op2: 4), fp3, .fp)
    case .msubS: return d(.rrr, w(op1: 10, op2: 5), fp3, .fp)
    case .roundS: return fpRound(8)
    case .truncS: return fpRound(9)
    case .floorS: return fpRound(10)
    case .ceilS: return fpRound(11)
    case .floatS: return fpFloat(12)
    case .ufloatS: return fpFloat(13)
    case .utruncS: return fpRound(14)
    case .movS: return d(.rrr, w(t: 0, op1: 10, op2: 15), [fr(P.r), fr(P.s)], .fp)
    case .absS: return d(.rrr, w(t: 1, op1: 10, op2: 15), [fr(P.r), fr(P.s)], .fp)
    case .rfr: return d(.rrr, w(t: 4, op1: 10, op2: 15), [ar(P.r), fr(P.s)], .fp)
    case .wfr: return d(.rrr, w(t: 5, op1: 10, op2: 15), [fr(P.r), ar(P.s)], .fp)
    case .negS: return d(.rrr, w(t: 6, op1: 10, op2: 15), [fr(P.r), fr(P.s)], .fp)
    case .unS: return d(.rrr, w(op1: 11, op2: 1), fpCompare, .fp)
    case .oeqS: return d(.rrr, w(op1: 11, op2: 2), fpCompare, .fp)
    case .ueqS: return d(.rrr, w(op1: 11, op2: 3), fpCompare, .fp)
    case .oltS: return d(.rrr, w(op1: 11, op2: 4), fpCompare, .fp)
    case .ultS: return d(.rrr, w(op1: 11, op2: 5), fpCompare, .fp)
    case .oleS: return d(.rrr, w(op1: 11, op2: 6), fpCompare, .fp)
    case .uleS: return d(.rrr, w(op1: 11, op2: 7), fpCompare, .fp)
    case .moveqzS: return d(.rrr, w(op1: 11, op2: 8), [fr(P.r), fr(P.s), ar(P.t)], .fp)
    case .movnezS: return d(.rrr, w(op1: 11, op2: 9), [fr(P.r), fr(P.s), ar(P.t)], .fp)
    case .movltzS: return d(.rrr, w(op1: 11, op2: 10), [fr(P.r), fr(P.s), ar(P.t)], .fp)
    case .movgezS: return d(.rrr, w(op1: 11, op2: 11), [fr(P.r), fr(P.s), ar(P.t)], .fp)
    case .movfS: return d(.rrr, w(op1: 11, op2: 12), [fr(P.r), fr(P.s), br(P.t)], .fp, .boolean)
    case .movtS: return d(.rrr, w(op1: 11, op2: 13), [fr(P.r), fr(P.s), br(P.t)], .fp, .boolean)
    case .lsx: return d(.rrr, w(op1: 8, op2: 0), [fr(P.r), ar(P.s), ar(P.t)], .fp)
    case .lsxu: return d(.rrr, w(op1: 8, op2: 1), [fr(P.r), ar(P.s), ar(P.t)], .fp)
    case .ssx: return d(.rrr, w(op1: 8, op2: 4), [fr(P.r), ar(P.s), ar(P.t)], .fp)
    case .ssxu: return d(.rrr, w(op1: 8, op2: 5), [fr(P.r), ar(P.s), ar(P.t)], .fp)
    case .lsi: return fpLoadImm(0)
    case .ssi: return fpLoadImm(4)
    case .lsiu: return fpLoadImm(8)
    case .ssiu: return fpLoadImm(12)
    }
}
