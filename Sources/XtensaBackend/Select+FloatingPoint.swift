import CLLVM
import XtensaISA

// Instruction selection, continued. Floating point, in software: a float is its bits in one
// register (an i32 to every other pass), a double its bits in a register pair like an i64
// (low word first, so it is passed in an even/odd pair as clang and llc-22 pass it).
// Arithmetic, compares and conversions call the compiler-rt routines under LLVM's names
// and signatures (the runtime's SoftFloat provides them); sign operations are bit
// operations on the top word; other math intrinsics call the C library function LLVM
// would call.

/// How a soft-float compare routine's result r is tested against 0 for one predicate.
enum ZeroTest {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

    /// The branchable form: r `predicate` constant (r > 0 is r ≥ 1, r ≤ 0 is r < 1).
    var branch: (predicate: LLVMIntPredicate, constant: Int) {
        switch self {
        case .equal: (LLVMIntEQ, 0)
        case .notEqual: (LLVMIntNE, 0)
        case .less: (LLVMIntSLT, 0)
        case .greaterOrEqual: (LLVMIntSGE, 0)
        case .greater: (LLVMIntSGE, 1)
        case .lessOrEqual: (LLVMIntSLT, 1)
        }
    }
}

/// What an `fcmp` predicate is on the soft-float routines: calls (routine stem, test of its
/// result), combined with `or` (or `and` when `all`). The unordered predicates are the
/// inverse tests of the ordered ones (`__ltdf2` gives a positive result for NaN, `__gedf2` a
/// negative one), as LLVM's soft-float lowering does.
let floatComparisons: [LLVMRealPredicate: (calls: [(String, ZeroTest)], all: Bool)] = [
    LLVMRealOEQ: ([("eq", .equal)], false),
    LLVMRealUNE: ([("ne", .notEqual)], false),
    LLVMRealOLT: ([("lt", .less)], false),
    LLVMRealOLE: ([("le", .lessOrEqual)], false),
    LLVMRealOGT: ([("gt", .greater)], false),
    LLVMRealOGE: ([("ge", .greaterOrEqual)], false),
    LLVMRealUGE: ([("lt", .greaterOrEqual)], false),
    LLVMRealUGT: ([("le", .greater)], false),
    LLVMRealULT: ([("ge", .less)], false),
    LLVMRealULE: ([("gt", .lessOrEqual)], false),
    LLVMRealUNO: ([("unord", .notEqual)], false),
    LLVMRealORD: ([("unord", .equal)], false),
    LLVMRealUEQ: ([("unord", .notEqual), ("eq", .equal)], false),
    LLVMRealONE: ([("unord", .equal), ("ne", .notEqual)], true),
]

/// compiler-rt's arithmetic routines by IR opcode (then `sf3`/`df3`).
let floatArithmetic: [LLVMOpcode: String] = [LLVMFAdd: "__add", LLVMFSub: "__sub", LLVMFMul: "__mul", LLVMFDiv: "__div"]

/// Math intrinsics that become calls to the C library: `llvm.NAME.f64` calls the value, the
/// f32 form the value + "f" (what LLVM calls for them without an FPU).
let floatLibraryIntrinsics: [String: String] = [
    "sqrt": "sqrt", "fma": "fma", "floor": "floor", "ceil": "ceil", "trunc": "trunc", "round": "round",
    "rint": "rint", "nearbyint": "nearbyint", "roundeven": "roundeven", "minnum": "fmin", "maxnum": "fmax",
    "minimum": "fminimum", "maximum": "fmaximum", "pow": "pow", "exp": "exp", "exp2": "exp2", "exp10": "exp10",
    "log": "log", "log2": "log2", "log10": "log10", "sin": "sin", "cos": "cos", "tan": "tan",
    "asin": "asin", "acos": "acos", "atan": "atan", "atan2": "atan2", "sinh": "sinh", "cosh": "cosh", "tanh": "tanh",
    "ldexp": "ldexp", "lround": "lround", "llround": "llround", "lrint": "lrint", "llrint": "llrint",
]

/// The IR opcodes handled here.
let floatOpcodes: Set<LLVMOpcode> = [LLVMFAdd, LLVMFSub, LLVMFMul, LLVMFDiv, LLVMFRem, LLVMFNeg, LLVMFCmp,
                                     LLVMFPToSI, LLVMFPToUI, LLVMSIToFP, LLVMUIToFP, LLVMFPExt, LLVMFPTrunc]

