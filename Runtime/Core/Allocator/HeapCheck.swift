/// What the consistency checker found: the first problem (nil when the heap is sound) and
/// block statistics, including the fragmentation figure (largest free block vs. all free).
public struct HeapReport {
    /// The first inconsistency found, or nil. Words are joined by underscores: LLVM names a
    /// string's private symbol after its text, and llc's Xtensa assembly output does not
    /// quote names with spaces.
    public var problem: StaticString?
    /// Offset (from the region start) of the block where the problem was found.
    public var problemOffset: Int = 0
    public var allocatedBlocks = 0
    public var allocatedBytes = 0
    public var freeBlocks = 0
    /// Free bytes, tags included.
    public var freeBytes = 0
    public var largestFreeBlock = 0
}

extension Heap {
    /// Walks every block and every free list: tags agree and stay inside the region, the
    /// prologue and epilogue are intact, no two free blocks are adjacent, every free block
    /// is on exactly the list of its size class with consistent back links, and nothing
    /// else is on a list. Meant for tests: it costs a pass over the whole heap.
    ///
    /// Listed blocks are marked in their header during the check and unmarked after.
    public func check() -> HeapReport {
        var report = HeapReport()
        let listed = markListed(true, &report)
        if report.problem == nil { walk(&report, listed: listed) }
        _ = markListed(false, &report)
        return report
    }

    /// Follows every list (at most as many steps as the heap has minimal blocks, so a
    /// cycle ends) and sets or clears the `listed` flag; returns the number of nodes.
    func markListed(_ mark: Bool, _ report: inout HeapReport) -> Int {
        let limit = Int(epilogue / Self.minimumBlock)
        var count = 0
        for c in 0..<Self.classCount {
            var before: UInt32 = 0
            var block = head(c)
            while block != 0 {
                if mark {
                    func fail(_ why: StaticString) { report.problem = why; report.problemOffset = Int(block) }
                    guard block >= Self.firstBlock, block < epilogue, block % 8 == 4 else { fail("list_link_outside_the_blocks"); return count }
                    guard count < limit else { fail("cycle_in_a_free_list"); return count }
                    let tag = word(block)
                    guard tag & Tag.listed == 0 else { fail("block_on_a_free_list_twice"); return count }
                    guard tag & Tag.allocated == 0 else { fail("allocated_block_on_a_free_list"); return count }
                    guard Self.sizeClass(tag & ~Tag.flags) == c else { fail("free_block_in_the_wrong_size_class"); return count }
                    guard previous(block) == before else { fail("broken_back_link"); return count }
                    setWord(block, tag | Tag.listed)
                } else {
                    // Stop exactly where the marking pass stopped.
                    guard block >= Self.firstBlock, block < epilogue, block % 8 == 4, count < limit,
                          word(block) & Tag.listed != 0 else { return count }
                    setWord(block, word(block) & ~Tag.listed)
                }
                count += 1
                before = block
                block = next(block)
            }
        }
        return count
    }

    /// The walk over all blocks, with the listed flags set.
    func walk(_ report: inout HeapReport, listed: Int) {
        func fail(_ why: StaticString, _ at: UInt32) { report.problem = why; report.problemOffset = Int(at) }
        guard word(Self.controlSize) == Tag.allocated else { return fail("prologue_tag_overwritten", Self.controlSize) }
        var block = Self.firstBlock
        var previousFree = false
        var listedSeen = 0
        while block != epilogue {
            let tag = word(block)
            let size = tag & ~Tag.flags
            guard size >= Self.minimumBlock, size <= epilogue - block else { return fail("block_size_out_of_range", block) }
            guard word(block + size - 4) == tag & ~Tag.listed else { return fail("header_and_footer_differ", block) }
            if tag & Tag.allocated != 0 {
                report.allocatedBlocks += 1
                report.allocatedBytes += Int(size)
                previousFree = false
            } else {
                guard !previousFree else { return fail("two_adjacent_free_blocks", block) }
                guard tag & Tag.listed != 0 else { return fail("free_block_missing_from_its_list", block) }
                listedSeen += 1
                report.freeBlocks += 1
                report.freeBytes += Int(size)
                report.largestFreeBlock = max(report.largestFreeBlock, Int(size))
                previousFree = true
            }
            block += size
        }
        guard word(epilogue) == Tag.allocated else { return fail("epilogue_tag_overwritten", epilogue) }
        guard listedSeen == listed else { return fail("free_list_holds_a_non_block", epilogue) }
    }
}
