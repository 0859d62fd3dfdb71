import ELFKit

/// The code and data sizes of a firmware, in bytes, counted the way `llvm-size` (Berkeley
/// format) counts them, so the two can be compared: every allocated section is text when it
/// is executable or read-only, data when it is writable with contents, bss when it is
/// writable without (NOBITS).
public struct FirmwareSize: Equatable, Sendable {
    /// Executable and read-only allocated bytes (code, literal pools, constants).
    public var text: UInt64
    /// Writable allocated bytes with initial contents.
    public var data: UInt64
    /// Writable zero-initialised bytes (NOBITS): heap, stacks, zeroed globals.
    public var bss: UInt64

    public init(text: UInt64, data: UInt64, bss: UInt64) {
        self.text = text
        self.data = data
        self.bss = bss
    }

    /// The sizes of `file`'s allocated sections.
    public init(of file: ELFFile) {
        var text: UInt64 = 0, data: UInt64 = 0, bss: UInt64 = 0
        for section in file.sections where section.flags.contains(.alloc) {
            let size = UInt64(section.size)
            if case .nobits = section.kind {
                bss += size
            } else if section.flags.contains(.execute) || !section.flags.contains(.write) {
                text += size
            } else {
                data += size
            }
        }
        self.init(text: text, data: data, bss: bss)
    }

    /// The sizes of the firmware at `path`.
    public static func read(path: String) throws(DriverError) -> FirmwareSize {
        do { return FirmwareSize(of: try ELFReader.read(path: path)) } catch { throw .elf(error) }
    }
}
