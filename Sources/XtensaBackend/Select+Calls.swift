import CLLVM
import XtensaISA

// Instruction selection, continued. Calls, returns and intrinsics on the windowed ABI (CALL8).
extension Selector {
    // MARK: - Calls and returns

    /// Intrinsics with no code.
    static let ignoredIntrinsics = ["llvm.lifetime.", "llvm.dbg.", "llvm.assume", "llvm.experimental.noalias.scope.decl",
                                    "llvm.invariant.", "llvm.sideeffect", "llvm.donothing"]
    /// Intrinsics that are calls to the C library functions of the same job.
    static let libraryIntrinsics = ["llvm.memcpy.": "memcpy", "llvm.memmove.": "memmove", "llvm.memset.": "memset"]

    mutating func call(_ inst: LLVMValueRef) throws(BackendError) {
        let callee = LLVMGetCalledValue(inst)!
        var arguments = (0..<Int(LLVMGetNumArgOperands(inst))).map { operand(inst, $0) }
        var target = MachineOperand.symbol("", addend: 0)
        if LLVMIsAFunction(callee) != nil {
            let calleeName = name(of: callee)
            if calleeName.hasPrefix("llvm.") {
                if Self.ignoredIntrinsics.contains(where: calleeName.hasPrefix) { return }
                if let (_, library) = Self.libraryIntrinsics.first(where: { calleeName.hasPrefix($0.key) }) {
                    if try inlineMemoryIntrinsic(inst, calleeName, arguments) { return }
                    arguments.removeLast()   // the `isvolatile` flag
                    target = .symbol(library, addend: 0)
                } else {
                    if try floatIntrinsic(inst, calleeName, arguments) { return }
                    if ["llvm.fshl.i64", "llvm.fshr.i64"].contains(calleeName), let n = doubleWordConstant(arguments[2]) {
                        return try funnelShiftDoubleWord(inst, arguments, left: calleeName == "llvm.fshl.i64", by: n & 63)
                    }
                    if let operation = overflowIntrinsic(inst), isDoubleWord(LLVMTypeOf(arguments[0])) {
                        return try overflowDoubleWord(inst, operation, arguments)
                    }
                    if let predicate = Self.doubleWordMinMax[calleeName] {
                        return try minMaxDoubleWord(inst, predicate, arguments)
                    }
                    if calleeName == "llvm.ctpop.i64" {
                        let x = try usePair(arguments[0]), result = pair(for: inst)
                        let low = machine.newVirtual(), high = machine.newVirtual()
                        try populationCount(x.low, into: low)
                        try populationCount(x.high, into: high)
                        emit(.add, .register(result.low), .register(low), .register(high))
                        return try constantRegister(0, into: result.high)
                    }
                    if try variadicIntrinsic(calleeName, arguments) { return }
                    if try stackIntrinsic(inst, calleeName, arguments) { return }
                    if calleeName == "llvm.abs.i64" { return try absoluteDoubleWord(inst, arguments[0]) }
                    if try wideIntrinsic(inst, calleeName, arguments) { return }
                    if ["llvm.ctlz.i64", "llvm.cttz.i64"].contains(calleeName), profile.has(.nsa) {
                        return try countZerosDoubleWord(inst, arguments[0], leading: calleeName == "llvm.ctlz.i64")
                    }
                    if ([inst] + arguments).contains(where: { isDoubleWord(LLVMTypeOf($0)) }) {
                        throw unsupported("64-bit intrinsics are not supported yet")
                    }
                    return try intrinsic(inst, calleeName, arguments)
                }
            } else {
                target = .symbol(calleeName, addend: 0)
            }
        } else if LLVMIsAInlineAsm(callee) != nil {
            if isEmptyInlineAssembly(callee, inst) { return }
            throw unsupported("inline assembly is not supported")
        } else {
            target = .register(try use(callee))
        }
        for (i, argument) in arguments.enumerated() where !isWord(LLVMTypeOf(argument)) && !isDoubleWord(LLVMTypeOf(argument))
            && !(Self.isAggregate(LLVMTypeOf(argument)) && Self.wordCount(LLVMTypeOf(argument)) != nil) {
            throw unsupported("argument \(i + 1) is not an integer of at most 64 bits, a pointer or an aggregate of them")
        }
        // A result of more than four words comes back through a buffer in this frame whose
        // address is a hidden first argument (Select+Aggregates.swift).
        let buffer: Int? = returnsThroughMemory(LLVMGetCalledFunctionType(inst)) ? newFrameObject(
            size: Int(LLVMABISizeOfType(module.targetData, LLVMTypeOf(inst))),
            alignment: Int(LLVMABIAlignmentOfType(module.targetData, LLVMTypeOf(inst)))) : nil
        let parts = argumentShapes(call: inst, function: nil, module.targetData)
        var layout = ArgumentLayout.locations(parts: (buffer == nil ? [] : [[.words(1)]]) + parts)
        if buffer != nil {
            layout.locations.removeFirst()
            // The caller's outgoing area is sized without the hidden word.
            if layout.stackBytes > 0 { throw unsupported("stack arguments with a result returned through memory are not supported yet") }
        }
        let tail = buffer == nil ? try isProperTailCall(inst, callee: callee, stackBytes: layout.stackBytes) : false
        // A tail call passes its arguments in the caller's own a2–a7 (the callee runs in this window).
        let firstArgument = tail ? 2 : 10
        // Stack arguments first, then copies into a10–a15; constant words are loaded straight
        // into their argument register after the copies.
        var copies: [(Register, Register)] = [], constants: [(Register, Int)] = []
        for (i, argument) in arguments.enumerated() {
            let location = layout.locations[i][0]
            if case .byValue(let size, let alignment) = parts[i][0], case .stack(let offset) = location {
                try copyBytes(from: try use(argument), to: .sp, offset: offset, size: size, alignment: alignment)
                continue
            }
            // An undefined word argument needs no register set (OCaml's uniform calls pass
            // `undef` for the parameters a function does not have).
            if case .registers = location, isWord(LLVMTypeOf(argument)),
               LLVMIsUndef(argument) != 0 || LLVMIsPoison(argument) != 0 { continue }
            let widening = callExtension(inst, index: UInt32(i + 1))
            if case .registers(let first) = location, var value = constant(argument) {
                let width = bitWidth(LLVMTypeOf(argument))
                if width < 32, widening == .zero { value &= (1 << width) - 1 }
                constants.append((.physical(firstArgument + first), value))
                continue
            }
            var words = Self.isAggregate(LLVMTypeOf(argument)) || isDoubleWord(LLVMTypeOf(argument))
                ? try leafWords(argument) : [try extended(argument, widening)]
            for (part, location) in zip(parts[i], layout.locations[i]) {
                guard case .words(let count) = part else { continue }
                for (k, word) in words.prefix(count).enumerated() {
                    switch location {
                    case .registers(let first):
                        copies.append((.physical(firstArgument + first + k), word))
                    case .stack(let offset):
                        emit(.s32i, .register(word), .register(.sp), .immediate(offset + 4 * k))
                    }
                }
                words.removeFirst(count)
            }
        }
        if let buffer {
            let address = try materialize(.frame(buffer), 0)
            copies.insert((.physical(10), address), at: 0)
        }
        for (register, word) in copies { emit(.copy, [.register(register), .register(word)]) }
        for (register, value) in constants { try constantRegister(value, into: register) }
        let outgoing = (copies.map(\.0) + constants.map(\.0)).sorted { "\($0)" < "\($1)" }
        if tail {
            var uses = outgoing, callee = target
            if case .register(let address) = target {
                emit(.copy, [.register(TailCalls.target), .register(address)])
                callee = .register(TailCalls.target)
                uses.append(TailCalls.target)
            }
            emit(.tailCall, [callee], implicitUses: uses)
            tailReturns.insert(LLVMGetNextInstruction(inst)!)
            return
        }
        // CALL8 rotates the window by 8: the callee may change all of a8–a15 (a8 gets the
        // return address, a9 the callee's SP, a10–a15 its a2–a7).
        let opcode: Opcode = if case .register = target { .callx8 } else { .call8 }
        emit(.isa(opcode), [target], implicitUses: outgoing, implicitDefs: Self.callClobbers)
        let type = LLVMTypeOf(inst)!
        if Self.isAggregate(type) {
            try receiveAggregateResult(inst, buffer: buffer)
        } else if isDoubleWord(type) {
            let result = pair(for: inst)
            emit(.copy, [.register(result.low), .register(.physical(10))])
            emit(.copy, [.register(result.high), .register(.physical(11))])
        } else if Self.isAggregate(type) {
            for (k, word) in fieldRegisters(inst).enumerated() { emit(.copy, [.register(word), .register(.physical(10 + k))]) }
        } else if LLVMGetTypeKind(type) != LLVMVoidTypeKind {
            emit(.copy, [.register(register(for: inst)), .register(.physical(10))])
        }
    }

