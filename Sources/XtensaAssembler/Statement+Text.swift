import XtensaISA

extension Statement {
    /// The statements as GNU assembly, one per line, ending in a newline: what
    /// `Assembler.assemble(source:path:profile:)` and `llvm-mc-22 -triple=xtensa` read back
    /// to the same object.
    public static func listing(_ statements: [Statement]) -> String {
        var text = ""
        for statement in statements {
            text += statement.text
            text += "\n"
        }
        return text
    }

    /// The statement's line of GNU assembly.
    public var text: String {
        switch self {
        case .blank: ""
        case .comment(let note): "\t# " + note
        case .section(let name): "\t" + name
        case let .namedSection(name, flags, type): "\t.section\t\(name),\"\(flags)\",@\(type)"
        case let .literal(label, value): "\t.literal\t\(label), \(value.text)"
        case .global(let name): "\t.global\t" + name
        case let .type(name, isFunction): "\t.type\t\(name), @\(isFunction ? "function" : "object")"
        case .p2align(let n): "\t.p2align\t\(n)"
        case .label(let name): name + ":"
        case let .instruction(opcode, operands):
            operands.isEmpty ? "\t" + opcode.mnemonic
                : "\t\(opcode.mnemonic)\t" + operands.enumerated().map { i, operand in
                    // A register prints with its file's prefix (`a2`, `f0`, `b1`).
                    if case .register(let n) = operand, i < opcode.definition.operands.count,
                       case .register(let file) = opcode.definition.operands[i].kind { return file.rawValue + String(n) }
                    return operand.text
                }.joined(separator: ", ")
        case .sizeToHere(let name): "\t.size\t\(name), .-\(name)"
        case let .size(name, n): "\t.size\t\(name), \(n)"
        case .bytes(let bytes): "\t.byte\t" + bytes.map { String($0) }.joined(separator: ", ")
        case .long(let value): "\t.long\t" + value.text
        case .space(let n): "\t.space\t\(n)"
        }
    }
}

extension AssemblyOperand {
    /// The operand as written in assembly (a register without its file: see `Statement.text`).
    public var text: String {
        switch self {
        case .register(let n): "a" + String(n)
        case .number(let n): String(n)
        case let .symbol(name, addend): addend == 0 ? name : "\(name)\(addend > 0 ? "+" : "")\(addend)"
        }
    }
}