/// float and double.
func isFloatingPoint(_ type: LLVMTypeRef) -> Bool {
    [LLVMFloatTypeKind, LLVMDoubleTypeKind].contains(LLVMGetTypeKind(type))
}

/// The bits of a float (sign-extended to Int) or double constant; nil for anything else.
func floatingPointBits(_ value: LLVMValueRef) -> Int? {
    guard LLVMIsAConstantFP(value) != nil else { return nil }
    let type = LLVMTypeOf(value)!
    // Bitcasting the constant folds to the exact bits (NaN payloads included).
    let integer = LLVMIntTypeInContext(LLVMGetTypeContext(type), LLVMGetTypeKind(type) == LLVMDoubleTypeKind ? 64 : 32)
    guard let bits = LLVMConstBitCast(value, integer), LLVMIsAConstantInt(bits) != nil else { return nil }
    return Int(LLVMConstIntGetSExtValue(bits))
}

extension Selector {
    /// The compiler-rt suffix letter of a floating-point type: "s" (float) or "d" (double).
    func floatLetter(_ type: LLVMTypeRef) -> String { LLVMGetTypeKind(type) == LLVMDoubleTypeKind ? "d" : "s" }

    /// The words holding `value`: one for ≤ 32 bits, two for i64 and double.
    mutating func words(of value: LLVMValueRef) throws(BackendError) -> [Register] {
        isDoubleWord(LLVMTypeOf(value)) ? try usePair(value).words : [try use(value)]
    }

    /// The words an instruction writes.
    mutating func resultWords(_ inst: LLVMValueRef) -> [Register] {
        isDoubleWord(LLVMTypeOf(inst)) ? pair(for: inst).words : [register(for: inst)]
    }

    /// Calls the runtime routine `name` with arguments of one or two words each, laid out as
    /// the ABI lays out C arguments (all in a10–a15: no routine here takes more than six
    /// words), and copies its one- or two-word result out of a10/a11.
    mutating func callRoutine(_ name: String, _ arguments: [[Register]], into result: [Register]) throws(BackendError) {
        let layout = ArgumentLayout.locations(words: arguments.map(\.count))
        guard layout.stackBytes == 0 else { throw unsupported("'\(name)' would take stack arguments") }
        var outgoing: [Register] = []
        for (location, words) in zip(layout.locations, arguments) {
            guard case .registers(let first) = location else { continue }
            for (k, word) in words.enumerated() {
                outgoing.append(.physical(10 + first + k))
                emit(.copy, [.register(outgoing.last!), .register(word)])
            }
        }
        emit(.isa(.call8), [.symbol(name, addend: 0)], implicitUses: outgoing, implicitDefs: Self.callClobbers)
        for (k, word) in result.enumerated() { emit(.copy, [.register(word), .register(.physical(10 + k))]) }
    }

