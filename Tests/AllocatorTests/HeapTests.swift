import Allocator
import AllocatorCheck
import Testing

/// Exhaustion calls made through the hook (a C function pointer cannot capture).
nonisolated(unsafe) var exhaustedRequests: [Int] = []

/// Pinned cases: layout, coalescing order, exhaustion, overflow, in-place realloc,
/// alignment, and the checker finding deliberate damage.
@Suite(.serialized) struct HeapTests {
    @Test func freshHeapIsOneFreeBlock() {
        let region = HostRegion(byteCount: 4096)
        defer { region.release() }
        let report = region.heap.check()
        #expect(report.problem == nil)
        #expect(report.freeBlocks == 1 && report.allocatedBlocks == 0)
        #expect(report.largestFreeBlock == region.heap.capacity)
        #expect(UInt(bitPattern: region.heap.regionStart) % 8 == 0)
    }

    @Test func regionTooSmall() {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 8)
        defer { buffer.deallocate() }
        #expect(Heap(start: buffer, byteCount: 64) == nil)
    }

    /// Freeing in every order of three neighbours merges them back into one block.
    @Test(arguments: [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]])
    func coalescesInAnyOrder(order: [Int]) {
        let region = HostRegion(byteCount: 8192)
        defer { region.release() }
        let heap = region.heap
        let blocks = [100, 200, 300].map { heap.allocate($0)! }
        let guardBlock = heap.allocate(10)!
        for index in order {
            heap.deallocate(blocks[index])
            #expect(heap.check().problem == nil)
        }
        #expect(heap.check().freeBlocks == 2)
        heap.deallocate(guardBlock)
        let report = heap.check()
        #expect(report.freeBlocks == 1 && report.largestFreeBlock == heap.capacity)
    }

    @Test func exhaustionReturnsNilThroughTheHook() {
        let region = HostRegion(byteCount: 64 << 10)
        defer { region.release() }
        let heap = region.heap
        exhaustedRequests = []
        heap.exhaustionHook = { exhaustedRequests.append($0) }
        var blocks: [UnsafeMutableRawPointer] = []
        while let pointer = heap.allocate(1000) { blocks.append(pointer) }
        #expect(exhaustedRequests == [1000])
        #expect(blocks.count == (64 << 10) / 1008 - 1 || blocks.count == (64 << 10) / 1008)
        #expect(heap.check().problem == nil)
        #expect(heap.allocate(1 << 20) == nil)
        #expect(heap.allocate(-1) == nil)
        #expect(heap.allocateZeroed(count: Int.max / 2, size: 3) == nil)
        #expect(exhaustedRequests == [1000, 1 << 20, -1, Int.max])
        // A failed realloc leaves the block as it was.
        blocks[0].storeBytes(of: 0x1234_5678, as: UInt32.self)
        #expect(heap.reallocate(blocks[0], 60_000) == nil)
        #expect(blocks[0].load(as: UInt32.self) == 0x1234_5678)
        for pointer in blocks { heap.deallocate(pointer) }
        let report = heap.check()
        #expect(report.problem == nil && report.freeBlocks == 1 && report.largestFreeBlock == heap.capacity)
    }

    @Test func reallocGrowsIntoAFreeNeighbourInPlace() {
        let region = HostRegion(byteCount: 8192)
        defer { region.release() }
        let heap = region.heap
        let a = heap.allocate(64)!
        let b = heap.allocate(64)!
        _ = heap.allocate(64)!
        heap.deallocate(b)
        #expect(heap.reallocate(a, 120) == a)
        #expect(heap.reallocate(a, 16) == a)
        #expect(heap.usableSize(a) == 16)
        #expect(heap.check().problem == nil && heap.check().freeBlocks == 2)
    }

    @Test func callocZeroesReusedMemory() {
        let region = HostRegion(byteCount: 8192)
        defer { region.release() }
        let heap = region.heap
        let dirty = heap.allocate(500)!
        dirty.initializeMemory(as: UInt8.self, repeating: 0xAB, count: 500)
        heap.deallocate(dirty)
        let clean = heap.allocateZeroed(count: 25, size: 20)!
        #expect((0..<500).allSatisfy { clean.load(fromByteOffset: $0, as: UInt8.self) == 0 })
    }

    @Test(arguments: [1, 2, 4, 8, 16, 32, 64, 128, 1024, 4096])
    func alignment(_ alignment: Int) {
        let region = HostRegion(byteCount: 64 << 10)
        defer { region.release() }
        let heap = region.heap
        var blocks: [UnsafeMutableRawPointer] = []
        for size in [0, 1, 7, 8, 9, 100, 1000] {
            let pointer = heap.allocate(size, alignment: alignment)!
            #expect(UInt(bitPattern: pointer) % UInt(max(alignment, 8)) == 0)
            #expect(heap.usableSize(pointer) >= size)
            blocks.append(pointer)
            #expect(heap.check().problem == nil)
        }
        for pointer in blocks { heap.deallocate(pointer) }
        #expect(heap.check().freeBlocks == 1)
        #expect(heap.allocate(8, alignment: 24) == nil)
    }

    @Test func zeroBytesGivesDistinctBlocks() {
        let region = HostRegion(byteCount: 4096)
        defer { region.release() }
        let a = region.heap.allocate(0)!, b = region.heap.allocate(0)!
        #expect(a != b)
    }

    /// The checker is only worth something if it notices damage.
    @Test func checkerFindsDamage() {
        let region = HostRegion(byteCount: 8192)
        defer { region.release() }
        let heap = region.heap
        let a = heap.allocate(100)!
        let b = heap.allocate(100)!
        _ = heap.allocate(100)!
        heap.deallocate(b)
        // An overrun from `a` into b's header.
        let header = a + heap.usableSize(a) + 4
        let saved = header.load(as: UInt32.self)
        header.storeBytes(of: saved &+ 8, as: UInt32.self)
        #expect(heap.check().problem != nil)
        header.storeBytes(of: saved, as: UInt32.self)
        #expect(heap.check().problem == nil)
        // b marked allocated but still on its list.
        header.storeBytes(of: saved | 1, as: UInt32.self)
        #expect(heap.check().problem != nil)
        header.storeBytes(of: saved, as: UInt32.self)
        #expect(heap.check().problem == nil)
    }
}
