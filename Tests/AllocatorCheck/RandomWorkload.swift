import Allocator
import SoftFloatCheck

/// What a randomized run saw: operation counts, the first failure, and the fragmentation
/// figure (largest free block / all free bytes) at every checkpoint.
public struct WorkloadResult: CustomStringConvertible {
    public var steps = 0
    public var allocations = 0, frees = 0, reallocations = 0, zeroed = 0, aligned = 0
    public var exhaustions = 0
    public var checkpoints = 0
    /// The first failure, with the step where it happened.
    public var failure: String?
    /// Sum and minimum of largest-free / total-free over the checkpoints.
    public var fragmentationSum = 0.0, fragmentationMinimum = 1.0
    /// Largest number of live blocks and of bytes allocated (tags included) at a checkpoint.
    public var peakLiveBlocks = 0, peakAllocatedBytes = 0
    /// Whether freeing everything at the end left one free block spanning the heap.
    public var coalescedToOneBlock = false

    public var description: String {
        let mean = checkpoints == 0 ? 0 : fragmentationSum / Double(checkpoints)
        return "\(steps) steps: \(allocations) malloc, \(zeroed) calloc, \(aligned) memalign, "
            + "\(reallocations) realloc, \(frees) free, \(exhaustions) exhausted; \(checkpoints) checkpoints; "
            + "largest free / total free: mean \(mean), minimum \(fragmentationMinimum); "
            + "peak \(peakLiveBlocks) live blocks, \(peakAllocatedBytes) bytes; one free block at the end: \(coalescedToOneBlock)"
            + (failure.map { "; FAILED: \($0)" } ?? "")
    }
}

/// A live block in the shadow model: where it is, how many bytes were asked for, and the
/// seed of the pattern written into it.
struct LiveBlock {
    var pointer: UnsafeMutableRawPointer
    var size: Int
    var seed: UInt64
}

/// Random malloc/calloc/memalign/realloc/free sequences against a shadow model of the
/// live blocks. Every block carries a pattern (64-bit words derived from a seed) that must
/// survive everything but its own free; realloc must keep the common prefix; calloc must
/// give zeros. Every `checkEvery` steps the heap checker runs, live blocks are checked for
/// alignment, bounds and overlap, and the fragmentation figure is recorded.
public struct RandomWorkload {
    public var seed: UInt64 = 0x4B49_4C4E
    /// Number of slots for live blocks: the steady-state population.
    public var slots = 600
    /// Largest request in bytes (sizes span 0 … this, skewed towards small ones).
    public var maximumSize = 48 * 1024
    public var checkEvery = 100

    public init() {}

    /// Sizes as programs ask for them: mostly small, some medium, a few up to the maximum.
    static func size(_ random: inout SplitMix64, maximum: Int) -> Int {
        switch random.below(100) {
        case 0..<70: return random.below(257)
        case 70..<95: return random.below(4097)
        default: return random.below(maximum + 1)
        }
    }

