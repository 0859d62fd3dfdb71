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
        guard accepts(opcode, operandCount: parts.count, column: column) else { return }
        var values: [OperandValue] = []
        for (index, operand) in opcode.definition.operands.enumerated() {
            guard let value = operandValue(operand.kind, parts[index], column: columns[index]) else { return }
            values.append(value)
        }
        instruction(opcode, values, columns: columns, column: column)
    }

    /// Whether `profile` has `opcode` and it is given as many operands as it takes; reports why not.
    mutating func accepts(_ opcode: Opcode, operandCount: Int, column: Int) -> Bool {
        let def = opcode.definition
        if let missing = def.missingFeature(in: profile) {
            error(column, EncodingError.missingFeature(opcode, missing, profile: profile.name).description)
            return false
        }
        guard operandCount == def.operands.count else {
            error(column, "'\(def.mnemonic)' takes \(def.operands.count) operand\(def.operands.count == 1 ? "" : "s"), not \(operandCount)")
            return false
        }
        return true
    }

    /// Assembles an instruction whose operands are parsed (from text or from a `Statement`):
    /// MOVI of what it cannot hold becomes L32R of a literal; an instruction whose operands
    /// are all known is encoded now, the others once every label is placed (`finish`).
    /// `columns` are the operands' columns, or empty when every operand is at `column`.
    mutating func instruction(_ opcode: Opcode, _ values: [OperandValue], columns given: [Int], column: Int) {
        func columnOf(_ index: Int) -> Int { given.isEmpty ? column : given[index] }
        if opcode == .movi, case .expression(let value) = values[1], !fitsMovi(value) {
            // Symbolic, or beyond MOVI's 12 bits: load the value from a literal instead.
            let label = literal(value, column: columnOf(1))
            return instruction(.l32r, [values[0], .expression(.symbol(label))], columns: given, column: column)
        }
        let def = opcode.definition
        let pc = sections[current].size
        var word = def.base
        for (index, value) in values.enumerated() {
            guard case .known(let number) = value else {
                instructions.append(PendingInstruction(section: current, offset: pc, opcode: opcode,
                                                       operands: values, columns: given.isEmpty ? Array(repeating: column, count: values.count) : given,
                                                       location: location(column)))
                return emit(Array(repeating: 0, count: def.size), column: column)
            }
            do {
                word = def.operands[index].placement.insert(try def.field(index, value: number, pc: pc), into: word)
            } catch {
                self.error(columnOf(index), error.description)
                return emit(Array(repeating: 0, count: def.size), column: column)
            }
        }
        emit(Encoder.bytes(of: word, size: def.size), column: column)
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
