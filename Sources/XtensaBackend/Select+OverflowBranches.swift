import CLLVM
import XtensaISA

// Instruction selection, continued. Swift checks every + and − of its integers: an
// `llvm.{s,u}{add,sub}.with.overflow.i32` whose overflow bit only a branch reads (to the
// trap). Made as a 0/1 value and then tested, the bit cost the sign test's EXTUI and BNEZ
// (signed) or MOVI, BLTU, MOVI, BNEZ (unsigned); here the branch tests the overflow itself.

/// How a branch tests an overflow: the operation and its operands' and result's registers.
struct OverflowTest {
    var operation: String
    var a: Register
    /// The second operand (unused when `constant` is set).
    var b: Register
    var result: Register
    /// The second operand when it is a constant (signed: the test is one compare of the
    /// result with the first operand).
    var constant: Int?
}

extension Selector {
    /// The `extractvalue %call, 1` of a 32-bit add/sub overflow intrinsic when that is its
    /// only reading of the bit, in the call's block, and only a branch reads it (directly or
    /// through and/or); every other use of the call is an extractvalue of the result.
    func branchedOverflowBit(_ call: LLVMValueRef, _ operation: String, _ arguments: [LLVMValueRef]) -> LLVMValueRef? {
        guard ["sadd", "ssub", "uadd", "usub"].contains(operation), bitWidth(LLVMTypeOf(arguments[0])) == 32 else { return nil }
        var bit: LLVMValueRef?
        var use = LLVMGetFirstUse(call)
        while let u = use {
            let user = LLVMGetUser(u)!
            guard LLVMGetInstructionOpcode(user) == LLVMExtractValue, LLVMGetNumIndices(user) == 1 else { return nil }
            if LLVMGetIndices(user)![0] == 1 {
                guard bit == nil, LLVMGetInstructionParent(user) == LLVMGetInstructionParent(call) else { return nil }
                bit = user
            }
            use = LLVMGetNextUse(u)
        }
        guard let bit, feedsBranchOnly(bit) else { return nil }
        return bit
    }

    /// Selects the overflow intrinsic `call` when a branch tests its bit (`branchedOverflowBit`):
    /// only the result is made here; true when it was.
    mutating func overflowForBranch(_ call: LLVMValueRef, _ operation: String, _ arguments: [LLVMValueRef], into result: Register) throws(BackendError) -> Bool {
        guard let bit = branchedOverflowBit(call, operation, arguments) else { return false }
        let a = try use(arguments[0]), adding = operation.hasSuffix("add")
        if operation.hasPrefix("s"), let c = constant(arguments[1]).map({ Int(Int32(truncatingIfNeeded: $0)) }), c != 0 {
            // ADDI/ADDMI take the constant; the test needs only a and the result.
            try addConstant(result, a, adding ? c : -c)
            overflowBranches[bit] = OverflowTest(operation: operation, a: a, b: a, result: result, constant: c)
            return true
        }
        let b = try use(arguments[1])
        emit(adding ? .add : .sub, .register(result), .register(a), .register(b))
        overflowBranches[bit] = OverflowTest(operation: operation, a: a, b: b, result: result, constant: nil)
        return true
    }

    /// Branches to `target` when `test`'s operation overflowed. Unsigned: r <u a (add),
    /// a <u b (subtract). Signed by a constant c: adding c > 0 (subtracting c < 0) overflowed
    /// exactly when r < a, the other way when r > a. Signed otherwise: the sign of
    /// (a ^ r) & (b ^ r) (add) or (a ^ b) & (a ^ r) (subtract).
    mutating func branchOnOverflow(_ test: OverflowTest, to target: Int) {
        let adding = test.operation.hasSuffix("add")
        if test.operation.hasPrefix("u") {
            let (lhs, rhs) = adding ? (test.result, test.a) : (test.a, test.b)
            return emit(.bltu, .register(lhs), .register(rhs), .block(target))
        }
        if let c = test.constant, c != 0 {
            // The result moved the wrong way for the constant's sign.
            let upward = (c > 0) == adding
            return emit(.blt, .register(upward ? test.result : test.a), .register(upward ? test.a : test.result), .block(target))
        }
        let x = machine.newVirtual(), y = machine.newVirtual(), both = machine.newVirtual()
        emit(.xor, .register(x), .register(test.a), .register(test.result))
        emit(.xor, .register(y), .register(adding ? test.b : test.a), .register(adding ? test.result : test.b))
        emit(.and, .register(both), .register(x), .register(y))
        emit(.bltz, .register(both), .block(target))
    }
}
