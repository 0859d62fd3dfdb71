/// Prints CODE in `ocamldumpobj`'s layout (`print_instr` in `tools/dumpobj.ml`), so the
/// two can be compared line by line: `%8d  NAME operands`, globals by name (or the
/// constant they hold), primitives by name, branch targets as absolute word positions.
public struct Disassembler {
    /// The executable whose code is printed.
    public let executable: BytecodeExecutable
    private let values: ValuePrinter

    /// A printer for `executable`.
    public init(_ executable: BytecodeExecutable) {
        self.executable = executable
        values = ValuePrinter(executable.data)
    }

    /// The whole of CODE, one line per instruction (SWITCH takes one line per case too).
    /// With `locations`, each instruction that debug events (DBUG) point at is preceded by
    /// their `File "f", line l, characters a-b:` lines, as `ocamldumpobj` without `-noloc`.
    public func text(locations: Bool = false) -> String {
        var events: [Int: [BytecodeExecutable.SourceLocation]] = [:]
        if locations {
            for unit in executable.debugUnits {
                for location in unit.locations { events[location.position, default: []].append(location) }
            }
        }
        var out = ""
        for instruction in executable.code {
            // dumpobj keeps events in a Hashtbl; find_all lists the last one added first.
            for location in (events[instruction.position] ?? []).reversed() {
                out += "File \"\(location.file)\", line \(location.line), characters \(location.columns.lowerBound)-\(location.columns.upperBound):\n"
            }
            out += line(instruction) + "\n"
        }
        return out
    }

    /// One instruction, without the final newline.
    public func line(_ instruction: Instruction) -> String {
        let position = String(instruction.position)
        var out = String(repeating: " ", count: max(0, 8 - position.count)) + position + "  " + instruction.opcode.name
        if instruction.opcode.shape != .none { out += " " }
        out += operands(instruction.operands)
        return out
    }

    private func operands(_ operands: Operands) -> String {
        switch operands {
        case .none: return ""
        case .int(let value): return String(value)
        case .twoInts(let first, let second): return "\(first), \(second)"
        case .target(let target): return String(target)
        case .intTarget(let value, let target): return "\(value), \(target)"
        case .global(let slot): return global(slot)
        case .globalField(let slot, let field): return "\(global(slot)), \(field)"
        case .setGlobal(let slot): return executable.globalNames[slot] ?? "???"
        case .primitive(let index): return executable.primitives[index]
        case .countPrimitive(let count, let index): return "\(count), \(executable.primitives[index])"
        case .switchTable(let ints, let tags):
            let cases = ints.enumerated().map { "\n        int \($0.offset) -> \($0.element)" }
                + tags.enumerated().map { "\n        tag \($0.offset) -> \($0.element)" }
            return cases.joined()
        case .closureRec(let variables, let functions):
            return ([String(variables)] + functions.map(String.init)).joined(separator: ", ")
        case .publicMethod(let tag, _): return String(tag)
        }
    }

    /// A unit's name from SYMB, else the constant the slot holds.
    private func global(_ slot: Int) -> String {
        executable.globalNames[slot] ?? values.text(executable.globals[slot])
    }
}
