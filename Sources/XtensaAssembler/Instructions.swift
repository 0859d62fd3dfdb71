import XtensaISA

extension AssemblerState {
    /// Assembles one instruction statement: checks the mnemonic, the profile and the operand
    /// shapes now, reserves its bytes, and leaves values that need labels for `finish`.
    mutating func instruction(_ mnemonic: String, _ tokens: [Token], column: Int) {
        var parts = operands(tokens)
        var opcode: Opcode
        switch mnemonic.lowercased() {
        case "mov":
            // GNU alias: mov ar, as = or ar, as, as.
            opcode = .or
            if parts.count == 2 { parts.append(parts[1]) }
        default:
            guard let op = Opcode(mnemonic: mnemonic) else { return error(column, "unknown instruction '\(mnemonic)'") }
            opcode = op
        }
        let columns = parts.map { $0.first?.column ?? column }
        let def = opcode.definition
        if let missing = def.missingFeature(in: profile) {
            return error(column, EncodingError.missingFeature(opcode, missing, profile: profile.name).description)
        }
        guard parts.count == def.operands.count else {
            return error(column, "'\(def.mnemonic)' takes \(def.operands.count) operand\(def.operands.count == 1 ? "" : "s"), not \(parts.count)")
        }
        if opcode == .movi {
            guard let value = expression(parts[1], after: columns[1]) else { return }
            if !fitsMovi(value) {
                // Symbolic, or beyond MOVI's 12 bits: load the value from a literal instead.
                let label = literal(value, column: columns[1])
                return instruction("l32r", parts[0] + [Token(kind: .punctuation(","), column: columns[1]),
                                                       Token(kind: .identifier(label), column: columns[1])], column: column)
            }
        }
        var values: [OperandValue] = []
        for (index, operand) in def.operands.enumerated() {
            guard let value = operandValue(operand.kind, parts[index], column: columns[index]) else { return }
            values.append(value)
        }
        instructions.append(PendingInstruction(section: current, offset: sections[current].size, opcode: opcode,
                                               operands: values, columns: columns, location: location(column)))
        emit(Array(repeating: 0, count: def.size), column: column)
    }

    /// Whether MOVI itself can load `value`: a constant already known here (as GNU as
    /// decides; llvm-mc would use a literal for any symbol, even one set to 4) within
    /// −2048…2047. Labels and symbols defined later need a literal.
    func fitsMovi(_ value: Expression) -> Bool {
        guard let constant = (try? evaluate(value, here: here))?.constant else { return false }
        return (-2048...2047).contains(constant)
    }

    /// Places a 4-byte literal in the current section's literal section; returns its label.
    mutating func literal(_ value: Expression, label: String? = nil, column: Int) -> String {
        let name = label ?? ".Lkiln.literal.\(literalCount)"
        if label == nil { literalCount += 1 }
        let saved = current
        current = literalSection()
        align(to: 4, fill: 0, column: column)
        defineLabel(name, column: column)
        data.append(PendingData(section: current, offset: sections[current].size, width: 4, expression: value,
                                here: here, location: location(column)))
        emit([0, 0, 0, 0], column: column)
        current = saved
        return name
    }

    /// Parses one operand for its kind: registers and register names now, everything else
    /// as an expression for later.
    mutating func operandValue(_ kind: OperandKind, _ tokens: [Token], column: Int) -> OperandValue? {
        switch kind {
        case .register(let file):
            if tokens.count == 1, case .identifier(let name) = tokens[0].kind, let n = Self.register(name, in: file) {
                return .known(n)
            }
            error(column, "expected \(file.rawValue) register (\(file.rawValue)0...\(file.rawValue)15)")
            return nil
        case .specialRegister, .userRegister:
            let table = kind == .specialRegister ? SpecialRegisters.special : SpecialRegisters.user
            if tokens.count == 1, case .identifier(let name) = tokens[0].kind {
                if let n = table.first(where: { $0.name == name.lowercased() })?.number { return .known(n) }
                error(column, "unknown \(kind == .specialRegister ? "special" : "user") register '\(name)'")
                return nil
            }
            return expression(tokens, after: column).map(OperandValue.expression)
        case .immediate, .target:
            return expression(tokens, after: column).map(OperandValue.expression)
        }
    }

    /// The number of register `name` of a register file (`sp` is a1).
    static func register(_ name: String, in file: RegisterClass) -> Int? {
        let lower = name.lowercased()
        if file == .ar, lower == "sp" { return 1 }
        guard lower.hasPrefix(file.rawValue), let n = Int(lower.dropFirst()), (0...15).contains(n),
              String(n) == lower.dropFirst() else { return nil }
        return n
    }
}
