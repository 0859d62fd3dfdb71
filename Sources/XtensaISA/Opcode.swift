/// Every Xtensa instruction Kiln knows. The raw value is the GNU `as` mnemonic; the
/// definition (fields, operands, option) is in `InstructionTable.swift`.
public enum Opcode: String, CaseIterable, Sendable {
    // Core arithmetic and logic.
    case add, addx2, addx4, addx8, sub, subx2, subx4, subx8, neg, abs
    case and, or, xor, addi, addmi, movi
    case moveqz, movnez, movltz, movgez
    case extui, slli, srai, srli, src, srl, sll, sra, ssr, ssl, ssa8l, ssa8b, ssai
    // Loads and stores.
    case l8ui, l16ui, l16si, l32i, s8i, s16i, s32i, l32r, l32ai, s32ri, s32c1i
    // Branches, jumps, calls.
    case beq, bne, blt, bge, bltu, bgeu, bany, bnone, ball, bnall, bbc, bbs, bbci, bbsi
    case beqz, bnez, bltz, bgez, beqi, bnei, blti, bgei, bltui, bgeui
    case j, jx, call0, call4, call8, call12, callx0, callx4, callx8, callx12, ret
    // Windowed registers.
    case entry, retw, movsp, rotw, rfwo, rfwu, l32e, s32e
    // Special registers, synchronisation, exceptions, debug.
    case rsr, wsr, xsr, rur, wur
    case isync, rsync, esync, dsync, memw, extw, excw, nop
    case ill, `break`, simcall, syscall, rfe, rfde, rfi, rsil, waiti
    // Options.
    case mul16u, mul16s, mull, muluh, mulsh, quou, quos, remu, rems
    case min, max, minu, maxu, sext, nsa, nsau, clamps
    case loop, loopnez, loopgtz
    // Code density (16-bit).
    case l32iN = "l32i.n", s32iN = "s32i.n", addN = "add.n", addiN = "addi.n", moviN = "movi.n"
    case movN = "mov.n", beqzN = "beqz.n", bnezN = "bnez.n", retN = "ret.n", retwN = "retw.n"
    case breakN = "break.n", nopN = "nop.n", illN = "ill.n"
    // Booleans.
    case andb, andbc, orb, orbc, xorb, any4, all4, any8, all8, bf, bt, movf, movt
    // Single-precision floating point.
    case addS = "add.s", subS = "sub.s", mulS = "mul.s", maddS = "madd.s", msubS = "msub.s"
    case movS = "mov.s", negS = "neg.s", absS = "abs.s", rfr, wfr
    case floatS = "float.s", ufloatS = "ufloat.s", truncS = "trunc.s", utruncS = "utrunc.s"
    case roundS = "round.s", floorS = "floor.s", ceilS = "ceil.s"
    case lsi, lsiu, ssi, ssiu, lsx, lsxu, ssx, ssxu
    case unS = "un.s", oeqS = "oeq.s", ueqS = "ueq.s", oltS = "olt.s", ultS = "ult.s"
    case oleS = "ole.s", uleS = "ule.s"
    case moveqzS = "moveqz.s", movnezS = "movnez.s", movltzS = "movltz.s", movgezS = "movgez.s"
    case movfS = "movf.s", movtS = "movt.s"

    /// The GNU `as` mnemonic.
    public var mnemonic: String { rawValue }

    /// Looks an opcode up by mnemonic (case-insensitive).
    public init?(mnemonic: String) { self.init(rawValue: mnemonic.lowercased()) }

    /// This opcode's entry in the instruction table.
    public var definition: InstructionDefinition { InstructionDefinition.table[index] }

    /// The position of this case in `allCases` (declaration order), which is its row in the
    /// instruction table. A payload-free enum is stored as exactly that number, so this is
    /// a load, not the hash of the mnemonic a dictionary keyed by `Opcode` would compute
    /// (that was ~10% of the back end's time). `OpcodeTests` checks it for every case.
    @inline(__always)
    public var index: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    // Without these, a String-backed enum compares and hashes its mnemonic (RawRepresentable's
    // defaults): every `opcode == .j` of the passes was a string comparison.
    @inline(__always)
    public static func == (a: Opcode, b: Opcode) -> Bool { a.index == b.index }

    public func hash(into hasher: inout Hasher) { hasher.combine(index) }
}