    /// One floating-point instruction (see `floatOpcodes`).
    mutating func floatingPoint(_ inst: LLVMValueRef) throws(BackendError) {
        let opcode = LLVMGetInstructionOpcode(inst)
        let source = operand(inst, 0), sourceType = LLVMTypeOf(source)!, type = LLVMTypeOf(inst)!
        if isFloatingPoint(type) == false, opcode != LLVMFCmp, opcode != LLVMFPToSI, opcode != LLVMFPToUI {
            throw unsupported("vector floating point is not supported")
        }
        switch opcode {
        case LLVMFAdd, LLVMFSub, LLVMFMul, LLVMFDiv:
            let name = floatArithmetic[opcode]! + floatLetter(type) + "f3"
            try callRoutine(name, [try words(of: source), try words(of: operand(inst, 1))], into: resultWords(inst))
        case LLVMFRem:
            try callRoutine(floatLetter(type) == "d" ? "fmod" : "fmodf", [try words(of: source), try words(of: operand(inst, 1))],
                            into: resultWords(inst))
        case LLVMFNeg:
            try signOperation(inst, .negate, try words(of: source))
        case LLVMFCmp:
            try floatCompare(inst)
        case LLVMFPToSI, LLVMFPToUI:
            guard isFloatingPoint(sourceType), isWord(type) || isDoubleWord(type) else {
                throw unsupported("this conversion is not supported")
            }
            // Narrow results come from the signed 32-bit conversion, as LLVM does: their
            // range fits, and out-of-range inputs are poison.
            let wide = isDoubleWord(type)
            let unsigned = opcode == LLVMFPToUI && (wide || bitWidth(type) == 32)
            let name = "__fix" + (unsigned ? "uns" : "") + floatLetter(sourceType) + "f" + (wide ? "di" : "si")
            try callRoutine(name, [try words(of: source)], into: resultWords(inst))
        case LLVMSIToFP, LLVMUIToFP:
            let signed = opcode == LLVMSIToFP
            let wide = isDoubleWord(sourceType)
            let name = "__float" + (signed ? "" : "un") + (wide ? "di" : "si") + floatLetter(type) + "f"
            var argument: [Register]
            if wide {
                argument = try usePair(source).words
            } else if bitWidth(sourceType) == 1, signed {
                // i1 true is −1 as a signed value.
                let negated = machine.newVirtual()
                emit(.neg, .register(negated), .register(try use(source)))
                argument = [negated]
            } else {
                argument = [try extended(source, signed ? .sign : .zero)]
            }
            try callRoutine(name, [argument], into: resultWords(inst))
        case LLVMFPExt:
            guard floatLetter(sourceType) == "s", floatLetter(type) == "d" else { return try sameWidth(inst, source) }
            try callRoutine("__extendsfdf2", [try words(of: source)], into: resultWords(inst))
        case LLVMFPTrunc:
            guard floatLetter(sourceType) == "d", floatLetter(type) == "s" else { return try sameWidth(inst, source) }
            try callRoutine("__truncdfsf2", [try words(of: source)], into: resultWords(inst))
        default:
            throw unsupported("this floating-point instruction is not supported yet")
        }
    }

    /// An extension or truncation to the same type: a copy.
    mutating func sameWidth(_ inst: LLVMValueRef, _ source: LLVMValueRef) throws(BackendError) {
        for (destination, word) in zip(resultWords(inst), try words(of: source)) {
            emit(.copy, [.register(destination), .register(word)])
        }
    }

    enum SignOperation { case negate, absolute, copySign }

    /// fneg, fabs and copysign change only the sign bit, the top bit of the top word; the
    /// other word of a double is copied.
    mutating func signOperation(_ inst: LLVMValueRef, _ operation: SignOperation, _ x: [Register], sign y: [Register] = []) throws(BackendError) {
        let result = resultWords(inst)
        let top = x.last!, topResult = result.last!
        if x.count == 2 { emit(.copy, [.register(result[0]), .register(x[0])]) }
        switch operation {
        case .negate:
            emit(.xor, .register(topResult), .register(top), .register(try constantRegister(Int(Int32.min))))
        case .absolute:
            // SLLI then SRLI by one clears the top bit without a mask constant.
            let shifted = machine.newVirtual()
            emit(.slli, .register(shifted), .register(top), .immediate(1))
            emit(.srli, .register(topResult), .register(shifted), .immediate(1))
        case .copySign:
            let shifted = machine.newVirtual(), magnitude = machine.newVirtual(), bit = machine.newVirtual(), sign = machine.newVirtual()
            emit(.slli, .register(shifted), .register(top), .immediate(1))
            emit(.srli, .register(magnitude), .register(shifted), .immediate(1))
            emit(.extui, .register(bit), .register(y.last!), .immediate(31), .immediate(1))
            emit(.slli, .register(sign), .register(bit), .immediate(31))
            emit(.or, .register(topResult), .register(magnitude), .register(sign))
        }
    }

