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
        // Spill slots first, nearest SP; then the allocas, in order, from an offset aligned
        // for all of them (selection computed their offsets the same way).
        var offsets = [Int](repeating: 0, count: function.frameObjects.count)
        var size = function.outgoingArgumentSize
        for (i, object) in function.frameObjects.enumerated() where object.isSpillSlot {
            offsets[i] = size
            size += object.size
        }
        guard size - function.outgoingArgumentSize <= FrameObject.spillArea else {
            throw .unsupported(function: function.name, instruction: "(register allocation)",
                               reason: "more than \(FrameObject.spillArea / 4) spill slots are not supported yet")
        }
        size = align(size, 16)
        var local = 0
        for (i, object) in function.frameObjects.enumerated() where !object.isSpillSlot {
            local = align(local, object.alignment)
            offsets[i] = size + local
            local += object.size
        }
        size += local
        let frameSize = align(size, 16) + 16 + (function.hasCalls ? 16 : 0)
        function.frameSize = frameSize

        func error(_ reason: String) -> BackendError {
            .unsupported(function: function.name, instruction: "(frame of \(frameSize) bytes)", reason: reason)
        }

        // With a frame pointer, frame objects are addressed from it once it is set (in the
        // entry block, before any dynamic alloca: SP and it are equal until then).
        var base = Register.sp
        for b in function.blocks.indices {
            var lowered: [MachineInstruction] = []
            for original in function.blocks[b].instructions {
                if let framePointer = function.framePointer, original.opcode == .copy,
                   original.operands == [.register(framePointer), .register(.sp)] {
                    base = framePointer
                }
                let f = original.operands.firstIndex {
                    switch $0 { case .frame, .incomingArgument: true; default: false }
                }
                guard let f else {
                    lowered.append(original)
                    continue
                }
                var instruction = original
                for i in instruction.operands.indices where instruction.operands[i] == .register(.sp) {
                    instruction.operands[i] = .register(base)
                }
                let offset = switch instruction.operands[f] {
                case .frame(let slot, let extra): offsets[slot] + extra
                case .incomingArgument(let extra): frameSize + extra
                default: 0
                }
                if instruction.opcode == .frameAddress {
                    let destination = instruction.operands[0]
                    if Opcode.addi.accepts(offset, at: 2) {
                        lowered.append(MachineInstruction(.addi, destination, .register(base), .immediate(offset)))
                    } else {
                        // The destination doubles as the scratch register for the offset.
                        if Opcode.movi.accepts(offset, at: 1) {
                            lowered.append(MachineInstruction(.movi, destination, .immediate(offset)))
                        } else {
                            lowered.append(MachineInstruction(.l32r, destination, .literal(function.literal(.immediate(offset)))))
                        }
                        lowered.append(MachineInstruction(.add, destination, destination, .register(base)))
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
        guard Opcode.entry.accepts(frameSize, at: 1) else { throw error("frames larger than ENTRY reaches (32760 bytes) need MOVSP, not supported yet") }
        function.blocks[0].instructions.insert(MachineInstruction(.entry, .register(.sp), .immediate(frameSize)), at: 0)
        return function
    }

    static func align(_ value: Int, _ alignment: Int) -> Int { (value + alignment - 1) / alignment * alignment }
}
