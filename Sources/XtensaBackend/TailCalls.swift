import XtensaISA

/// Proper tail calls in the windowed ABI: expands each `TAILCALL` pseudo of an allocated,
/// frame-lowered function into a jump that runs the callee in the caller's register window.
///
/// The caller F (frame N_F, called by G) has put the callee H's arguments in its own a2–a7;
/// a0 still holds G's return address (with its call-size bits), so H's RETW returns straight
/// to G. H must start with the stack pointer G had at F's entry (SP_F + N_F) minus H's own
/// frame N_H, and then run from its *tail entry* — the instruction after its 3-byte
/// `entry a1, N_H`. The stack pointer changes with MOVSP, never a plain write: G's a0–a3 may
/// have been spilled to [SP_F − 16] by a window overflow, and the overflow/underflow
/// handlers find them through this very register (G's a9 is F's a1). MOVSP raises the
/// alloca exception when G's registers are not in the register file; the handler
/// (Runtime/Start/exception-vectors.S) reloads them from the old place, so that the next
/// overflow spills them below the new SP.
///
/// N_H is known when H is defined in the same module: SP changes by N_F − N_H (nothing at
/// all when the frames are equal). Otherwise (an indirect call, or a callee in another
/// object) it is read from H's ENTRY instruction, whose bits 12–23 hold N_H / 8: every
/// windowed-ABI function, Kiln's or llc-22's, starts with `entry a1, N`.
/// In a function with dynamic allocas, the incoming SP is the frame pointer + N_F.
/// a8 holds the callee's address; a9 and a10 are scratch (nothing else is live at a tail
/// call but the arguments).
enum TailCalls {
    static let target = Register.physical(8)
    static let newSP = Register.physical(9)
    static let scratch = Register.physical(10)

    /// `input` with its tail calls expanded; `frameSizes` holds the ENTRY sizes of the
    /// functions defined in the same module.
    static func run(_ input: MachineFunction, frameSizes: [String: Int]) -> MachineFunction {
        var function = input
        guard let frame = function.frameSize else { return function }
        for b in function.blocks.indices where function.blocks[b].instructions.contains(where: { $0.opcode == .tailCall }) {
            var lowered: [MachineInstruction] = []
            for instruction in function.blocks[b].instructions {
                guard instruction.opcode == .tailCall else {
                    lowered.append(instruction)
                    continue
                }
                var code = expansion(of: instruction.operands[0], callerFrame: frame, frameSizes, &function)
                for i in code.indices { code[i].location = instruction.location }
                lowered += code
            }
            function.blocks[b].instructions = lowered
        }
        return function
    }

    static func expansion(of callee: MachineOperand, callerFrame: Int, _ frameSizes: [String: Int],
                          _ function: inout MachineFunction) -> [MachineInstruction] {
        var code: [MachineInstruction] = []
        if case .symbol(let name, 0) = callee, let calleeFrame = frameSizes[name] {
            let delta = callerFrame - calleeFrame
            if delta != 0 || function.framePointer != nil {
                code += add(newSP, function.framePointer ?? .sp, delta, &function)
                code.append(MachineInstruction(.movsp, .register(.sp), .register(newSP)))
            }
            code.append(MachineInstruction(.l32r, .register(target), .literal(function.literal(.symbol(name, addend: 3)))))
        } else {
            if case .symbol = callee {
                code.append(MachineInstruction(.l32r, .register(target), .literal(function.literal(callee))))
            }
            // a9 = N_H from the callee's ENTRY (imm12 = N_H / 8), a10 = G's SP.
            code += [MachineInstruction(.l32i, .register(newSP), .register(target), .immediate(0)),
                     MachineInstruction(.extui, .register(newSP), .register(newSP), .immediate(12), .immediate(12)),
                     MachineInstruction(.slli, .register(newSP), .register(newSP), .immediate(3))]
            code += add(scratch, function.framePointer ?? .sp, callerFrame, &function)
            code += [MachineInstruction(.sub, .register(newSP), .register(scratch), .register(newSP)),
                     MachineInstruction(.movsp, .register(.sp), .register(newSP)),
                     MachineInstruction(.addi, .register(target), .register(target), .immediate(3))]
        }
        code.append(MachineInstruction(.jx, .register(target)))
        return code
    }

    /// `result = source + value` in at most two instructions for frame-sized values
    /// (ADDI, ADDMI, or both), else through a constant.
    static func add(_ result: Register, _ source: Register, _ value: Int,
                    _ function: inout MachineFunction) -> [MachineInstruction] {
        if Opcode.addi.accepts(value, at: 2) { return [MachineInstruction(.addi, .register(result), .register(source), .immediate(value))] }
        let low = Int(Int8(truncatingIfNeeded: value)), high = value - low
        if Opcode.addmi.accepts(high, at: 2) {
            let first = MachineInstruction(.addmi, .register(result), .register(source), .immediate(high))
            return low == 0 ? [first] : [first, MachineInstruction(.addi, .register(result), .register(result), .immediate(low))]
        }
        return [MachineInstruction(.l32r, .register(result), .literal(function.literal(.immediate(value)))),
                MachineInstruction(.add, .register(result), .register(result), .register(source))]
    }
}
