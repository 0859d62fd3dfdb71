/// Segregated free lists: one doubly linked list per power-of-two size class, heads in
/// the control area, links (UInt32 offsets, 0 = none) in the first two payload words.
/// Insertion is LIFO; a search scans the request's own class first fit, then takes the
/// first block of any larger class (every block there fits). That approximates best fit
/// at a bounded cost and keeps large blocks intact for large requests.
extension Heap {
    @inline(__always) static func sizeClass(_ size: UInt32) -> UInt32 {
        min(UInt32(27 - size.leadingZeroBitCount), classCount - 1)
    }

    @inline(__always) func head(_ c: UInt32) -> UInt32 { word(c * 4) }
    @inline(__always) func setHead(_ c: UInt32, _ block: UInt32) { setWord(c * 4, block) }
    @inline(__always) func next(_ block: UInt32) -> UInt32 { word(block + 4) }
    @inline(__always) func previous(_ block: UInt32) -> UInt32 { word(block + 8) }

    /// Pushes a free block (tags already written) onto its class's list.
    func insert(_ block: UInt32) {
        let c = Self.sizeClass(size(block))
        let first = head(c)
        setWord(block + 4, first)
        setWord(block + 8, 0)
        if first != 0 { setWord(first + 8, block) }
        setHead(c, block)
    }

    /// Unlinks a free block from its class's list.
    func remove(_ block: UInt32) {
        let after = next(block), before = previous(block)
        if before != 0 { setWord(before + 4, after) } else { setHead(Self.sizeClass(size(block)), after) }
        if after != 0 { setWord(after + 8, before) }
    }

    /// A free block of at least `size` bytes, or 0.
    func find(_ size: UInt32) -> UInt32 {
        var c = Self.sizeClass(size)
        var block = head(c)
        while block != 0 {
            if self.size(block) >= size { return block }
            block = next(block)
        }
        c += 1
        while c < Self.classCount {
            if head(c) != 0 { return head(c) }
            c += 1
        }
        return 0
    }
}
