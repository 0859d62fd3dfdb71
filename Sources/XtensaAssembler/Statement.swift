import XtensaISA

/// One assembly statement in structured form: what a compiler emits, before it is text.
///
/// Kiln's back end produces these and hands them straight to `Assembler.assemble(_:path:profile:)`,
/// which feeds them to the same assembler state the text path uses (sections, literals,
/// labels, relocations, the one instruction table), so the object is byte for byte the one
/// their text (`Statement.listing`) assembles to — without printing and re-parsing it. The
/// text is made only when a listing is asked for.
public enum Statement: Sendable, Equatable {
    /// An empty line: only the listing shows it.
    case blank
    /// `# text`: only the listing shows it.
    case comment(String)
    /// `.text`, `.data` or `.bss`.
    case section(String)
    /// `.section name,"flags",@type` (`flags` from `awxMS`, `type` `progbits` or `nobits`).
    case namedSection(String, flags: String, type: String)
    /// `.literal label, value`: a 4-byte literal in the current section's literal section.
    case literal(label: String, value: AssemblyOperand)
    /// `.global name`.
    case global(String)
    /// `.type name, @function` or `@object`.
    case type(String, isFunction: Bool)
    /// `.p2align n`: alignment to 2^n bytes.
    case p2align(Int)
    /// `name:`.
    case label(String)
    /// An instruction with its operands in assembly order.
    case instruction(Opcode, [AssemblyOperand])
    /// `.size name, .-name`: the symbol's size is the distance from it to here.
    case sizeToHere(String)
    /// `.size name, n`.
    case size(String, Int)
    /// `.byte b, …`.
    case bytes([UInt8])
    /// `.long value`.
    case long(AssemblyOperand)
    /// `.space n`: n zero bytes.
    case space(Int)
}

/// An operand of a `Statement`.
public enum AssemblyOperand: Sendable, Equatable {
    /// Register number n of the register file the instruction's operand names (`a2`).
    case register(Int)
    /// A constant.
    case number(Int)
    /// A symbol or label plus an addend (`name`, `name+4`, `name-4`).
    case symbol(String, addend: Int)

    /// The operand as an assembler expression (registers are not expressions).
    var expression: Expression {
        switch self {
        case .register(let n), .number(let n): .number(n)
        case .symbol(let name, let addend) where addend == 0: .symbol(name)
        case .symbol(let name, let addend): .binary(addend > 0 ? "+" : "-", .symbol(name), .number(addend > 0 ? addend : 0 &- addend))
        }
    }
}