    /// What CALL8 may change: all of a8–a15 (a8 gets the return address, a9 the callee's SP,
    /// a10–a15 its a2–a7).
    static let callClobbers = (8...15).map { Register.physical($0) }

    /// How a call's argument (index ≥ 1) or result (index 0) is extended by its attributes.
    func callExtension(_ call: LLVMValueRef, index: UInt32) -> Extension {
        if LLVMGetCallSiteEnumAttribute(call, index, attributeKind("signext")) != nil { return .sign }
        if LLVMGetCallSiteEnumAttribute(call, index, attributeKind("zeroext")) != nil { return .zero }
        return .none
    }

    mutating func intrinsic(_ inst: LLVMValueRef, _ calleeName: String, _ arguments: [LLVMValueRef]) throws(BackendError) {
        if let operation = overflowIntrinsic(inst) {
            let parts = fieldRegisters(inst)
            if try overflowForBranch(inst, operation, arguments, into: parts[0]) { return }
            if bitWidth(LLVMTypeOf(arguments[0])) < 32 {
                return try narrowOverflow(operation, arguments, into: parts[0], overflow: parts[1])
            }
            return try overflowArithmetic(operation, try use(arguments[0]), try use(arguments[1]), into: parts[0], overflow: parts[1])
        }
        let result = register(for: inst)
        if let operation = ["sadd", "ssub", "uadd", "usub"].first(where: { calleeName == "llvm.\($0).sat.i32" }) {
            // The wrapped result, replaced by the bound it crossed when it overflowed.
            let a = try use(arguments[0]), b = try use(arguments[1])
            let wrapped = machine.newVirtual(), overflow = machine.newVirtual(), bound = machine.newVirtual()
            try overflowArithmetic(operation, a, b, into: wrapped, overflow: overflow)
            if operation.hasPrefix("s") {
                // a's sign says which way: INT_MAX for a ≥ 0, INT_MIN for a < 0.
                let sign = machine.newVirtual()
                emit(.srai, .register(sign), .register(a), .immediate(31))
                emit(.xor, .register(bound), .register(sign), .register(try constantRegister(0x7FFF_FFFF)))
            } else {
                try constantRegister(operation == "uadd" ? -1 : 0, into: bound)
            }
            emit(.copy, [.register(result), .register(wrapped)])
            return emit(.movnez, .register(result), .register(bound), .register(overflow))
        }
        if let (_, rule) = minMaxRules.first(where: { calleeName.hasPrefix($0.key + ".") }), profile.has(.minmax) {
            let a = try extended(arguments[0], rule.widening), b = try extended(arguments[1], rule.widening)
            return emit(rule.opcode, .register(result), .register(a), .register(b))
        }
        if calleeName.hasPrefix("llvm.abs.") {
            return emit(.abs, .register(result), .register(try extended(arguments[0], .sign)))
        }
        if calleeName.hasPrefix("llvm.expect.") {
            return emit(.copy, [.register(result), .register(try use(arguments[0]))])
        }
        if calleeName.hasPrefix("llvm.scmp.") || calleeName.hasPrefix("llvm.ucmp.") {
            // (a > b) − (a < b)
            let less: LLVMIntPredicate = calleeName.hasPrefix("llvm.scmp.") ? LLVMIntSLT : LLVMIntULT
            let greater = machine.newVirtual(), smaller = machine.newVirtual()
            let (a, b) = (arguments[0], arguments[1])
            try compareValue(Comparison(predicate: less, lhs: b, rhs: a, rhsConstant: nil), into: greater)
            try compareValue(Comparison(predicate: less, lhs: a, rhs: b, rhsConstant: nil), into: smaller)
            return emit(.sub, .register(result), .register(greater), .register(smaller))
        }
        if let width = calleeName.hasPrefix("llvm.") ? bitWidth(LLVMTypeOf(inst)) : nil,
           try bitIntrinsic(String(calleeName.dropFirst(5).prefix { $0 != "." }), width: width, arguments, into: result) {
            return
        }
        if calleeName == "llvm.trap" || calleeName == "llvm.debugtrap" { return emit(.isa(.ill), []) }
        throw unsupported("the intrinsic '\(calleeName)' is not supported yet")
    }

