import OCamlFrontend

/// How deep the bytecode stack must be for an instruction to read what it reads: ocamlc's
/// code always satisfies it, a damaged file need not. Checked before each instruction is
/// lowered, so the symbolic execution never indexes below the stack's bottom (a trap) and
/// a corrupt count never becomes a huge loop.
enum StackDepth {
    /// The words the instruction reads or pops below the top of the stack it starts with;
    /// nil when its operands cannot be valid (a block of no fields: MAKEBLOCK 0).
    static func needed(by instruction: Instruction) -> Int? {
        let opcode = instruction.opcode
        let operand: Int
        switch instruction.operands {
        case .int(let n): operand = n
        case .twoInts(let n, _): operand = n
        case .intTarget(let n, _) where opcode == .CLOSURE: operand = n
        case .closureRec(let n, _): operand = n
        case .countPrimitive(let n, _): operand = n
        default: operand = 0
        }
        func offset(from first: Opcode) -> Int { Int(opcode.rawValue - first.rawValue) }
        switch opcode {
        case .ACC0, .ACC1, .ACC2, .ACC3, .ACC4, .ACC5, .ACC6, .ACC7: return offset(from: .ACC0) + 1
        case .ACC, .ASSIGN: return operand + 1
        // The accumulator is pushed first, so PUSHACC n reads what was n - 1 below the top.
        case .PUSHACC0, .PUSHACC1, .PUSHACC2, .PUSHACC3, .PUSHACC4, .PUSHACC5, .PUSHACC6, .PUSHACC7: return offset(from: .PUSHACC0)
        case .PUSHACC, .POP, .APPTERM: return operand
        case .APPLY: return operand + 3
        case .APPLY1, .APPLY2, .APPLY3: return offset(from: .APPLY1) + 1
        case .APPTERM1, .APPTERM2, .APPTERM3: return offset(from: .APPTERM1) + 1
        // The environment's variables: the accumulator and the n - 1 words below it.
        case .CLOSURE, .CLOSUREREC, .C_CALLN: return max(0, operand - 1)
        case .MAKEBLOCK, .MAKEFLOATBLOCK: return operand >= 1 ? operand - 1 : nil
        case .MAKEBLOCK1, .MAKEBLOCK2, .MAKEBLOCK3: return offset(from: .MAKEBLOCK1)
        case .C_CALL1, .C_CALL2, .C_CALL3, .C_CALL4, .C_CALL5: return offset(from: .C_CALL1)
        case .SETFIELD0, .SETFIELD1, .SETFIELD2, .SETFIELD3, .SETFIELD, .SETFLOATFIELD, .GETVECTITEM,
             .GETBYTESCHAR, .GETSTRINGCHAR, .GETMETHOD, .GETDYNMET,
             .ADDINT, .SUBINT, .MULINT, .DIVINT, .MODINT, .ANDINT, .ORINT, .XORINT, .LSLINT, .LSRINT, .ASRINT,
             .EQ, .NEQ, .LTINT, .LEINT, .GTINT, .GEINT, .ULTINT, .UGEINT:
            return 1
        case .SETVECTITEM, .SETBYTESCHAR: return 2
        case .POPTRAP: return 4
        default: return 0
        }
    }
}

extension FunctionLowering {
    /// Refuses an instruction that would read below the bottom of the stack `state` holds.
    func checkStackDepth(_ instruction: Instruction, _ state: StackState) throws(LoweringError) {
        guard let needed = StackDepth.needed(by: instruction) else {
            throw program.error(at: instruction.position, "\(instruction.opcode.name) with a size of 0")
        }
        if needed > state.slots.count {
            throw program.error(at: instruction.position,
                                "\(instruction.opcode.name) needs \(needed) stack word(s), but the stack holds \(state.slots.count) here")
        }
    }
}