    /// The pattern's word at `index` (byte offset `index × 8`).
    @inline(__always) static func pattern(_ seed: UInt64, _ index: Int) -> UInt64 {
        (seed &+ UInt64(index)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Writes the pattern from byte `start` (a multiple of 8) to the block's end.
    static func fill(_ block: LiveBlock, from start: Int = 0) {
        var offset = start
        while offset + 8 <= block.size {
            block.pointer.storeBytes(of: pattern(block.seed, offset / 8), toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        var tail = pattern(block.seed, offset / 8)
        while offset < block.size {
            block.pointer.storeBytes(of: UInt8(truncatingIfNeeded: tail), toByteOffset: offset, as: UInt8.self)
            tail >>= 8
            offset += 1
        }
    }

    /// Whether the first `count` bytes still hold the block's pattern.
    static func intact(_ block: LiveBlock, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if block.pointer.load(fromByteOffset: offset, as: UInt64.self) != pattern(block.seed, offset / 8) { return false }
            offset += 8
        }
        var tail = pattern(block.seed, offset / 8)
        while offset < count {
            if block.pointer.load(fromByteOffset: offset, as: UInt8.self) != UInt8(truncatingIfNeeded: tail) { return false }
            tail >>= 8
            offset += 1
        }
        return true
    }

    /// Whether `count` bytes at `pointer` (8-aligned) are all zero.
    static func zero(_ pointer: UnsafeMutableRawPointer, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if pointer.load(fromByteOffset: offset, as: UInt64.self) != 0 { return false }
            offset += 8
        }
        while offset < count {
            if pointer.load(fromByteOffset: offset, as: UInt8.self) != 0 { return false }
            offset += 1
        }
        return true
    }

    /// Runs `steps` operations on a fresh heap of `heapBytes` bytes, then frees everything.
    public func run(steps: Int, heapBytes: Int = 4 << 20) -> WorkloadResult {
        let region = HostRegion(byteCount: heapBytes)
        defer { region.release() }
        let heap = region.heap
        var result = WorkloadResult()
        var random = SplitMix64(seed: seed)
        var live = [LiveBlock?](repeating: nil, count: slots)

        func fail(_ step: Int, _ why: String) { if result.failure == nil { result.failure = "step \(step): \(why)" } }

        func accept(_ pointer: UnsafeMutableRawPointer, size: Int, alignment: Int, step: Int) {
            if UInt(bitPattern: pointer) % UInt(alignment) != 0 { fail(step, "\(pointer) not aligned to \(alignment)") }
            if !region.contains(pointer, count: size) { fail(step, "\(pointer)+\(size) outside the region") }
            if heap.usableSize(pointer) < size { fail(step, "usable size \(heap.usableSize(pointer)) < \(size)") }
        }

        for step in 0..<steps {
            let slot = random.below(slots)
            if let block = live[slot] {
                if !Self.intact(block, count: block.size) { fail(step, "block at \(block.pointer) lost its contents") }
                if random.below(2) == 0 {
                    heap.deallocate(block.pointer)
                    live[slot] = nil
                    result.frees += 1
                } else {
                    let size = Self.size(&random, maximum: maximumSize)
                    result.reallocations += 1
                    if let moved = heap.reallocate(block.pointer, size) {
                        accept(moved, size: size, alignment: 8, step: step)
                        var resized = LiveBlock(pointer: moved, size: size, seed: block.seed)
                        if !Self.intact(resized, count: min(size, block.size)) { fail(step, "realloc lost contents") }
                        Self.fill(resized, from: min(size, block.size) / 8 * 8)
                        resized.size = size
                        live[slot] = resized
                    } else {
                        result.exhaustions += 1
                        if !Self.intact(block, count: block.size) { fail(step, "failed realloc changed the block") }
                    }
                }
            } else {
                var size = Self.size(&random, maximum: maximumSize)
                var alignment = 8
                let pointer: UnsafeMutableRawPointer?
                switch random.below(10) {
                case 0..<6:
                    result.allocations += 1
                    pointer = heap.allocate(size)
                case 6..<8:
                    result.zeroed += 1
                    // As count × size, so the product path is exercised.
                    let count = max(1, random.below(8))
                    size = count * (size / count)
                    pointer = heap.allocateZeroed(count: count, size: size / count)
                    if let pointer {
                        if !Self.zero(pointer, count: size) {
                            fail(step, "calloc memory not zero")
                        }
                    }
                default:
                    result.aligned += 1
                    alignment = 16 << random.below(9)  // 16 … 4096
                    pointer = heap.allocate(size, alignment: alignment)
                }
                if let pointer {
                    accept(pointer, size: size, alignment: alignment, step: step)
                    let block = LiveBlock(pointer: pointer, size: size, seed: random.next())
                    Self.fill(block)
                    live[slot] = block
                } else {
                    result.exhaustions += 1
                }
            }
            result.steps += 1
            if step % checkEvery == checkEvery - 1 || step == steps - 1 {
                checkpoint(heap, live.compactMap { $0 }, step: step, result: &result)
            }
            if result.failure != nil { return result }
        }

        for case let block? in live { heap.deallocate(block.pointer) }
        let report = heap.check()
        if let problem = report.problem { fail(steps, "after freeing all: \(problem)") }
        result.coalescedToOneBlock = report.freeBlocks == 1 && report.allocatedBlocks == 0
            && report.largestFreeBlock == heap.capacity
        return result
    }

    func checkpoint(_ heap: Heap, _ blocks: [LiveBlock], step: Int, result: inout WorkloadResult) {
        func fail(_ step: Int, _ why: String) { if result.failure == nil { result.failure = "step \(step): \(why)" } }
        result.checkpoints += 1
        let report = heap.check()
        if let problem = report.problem { fail(step, "heap check: \(problem) at offset \(report.problemOffset)") }
        if report.allocatedBlocks != blocks.count {
            fail(step, "\(report.allocatedBlocks) allocated blocks, \(blocks.count) live")
        }
        let sorted = blocks.sorted { $0.pointer < $1.pointer }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.pointer + heap.usableSize(a.pointer) > b.pointer {
            fail(step, "blocks at \(a.pointer) and \(b.pointer) overlap")
        }
        if report.freeBytes > 0 {
            let figure = Double(report.largestFreeBlock) / Double(report.freeBytes)
            result.fragmentationSum += figure
            result.fragmentationMinimum = min(result.fragmentationMinimum, figure)
        }
        result.peakLiveBlocks = max(result.peakLiveBlocks, blocks.count)
        result.peakAllocatedBytes = max(result.peakAllocatedBytes, report.allocatedBytes)
    }
}
