/// malloc, free, calloc and realloc semantics on block offsets.
extension Heap {
    /// The block size for a request of `byteCount` payload bytes, or nil when too large.
    @inline(__always) static func blockSize(for byteCount: Int) -> UInt32? {
        guard byteCount >= 0, UInt(byteCount) <= UInt(UInt32.max - 16) else { return nil }
        let size = (UInt32(byteCount) + overhead + 7) & ~7
        return max(size, minimumBlock)
    }

    /// Reports exhaustion through the hook; always nil, so callers can `return` it.
    func exhausted(_ byteCount: Int) -> UnsafeMutableRawPointer? {
        if let hook = exhaustionHook { hook(byteCount) }
        return nil
    }

    /// `malloc`: at least `byteCount` bytes, 8-aligned, or nil (after the hook) when no
    /// free block is large enough. `allocate(0)` returns a distinct minimal block.
    public func allocate(_ byteCount: Int) -> UnsafeMutableRawPointer? {
        guard let size = Self.blockSize(for: byteCount) else { return exhausted(byteCount) }
        let block = find(size)
        guard block != 0 else { return exhausted(byteCount) }
        remove(block)
        let total = self.size(block)
        if total - size >= Self.minimumBlock {
            // The block was free, so its next neighbour is allocated: the remainder needs no
            // merging, unlike `trim`'s.
            setTags(block, size: size, allocated: true)
            setTags(block + size, size: total - size, allocated: false)
            insert(block + size)
        } else {
            setTags(block, size: total, allocated: true)
        }
        return payload(block)
    }

    /// `free`: returns the block to the free lists, merged with free neighbours so no two
    /// free blocks are ever adjacent. nil is ignored.
    public func deallocate(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer else { return }
        var start = block(of: pointer)
        var size = self.size(start)
        let after = start + size
        if !isAllocated(after) {
            remove(after)
            size += self.size(after)
        }
        // The word before a block is the previous block's footer (or the prologue tag).
        let before = word(start - 4)
        if before & Tag.allocated == 0 {
            start -= before & ~Tag.flags
            remove(start)
            size += before & ~Tag.flags
        }
        setTags(start, size: size, allocated: false)
        insert(start)
    }

    /// `calloc`: `count × size` zeroed bytes, or nil when the product overflows or the heap
    /// is exhausted (the hook sees `Int.max` for an overflow).
    public func allocateZeroed(count: Int, size: Int) -> UnsafeMutableRawPointer? {
        let (total, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow, count >= 0, size >= 0 else { return exhausted(Int.max) }
        guard let pointer = allocate(total) else { return nil }
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: total)
        return pointer
    }

    /// `realloc`: resizes in place when the block shrinks or its next neighbour is free and
    /// large enough, otherwise moves the contents to a new block. On failure the old block
    /// is untouched and nil is returned. A nil pointer allocates; size 0 shrinks to a
    /// minimal block (C leaves this case to the implementation).
    public func reallocate(_ pointer: UnsafeMutableRawPointer?, _ byteCount: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(byteCount) }
        guard let size = Self.blockSize(for: byteCount) else { return exhausted(byteCount) }
        let block = block(of: pointer)
        let current = self.size(block)
        if size <= current {
            trim(block, to: size)
            return pointer
        }
        let after = block + current
        if !isAllocated(after) && current + self.size(after) >= size {
            remove(after)
            setTags(block, size: current + self.size(after), allocated: true)
            trim(block, to: size)
            return pointer
        }
        guard let moved = allocate(byteCount) else { return nil }
        moved.copyMemory(from: pointer, byteCount: Int(current - Self.overhead))
        deallocate(pointer)
        return moved
    }

    /// `posix_memalign`/`aligned_alloc`: `byteCount` bytes at a multiple of `alignment` (a
    /// power of two; nil otherwise). Over-allocates, then frees the misaligned front (at
    /// least a minimal block, so it can stand alone) and the unneeded tail.
    public func allocate(_ byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer? {
        guard alignment > 0, alignment & (alignment - 1) == 0 else { return nil }
        if alignment <= Self.alignment { return allocate(byteCount) }
        let (padded, overflow) = byteCount.addingReportingOverflow(alignment + Int(Self.minimumBlock))
        guard !overflow, let size = Self.blockSize(for: byteCount) else { return exhausted(byteCount) }
        guard let pointer = allocate(padded) else { return nil }
        var block = block(of: pointer)
        let address = UInt(bitPattern: pointer)
        if address & UInt(alignment - 1) != 0 {
            let mask = UInt(alignment - 1)
            let gap = UInt32(((address + UInt(Self.minimumBlock) + mask) & ~mask) - address)
            let total = self.size(block)
            setTags(block + gap, size: total - gap, allocated: true)
            setTags(block, size: gap, allocated: true)
            deallocate(payload(block))
            block += gap
        }
        trim(block, to: size)
        return payload(block)
    }

    /// Usable bytes of an allocated block (at least what was requested).
    public func usableSize(_ pointer: UnsafeMutableRawPointer) -> Int {
        Int(size(block(of: pointer)) - Self.overhead)
    }

    /// Shrinks an allocated block to `size`, freeing the rest when it can form a block.
    func trim(_ block: UInt32, to size: UInt32) {
        let current = self.size(block)
        guard current - size >= Self.minimumBlock else { return }
        setTags(block, size: size, allocated: true)
        setTags(block + size, size: current - size, allocated: true)
        deallocate(payload(block + size))
    }
}