    /// "sadd", "ssub", "uadd", "usub", "smul" or "umul" when `inst` calls `llvm.<that>.with.overflow.i8/16/32/64`.
    func overflowIntrinsic(_ inst: LLVMValueRef) -> String? {
        guard LLVMGetInstructionOpcode(inst) == LLVMCall, let callee = LLVMGetCalledValue(inst),
              LLVMIsAFunction(callee) != nil else { return nil }
        let calleeName = name(of: callee)
        return ["sadd", "ssub", "uadd", "usub", "smul", "umul"].first { operation in
            ["i8", "i16", "i32", "i64"].contains { calleeName == "llvm.\(operation).with.overflow.\($0)" }
        }
    }

    /// The {result, overflow} pair of an overflow intrinsic, the overflow bit as 0 or 1:
    /// signed, the sign bit of (a ^ r) & (b ^ r) for add and (a ^ b) & (a ^ r) for subtract;
    /// unsigned, r <u a for add and a <u b for subtract.
    mutating func overflowArithmetic(_ operation: String, _ a: Register, _ b: Register,
                                     into result: Register, overflow: Register) throws(BackendError) {
        if operation.hasSuffix("mul") { return try multiplyWithOverflow(signed: operation == "smul", a, b, into: result, overflow: overflow) }
        let adding = operation.hasSuffix("add")
        emit(adding ? .add : .sub, .register(result), .register(a), .register(b))
        if operation.hasPrefix("s") {
            let x = machine.newVirtual(), y = machine.newVirtual(), both = machine.newVirtual()
            emit(.xor, .register(x), .register(a), .register(result))
            emit(.xor, .register(y), .register(adding ? b : a), .register(adding ? result : b))
            emit(.and, .register(both), .register(x), .register(y))
            emit(.extui, .register(overflow), .register(both), .immediate(31), .immediate(1))
        } else {
            let (lhs, rhs) = adding ? (result, a) : (a, b)
            emit(.movi, .register(overflow), .immediate(1))
            let join = newBlockID()
            emit(.bltu, .register(lhs), .register(rhs), .block(join))
            startBlock(newBlockID())
            emit(.movi, .register(overflow), .immediate(0))
            startBlock(join)
        }
    }

