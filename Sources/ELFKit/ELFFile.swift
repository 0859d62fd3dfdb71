/// A plain model of an ELF32 little-endian Xtensa file: what the assembler and back end
/// produce, what the linker reads and writes. `ELFWriter` and `ELFReader` convert it to
/// and from bytes through libelf; nothing here knows about the file layout.
public struct ELFFile: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A relocatable object (`ET_REL`).
        case relocatable
        /// An executable (`ET_EXEC`) starting at `entry`.
        case executable(entry: UInt32)
    }

    public var kind: Kind
    /// Sections in file order, without the null section, the symbol and string tables and
    /// the `.rela.*` sections: those are derived from `symbols` and each section's `relocations`.
    public var sections: [Section]
    /// Symbols without the null symbol. Section symbols are listed explicitly when wanted.
    /// The writer orders locals before globals, as ELF requires.
    public var symbols: [Symbol]
    /// Program headers (executables only).
    public var segments: [Segment]

    public init(kind: Kind = .relocatable, sections: [Section] = [], symbols: [Symbol] = [], segments: [Segment] = []) {
        self.kind = kind
        self.sections = sections
        self.symbols = symbols
        self.segments = segments
    }

    /// Index into `sections` of the section named `name`.
    public func sectionIndex(named name: String) -> Int? { sections.firstIndex { $0.name == name } }
}

/// One section with its contents and relocations.
public struct Section: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// SHT_PROGBITS: bytes in the file.
        case progbits
        /// SHT_NOBITS (`.bss`): `size` bytes of zeros, nothing in the file.
        case nobits(size: UInt32)
        /// Any other section type, kept as raw bytes (e.g. SHT_XTENSA_ATTRIBUTES, notes).
        case other(type: UInt32)
    }

    public var name: String
    public var kind: Kind
    public var flags: SectionFlags
    /// Load address (0 in relocatable objects).
    public var address: UInt32
    public var alignment: UInt32
    public var data: [UInt8]
    public var relocations: [Relocation]

    public init(name: String, kind: Kind = .progbits, flags: SectionFlags, address: UInt32 = 0,
                alignment: UInt32 = 1, data: [UInt8] = [], relocations: [Relocation] = []) {
        self.name = name
        self.kind = kind
        self.flags = flags
        self.address = address
        self.alignment = alignment
        self.data = data
        self.relocations = relocations
    }

    /// Size in memory: the data's length, or the NOBITS size.
    public var size: UInt32 {
        if case .nobits(let size) = kind { return size }
        return UInt32(data.count)
    }
}

/// SHF_* flags.
public struct SectionFlags: OptionSet, Equatable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let write = SectionFlags(rawValue: 0x1)
    public static let alloc = SectionFlags(rawValue: 0x2)
    public static let execute = SectionFlags(rawValue: 0x4)
    public static let merge = SectionFlags(rawValue: 0x10)
    public static let strings = SectionFlags(rawValue: 0x20)
}

/// A symbol table entry.
public struct Symbol: Equatable, Sendable {
    public enum Binding: UInt8, Equatable, Sendable { case local = 0, global = 1, weak = 2 }
    public enum SymbolType: UInt8, Equatable, Sendable { case none = 0, object = 1, function = 2, section = 3, file = 4 }
    public enum Definition: Equatable, Sendable {
        case undefined
        /// Defined in `sections[index]` (an index into `ELFFile.sections`).
        case section(Int)
        case absolute
        case common(alignment: UInt32)
    }

    public var name: String
    public var value: UInt32
    public var size: UInt32
    public var binding: Binding
    public var type: SymbolType
    public var definition: Definition

    public init(name: String, value: UInt32 = 0, size: UInt32 = 0, binding: Binding = .local,
                type: SymbolType = .none, definition: Definition) {
        self.name = name
        self.value = value
        self.size = size
        self.binding = binding
        self.type = type
        self.definition = definition
    }
}

/// A RELA relocation in the section that holds it.
public struct Relocation: Equatable, Sendable {
    public var offset: UInt32
    public var type: RelocationType
    /// Index into `ELFFile.symbols`.
    public var symbol: Int
    public var addend: Int32

    public init(offset: UInt32, type: RelocationType, symbol: Int, addend: Int32 = 0) {
        self.offset = offset
        self.type = type
        self.symbol = symbol
        self.addend = addend
    }
}

/// Xtensa relocation types (binutils `include/elf/xtensa.h`).
public struct RelocationType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let none = RelocationType(rawValue: 0)
    public static let r32 = RelocationType(rawValue: 1)
    public static let rtld = RelocationType(rawValue: 2)
    public static let relative = RelocationType(rawValue: 5)
    public static let plt = RelocationType(rawValue: 6)
    public static let op0 = RelocationType(rawValue: 8)
    public static let op1 = RelocationType(rawValue: 9)
    public static let op2 = RelocationType(rawValue: 10)
    public static let asmExpand = RelocationType(rawValue: 11)
    public static let asmSimplify = RelocationType(rawValue: 12)
    public static let diff8 = RelocationType(rawValue: 17)
    public static let diff16 = RelocationType(rawValue: 18)
    public static let diff32 = RelocationType(rawValue: 19)
    public static let slot0Op = RelocationType(rawValue: 20)
    public static let slot0Alt = RelocationType(rawValue: 35)
    public static let r32PCRel = RelocationType(rawValue: 14)

    public var description: String {
        switch self {
        case .none: "R_XTENSA_NONE"
        case .r32: "R_XTENSA_32"
        case .rtld: "R_XTENSA_RTLD"
        case .relative: "R_XTENSA_RELATIVE"
        case .plt: "R_XTENSA_PLT"
        case .op0: "R_XTENSA_OP0"
        case .op1: "R_XTENSA_OP1"
        case .op2: "R_XTENSA_OP2"
        case .asmExpand: "R_XTENSA_ASM_EXPAND"
        case .asmSimplify: "R_XTENSA_ASM_SIMPLIFY"
        case .r32PCRel: "R_XTENSA_32_PCREL"
        case .diff8: "R_XTENSA_DIFF8"
        case .diff16: "R_XTENSA_DIFF16"
        case .diff32: "R_XTENSA_DIFF32"
        case .slot0Op: "R_XTENSA_SLOT0_OP"
        case .slot0Alt: "R_XTENSA_SLOT0_ALT"
        default: "R_XTENSA_\(rawValue)"
        }
    }
}

/// A program header (PT_LOAD) of an executable.
public struct Segment: Equatable, Sendable {
    public struct Flags: OptionSet, Equatable, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let execute = Flags(rawValue: 1)
        public static let write = Flags(rawValue: 2)
        public static let read = Flags(rawValue: 4)
    }

    /// Virtual (and physical) load address.
    public var address: UInt32
    public var flags: Flags
    /// Indices into `ELFFile.sections` of the sections this segment covers, in address order.
    /// They must be contiguous in memory (gaps are filled with zeros in the file image).
    public var sections: [Int]

    public init(address: UInt32, flags: Flags, sections: [Int]) {
        self.address = address
        self.flags = flags
        self.sections = sections
    }
}

/// An error reading or writing an ELF file, naming the file.
public struct ELFError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): error: \(message)" }
}