    /// Math intrinsics on float/double; false when `calleeName` is none of them.
    mutating func floatIntrinsic(_ inst: LLVMValueRef, _ calleeName: String, _ arguments: [LLVMValueRef]) throws(BackendError) -> Bool {
        let parts = calleeName.split(separator: ".").map(String.init)
        guard parts.count >= 3, let suffix = parts.last, ["f32", "f64"].contains(suffix) else { return false }
        let base = parts[1]
        let double = suffix == "f64" || arguments.contains { LLVMGetTypeKind(LLVMTypeOf($0)) == LLVMDoubleTypeKind }
        switch base {
        case "fabs": try signOperation(inst, .absolute, try words(of: arguments[0]))
        case "copysign": try signOperation(inst, .copySign, try words(of: arguments[0]), sign: try words(of: arguments[1]))
        case "fmuladd":
            // Without an FPU a fused multiply-add is not cheaper: LLVM also multiplies, then adds.
            let letter = double ? "d" : "s"
            let product = double ? [machine.newVirtual(), machine.newVirtual()] : [machine.newVirtual()]
            try callRoutine("__mul\(letter)f3", [try words(of: arguments[0]), try words(of: arguments[1])], into: product)
            try callRoutine("__add\(letter)f3", [product, try words(of: arguments[2])], into: resultWords(inst))
        case "powi":
            try callRoutine(double ? "__powidf2" : "__powisf2", [try words(of: arguments[0]), [try use(arguments[1])]],
                            into: resultWords(inst))
        default:
            guard let library = floatLibraryIntrinsics[base] else { return false }
            // The float form's name ends in "f"; the type that decides is the argument's
            // (lround.i32.f64 returns an integer).
            let argumentIsDouble = LLVMGetTypeKind(LLVMTypeOf(arguments[0])) == LLVMDoubleTypeKind
            var argumentWords: [[Register]] = []
            for argument in arguments { argumentWords.append(try words(of: argument)) }
            try callRoutine(argumentIsDouble ? library : library + "f", argumentWords, into: resultWords(inst))
        }
        return true
    }

    /// `fcmp`: the routines' results tested against 0. With one routine and its block's
    /// branch as its only user, the test is left for the branch (see `floatBranches`).
    mutating func floatCompare(_ inst: LLVMValueRef) throws(BackendError) {
        let predicate = LLVMGetFCmpPredicate(inst)
        let result = register(for: inst)
        guard let (calls, all) = floatComparisons[predicate] else {
            // fcmp true / false.
            return try constantRegister(predicate == LLVMRealPredicateTrue ? 1 : 0, into: result)
        }
        let lhs = operand(inst, 0), rhs = operand(inst, 1)
        let letter = floatLetter(LLVMTypeOf(lhs))
        var tests: [Register] = []
        for (stem, test) in calls {
            let r = machine.newVirtual()
            try callRoutine("__\(stem)\(letter)f2", [try words(of: lhs), try words(of: rhs)], into: [r])
            if calls.count == 1, let use = LLVMGetFirstUse(inst), LLVMGetNextUse(use) == nil,
               let user = LLVMGetUser(use), LLVMGetInstructionOpcode(user) == LLVMBr,
               LLVMGetInstructionParent(user) == LLVMGetInstructionParent(inst) {
                floatBranches[inst] = (r, test)
                return
            }
            let bit = calls.count == 1 ? result : machine.newVirtual()
            try zeroTest(r, test, into: bit)
            tests.append(bit)
        }
        if tests.count == 2 { emit(all ? .and : .or, .register(result), .register(tests[0]), .register(tests[1])) }
    }

    /// `result` = 1 when `r` passes `test` against 0, else 0, with conditional moves.
    mutating func zeroTest(_ r: Register, _ test: ZeroTest, into result: Register) throws(BackendError) {
        switch test {
        case .less:
            emit(.extui, .register(result), .register(r), .immediate(31), .immediate(1))
        case .greaterOrEqual:
            // The sign as 0 or −1, plus 1.
            let sign = machine.newVirtual()
            emit(.srai, .register(sign), .register(r), .immediate(31))
            emit(.addi, .register(result), .register(sign), .immediate(1))
        case .notEqual:
            emit(.movi, .register(result), .immediate(1))
            emit(.moveqz, .register(result), .register(r), .register(r))
        case .equal:
            emit(.movi, .register(result), .immediate(0))
            emit(.moveqz, .register(result), .register(try constantRegister(1)), .register(r))
        case .greater, .lessOrEqual:
            // Start from the answer for r > 0 and change it when r < 0 or r = 0.
            let (positive, other) = test == .greater ? (1, 0) : (0, 1)
            let replacement = try constantRegister(other)
            emit(.movi, .register(result), .immediate(positive))
            emit(.movltz, .register(result), .register(replacement), .register(r))
            emit(.moveqz, .register(result), .register(replacement), .register(r))
        }
    }
}