    /// Bit-counting, byte-swapping and funnel-shift intrinsics; false for anything else.
    mutating func bitIntrinsic(_ name: String, width: Int, _ arguments: [LLVMValueRef], into result: Register) throws(BackendError) -> Bool {
        func fresh() -> Register { machine.newVirtual() }
        switch name {
        case "ctlz" where profile.has(.nsa) && width <= 32:
            // NSAU counts the leading zeros of 32 bits (32 for zero); narrower types have fewer.
            let x = try extended(arguments[0], .zero)
            if width == 32 { emit(.nsau, .register(result), .register(x)); return true }
            let n = fresh()
            emit(.nsau, .register(n), .register(x))
            try addConstant(result, n, width - 32)
        case "ctpop" where width <= 32:
            try populationCount(try extended(arguments[0], .zero), into: result)
        case "cttz" where profile.has(.nsa) && width == 32:
            try trailingZeros(try use(arguments[0]), into: result, zeroIsPoison: constant(arguments[1]) == 1)
        case "cttz" where profile.has(.nsa) && width < 32:
            // A bit just above the type stops the count at `width` for zero (and hides the
            // undefined upper bits' zeros from it).
            let stopped = machine.newVirtual()
            emit(.or, .register(stopped), .register(try use(arguments[0])), .register(try constantRegister(1 << width)))
            try trailingZeros(stopped, into: result, zeroIsPoison: true)
        case "bswap" where width == 32 || width == 16:
            try byteSwap(try use(arguments[0]), width: width, into: result)
        case "fshl" where width == 32, "fshr" where width == 32:
            // SRC shifts the 64-bit pair (a:b) right by SAR; fshl by n is fshr by 32 − n.
            let a = try use(arguments[0]), b = try use(arguments[1])
            if let amount = constant(arguments[2]) {
                let n = amount & 31
                if n == 0 {
                    emit(.copy, [.register(result), .register(name == "fshl" ? a : b)])
                    return true
                }
                emit(.ssai, .immediate(name == "fshl" ? 32 - n : n))
            } else {
                emit(name == "fshl" ? .ssl : .ssr, .register(try use(arguments[2])))
            }
            emit(.src, .register(result), .register(a), .register(b))
        default:
            return false
        }
        return true
    }

