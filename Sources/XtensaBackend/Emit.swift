import XtensaAssembler
import XtensaISA

/// Turns allocated, frame-lowered Machine IR into assembly statements: the input of
/// `Assembler.assemble(_:path:profile:)`, which owns encoding (one encoder, the instruction
/// table's), and, printed by `Statement.listing`, the listing (GNU assembly in the dialect
/// both `kiln as` and `llvm-mc-22 -triple=xtensa` accept, assembling to the same object).
enum Emit {
    /// With `functionSections`, every function and global gets a section of its own
    /// (`.text.NAME`, whose literals the assembler puts in `.literal.NAME`; `.rodata.NAME`,
    /// `.data.NAME`, `.bss.NAME`), as `-ffunction-sections -fdata-sections` do, so that the
    /// linker's garbage collection can drop what a program does not use (the runtime).
    static func module(_ module: MachineModule, functionSections: Bool = false) throws(BackendError) -> [Statement] {
        var statements: [Statement] = []
        for (index, function) in module.functions.enumerated() {
            try self.function(function, index: index, ownSection: functionSections, into: &statements)
        }
        for data in module.data { self.data(data, ownSection: functionSections, into: &statements) }
        return statements
    }

    static func function(_ function: MachineFunction, index: Int, ownSection: Bool = false,
                         into statements: inout [Statement]) throws(BackendError) {
        func blockLabel(_ id: Int) -> String { ".LBB\(index)_\(id)" }
        func literalLabel(_ n: Int) -> String { ".LCPI\(index)_\(n)" }
        func tableLabel(_ n: Int) -> String { ".LJTI\(index)_\(n)" }
        func operand(_ operand: MachineOperand) -> AssemblyOperand {
            switch operand {
            case .register(.physical(let n)): .register(n)
            case .immediate(let n): .number(n)
            case .block(let id): .symbol(blockLabel(id), addend: 0)
            case .literal(let n): .symbol(literalLabel(n), addend: 0)
            case .jumpTable(let t): .symbol(tableLabel(t), addend: 0)
            case let .symbol(name, addend): .symbol(name, addend: addend)
            // Left for frame lowering; the assembler refuses it by name (an internal error).
            default: .symbol(operand.description, addend: 0)
            }
        }
        statements.append(.blank)
        statements.append(ownSection ? .namedSection(".text.\(function.name)", flags: "ax", type: "progbits") : .section(".text"))
        for (n, literal) in function.literals.enumerated() {
            statements.append(.literal(label: literalLabel(n), value: operand(literal)))
        }
        if function.isGlobal { statements.append(.global(function.name)) }
        statements += [.type(function.name, isFunction: true), .p2align(2), .label(function.name)]
        // Only blocks something branches to need a label.
        var targets = Set<Int>()
        for block in function.blocks {
            for instruction in block.instructions {
                for case .block(let id) in instruction.operands { targets.insert(id) }
            }
        }
        var location: String?
        var jumps: [MachineInstruction] = []
        for block in function.blocks {
            if targets.contains(block.id) { statements.append(.label(blockLabel(block.id))) }
            for instruction in block.instructions {
                if let here = instruction.location, here != location {
                    statements.append(.comment(here))
                    location = here
                }
                guard case .isa(let op) = instruction.opcode else {
                    // Earlier passes expand every pseudo instruction; one left over is a back-end bug.
                    throw .internalAssembly("\(function.name): pseudo instruction left at emission: \(instruction)")
                }
                // A `jx` through a jump table carries the table as extra operands; only its register is printed.
                let count = op.definition.operands.count
                statements.append(.instruction(op, instruction.operands.count > count ? instruction.operands[..<count].map(operand)
                                                                                      : instruction.operands.map(operand)))
                if instruction.operands.count > 1, case .jumpTable = instruction.operands[1] { jumps.append(instruction) }
            }
        }
        statements.append(.sizeToHere(function.name))
        for instruction in jumps {
            guard case .jumpTable(let t) = instruction.operands[1] else { continue }
            statements.append(ownSection ? .namedSection(".rodata.\(function.name)", flags: "a", type: "progbits")
                                         : .namedSection(".rodata", flags: "a", type: "progbits"))
            statements += [.p2align(2), .label(tableLabel(t))]
            statements += instruction.targets.map { .long(.symbol(blockLabel($0), addend: 0)) }
        }
    }

    static func data(_ data: MachineData, ownSection: Bool = false, into statements: inout [Statement]) {
        statements.append(.blank)
        let suffix = ownSection ? "." + data.name : ""
        if data.isZero && !data.isConstant {
            statements.append(ownSection ? .namedSection(".bss\(suffix)", flags: "aw", type: "nobits") : .section(".bss"))
        } else if data.isConstant {
            statements.append(.namedSection(".rodata\(suffix)", flags: "a", type: "progbits"))
        } else {
            statements.append(ownSection ? .namedSection(".data\(suffix)", flags: "aw", type: "progbits") : .section(".data"))
        }
        if data.isGlobal { statements.append(.global(data.name)) }
        statements += [.type(data.name, isFunction: false), .p2align(data.alignment.trailingZeroBitCount), .label(data.name)]
        if data.isZero {
            if !data.bytes.isEmpty { statements.append(.space(data.bytes.count)) }
        } else {
            let relocated = Dictionary(uniqueKeysWithValues: data.relocations.map { ($0.offset, ($0.symbol, $0.addend)) })
            var offset = 0
            var pending: [UInt8] = []
            func flush() {
                if !pending.isEmpty { statements.append(.bytes(pending)) }
                pending = []
            }
            while offset < data.bytes.count {
                if let (symbol, addend) = relocated[offset] {
                    flush()
                    statements.append(.long(.symbol(symbol, addend: addend)))
                    offset += 4
                } else {
                    pending.append(data.bytes[offset])
                    if pending.count == 16 { flush() }
                    offset += 1
                }
            }
            flush()
        }
        statements.append(.size(data.name, data.bytes.count))
    }
}
