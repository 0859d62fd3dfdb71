/// Where a target's memory is and which output section goes where: the linker script of a
/// profile, as plain data.
public struct MemoryLayout: Sendable, Equatable {
    /// Profile name (`qemu`, `esp32`).
    public var name: String
    /// The memory the output sections may occupy; placing past a region's end is an error.
    public var regions: [MemoryRegion]
    /// Output sections in placement order; within a region each follows the previous one.
    public var sections: [OutputSectionSpec]
    /// The symbol execution starts at (the ELF entry).
    public var entry: String
    /// The region holding `.data`, `.bss`, the stack and the heap.
    public var stackRegion: String
    /// Bytes reserved for the stack, above a guard block.
    public var stackSize: UInt32
    /// Bytes of the guard block just below the stack (a power of two, at least 64): the
    /// startup code watches it with a data breakpoint, so a store there reports a stack overflow.
    public var stackGuardSize: UInt32

    public init(name: String, regions: [MemoryRegion], sections: [OutputSectionSpec], entry: String,
                stackRegion: String, stackSize: UInt32, stackGuardSize: UInt32 = 64) {
        self.name = name
        self.regions = regions
        self.sections = sections
        self.entry = entry
        self.stackRegion = stackRegion
        self.stackSize = stackSize
        self.stackGuardSize = stackGuardSize
    }

    public func region(named name: String) -> MemoryRegion? { regions.first { $0.name == name } }
}

/// A range of target memory.
public struct MemoryRegion: Sendable, Equatable {
    /// Name used in the map and in overflow errors (`ram`, `iram`, ...).
    public var name: String
    public var origin: UInt32
    public var length: UInt32

    public init(name: String, origin: UInt32, length: UInt32) {
        self.name = name
        self.origin = origin
        self.length = length
    }

    public var end: UInt64 { UInt64(origin) + UInt64(length) }
}

/// One output section: which input sections it collects, and where it goes.
public struct OutputSectionSpec: Sendable, Equatable {
    public enum Contents: Sendable, Equatable {
        /// Instructions (and their literal pools).
        case code
        /// Read-only data.
        case rodata
        /// Initialised writable data.
        case data
        /// Zero-initialised data (NOBITS).
        case bss
    }

    /// The section's name in the executable (`.text`, `.vectors`, ...).
    public var name: String
    /// The region (by name) it is placed in.
    public var region: String
    /// What it holds, which decides its flags and which input sections may join it.
    public var contents: Contents
    /// Input section names: an exact name, or a prefix ending in `*` (`.text*` matches
    /// `.text` and `.text.main`).
    public var inputs: [String]
    /// Fixed start address; nil to follow the previous section in the region.
    public var address: UInt32?
    public var alignment: UInt32
    /// Input sections placed at fixed offsets from the section start, each with a size limit
    /// (the exception vectors). Inputs matching a slot are always kept by garbage collection.
    public var slots: [Slot]
    /// Keep every matching input section even when nothing references it.
    public var keep: Bool

    public struct Slot: Sendable, Equatable {
        public var input: String
        public var offset: UInt32
        public var limit: UInt32
        public init(_ input: String, offset: UInt32, limit: UInt32) {
            self.input = input
            self.offset = offset
            self.limit = limit
        }
    }

    public init(name: String, region: String, contents: Contents, inputs: [String], address: UInt32? = nil,
                alignment: UInt32 = 4, slots: [Slot] = [], keep: Bool = false) {
        self.name = name
        self.region = region
        self.contents = contents
        self.inputs = inputs
        self.address = address
        self.alignment = alignment
        self.slots = slots
        self.keep = keep
    }

    /// Whether an input section called `sectionName` belongs here.
    public func matches(_ sectionName: String) -> Bool {
        slots.contains { $0.input == sectionName } || inputs.contains { pattern in
            pattern.hasSuffix("*") ? sectionName.hasPrefix(pattern.dropLast()) : sectionName == pattern
        }
    }
}