    /// `result` = the bytes of the `width`-bit (16 or 32) `x` in reverse order.
    mutating func byteSwap(_ x: Register, width: Int, into result: Register) throws(BackendError) {
        func fresh() -> Register { machine.newVirtual() }
        var parts: [Register] = []
        for byte in 0..<(width / 8) {
            // Byte `byte` of x moves to byte (width/8 − 1 − byte); for i32 the lowest byte
            // reaches the top with SLLI alone.
            if width == 32, byte == 0 {
                let moved = fresh()
                emit(.slli, .register(moved), .register(x), .immediate(24))
                parts.append(moved)
                continue
            }
            let extracted = fresh()
            emit(.extui, .register(extracted), .register(x), .immediate(8 * byte), .immediate(8))
            let shift = 8 * (width / 8 - 1 - byte)
            if shift == 0 { parts.append(extracted); continue }
            let moved = fresh()
            emit(.slli, .register(moved), .register(extracted), .immediate(shift))
            parts.append(moved)
        }
        var sum = parts[0]
        for (i, part) in parts.dropFirst().enumerated() {
            let next = i == parts.count - 2 ? result : fresh()
            emit(.or, .register(next), .register(sum), .register(part))
            sum = next
        }
    }

    /// `result` = the number of set bits in `x`, by adding neighbouring fields of 1, 2, 4, 8
    /// and 16 bits in place (no multiply: dc233c's MULL would do the last steps, but not
    /// every core has one).
    mutating func populationCount(_ x: Register, into result: Register) throws(BackendError) {
        func fresh() -> Register { machine.newVirtual() }
        let (halves, pairs, twos, sums, quads) = (fresh(), fresh(), fresh(), fresh(), fresh())
        // x − ((x >> 1) & 0x5555…): each 2-bit field holds its count.
        emit(.srli, .register(halves), .register(x), .immediate(1))
        emit(.and, .register(pairs), .register(halves), .register(try constantRegister(0x5555_5555)))
        emit(.sub, .register(twos), .register(x), .register(pairs))
        // (x & 0x3333…) + ((x >> 2) & 0x3333…): 4-bit fields.
        let mask2 = try constantRegister(0x3333_3333)
        let (low2, shifted2, high2) = (fresh(), fresh(), fresh())
        emit(.and, .register(low2), .register(twos), .register(mask2))
        emit(.srli, .register(shifted2), .register(twos), .immediate(2))
        emit(.and, .register(high2), .register(shifted2), .register(mask2))
        emit(.add, .register(sums), .register(low2), .register(high2))
        // (x + (x >> 4)) & 0x0F0F…: bytes.
        let (shifted4, added4) = (fresh(), fresh())
        emit(.srli, .register(shifted4), .register(sums), .immediate(4))
        emit(.add, .register(added4), .register(sums), .register(shifted4))
        emit(.and, .register(quads), .register(added4), .register(try constantRegister(0x0F0F_0F0F)))
        // Bytes summed into the lowest: + (x >> 8), + (x >> 16), then the low 6 bits.
        let (shifted8, added8, shifted16, added16) = (fresh(), fresh(), fresh(), fresh())
        emit(.srli, .register(shifted8), .register(quads), .immediate(8))
        emit(.add, .register(added8), .register(quads), .register(shifted8))
        emit(.extui, .register(shifted16), .register(added8), .immediate(16), .immediate(16))
        emit(.add, .register(added16), .register(added8), .register(shifted16))
        emit(.extui, .register(result), .register(added16), .immediate(0), .immediate(6))
    }

