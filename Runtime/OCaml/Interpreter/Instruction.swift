// swiftlint:disable identifier_name

/// The 149 bytecode instructions of OCaml 4.13 as the interpreter dispatches on them,
/// numbered as `runtime/caml/instruct.h` numbers them and spelled as there (the build-time
/// decoder's `Opcode` in Sources/OCamlFrontend has the same cases in the same order; a test
/// compares the two lists).
///
/// Why an enum and not the opcode word: a `switch` over every case of a one-byte enum is
/// one dense jump table with no range check (a word switch on integer literals became
/// three tables behind range tests in swiftc 6.3's output), and each handler can end in its
/// own copy of that indirect jump (threaded dispatch: see Docs/ocaml-interpreter.md). The
/// pre-decoder only writes valid opcodes, so reading the low byte of an opcode word as an
/// `Instruction` is always defined.
enum Instruction: UInt8 {
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
}
