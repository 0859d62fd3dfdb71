import ELFKit
import XtensaISA

/// A section being assembled: bytes so far (or a size, for NOBITS) and its attributes.
struct SectionBuffer {
    var name: String
    var flags: SectionFlags
    var nobits: Bool
    var alignment: UInt32
    var bytes: [UInt8] = []
    var size = 0

    var isCode: Bool { flags.contains(.execute) }
}

/// An operand as parsed: a register or register-like number known at once, or an
/// expression evaluated when every label is placed.
enum OperandValue {
    case known(Int)
    case expression(Expression)
}

/// An instruction whose bytes are written once every label is known.
struct PendingInstruction {
    let section: Int
    let offset: Int
    let opcode: Opcode
    let operands: [OperandValue]
    let columns: [Int]
    let location: SourceLocation
}

/// A data item (`.long sym+4`, a literal) written once every label is known.
struct PendingData {
    let section: Int
    let offset: Int
    let width: Int
    let expression: Expression
    let here: Value
    let location: SourceLocation
}

/// What the assembler knows of a name.
struct SymbolEntry {
    /// Where the label is defined, if it is one.
    var label: (section: Int, offset: Int)?
    /// `.set`/`=`: the expression and the value of `.` where it was written.
    var assignment: (expression: Expression, here: Value)?
    var binding: Symbol.Binding?
    var type: Symbol.SymbolType = .none
    var size: (expression: Expression, here: Value, location: SourceLocation)?
    var firstUse: SourceLocation
    var defined: Bool { label != nil || assignment != nil }
}

/// The assembler's state while it reads a source, statement by statement.
struct AssemblerState {
    let path: String
    let profile: Profile
    var sections: [SectionBuffer] = []
    /// Index of each section by name: an OCaml program has a section per function (and one
    /// per literal pool), and a search by name per statement was quadratic.
    var sectionIndex: [String: Int] = [:]
    var current = 0
    var symbols: [String: SymbolEntry] = [:]
    /// Names in order of first appearance, so the symbol table is stable.
    var symbolOrder: [String] = []
    var instructions: [PendingInstruction] = []
    var data: [PendingData] = []
    var diagnostics: [Diagnostic] = []
    /// Definitions so far of each numeric local label (`1:`).
    var localLabelCounts: [Int: Int] = [:]
    var literalCount = 0
    var line = 0

    init(path: String, profile: Profile) {
        self.path = path
        self.profile = profile
        current = section(named: ".text", flags: nil, nobits: nil)
    }

    func location(_ column: Int) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }

    mutating func error(_ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(location: location(column), message: message))
    }

    /// The value of `.` now.
    var here: Value { Value(base: .section(current), offset: sections[current].size) }

    // MARK: Sections

    /// Index of the section called `name`, created with the usual flags for its name when new.
    mutating func section(named name: String, flags: SectionFlags?, nobits: Bool?) -> Int {
        if let index = sectionIndex[name] {
            if let flags { sections[index].flags = flags }
            return index
        }
        let defaults = Self.defaultAttributes(of: name)
        let finalFlags = flags ?? defaults.flags
        sections.append(SectionBuffer(name: name, flags: finalFlags, nobits: nobits ?? defaults.nobits,
                                      alignment: finalFlags.contains(.execute) ? 4 : 1))
        sectionIndex[name] = sections.count - 1
        return sections.count - 1
    }

    static func defaultAttributes(of name: String) -> (flags: SectionFlags, nobits: Bool) {
        func matches(_ prefix: String) -> Bool { name == prefix || name.hasPrefix(prefix + ".") }
        if matches(".text") || matches(".literal") || name.hasSuffix(".literal") { return ([.alloc, .execute], false) }
        if matches(".data") { return ([.alloc, .write], false) }
        if matches(".bss") { return ([.alloc, .write], true) }
        if matches(".rodata") { return ([.alloc], false) }
        return ([], false)
    }

    /// The literal section that belongs to the current section, as llvm-mc names it:
    /// `.text` → `.literal`, `.text.f` → `.literal.f`, anything else `S` → `S.literal`.
    mutating func literalSection() -> Int {
        let name = sections[current].name
        let literalName = name == ".text" ? ".literal"
            : name.hasPrefix(".text.") ? ".literal" + name.dropFirst(5) : name + ".literal"
        return section(named: literalName, flags: [.alloc, .execute], nobits: false)
    }

    /// Appends bytes to section `index` (the current one by default).
    mutating func emit(_ bytes: [UInt8], column: Int, in index: Int? = nil) {
        let index = index ?? current
        if sections[index].nobits {
            if bytes.contains(where: { $0 != 0 }) {
                error(column, "cannot put data in '\(sections[index].name)', which holds no bytes (NOBITS)")
            }
        } else {
            sections[index].bytes += bytes
        }
        sections[index].size += bytes.count
    }

    /// Pads the current section to a multiple of `alignment`: NOPs in code (as llvm-mc:
    /// 3-byte NOPs, then NOP.N for 2 bytes left or a zero byte for 1), `fill` elsewhere.
    mutating func align(to alignment: Int, fill: UInt8?, column: Int) {
        guard alignment > 1 else { return }
        guard alignment & (alignment - 1) == 0 else { return error(column, "alignment \(alignment) is not a power of 2") }
        let count = (alignment - sections[current].size % alignment) % alignment
        var padding: [UInt8]
        if sections[current].isCode && fill == nil {
            let nop = Encoder.bytes(of: Opcode.nop.definition.base, size: 3)
            padding = Array(repeating: nop, count: count / 3).flatMap { $0 }
            if count % 3 == 2 { padding += Encoder.bytes(of: Opcode.nopN.definition.base, size: 2) }
            if count % 3 == 1 { padding.append(0) }
        } else {
            padding = Array(repeating: fill ?? 0, count: count)
        }
        emit(padding, column: column)
        sections[current].alignment = max(sections[current].alignment, UInt32(alignment))
    }

    // MARK: Symbols

    /// Records a use of `name`, so it appears in the symbol table in order of first appearance.
    mutating func touch(_ name: String, column: Int) {
        if symbols[name] == nil {
            symbols[name] = SymbolEntry(firstUse: location(column))
            symbolOrder.append(name)
        }
    }

    mutating func defineLabel(_ name: String, column: Int) {
        touch(name, column: column)
        if symbols[name]!.defined {
            return error(column, "symbol '\(name)' is already defined (at \(symbols[name]!.firstUse))")
        }
        symbols[name]!.label = (current, sections[current].size)
        symbols[name]!.firstUse = location(column)
    }

    /// The internal name of numeric local label `n`: its next definition, or a reference.
    mutating func localLabel(_ n: Int, forward: Bool, defining: Bool = false) -> String {
        let count = localLabelCounts[n, default: 0]
        if defining { localLabelCounts[n] = count + 1 }
        let k = defining || forward ? count + 1 : count
        return ".Lkiln.local.\(n).\(k)"
    }
}
