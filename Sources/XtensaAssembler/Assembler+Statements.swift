import ELFKit
import XtensaISA

extension Assembler {
    /// Assembles structured statements (what the back end emits) for `profile`: the same
    /// assembler state, tables and object as assembling `Statement.listing(statements)`,
    /// without making and reading the text. Diagnostics give the statement's line in that
    /// listing; `path` names it.
    public static func assemble(_ statements: [Statement], path: String, profile: Profile) throws(AssemblyError) -> ELFFile {
        var state = AssemblerState(path: path, profile: profile)
        for (number, statement) in statements.enumerated() {
            state.line = number + 1
            state.statement(statement)
        }
        let object = state.finish()
        if !state.diagnostics.isEmpty { throw AssemblyError(diagnostics: state.diagnostics) }
        return object
    }
}

extension AssemblerState {
    /// Handles one statement as the text path handles its line: symbols are noted in the
    /// same order (the symbol table's), directives go through the same helpers.
    mutating func statement(_ statement: Statement) {
        let column = 1
        switch statement {
        case .blank, .comment:
            break
        case .section(let name):
            current = section(named: name, flags: nil, nobits: nil)
        case let .namedSection(name, flagText, type):
            guard let flags = sectionFlags(flagText.utf8, column: column),
                  let nobits = sectionIsNobits(type, column: column) else { return }
            current = section(named: name, flags: flags, nobits: nobits)
        case let .literal(label, value):
            let expression = value.expression
            noteSymbols(in: expression, column: column)
            _ = literal(expression, label: label, column: column)
        case .global(let name):
            touch(name, column: column)
            symbols[name]!.binding = .global
        case let .type(name, isFunction):
            touch(name, column: column)
            symbols[name]!.type = isFunction ? .function : .object
        case .p2align(let n):
            align(to: 1 << n, fill: nil, column: column)
        case .label(let name):
            defineLabel(name, column: column)
        case let .instruction(opcode, operands):
            instruction(opcode, operands)
        case .sizeToHere(let name):
            size(name, .binary("-", .here, .symbol(name)))
        case let .size(name, n):
            size(name, .number(n))
        case .bytes(let bytes):
            emit(bytes, column: column)
        case .long(let value):
            let expression = value.expression
            noteSymbols(in: expression, column: column)
            data.append(PendingData(section: current, offset: sections[current].size, width: 4,
                                    expression: expression, here: here, location: location(column)))
            emit([0, 0, 0, 0], column: column)
        case .space(let n):
            emit(Array(repeating: 0, count: n), column: column)
        }
    }

    private mutating func size(_ name: String, _ expression: Expression) {
        noteSymbols(in: expression, column: 1)
        touch(name, column: 1)
        symbols[name]!.size = (expression, here, location(1))
    }

    /// An instruction statement: registers and constants are known now, symbols are
    /// expressions (so is MOVI's operand, so that it can become a literal, and a constant
    /// target, which is refused as in text).
    private mutating func instruction(_ opcode: Opcode, _ operands: [AssemblyOperand]) {
        guard accepts(opcode, operandCount: operands.count, column: 1) else { return }
        let definition = opcode.definition
        var values: [OperandValue] = []
        values.reserveCapacity(operands.count)
        for (index, operand) in operands.enumerated() {
            switch (definition.operands[index].kind, operand) {
            case (.register(let file), .register(let n)):
                guard (0...15).contains(n) else {
                    return error(1, "expected \(file.rawValue) register (\(file.rawValue)0...\(file.rawValue)15)")
                }
                values.append(.known(n))
            case (.register(let file), _):
                return error(1, "expected \(file.rawValue) register (\(file.rawValue)0...\(file.rawValue)15)")
            case (.immediate, .number(let n)) where opcode != .movi, (.specialRegister, .number(let n)), (.userRegister, .number(let n)):
                values.append(.known(n))
            default:
                let expression = operand.expression
                noteSymbols(in: expression, column: 1)
                values.append(.expression(expression))
            }
        }
        instruction(opcode, values, columns: [], column: 1)
    }
}
