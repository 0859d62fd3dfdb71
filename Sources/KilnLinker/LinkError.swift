import ELFKit

/// Why a link failed. Every message names the symbol and the object involved, so the user
/// knows which file to fix; the CLI prints it and exits with status 1 without writing output.
public enum LinkError: Error, Equatable, CustomStringConvertible {
    /// An input is not an ELF32 Xtensa relocatable object, or is internally inconsistent.
    case badInput(object: String, message: String)
    /// `symbol` is referenced from `object` (section `section`) but defined nowhere.
    case undefinedSymbol(symbol: String, object: String, section: String)
    /// `symbol` is defined (strongly) in both objects.
    case duplicateSymbol(symbol: String, first: String, second: String)
    /// A relocation's target cannot be encoded in its instruction (L32R, CALLn, J, branch reach).
    case outOfRange(symbol: String, object: String, section: String, offset: UInt32, reason: String)
    /// A relocation type this linker does not apply.
    case unsupportedRelocation(type: RelocationType, object: String, section: String, offset: UInt32)
    /// A relocation does not point at an instruction the instruction table knows.
    case badRelocationSite(symbol: String, object: String, section: String, offset: UInt32, reason: String)
    /// The entry symbol (`_start`) is not defined by any object.
    case missingEntry(symbol: String)
    /// The sections placed in a memory region do not fit in it.
    case regionOverflow(region: String, size: UInt32, capacity: UInt32)
    /// A vector section is bigger than its fixed slot (e.g. a window handler over 64 bytes).
    case slotOverflow(section: String, object: String, size: UInt32, limit: UInt32)

    public var description: String {
        switch self {
        case let .badInput(object, message):
            "\(object): error: \(message)"
        case let .undefinedSymbol(symbol, object, section):
            "\(object): error: undefined symbol '\(symbol)' (referenced from section \(section))"
        case let .duplicateSymbol(symbol, first, second):
            "\(second): error: duplicate symbol '\(symbol)' (first defined in \(first))"
        case let .outOfRange(symbol, object, section, offset, reason):
            "\(object): error: relocation against '\(symbol)' at \(section)+0x\(hex(offset)) is out of range: \(reason)"
        case let .unsupportedRelocation(type, object, section, offset):
            "\(object): error: unsupported relocation \(type) at \(section)+0x\(hex(offset))"
        case let .badRelocationSite(symbol, object, section, offset, reason):
            "\(object): error: relocation against '\(symbol)' at \(section)+0x\(hex(offset)): \(reason)"
        case let .missingEntry(symbol):
            "error: entry symbol '\(symbol)' is not defined (is the startup code linked?)"
        case let .regionOverflow(region, size, capacity):
            "error: memory region '\(region)' overflows: needs \(size) bytes, has \(capacity)"
        case let .slotOverflow(section, object, size, limit):
            "\(object): error: section \(section) is \(size) bytes, its vector slot holds \(limit)"
        }
    }
}

func hex(_ value: UInt32, width: Int = 0) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
