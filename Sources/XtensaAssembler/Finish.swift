import ELFKit
import XtensaISA

/// What a relocation refers to before symbol indices exist.
private enum Target: Hashable {
    case section(Int)
    case named(String)
}

private struct PendingRelocation {
    let section: Int
    let offset: Int
    let type: RelocationType
    let target: Target
    let addend: Int
}

extension AssemblerState {
    // MARK: Symbol values

    /// The value of symbol `name`: a location for local labels, a symbolic value for global,
    /// weak and undefined ones (their references must stay relocatable).
    func value(of name: String, visiting: Set<String> = []) throws(ExpressionError) -> Value {
        guard let entry = symbols[name] else { return Value(base: .symbol(name), offset: 0) }
        if let (section, offset) = entry.label {
            return entry.binding == .global || entry.binding == .weak
                ? Value(base: .symbol(name), offset: 0) : Value(base: .section(section), offset: offset)
        }
        if let (expression, here) = entry.assignment {
            guard !visiting.contains(name) else { throw ExpressionError(message: "'\(name)' is defined in terms of itself") }
            let inner = visiting.union([name])
            return try expression.evaluate(here: here, symbol: { (n: String) throws(ExpressionError) in try self.value(of: n, visiting: inner) },
                                           locate: { self.locate($0) })
        }
        return Value(base: .symbol(name), offset: 0)
    }

    /// `value` as a section location when its symbol is a label defined here.
    func locate(_ value: Value) -> Value {
        guard case .symbol(let name) = value.base, let label = symbols[name]?.label else { return value }
        return Value(base: .section(label.section), offset: label.offset + value.offset)
    }

    func evaluate(_ expression: Expression, here: Value) throws(ExpressionError) -> Value {
        try expression.evaluate(here: here, symbol: { (n: String) throws(ExpressionError) in try self.value(of: n) },
                                locate: { self.locate($0) })
    }

    /// How a diagnostic names an internal label.
    func displayName(_ name: String) -> String {
        if name.hasPrefix(".Lkiln.local.") {
            return String(name.dropFirst(".Lkiln.local.".count).split(separator: ".").first ?? "")
        }
        return name
    }

    // MARK: Finishing

    /// Writes every pending instruction and data item, then builds the object.
    mutating func finish() -> ELFFile {
        for (name, entry) in symbols where !entry.defined && name.hasPrefix(".L") {
            diagnostics.append(Diagnostic(location: entry.firstUse, message: "undefined label '\(displayName(name))'"))
        }
        var relocations: [PendingRelocation] = []
        for item in data { writeData(item, into: &relocations) }
        for instruction in instructions { writeInstruction(instruction, into: &relocations) }
        return buildObject(relocations)
    }

