/// Writes instructions in GNU `as` syntax, e.g. `l32i\ta2, a1, 8`.
public enum Printer {
    /// The text of `instruction`. `target` names PC-relative targets (a label, or an
    /// address); by default they are printed as 32-bit hexadecimal addresses.
    public static func format(_ instruction: Instruction, target: (Int) -> String = { "0x" + String(UInt32(truncatingIfNeeded: $0), radix: 16) }) -> String {
        let def = instruction.definition
        let operands = zip(def.operands, instruction.operands).map { operand, value -> String in
            switch operand.kind {
            case .register(let file): return file.rawValue + String(value)
            case .specialRegister:
                return SpecialRegisters.name(of: value, in: SpecialRegisters.special) ?? String(value)
            case .userRegister:
                return SpecialRegisters.name(of: value, in: SpecialRegisters.user) ?? String(value)
            case .immediate: return String(value)
            case .target: return target(value)
            }
        }
        return operands.isEmpty ? def.mnemonic : def.mnemonic + "\t" + operands.joined(separator: ", ")
    }
}
