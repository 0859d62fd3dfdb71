/// A plain model of an ELF32 little-endian Xtensa file: what the assembler and back end
/// produce, what the linker reads and writes. `ELFWriter` and `ELFReader` convert it to
/// and from bytes through libelf; nothing here knows about the file layout.
public struct ELFFile: Equatable, Sendable {
    /// What the file is for: further linking or loading.
    public enum Kind: Equatable, Sendable {
        /// A relocatable object (`ET_REL`).
        case relocatable
        /// An executable (`ET_EXEC`) starting at `entry`.
        case executable(entry: UInt32)
    }

    /// `e_type`, with `e_entry` for executables.
    public var kind: Kind
    /// Sections in file order, without the null section, the symbol and string tables and
    /// the `.rela.*` sections: those are derived from `symbols` and each section's `relocations`.
    public var sections: [Section]
    /// Symbols without the null symbol. Section symbols are listed explicitly when wanted.
    /// The writer orders locals before globals, as ELF requires.
    public var symbols: [Symbol]
    /// Program headers (executables only).
    public var segments: [Segment]

    /// A file of `kind` with the given contents; an empty relocatable by default.
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
    /// `sh_type`, and where the contents live.
    public enum Kind: Equatable, Sendable {
        /// SHT_PROGBITS: bytes in the file.
        case progbits
        /// SHT_NOBITS (`.bss`): `size` bytes of zeros, nothing in the file.
        case nobits(size: UInt32)
        /// Any other section type, kept as raw bytes (e.g. SHT_XTENSA_ATTRIBUTES, notes).
        case other(type: UInt32)
    }

    /// The section's name, e.g. `.text`; a `.rela` section for it is named `.rela` + name.
    public var name: String
    /// `sh_type`.
    public var kind: Kind
    /// `sh_flags`.
    public var flags: SectionFlags
    /// Load address (0 in relocatable objects).
    public var address: UInt32
    /// `sh_addralign`: a power of two, or 0 (no constraint, like 1).
    public var alignment: UInt32
    /// The contents; empty for NOBITS.
    public var data: [UInt8]
    /// Relocations that apply to `data`, offsets relative to the section's start.
    public var relocations: [Relocation]

    /// A section; `address` and `alignment` default to what an unplaced, unaligned section has.
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
/// Flags without a name here (SHF_INFO_LINK, SHF_GROUP, ...) are kept in `rawValue`.
public struct SectionFlags: OptionSet, Equatable, Sendable {
    /// The `sh_flags` word.
    public let rawValue: UInt32
    /// Flags from an `sh_flags` word.
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// SHF_WRITE: writable at run time.
    public static let write = SectionFlags(rawValue: 0x1)
    /// SHF_ALLOC: occupies memory when the program runs (otherwise: metadata only).
    public static let alloc = SectionFlags(rawValue: 0x2)
    /// SHF_EXECINSTR: holds instructions.
    public static let execute = SectionFlags(rawValue: 0x4)
    /// SHF_MERGE: equal entries may be merged by the linker; the writer derives `sh_entsize`.
    public static let merge = SectionFlags(rawValue: 0x10)
    /// SHF_STRINGS: entries are NUL-terminated strings.
    public static let strings = SectionFlags(rawValue: 0x20)
}

/// A symbol table entry.
public struct Symbol: Equatable, Sendable {
    /// STB_*: who can see the symbol, and whether an undefined one must be resolved.
    public enum Binding: UInt8, Equatable, Sendable { case local = 0, global = 1, weak = 2 }
    /// STT_*: what the symbol names.
    public enum SymbolType: UInt8, Equatable, Sendable { case none = 0, object = 1, function = 2, section = 3, file = 4 }
    /// Where the symbol's value comes from (`st_shndx`).
    public enum Definition: Equatable, Sendable {
        /// SHN_UNDEF: defined in another file.
        case undefined
        /// Defined in `sections[index]` (an index into `ELFFile.sections`).
        case section(Int)
        /// SHN_ABS: `value` is an address or constant that relocation does not change.
        case absolute
        /// SHN_COMMON: zeroed storage the linker allocates. ELF keeps the alignment in
        /// st_value, so the writer ignores `value` and the reader sets it to 0.
        case common(alignment: UInt32)
    }

    /// The name; for a section symbol, the section's name (the writer then stores it
    /// unnamed, as assemblers do, and the reader names it back).
    public var name: String
    /// Offset in its section (relocatable) or address (executable).
    public var value: UInt32
    /// Size in bytes of the object or function, 0 if unknown.
    public var size: UInt32
    /// `ELF32_ST_BIND`.
    public var binding: Binding
    /// `ELF32_ST_TYPE`.
    public var type: SymbolType
    /// `st_shndx`, with section indices into `ELFFile.sections`.
    public var definition: Definition