    private mutating func report(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(location: location, message: message))
    }

    private mutating func writeData(_ item: PendingData, into relocations: inout [PendingRelocation]) {
        let value: Value
        do { value = try evaluate(item.expression, here: item.here) } catch { return report(item.location, error.message) }
        if let constant = value.constant {
            let bits = item.width * 8
            guard bits == 64 || (-(1 << (bits - 1))..<(1 << bits)).contains(constant) else {
                return report(item.location, "value \(constant) does not fit in \(item.width) byte\(item.width == 1 ? "" : "s")")
            }
            patch(item.section, at: item.offset, (0..<item.width).map { UInt8(truncatingIfNeeded: constant >> (8 * $0)) })
            return
        }
        guard item.width == 4 else {
            return report(item.location, "a \(item.width)-byte value cannot refer to a symbol; use .long")
        }
        relocations.append(PendingRelocation(section: item.section, offset: item.offset, type: .r32,
                                             target: target(of: value), addend: value.offset))
    }

    private mutating func writeInstruction(_ instruction: PendingInstruction, into relocations: inout [PendingRelocation]) {
        let def = instruction.opcode.definition
        let pc = instruction.offset
        let here = Value(base: .section(instruction.section), offset: pc)
        var fields: [UInt32] = []
        for (index, (operand, parsed)) in zip(def.operands, instruction.operands).enumerated() {
            let location = SourceLocation(file: path, line: instruction.location.line, column: instruction.columns[index])
            var number: Int
            switch parsed {
            case .known(let n): number = n
            case .expression(let expression):
                let value: Value
                do { value = try evaluate(expression, here: here) } catch { return report(location, error.message) }
                if case .target = operand.kind, value.base != .section(instruction.section) {
                    guard value.base != .absolute else {
                        return report(location, "expected a label, not the constant \(value.offset)")
                    }
                    // (Undefined `.L` labels are reported once, by `finish`.)
                    if case .symbol(let name) = value.base, symbols[name]?.defined != true, !name.hasPrefix(".L"),
                       ![.call0, .call4, .call8, .call12, .j, .l32r].contains(def.opcode) {
                        return report(location, "undefined label '\(displayName(name))'")
                    }
                    relocations.append(PendingRelocation(section: instruction.section, offset: pc, type: .slot0Op,
                                                         target: target(of: value), addend: value.offset))
                    fields.append(0)
                    continue
                }
                guard case .target = operand.kind else {
                    guard let constant = value.constant else { return report(location, "expected a constant") }
                    number = constant
                    break
                }
                number = value.offset
            }
            do {
                fields.append(try def.field(index, value: number, pc: pc))
            } catch {
                return report(location, error.description)
            }
        }
        patch(instruction.section, at: pc, Encoder.bytes(of: def.word(fields: fields), size: def.size))
    }

    private func target(of value: Value) -> Target {
        switch value.base {
        case .section(let s): .section(s)
        case .symbol(let name): .named(name)
        case .absolute: .section(0)
        }
    }

    private mutating func patch(_ section: Int, at offset: Int, _ bytes: [UInt8]) {
        guard !sections[section].nobits else { return }
        sections[section].bytes.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
    }

    // MARK: The object

    private mutating func buildObject(_ pending: [PendingRelocation]) -> ELFFile {
        var symbolTable: [Symbol] = []
        var indexOf: [Target: Int] = [:]
        // Section symbols, for the sections relocations refer to.
        // Ordered by their text (`section(10)` before `section(2)`), made once per section:
        // describing every named target in every comparison was most of an OCaml object's time.
        let sectionTargets = Set(pending.compactMap { if case .section(let s) = $0.target { s } else { nil } })
        for s in sectionTargets.map({ (key: "\(Target.section($0))", section: $0) }).sorted(by: { $0.key < $1.key }).map(\.section) {
            indexOf[.section(s)] = symbolTable.count
            symbolTable.append(Symbol(name: "", type: .section, definition: .section(s)))
        }
        for name in symbolOrder where !name.hasPrefix(".L") {
            let entry = symbols[name]!
            var symbol = Symbol(name: name, binding: entry.binding ?? .local, type: entry.type, definition: .undefined)
            if let (section, offset) = entry.label {
                symbol.definition = .section(section)
                symbol.value = UInt32(truncatingIfNeeded: offset)
            } else if entry.assignment != nil {
                guard let value = try? value(of: name) else {
                    report(entry.firstUse, "cannot evaluate '\(name)'")
                    continue
                }
                switch locate(value).base {
                case .absolute: symbol.definition = .absolute
                case .section(let s): symbol.definition = .section(s)
                case .symbol: report(entry.firstUse, "'\(name)' cannot be set to an undefined symbol"); continue
                }
                symbol.value = UInt32(truncatingIfNeeded: locate(value).offset)
            } else if symbol.binding == .local {
                symbol.binding = .global
            }
            if let (expression, here, location) = entry.size {
                if let size = (try? evaluate(expression, here: here))?.constant {
                    symbol.size = UInt32(truncatingIfNeeded: size)
                } else {
                    report(location, "'.size' of '\(name)' must be a constant")
                }
            }
            indexOf[.named(name)] = symbolTable.count
            symbolTable.append(symbol)
        }
        var result = sections.map { buffer in
            Section(name: buffer.name, kind: buffer.nobits ? .nobits(size: UInt32(buffer.size)) : .progbits,
                    flags: buffer.flags, alignment: buffer.alignment, data: buffer.bytes)
        }
        for relocation in pending.sorted(by: { ($0.section, $0.offset) < ($1.section, $1.offset) }) {
            // Only undefined `.L` labels have no entry, and they were reported already.
            guard let symbol = indexOf[relocation.target] else { continue }
            result[relocation.section].relocations.append(Relocation(
                offset: UInt32(relocation.offset), type: relocation.type, symbol: symbol,
                addend: Int32(truncatingIfNeeded: relocation.addend)))
        }
        return ELFFile(kind: .relocatable, sections: result, symbols: symbolTable)
    }
}
