// Case names are spelled as in `runtime/caml/instruct.h`, so that `String(describing:)`
// prints what `ocamldumpobj` prints and a grep finds the case in `interp.c`.
// swiftlint:disable identifier_name

/// The 149 bytecode instructions of OCaml 4.13, numbered as `instruct.h` numbers them
/// (the raw value is the opcode word). With `shape`, this enum is the one table that
/// drives decoding and printing.
public enum Opcode: UInt32, CaseIterable, Sendable {
    case ACC0, ACC1, ACC2, ACC3, ACC4, ACC5, ACC6, ACC7
    case ACC, PUSH
    case PUSHACC0, PUSHACC1, PUSHACC2, PUSHACC3
    case PUSHACC4, PUSHACC5, PUSHACC6, PUSHACC7
    case PUSHACC, POP, ASSIGN
    case ENVACC1, ENVACC2, ENVACC3, ENVACC4, ENVACC
    case PUSHENVACC1, PUSHENVACC2, PUSHENVACC3, PUSHENVACC4, PUSHENVACC
    case PUSH_RETADDR, APPLY, APPLY1, APPLY2, APPLY3
    case APPTERM, APPTERM1, APPTERM2, APPTERM3
    case RETURN, RESTART, GRAB
    case CLOSURE, CLOSUREREC
    case OFFSETCLOSUREM3, OFFSETCLOSURE0, OFFSETCLOSURE3, OFFSETCLOSURE
    case PUSHOFFSETCLOSUREM3, PUSHOFFSETCLOSURE0
    case PUSHOFFSETCLOSURE3, PUSHOFFSETCLOSURE
    case GETGLOBAL, PUSHGETGLOBAL, GETGLOBALFIELD, PUSHGETGLOBALFIELD, SETGLOBAL
    case ATOM0, ATOM, PUSHATOM0, PUSHATOM
    case MAKEBLOCK, MAKEBLOCK1, MAKEBLOCK2, MAKEBLOCK3, MAKEFLOATBLOCK
    case GETFIELD0, GETFIELD1, GETFIELD2, GETFIELD3, GETFIELD, GETFLOATFIELD
    case SETFIELD0, SETFIELD1, SETFIELD2, SETFIELD3, SETFIELD, SETFLOATFIELD
    case VECTLENGTH, GETVECTITEM, SETVECTITEM
    case GETBYTESCHAR, SETBYTESCHAR
    case BRANCH, BRANCHIF, BRANCHIFNOT, SWITCH, BOOLNOT
    case PUSHTRAP, POPTRAP, RAISE
    case CHECK_SIGNALS
    case C_CALL1, C_CALL2, C_CALL3, C_CALL4, C_CALL5, C_CALLN
    case CONST0, CONST1, CONST2, CONST3, CONSTINT
    case PUSHCONST0, PUSHCONST1, PUSHCONST2, PUSHCONST3, PUSHCONSTINT
    case NEGINT, ADDINT, SUBINT, MULINT, DIVINT, MODINT
    case ANDINT, ORINT, XORINT, LSLINT, LSRINT, ASRINT
    case EQ, NEQ, LTINT, LEINT, GTINT, GEINT
    case OFFSETINT, OFFSETREF, ISINT
    case GETMETHOD
    case BEQ, BNEQ, BLTINT, BLEINT, BGTINT, BGEINT
    case ULTINT, UGEINT
    case BULTINT, BUGEINT
    case GETPUBMET, GETDYNMET
    case STOP
    case EVENT, BREAK
    case RERAISE, RAISE_NOTRACE
    case GETSTRINGCHAR

    /// The name `instruct.h` and `ocamldumpobj` use.
    public var name: String { String(describing: self) }