    /// `result` = the trailing zeros of `x`: the lowest set bit alone is x & −x, its position
    /// 31 − NSAU of it; cttz(0) is 32 unless the IR says zero is poison.
    mutating func trailingZeros(_ x: Register, into result: Register, zeroIsPoison: Bool) throws(BackendError) {
        let negated = machine.newVirtual(), lowest = machine.newVirtual(), leading = machine.newVirtual()
        emit(.neg, .register(negated), .register(x))
        emit(.and, .register(lowest), .register(x), .register(negated))
        emit(.nsau, .register(leading), .register(lowest))
        emit(.sub, .register(result), .register(try constantRegister(31)), .register(leading))
        if !zeroIsPoison { emit(.moveqz, .register(result), .register(try constantRegister(32)), .register(x)) }
    }

    mutating func ret(_ inst: LLVMValueRef) throws(BackendError) {
        if tailReturns.contains(inst) { return }   // the tail call before it returns for us
        var uses: [Register] = []
        if LLVMGetNumOperands(inst) == 1, Self.isAggregate(LLVMTypeOf(operand(inst, 0))) {
            uses = try returnAggregate(operand(inst, 0))
        } else if LLVMGetNumOperands(inst) == 1, isDoubleWord(LLVMTypeOf(operand(inst, 0))) {
            let result = try usePair(operand(inst, 0))
            emit(.copy, [.register(.physical(2)), .register(result.low)])
            emit(.copy, [.register(.physical(3)), .register(result.high)])
            uses = [.physical(2), .physical(3)]
        } else if LLVMGetNumOperands(inst) == 1 {
            let value = operand(inst, 0)
            let kind = returnExtension
            if var c = constant(value) {
                let width = bitWidth(LLVMTypeOf(value))
                if width < 32, kind == .zero { c &= (1 << width) - 1 }
                try constantRegister(c, into: .physical(2))
            } else {
                emit(.copy, [.register(.physical(2)), .register(try extended(value, kind))])
            }
            uses = [.physical(2)]
        }
        emit(.isa(.retwN), [], implicitUses: uses)
    }
}
