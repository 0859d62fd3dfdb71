/// Boundary tags: the header word at a block's start and the footer word at its end both
/// hold `size | allocated`; sizes are multiples of 8, so the low three bits are flags.
/// The footer lets `free` find the previous block in constant time.
enum Tag {
    static let allocated: UInt32 = 1
    /// Set only transiently by the consistency checker on listed free blocks.
    static let listed: UInt32 = 2
    static let flags: UInt32 = 7
}

extension Heap {
    @inline(__always) func word(_ offset: UInt32) -> UInt32 {
        base.load(fromByteOffset: Int(offset), as: UInt32.self)
    }

    @inline(__always) func setWord(_ offset: UInt32, _ value: UInt32) {
        base.storeBytes(of: value, toByteOffset: Int(offset), as: UInt32.self)
    }

    @inline(__always) func size(_ block: UInt32) -> UInt32 { word(block) & ~Tag.flags }

    @inline(__always) func isAllocated(_ block: UInt32) -> Bool { word(block) & Tag.allocated != 0 }

    @inline(__always) func setTags(_ block: UInt32, size: UInt32, allocated: Bool) {
        let tag = size | (allocated ? Tag.allocated : 0)
        setWord(block, tag)
        setWord(block + size - 4, tag)
    }

    @inline(__always) func payload(_ block: UInt32) -> UnsafeMutableRawPointer {
        base + Int(block + 4)
    }

    @inline(__always) func block(of payload: UnsafeMutableRawPointer) -> UInt32 {
        UInt32(payload - base) - 4
    }
}