    /// The operand words that follow the opcode word, and what they mean.
    public var shape: OperandShape {
        switch self {
        case .ACC, .PUSHACC, .POP, .ASSIGN, .ENVACC, .PUSHENVACC, .APPLY,
             .APPTERM1, .APPTERM2, .APPTERM3, .RETURN, .GRAB, .ATOM, .PUSHATOM,
             .MAKEBLOCK1, .MAKEBLOCK2, .MAKEBLOCK3, .MAKEFLOATBLOCK,
             .GETFIELD, .GETFLOATFIELD, .SETFIELD, .SETFLOATFIELD:
            .unsigned
        case .OFFSETCLOSURE, .PUSHOFFSETCLOSURE, .CONSTINT, .PUSHCONSTINT, .OFFSETINT, .OFFSETREF:
            .signed
        case .APPTERM, .MAKEBLOCK:
            .twoUnsigned
        case .PUSH_RETADDR, .BRANCH, .BRANCHIF, .BRANCHIFNOT, .PUSHTRAP:
            .target
        case .CLOSURE, .BULTINT, .BUGEINT:
            .unsignedTarget
        case .BEQ, .BNEQ, .BLTINT, .BLEINT, .BGTINT, .BGEINT:
            .signedTarget
        case .GETGLOBAL, .PUSHGETGLOBAL:
            .global
        case .GETGLOBALFIELD, .PUSHGETGLOBALFIELD:
            .globalField
        case .SETGLOBAL:
            .setGlobal
        case .C_CALL1, .C_CALL2, .C_CALL3, .C_CALL4, .C_CALL5:
            .primitive
        case .C_CALLN:
            .countPrimitive
        case .SWITCH:
            .switchTable
        case .CLOSUREREC:
            .closureRec
        case .GETPUBMET:
            .publicMethod
        case .ACC0, .ACC1, .ACC2, .ACC3, .ACC4, .ACC5, .ACC6, .ACC7, .PUSH,
             .PUSHACC0, .PUSHACC1, .PUSHACC2, .PUSHACC3, .PUSHACC4, .PUSHACC5, .PUSHACC6, .PUSHACC7,
             .ENVACC1, .ENVACC2, .ENVACC3, .ENVACC4,
             .PUSHENVACC1, .PUSHENVACC2, .PUSHENVACC3, .PUSHENVACC4,
             .APPLY1, .APPLY2, .APPLY3, .RESTART,
             .OFFSETCLOSUREM3, .OFFSETCLOSURE0, .OFFSETCLOSURE3,
             .PUSHOFFSETCLOSUREM3, .PUSHOFFSETCLOSURE0, .PUSHOFFSETCLOSURE3,
             .ATOM0, .PUSHATOM0,
             .GETFIELD0, .GETFIELD1, .GETFIELD2, .GETFIELD3,
             .SETFIELD0, .SETFIELD1, .SETFIELD2, .SETFIELD3,
             .VECTLENGTH, .GETVECTITEM, .SETVECTITEM, .GETBYTESCHAR, .SETBYTESCHAR, .GETSTRINGCHAR,
             .BOOLNOT, .POPTRAP, .RAISE, .CHECK_SIGNALS,
             .CONST0, .CONST1, .CONST2, .CONST3,
             .PUSHCONST0, .PUSHCONST1, .PUSHCONST2, .PUSHCONST3,
             .NEGINT, .ADDINT, .SUBINT, .MULINT, .DIVINT, .MODINT,
             .ANDINT, .ORINT, .XORINT, .LSLINT, .LSRINT, .ASRINT,
             .EQ, .NEQ, .LTINT, .LEINT, .GTINT, .GEINT, .ISINT,
             .GETMETHOD, .ULTINT, .UGEINT, .GETDYNMET,
             .STOP, .EVENT, .BREAK, .RERAISE, .RAISE_NOTRACE:
            .none
        }
    }
}

/// The operand words of an instruction, as `tools/dumpobj.ml` classifies them.
/// Branch offsets are relative to the word that holds them; the decoder makes them absolute.
public enum OperandShape: Sendable {
    /// No operand.
    case none
    /// One unsigned word (a stack depth, a size, a tag, an arity).
    case unsigned
    /// One signed word (a constant, an offset).
    case signed
    /// Two unsigned words.
    case twoUnsigned
    /// One branch offset.
    case target
    /// An unsigned word, then a branch offset (CLOSURE nvars, BULTINT value).
    case unsignedTarget
    /// A signed word, then a branch offset (BEQ value).
    case signedTarget
    /// A global-table index read.
    case global
    /// A global-table index, then a field number.
    case globalField
    /// A global-table index written.
    case setGlobal
    /// An index into PRIM.
    case primitive
    /// An argument count, then an index into PRIM (C_CALLN).
    case countPrimitive
    /// SWITCH: a size word (low 16 bits: integer cases, high 16: tag cases), then one
    /// offset per case, each relative to the first offset word.
    case switchTable
    /// CLOSUREREC: function count, variable count, then one offset per function, each
    /// relative to the first offset word.
    case closureRec
    /// GETPUBMET: a method tag (a hash), then a cache slot.
    case publicMethod
}
