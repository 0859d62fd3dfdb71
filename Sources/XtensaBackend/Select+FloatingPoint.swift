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
        // float and double only: half, fp128 and vectors are refused.
        let floatTypes: [LLVMTypeRef] = switch opcode {
        case LLVMFCmp, LLVMFPToSI, LLVMFPToUI: [sourceType]
        case LLVMSIToFP, LLVMUIToFP: [type]
        default: [sourceType, type]
        }
        guard floatTypes.allSatisfy(isFloatingPoint) else {
            throw unsupported("floating point other than float and double is not supported")
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
            guard isWord(type) || isDoubleWord(type) else { throw unsupported("this conversion is not supported") }
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
        // The overload suffixes name the types: f32/f64 somewhere after the name (powi.f64.i32).
        guard parts.count >= 3, parts[2...].contains(where: { $0 == "f32" || $0 == "f64" }) else { return false }
        let base = parts[1]
        let double = parts[2...].contains("f64") || arguments.contains { LLVMGetTypeKind(LLVMTypeOf($0)) == LLVMDoubleTypeKind }
        switch base {
        case "fabs": try signOperation(inst, .absolute, try words(of: arguments[0]))
        case "copysign": try signOperation(inst, .copySign, try words(of: arguments[0]), sign: try words(of: arguments[1]))
        case "fmuladd":
            // Without an FPU a fused multiply-add is not cheaper: LLVM also multiplies, then adds.
            let letter = double ? "d" : "s"
            let product = double ? [machine.newVirtual(), machine.newVirtual()] : [machine.newVirtual()]
            try callRoutine("__mul\(letter)f3", [try words(of: arguments[0]), try words(of: arguments[1])], into: product)
            try callRoutine("__add\(letter)f3", [product, try words(of: arguments[2])], into: resultWords(inst))
        case "is" where parts[2] == "fpclass":
            guard let mask = constant(arguments[1]) else { throw unsupported("llvm.is.fpclass needs a constant class mask") }
            try floatClass(try words(of: arguments[0]), double: double, mask: mask, into: register(for: inst))
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
        let fusable = calls.count == 1 && feedsBranchOnly(inst)
        if [LLVMRealOEQ, LLVMRealUNE].contains(predicate), let other = [lhs, rhs].first(where: { isZero(operand: $0 == lhs ? rhs : lhs) }) {
            // x = ±0 exactly when its bits but the sign are all zero (a NaN's never are): no call.
            let x = try words(of: other)
            let shifted = machine.newVirtual(), key = x.count == 2 ? machine.newVirtual() : shifted
            emit(.slli, .register(shifted), .register(x.last!), .immediate(1))
            if x.count == 2 { emit(.or, .register(key), .register(shifted), .register(x[0])) }
            let test: ZeroTest = predicate == LLVMRealOEQ ? .equal : .notEqual
            if fusable { floatBranches[inst] = (key, test); return }
            return try zeroTest(key, test, into: result)
        }
        var tests: [Register] = []
        for (stem, test) in calls {
            let r = machine.newVirtual()
            try callRoutine("__\(stem)\(letter)f2", [try words(of: lhs), try words(of: rhs)], into: [r])
            if fusable {
                floatBranches[inst] = (r, test)
                return
            }
            let bit = calls.count == 1 ? result : machine.newVirtual()
            try zeroTest(r, test, into: bit)
            tests.append(bit)
        }
        if tests.count == 2 { emit(all ? .and : .or, .register(result), .register(tests[0]), .register(tests[1])) }
    }

    /// Whether `value` is the constant +0.0 or −0.0.
    func isZero(operand value: LLVMValueRef) -> Bool {
        guard let bits = floatingPointBits(value) else { return false }
        let magnitude = LLVMGetTypeKind(LLVMTypeOf(value)) == LLVMDoubleTypeKind ? bits & Int(Int64.max) : bits & 0x7FFF_FFFF
        return magnitude == 0
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

    /// `llvm.is.fpclass`: bit c of `mask` asks for class c (0 signalling NaN, 1 quiet NaN,
    /// 2 −∞, 3 −normal, 4 −subnormal, 5 −0, 6 +0, 7 +subnormal, 8 +normal, 9 +∞). The value's
    /// class number is found from its magnitude k — for a double the high word with bit 0 set
    /// when the low word is not zero, which keeps every comparison with the class bounds
    /// (whose low words are zero) — by conditional moves; the result is that bit of the mask.
    mutating func floatClass(_ x: [Register], double: Bool, mask: Int, into result: Register) throws(BackendError) {
        let (normal, infinity, quiet) = double ? (0x0010_0000, 0x7FF0_0000, 0x7FF8_0000) : (0x0080_0000, 0x7F80_0000, 0x7FC0_0000)
        let top = x.last!
        let shifted = machine.newVirtual(), k = machine.newVirtual()
        emit(.slli, .register(shifted), .register(top), .immediate(1))
        emit(.srli, .register(k), .register(shifted), .immediate(1))
        if double {
            // k |= (low ≠ 0)
            let magnitude = k, lowSet = nonZero(x[0]), key = machine.newVirtual()
            emit(.or, .register(key), .register(magnitude), .register(lowSet))
            return try floatClass(key: key, top: top, bounds: (normal, infinity, quiet), mask: mask, into: result)
        }
        try floatClass(key: k, top: top, bounds: (normal, infinity, quiet), mask: mask, into: result)
    }

    private mutating func floatClass(key k: Register, top: Register, bounds: (normal: Int, infinity: Int, quiet: Int),
                                     mask: Int, into result: Register) throws(BackendError) {
        if let (low, high) = Self.magnitudeRange(mask: mask & 0x3FF, bounds: bounds) {
            return try inRange(k, low, high, into: result)
        }
        // k < bound ⟺ k − bound < 0: both are below 2³¹.
        let c = machine.newVirtual()
        emit(.movi, .register(c), .immediate(1))                              // quiet NaN
        for (bound, cls) in [(bounds.quiet, 0), (bounds.infinity + 1, 9), (bounds.infinity, 8), (bounds.normal, 7)] {
            let difference = machine.newVirtual()
            try addConstant(difference, k, -bound)
            emit(.movltz, .register(c), .register(try constantRegister(cls)), .register(difference))
        }
        emit(.moveqz, .register(c), .register(try constantRegister(6)), .register(k))   // +0
        // Negative non-NaNs mirror: class 11 − c (+0 = 6 ↔ −0 = 5, …, +∞ = 9 ↔ −∞ = 2). NaNs (c < 2) keep theirs.
        let mirrored = machine.newVirtual(), signed = machine.newVirtual(), nan = machine.newVirtual()
        emit(.sub, .register(mirrored), .register(try constantRegister(11)), .register(c))
        emit(.copy, [.register(signed), .register(c)])
        emit(.movltz, .register(signed), .register(mirrored), .register(top))
        emit(.addi, .register(nan), .register(c), .immediate(-2))
        emit(.movltz, .register(signed), .register(c), .register(nan))
        let selected = machine.newVirtual()
        emit(.ssr, .register(signed))
        emit(.srl, .register(selected), .register(try constantRegister(mask & 0x3FF)))
        emit(.extui, .register(result), .register(selected), .immediate(0), .immediate(1))
    }

    /// The classes of a mask that ignores the sign and selects classes adjacent in magnitude
    /// (isnan, isinf, isfinite, isnormal, iszero, issubnormal, …) as one range low...high of
    /// the magnitude key; nil for any other mask.
    static func magnitudeRange(mask: Int, bounds: (normal: Int, infinity: Int, quiet: Int)) -> (Int, Int)? {
        func has(_ c: Int) -> Bool { mask >> c & 1 == 1 }
        guard (6...9).allSatisfy({ has($0) == has(11 - $0) }) else { return nil }
        // By magnitude: +0, subnormals, normals, ∞, signalling NaNs, quiet NaNs.
        let intervals = [(6, 0, 0), (7, 1, bounds.normal - 1), (8, bounds.normal, bounds.infinity - 1),
                         (9, bounds.infinity, bounds.infinity), (0, bounds.infinity + 1, bounds.quiet - 1),
                         (1, bounds.quiet, Int(Int32.max))]
        let chosen = intervals.indices.filter { has(intervals[$0].0) }
        guard let first = chosen.first, let last = chosen.last, last - first + 1 == chosen.count else { return nil }
        return (intervals[first].1, intervals[last].2)
    }

    /// `result` = 1 when low ≤ k ≤ high (all in 0...2³¹ − 1, so differences keep their sign).
    mutating func inRange(_ k: Register, _ low: Int, _ high: Int, into result: Register) throws(BackendError) {
        let top = Int(Int32.max)
        switch (low, high) {
        case (0, top):
            try constantRegister(1, into: result)
        case (0, _):
            // k − (high + 1) < 0
            let d = machine.newVirtual()
            try addConstant(d, k, -(high + 1))
            emit(.extui, .register(result), .register(d), .immediate(31), .immediate(1))
        case (_, top):
            // k − low ≥ 0: the sign as 0 or −1, plus 1.
            let d = machine.newVirtual(), sign = machine.newVirtual()
            try addConstant(d, k, -low)
            emit(.srai, .register(sign), .register(d), .immediate(31))
            emit(.addi, .register(result), .register(sign), .immediate(1))
        default:
            // d = k − low, t = d − (high − low + 1): in range exactly when t < 0 ≤ d; t < 0
            // whenever d < 0, so the answer is sign(t) xor sign(d).
            let d = machine.newVirtual(), t = machine.newVirtual(), st = machine.newVirtual(), sd = machine.newVirtual()
            try addConstant(d, k, -low)
            try addConstant(t, d, -(high - low + 1))
            emit(.extui, .register(st), .register(t), .immediate(31), .immediate(1))
            emit(.extui, .register(sd), .register(d), .immediate(31), .immediate(1))
            emit(.xor, .register(result), .register(st), .register(sd))
        }
    }
}
