import Allocator

/// A heap over a freshly allocated host buffer, started 3 bytes past an aligned address
/// so the allocator's own rounding of the region is exercised too.
public struct HostRegion {
    /// The buffer as the host allocated it; released by `release()`.
    public let buffer: UnsafeMutableRawPointer
    /// The allocator laid out over the buffer.
    public let heap: Heap
    /// Bytes handed to `Heap.init`.
    public let byteCount: Int

    /// A region of `byteCount` bytes (plus the 3-byte misalignment).
    public init(byteCount: Int) {
        buffer = UnsafeMutableRawPointer.allocate(byteCount: byteCount + 3, alignment: 16)
        self.byteCount = byteCount
        heap = Heap(start: buffer + 3, byteCount: byteCount)!
    }

    /// Whether `[pointer, pointer + count)` lies inside the region.
    public func contains(_ pointer: UnsafeMutableRawPointer, count: Int) -> Bool {
        pointer >= buffer + 3 && pointer + count <= buffer + 3 + byteCount
    }

    /// Frees the host buffer.
    public func release() { buffer.deallocate() }
}
