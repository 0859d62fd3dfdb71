import XtensaISA

/// Frame lowering for the windowed ABI: lays out the frame objects, inserts ENTRY with the
/// exact frame size, and turns frame operands into SP offsets.
///
/// Layout, from SP upwards: frame objects (allocas and spill slots, each at its
/// alignment), then, at the top of the frame, 16 bytes for the callee's save area of
/// this function's a4–a7 when it calls (CALL8), and the 16-byte base save area the window
/// overflow handlers use. There is no frame pointer: every object is addressed from SP.
enum Frame {
    static func run(_ input: MachineFunction) throws(BackendError) -> MachineFunction {
        var function = input
        var offsets: [Int] = []
        var size = 0
        for object in function.frameObjects {
            size = align(size, object.alignment)
            offsets.append(size)
            size += object.size
        }
        let frameSize = align(size, 16) + 16 + (function.hasCalls ? 16 : 0)
        function.frameSize = frameSize

        func error(_ reason: String) -> BackendError {
            .unsupported(function: function.name, instruction: "(frame of \(frameSize) bytes)", reason: reason)
        }

        for b in function.blocks.indices {
            var lowered: [MachineInstruction] = []
            for instruction in function.blocks[b].instructions {
                guard let f = instruction.operands.firstIndex(where: { if case .frame = $0 { true } else { false } }),
                      case .frame(let slot, let extra) = instruction.operands[f] else {
                    lowered.append(instruction)
                    continue
                }
                let offset = offsets[slot] + extra
                if instruction.opcode == .frameAddress {
                    let destination = instruction.operands[0]
                    if Opcode.addi.accepts(offset, at: 2) {
                        lowered.append(MachineInstruction(.addi, destination, .register(.sp), .immediate(offset)))
                    } else if Opcode.movi.accepts(offset, at: 1) {
                        lowered.append(MachineInstruction(.movi, destination, .immediate(offset)))
                        lowered.append(MachineInstruction(.add, destination, destination, .register(.sp)))
                    } else {
                        throw error("frames larger than 2 KiB are not supported yet")
                    }
                    continue
                }
                guard case .isa(let opcode) = instruction.opcode, opcode.accepts(offset, at: f) else {
                    throw error("a frame offset of \(offset) is out of reach of \(instruction.opcode); large frames are not supported yet")
                }
                var resolved = instruction
                resolved.operands[f] = .immediate(offset)
                lowered.append(resolved)
            }
            function.blocks[b].instructions = lowered
        }
        function.blocks[0].instructions.insert(MachineInstruction(.entry, .register(.sp), .immediate(frameSize)), at: 0)
        return function
    }

    static func align(_ value: Int, _ alignment: Int) -> Int { (value + alignment - 1) / alignment * alignment }
}
