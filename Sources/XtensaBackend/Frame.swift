import XtensaISA

/// Frame lowering for the windowed ABI: lays out the frame objects, inserts ENTRY with the
/// exact frame size, and turns frame operands into SP offsets.
///
/// Layout, from SP upwards: outgoing arguments, spill slots (up to
/// `FrameObject.spillArea` bytes), the allocas (each at its alignment), the spill slots
/// beyond the spill area (reached with ADDMI), then, at the top of the frame, 16 bytes for the callee's save area of
/// this function's a4–a7 when it calls (CALL8), and the 16-byte base save area the window
/// overflow handlers use. There is no frame pointer: every object is addressed from SP.
enum Frame {
    static func run(_ input: MachineFunction) throws(BackendError) -> MachineFunction {
        var function = input
        // Spill slots first, nearest SP, as many as the spill area holds (selection counts on
        // the allocas starting no higher); then the allocas, in order, from an offset aligned
        // for all of them (selection computed their offsets the same way); then the spill
        // slots that did not fit, which far stores and loads reach through ADDMI.
        var offsets = [Int](repeating: 0, count: function.frameObjects.count)
        let spillBytes = function.frameObjects.filter(\.isSpillSlot).reduce(0) { $0 + $1.size }
        // A far store has no free register for its address: it borrows a0 (the return
        // address), which it saves in this word, nearest SP, for the three instructions.
        let a0Save: Int? = spillBytes > FrameObject.spillArea ? function.outgoingArgumentSize : nil
        var size = function.outgoingArgumentSize + (a0Save == nil ? 0 : 4)
        var far: [Int] = []
        for (i, object) in function.frameObjects.enumerated() where object.isSpillSlot {
            guard size + object.size - function.outgoingArgumentSize <= FrameObject.spillArea else {
                far.append(i)
                continue
            }
            offsets[i] = size
            size += object.size
        }
        size = align(size, 16)
        var local = 0
        for (i, object) in function.frameObjects.enumerated() where !object.isSpillSlot {
            local = align(local, object.alignment)
            offsets[i] = size + local
            local += object.size
        }
        for i in far {
            local = align(local, function.frameObjects[i].alignment)
            offsets[i] = size + local
            local += function.frameObjects[i].size
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
                guard case .isa(let opcode) = instruction.opcode else {
                    throw error("a frame offset of \(offset) is out of reach of \(instruction.opcode)")
                }
                var resolved = instruction
                resolved.operands[f] = .immediate(offset)
                if opcode.accepts(offset, at: f) {
                    lowered.append(resolved)
                    continue
                }
                // A far load or store: ADDMI adds the offset's multiple of 256 to SP, the
                // access takes the rest. A load's destination holds the address; a store
                // borrows a0.
                let high = offset & ~255, low = offset - high
                guard f == 2, instruction.operands[1] == .register(.sp), Opcode.addmi.accepts(high, at: 2),
                      opcode.accepts(low, at: 2), let value = instruction.operands[0].register
                else {
                    throw error("a frame offset of \(offset) is out of reach of \(instruction.opcode)")
                }
                let scratch: Register
                if Self.farLoads.contains(opcode) {
                    scratch = value
                } else if Self.farStores.contains(opcode), let a0Save {
                    scratch = .physical(0)
                    lowered.append(MachineInstruction(.s32i, .register(scratch), .register(.sp), .immediate(a0Save)))
                } else {
                    throw error("a frame offset of \(offset) is out of reach of \(instruction.opcode)")
                }
                lowered.append(MachineInstruction(.addmi, .register(scratch), .register(.sp), .immediate(high)))
                resolved.operands[1] = .register(scratch)
                resolved.operands[2] = .immediate(low)
                lowered.append(resolved)
                if scratch == .physical(0), let a0Save {
                    lowered.append(MachineInstruction(.l32i, .register(scratch), .register(.sp), .immediate(a0Save)))
                }
            }
            function.blocks[b].instructions = lowered
        }
        guard Opcode.entry.accepts(frameSize, at: 1) else { throw error("frames larger than ENTRY reaches (32760 bytes) need MOVSP, not supported yet") }
        function.blocks[0].instructions.insert(MachineInstruction(.entry, .register(.sp), .immediate(frameSize)), at: 0)
        return function
    }

    /// Loads that can compute a far address in their destination register.
    static let farLoads: Set<Opcode> = [.l32i, .l16ui, .l16si, .l8ui]
    /// Stores that reach a far address through a0.
    static let farStores: Set<Opcode> = [.s32i, .s16i, .s8i]

    static func align(_ value: Int, _ alignment: Int) -> Int { (value + alignment - 1) / alignment * alignment }
}