    /// A symbol; local and untyped unless told otherwise.
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
    /// Offset from the start of the section of the bytes to patch (for instruction
    /// relocations, of the instruction's first byte).
    public var offset: UInt32
    /// How to patch.
    public var type: RelocationType
    /// Index into `ELFFile.symbols`.
    public var symbol: Int
    /// Added to the symbol's value (RELA: explicit, not read from the patched bytes).
    public var addend: Int32

    /// A relocation of `type` at `offset` against `symbol` + `addend`.
    public init(offset: UInt32, type: RelocationType, symbol: Int, addend: Int32 = 0) {
        self.offset = offset
        self.type = type
        self.symbol = symbol
        self.addend = addend
    }
}

/// Xtensa relocation types (binutils `include/elf/xtensa.h`).
public struct RelocationType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// `ELF32_R_TYPE`; a struct rather than an enum so that types Kiln does not name yet
    /// still read and print.
    public let rawValue: UInt32
    /// The type with number `rawValue`.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// R_XTENSA_NONE: patches nothing.
    public static let none = RelocationType(rawValue: 0)
    /// R_XTENSA_32: a 32-bit word becomes S + A (data, literal pools).
    public static let r32 = RelocationType(rawValue: 1)
    /// R_XTENSA_RTLD: for the dynamic linker only.
    public static let rtld = RelocationType(rawValue: 2)
    /// R_XTENSA_RELATIVE: dynamic, load base + A.
    public static let relative = RelocationType(rawValue: 5)
    /// R_XTENSA_PLT: a word through the PLT (dynamic linking).
    public static let plt = RelocationType(rawValue: 6)
    /// R_XTENSA_OP0: operand relocation of the pre-slot ABI (old GNU as).
    public static let op0 = RelocationType(rawValue: 8)
    /// R_XTENSA_OP1: operand relocation of the pre-slot ABI (old GNU as).
    public static let op1 = RelocationType(rawValue: 9)
    /// R_XTENSA_OP2: operand relocation of the pre-slot ABI (old GNU as).
    public static let op2 = RelocationType(rawValue: 10)
    /// R_XTENSA_ASM_EXPAND: marks an assembler-expanded call (l32r + callx) the linker may
    /// relax to a direct call; patches nothing by itself.
    public static let asmExpand = RelocationType(rawValue: 11)
    /// R_XTENSA_ASM_SIMPLIFY: records that the linker relaxed such a call.
    public static let asmSimplify = RelocationType(rawValue: 12)
    /// R_XTENSA_DIFF8: an 8-bit difference of two locations, kept so relaxation can fix it.
    public static let diff8 = RelocationType(rawValue: 17)
    /// R_XTENSA_DIFF16: a 16-bit difference of two locations.
    public static let diff16 = RelocationType(rawValue: 18)
    /// R_XTENSA_DIFF32: a 32-bit difference of two locations.
    public static let diff32 = RelocationType(rawValue: 19)
    /// R_XTENSA_SLOT0_OP: the PC-relative operand of the instruction at the offset (L32R,
    /// CALLn, J, branches): what `llvm-mc` emits for code.
    public static let slot0Op = RelocationType(rawValue: 20)
    /// R_XTENSA_SLOT0_ALT: the alternate operand form of slot 0 (e.g. CONST16's other half).
    public static let slot0Alt = RelocationType(rawValue: 35)
    /// R_XTENSA_32_PCREL: a 32-bit word becomes S + A − P.
    public static let r32PCRel = RelocationType(rawValue: 14)

    /// The binutils name, e.g. `R_XTENSA_SLOT0_OP`, as llvm-readelf prints it.
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
    /// PF_*: the access the loaded memory needs.
    public struct Flags: OptionSet, Equatable, Sendable {
        /// The `p_flags` word.
        public let rawValue: UInt32
        /// Flags from a `p_flags` word.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// PF_X.
        public static let execute = Flags(rawValue: 1)
        /// PF_W.
        public static let write = Flags(rawValue: 2)
        /// PF_R.
        public static let read = Flags(rawValue: 4)
    }

    /// Virtual (and physical) load address.
    public var address: UInt32
    /// `p_flags`.
    public var flags: Flags
    /// Indices into `ELFFile.sections` of the sections this segment covers, in address order.
    /// They must be contiguous in memory (gaps are filled with zeros in the file image).
    public var sections: [Int]

    /// A segment loaded at `address` covering `sections`.
    public init(address: UInt32, flags: Flags, sections: [Int]) {
        self.address = address
        self.flags = flags
        self.sections = sections
    }
}

/// An error reading or writing an ELF file, naming the file.
public struct ELFError: Error, CustomStringConvertible, Equatable {
    /// The file being read or written (`<memory>` for in-memory images).
    public let path: String
    /// What is wrong, in words a user can act on.
    public let message: String
    /// An error about `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    /// `path: error: message`, the form compilers use so editors can jump to the file.
    public var description: String { "\(path): error: \(message)" }
}
