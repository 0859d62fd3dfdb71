import XtensaISA

/// Prints allocated, frame-lowered Machine IR as GNU assembly: the listing, and the input
/// of `Assembler.assemble`, which owns encoding (one encoder, the instruction table's).
/// The text is in the dialect both `kiln as` and `llvm-mc-22 -triple=xtensa` accept.
enum Emit {
    /// With `functionSections`, every function and global gets a section of its own
    /// (`.text.NAME`, whose literals the assembler puts in `.literal.NAME`; `.rodata.NAME`,
    /// `.data.NAME`, `.bss.NAME`), as `-ffunction-sections -fdata-sections` do, so that the
    /// linker's garbage collection can drop what a program does not use (the runtime).
    static func module(_ module: MachineModule, functionSections: Bool = false) -> String {
        var lines: [String] = []
        for (index, function) in module.functions.enumerated() {
            lines += self.function(function, index: index, ownSection: functionSections)
        }
        for data in module.data { lines += self.data(data, ownSection: functionSections) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func function(_ function: MachineFunction, index: Int, ownSection: Bool = false) -> [String] {
        func blockLabel(_ id: Int) -> String { ".LBB\(index)_\(id)" }
        func literalLabel(_ n: Int) -> String { ".LCPI\(index)_\(n)" }
        func tableLabel(_ n: Int) -> String { ".LJTI\(index)_\(n)" }
        var lines = ["", ownSection ? "\t.section\t.text.\(function.name),\"ax\",@progbits" : "\t.text"]
        for (n, literal) in function.literals.enumerated() {
            let value = if case .jumpTable(let t) = literal { tableLabel(t) } else { operandText(literal, blockLabel, literalLabel) }
            lines.append("\t.literal\t\(literalLabel(n)), \(value)")
        }
        if function.isGlobal { lines.append("\t.global\t\(function.name)") }
        lines += ["\t.type\t\(function.name), @function", "\t.p2align\t2", "\(function.name):"]
        // Only blocks something branches to need a label.
        let targets = Set(function.blocks.flatMap { $0.successors })
        var location: String?
        for block in function.blocks {
            if targets.contains(block.id) { lines.append("\(blockLabel(block.id)):") }
            for instruction in block.instructions {
                if let here = instruction.location, here != location {
                    lines.append("\t# \(here)")
                    location = here
                }
                // A `jx` through a jump table carries the table as extra operands; print only its register.
                let printed = if case .isa(let op) = instruction.opcode { instruction.operands.prefix(op.definition.operands.count) }
                    else { instruction.operands[...] }
                let operands = printed.map { operandText($0, blockLabel, literalLabel) }
                let mnemonic = instruction.opcode.description
                lines.append("\t\(mnemonic)" + (operands.isEmpty ? "" : "\t" + operands.joined(separator: ", ")))
            }
        }
        lines.append("\t.size\t\(function.name), .-\(function.name)")
        for block in function.blocks {
            for instruction in block.instructions {
                guard instruction.operands.count > 1, case .jumpTable(let t) = instruction.operands[1] else { continue }
                let section = ownSection ? ".rodata.\(function.name)" : ".rodata"
                lines += ["\t.section\t\(section),\"a\",@progbits", "\t.p2align\t2", "\(tableLabel(t)):"]
                lines += instruction.targets.map { "\t.long\t\(blockLabel($0))" }
            }
        }
        return lines
    }

    static func operandText(_ operand: MachineOperand, _ block: (Int) -> String, _ literal: (Int) -> String) -> String {
        switch operand {
        case .block(let id): block(id)
        case .literal(let n): literal(n)
        default: operand.description
        }
    }

    static func data(_ data: MachineData, ownSection: Bool = false) -> [String] {
        var lines = [""]
        let suffix = ownSection ? "." + data.name : ""
        if data.isZero && !data.isConstant {
            lines.append(ownSection ? "\t.section\t.bss\(suffix),\"aw\",@nobits" : "\t.bss")
        } else if data.isConstant {
            lines.append("\t.section\t.rodata\(suffix),\"a\",@progbits")
        } else {
            lines.append(ownSection ? "\t.section\t.data\(suffix),\"aw\",@progbits" : "\t.data")
        }
        if data.isGlobal { lines.append("\t.global\t\(data.name)") }
        lines += ["\t.type\t\(data.name), @object", "\t.p2align\t\(data.alignment.trailingZeroBitCount)", "\(data.name):"]
        if data.isZero {
            if !data.bytes.isEmpty { lines.append("\t.space\t\(data.bytes.count)") }
        } else {
            let relocated = Dictionary(uniqueKeysWithValues: data.relocations.map { ($0.offset, ($0.symbol, $0.addend)) })
            var offset = 0
            var pending: [UInt8] = []
            func flush() {
                if !pending.isEmpty { lines.append("\t.byte\t" + pending.map(String.init).joined(separator: ", ")) }
                pending = []
            }
            while offset < data.bytes.count {
                if let (symbol, addend) = relocated[offset] {
                    flush()
                    lines.append("\t.long\t" + MachineOperand.symbol(symbol, addend: addend).description)
                    offset += 4
                } else {
                    pending.append(data.bytes[offset])
                    if pending.count == 16 { flush() }
                    offset += 1
                }
            }
            flush()
        }
        lines.append("\t.size\t\(data.name), \(data.bytes.count)")
        return lines
    }
}
