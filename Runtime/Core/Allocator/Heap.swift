/// Called when a request cannot be met, with the requested byte count (or `Int.max` for
/// a `calloc` whose size overflows), before the allocator returns NULL.
public typealias ExhaustionHook = @convention(c) (Int) -> Void

/// A general-purpose allocator over one contiguous memory region.
///
/// Everything the allocator knows lives inside the region, so a `Heap` is only a handle
/// (two words) and the C entry points can keep it in one global. The region holds:
///
///     base:            free-list heads (one UInt32 offset per size class), the hook
///     controlSize:     prologue tag (allocated, size 0): stops backward coalescing
///     controlSize + 4: blocks, each [header | payload | footer], 8-byte multiples
///     epilogue:        epilogue tag (allocated, size 0): stops forward coalescing
///
/// Offsets, not pointers, link the free lists, so the layout is the same on the 64-bit
/// host and the 32-bit device, and a heap is limited to 4 GiB.
public struct Heap {
    /// Start of the region, rounded up to 8.
    let base: UnsafeMutableRawPointer
    /// Offset of the epilogue tag; blocks lie between `firstBlock` and here.
    let epilogue: UInt32

    /// Every payload address is a multiple of this.
    public static let alignment = 8
    /// Power-of-two size classes of free blocks: 16–31, 32–63, …, the last open-ended.
    static let classCount: UInt32 = 28
    /// Where the exhaustion hook is stored (8 bytes reserved: a host pointer).
    static let hookOffset = 112
    /// Bytes before the prologue tag; a multiple of 8, so headers sit at 4 mod 8 and
    /// payloads (header + 4) at 0 mod 8.
    static let controlSize: UInt32 = 128
    static let firstBlock: UInt32 = controlSize + 4
    /// Header and footer: the cost of each allocated block.
    static let overhead: UInt32 = 8
    /// Header, two list links and footer: the smallest block that can be free.
    static let minimumBlock: UInt32 = 16

    /// Lays out an empty heap (one free block) over `byteCount` bytes at `start`;
    /// nil when the region is too small for the control area and one block.
    public init?(start: UnsafeMutableRawPointer, byteCount: Int) {
        let address = UInt(bitPattern: start)
        let aligned = (address &+ 7) & ~7
        let skip = Int(aligned &- address)
        guard byteCount > skip else { return nil }
        let usable = min(UInt(byteCount - skip), UInt(UInt32.max) & ~7)
        let needed = UInt(Self.firstBlock + Self.minimumBlock + 4)
        guard usable >= needed else { return nil }
        let blocks = (usable - UInt(Self.firstBlock) - 4) / 8 * 8
        base = UnsafeMutableRawPointer(bitPattern: aligned)!
        epilogue = Self.firstBlock + UInt32(blocks)
        for c in 0..<Self.classCount { setHead(c, 0) }
        exhaustionHook = nil
        setWord(Self.controlSize, Tag.allocated)
        setWord(epilogue, Tag.allocated)
        setTags(Self.firstBlock, size: UInt32(blocks), allocated: false)
        insert(Self.firstBlock)
    }

    /// The region's start rounded up to 8, where the control area begins.
    public var regionStart: UnsafeMutableRawPointer { base }

    /// The hook called on exhaustion; stored in the region so every handle sees it.
    public var exhaustionHook: ExhaustionHook? {
        get { base.load(fromByteOffset: Self.hookOffset, as: ExhaustionHook?.self) }
        nonmutating set { base.storeBytes(of: newValue, toByteOffset: Self.hookOffset, as: ExhaustionHook?.self) }
    }

    /// Bytes available to blocks (payloads plus their tags) in an empty heap.
    public var capacity: Int { Int(epilogue - Self.firstBlock) }
}
