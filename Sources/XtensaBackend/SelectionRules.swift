import CLLVM
import XtensaISA

// The declarative part of instruction selection: which Xtensa instruction implements which
// IR operation. `Select.swift` walks the IR and consults these tables; anything that needs
// a sequence rather than a table row lives there.

/// How a narrow (i1/i8/i16) operand must be widened before an operation reads all 32 bits.
/// Narrow values are kept in registers with undefined upper bits (i1 is always exactly 0 or 1).
enum Extension {
    case none, zero, sign
}

/// A two-operand integer instruction: `op r, a, b`.
struct BinaryRule {
    let opcode: Opcode
    /// What the operands' upper bits must hold for the result to be right.
    let widening: Extension
}

/// IR binary operators that map to one register-register instruction.
let binaryRules: [LLVMOpcode: BinaryRule] = [
    LLVMAdd: BinaryRule(opcode: .add, widening: .none),
    LLVMSub: BinaryRule(opcode: .sub, widening: .none),
    LLVMMul: BinaryRule(opcode: .mull, widening: .none),
    LLVMAnd: BinaryRule(opcode: .and, widening: .none),
    LLVMOr: BinaryRule(opcode: .or, widening: .none),
    LLVMXor: BinaryRule(opcode: .xor, widening: .none),
    LLVMUDiv: BinaryRule(opcode: .quou, widening: .zero),
    LLVMSDiv: BinaryRule(opcode: .quos, widening: .sign),
    LLVMURem: BinaryRule(opcode: .remu, widening: .zero),
    LLVMSRem: BinaryRule(opcode: .rems, widening: .sign),
]

/// Shifts by a register amount: the instruction that sets SAR, then the shift.
struct ShiftRule {
    let setAmount: Opcode
    let shift: Opcode
    let widening: Extension
}

let shiftRules: [LLVMOpcode: ShiftRule] = [
    LLVMShl: ShiftRule(setAmount: .ssl, shift: .sll, widening: .none),
    LLVMLShr: ShiftRule(setAmount: .ssr, shift: .srl, widening: .zero),
    LLVMAShr: ShiftRule(setAmount: .ssr, shift: .sra, widening: .sign),
]

/// Integer min/max intrinsics (MINMAX option).
let minMaxRules: [String: BinaryRule] = [
    "llvm.smin": BinaryRule(opcode: .min, widening: .sign),
    "llvm.smax": BinaryRule(opcode: .max, widening: .sign),
    "llvm.umin": BinaryRule(opcode: .minu, widening: .zero),
    "llvm.umax": BinaryRule(opcode: .maxu, widening: .zero),
]

/// The branch forms of one comparison that Xtensa has directly (EQ, NE, LT, GE, LTU, GEU).
struct BranchRule {
    /// `b r, s, label`
    let registers: Opcode
    /// `bi r, imm, label` with the B4CONST or B4CONSTU table.
    let immediate: Opcode
    /// `bz r, label`, comparing with zero.
    let zero: Opcode?
    /// `movz r, s, t`: the conditional move that tests `t` against zero the same way.
    let conditionalMove: Opcode?
    let widening: Extension
}

/// The six predicates with direct branches; the other four are rewritten into these
/// (`Comparison.normalized`).
let branchRules: [LLVMIntPredicate: BranchRule] = [
    LLVMIntEQ: BranchRule(registers: .beq, immediate: .beqi, zero: .beqz, conditionalMove: .moveqz, widening: .zero),
    LLVMIntNE: BranchRule(registers: .bne, immediate: .bnei, zero: .bnez, conditionalMove: .movnez, widening: .zero),
    LLVMIntSLT: BranchRule(registers: .blt, immediate: .blti, zero: .bltz, conditionalMove: .movltz, widening: .sign),
    LLVMIntSGE: BranchRule(registers: .bge, immediate: .bgei, zero: .bgez, conditionalMove: .movgez, widening: .sign),
    LLVMIntULT: BranchRule(registers: .bltu, immediate: .bltui, zero: nil, conditionalMove: nil, widening: .zero),
    LLVMIntUGE: BranchRule(registers: .bgeu, immediate: .bgeui, zero: nil, conditionalMove: nil, widening: .zero),
]

/// Predicates whose operands swap to reach a direct form (a > b is b < a).
let swappedPredicates: [LLVMIntPredicate: LLVMIntPredicate] = [
    LLVMIntSGT: LLVMIntSLT, LLVMIntSLE: LLVMIntSGE, LLVMIntUGT: LLVMIntULT, LLVMIntULE: LLVMIntUGE,
    LLVMIntEQ: LLVMIntEQ, LLVMIntNE: LLVMIntNE,
    LLVMIntSLT: LLVMIntSGT, LLVMIntSGE: LLVMIntSLE, LLVMIntULT: LLVMIntUGT, LLVMIntUGE: LLVMIntULE,
]

/// With a constant right operand, a > C is a >= C + 1 (when C + 1 does not overflow).
let incrementedPredicates: [LLVMIntPredicate: LLVMIntPredicate] = [
    LLVMIntSGT: LLVMIntSGE, LLVMIntSLE: LLVMIntSLT, LLVMIntUGT: LLVMIntUGE, LLVMIntULE: LLVMIntULT,
]

/// Each branch and its opposite, for laying blocks out so that the taken branch skips less.
let invertedBranches: [Opcode: Opcode] = {
    let pairs: [(Opcode, Opcode)] = [
        (.beq, .bne), (.blt, .bge), (.bltu, .bgeu), (.beqz, .bnez), (.bltz, .bgez),
        (.beqi, .bnei), (.blti, .bgei), (.bltui, .bgeui), (.bbci, .bbsi), (.bbc, .bbs), (.bany, .bnone), (.ball, .bnall),
    ]
    return Dictionary(uniqueKeysWithValues: pairs.flatMap { [($0.0, $0.1), ($0.1, $0.0)] })
}()

/// Loads and stores by access size in bytes: (load zero-extending, store).
let memoryRules: [Int: (load: Opcode, store: Opcode)] = [
    1: (.l8ui, .s8i), 2: (.l16ui, .s16i), 4: (.l32i, .s32i),
]

/// The ADDX forms for scaled indices: base + index × scale in one instruction.
let scaledAdds: [Int: Opcode] = [1: .add, 2: .addx2, 4: .addx4, 8: .addx8]

/// 16-bit density forms of 24-bit instructions, used whenever every operand fits.
let narrowForms: [Opcode: Opcode] = [
    .add: .addN, .addi: .addiN, .movi: .moviN, .l32i: .l32iN, .s32i: .s32iN,
]

extension Opcode {
    /// Whether `value` can be operand `index` of this instruction (register numbers,
    /// immediates and their tables, as the instruction table defines them).
    func accepts(_ value: Int, at index: Int) -> Bool {
        (try? definition.field(index, value: value, pc: 0)) != nil
    }
}
