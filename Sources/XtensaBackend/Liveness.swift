/// Live intervals over a linear numbering of a function's instructions.
///
/// Instruction k (counting through the blocks in layout order) reads its operands at
/// position 2k and writes its results at 2k + 1, so a value whose last use is an
/// instruction's input can share a register with that instruction's output.
public struct Liveness: Sendable {
    /// One virtual register's live range: the segments where it holds a value that a
    /// later instruction reads. Holes matter: a value that is dead across the return block
    /// laid out in the middle of a loop may still share a register with the result.
    public struct Interval: Sendable, Hashable {
        public var register: Int
        /// Disjoint, sorted by start.
        public var segments: [ClosedRange<Int>]
        public var start: Int { segments.first!.lowerBound }
        public var end: Int { segments.last!.upperBound }

        /// Whether some segment overlaps `range`.
        public func overlaps(_ range: ClosedRange<Int>) -> Bool {
            Liveness.overlaps(segments, range)
        }

        public func overlaps(_ other: Interval) -> Bool {
            other.segments.contains { overlaps($0) }
        }
    }

    /// The index of the first of `sorted` (disjoint, ascending) that ends at or after
    /// `position`: a binary search, since large functions have thousands of segments.
    static func firstEnding<T>(atOrAfter position: Int, in sorted: [T], _ range: (T) -> ClosedRange<Int>) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if range(sorted[middle]).upperBound < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether any of `sorted` (disjoint, ascending) overlaps `range`.
    static func overlaps(_ sorted: [ClosedRange<Int>], _ range: ClosedRange<Int>) -> Bool {
        let i = firstEnding(atOrAfter: range.lowerBound, in: sorted) { $0 }
        return i < sorted.count && sorted[i].lowerBound <= range.upperBound
    }

    /// Intervals of the virtual registers, indexed by register number (nil: never live).
    /// Flat arrays indexed by register: the allocator asks for them in its inner loops.
    public var intervals: [Interval?] = []
    /// Positions where each physical register (index 0–15) is occupied by the ABI
    /// (arguments on entry, call arguments and results, clobbers, the return value). Always
    /// within one block; disjoint and ascending.
    public var fixed = [[ClosedRange<Int>]](repeating: [], count: 16)

    /// The interval of virtual register `v`, if it is ever live.
    public func interval(_ v: Int) -> Interval? { v < intervals.count ? intervals[v] : nil }

    /// The intervals in allocation order: by start, then register number.
    public var sortedIntervals: [Interval] {
        intervals.compactMap { $0 }.sorted { ($0.start, $0.register) < ($1.start, $1.register) }
    }

    /// Computes liveness for `function`.
    public static func compute(_ function: MachineFunction) -> Liveness {
        var result = Liveness()
        let blocks = function.blocks

        // Upward-exposed uses and definitions of virtual registers, per block, as bit sets
        // (a large function has thousands of values and blocks; hashed sets were the cost).
        var count = function.virtualCount  // hand-built MIR in tests may leave it at zero
        for block in blocks {
            for instruction in block.instructions {
                instruction.forEachUse { if case .virtual(let v) = $0 { count = max(count, v + 1) } }
                instruction.forEachDef { if case .virtual(let v) = $0 { count = max(count, v + 1) } }
                // Operands neither read nor written (none today) still number registers.
                for case .register(.virtual(let v)) in instruction.operands { count = max(count, v + 1) }
            }
        }
        var uses = [BitSet](repeating: BitSet(count), count: blocks.count)
        var defs = uses
        for (b, block) in blocks.enumerated() {
            for instruction in block.instructions {
                instruction.forEachUse { if case .virtual(let v) = $0, !defs[b].contains(v) { uses[b].insert(v) } }
                instruction.forEachDef { if case .virtual(let v) = $0 { defs[b].insert(v) } }
            }
        }
        // Backward dataflow to a fixed point; blocks without a barrier fall through.
        var liveIn = uses
        var liveOut = [BitSet](repeating: BitSet(count), count: blocks.count)
        let successors = function.layoutSuccessors
        var changed = true
        var out = BitSet(count)
        while changed {
            changed = false
            for b in blocks.indices.reversed() {
                out.removeAll()
                for s in successors[b] { out.formUnion(liveIn[s]) }
                if out != liveOut[b] {
                    liveIn[b].setToUnion(uses[b], out, minus: defs[b])
                    liveOut[b] = out
                    changed = true
                }
            }
        }

        // Segments per virtual register; `open[v]` is where v's current segment ends while a
        // block is walked backwards (-1: none), reset through `opened` after each block.
        var segments = [[ClosedRange<Int>]](repeating: [], count: count)
        var open = [Int](repeating: -1, count: count)
        var opened: [Int] = []
        var definedAt = [Int](repeating: -1, count: 16)
        var k = 0
        for (b, block) in blocks.enumerated() {
            let start = 2 * k, end = 2 * (k + max(block.instructions.count, 1)) - 1
            // Virtual registers, backwards: a use opens a segment, the definition closes it.
            liveOut[b].forEachMember { v in
                open[v] = end
                opened.append(v)
            }
            for i in block.instructions.indices.reversed() {
                let instruction = block.instructions[i]
                let position = 2 * (k + i)
                instruction.forEachDef { register in
                    guard case .virtual(let v) = register else { return }
                    segments[v].append((position + 1)...(open[v] >= 0 ? open[v] : position + 1))
                    open[v] = -1
                }
                instruction.forEachUse { register in
                    guard case .virtual(let v) = register, open[v] < 0 else { return }
                    open[v] = position
                    opened.append(v)
                }
            }
            for v in opened where open[v] >= 0 {
                segments[v].append(start...open[v])
                open[v] = -1
            }
            opened.removeAll(keepingCapacity: true)

            // Physical registers, forwards: a definition opens a range, uses extend the latest
            // one; a use with no definition in the block (incoming arguments) starts at the
            // block's start.
            for p in definedAt.indices { definedAt[p] = -1 }
            for (i, instruction) in block.instructions.enumerated() {
                let position = 2 * (k + i)
                instruction.forEachUse { register in
                    guard case .physical(let p) = register, p >= 2 else { return }
                    let from = definedAt[p] >= 0 ? definedAt[p] : start
                    // The range this use extends, if any, is the latest one of p (ranges are
                    // made in order; a later definition would have moved `from`).
                    if result.fixed[p].last?.lowerBound == from { result.fixed[p].removeLast() }
                    result.fixed[p].append(from...position)
                }
                instruction.forEachDef { register in
                    guard case .physical(let p) = register, p >= 2 else { return }
                    definedAt[p] = position + 1
                    result.fixed[p].append((position + 1)...(position + 1))
                }
            }
            k += max(block.instructions.count, 1)
        }
        result.intervals = [Interval?](repeating: nil, count: count)
        for v in segments.indices where !segments[v].isEmpty {
            result.intervals[v] = Interval(register: v, segments: merged(segments[v]))
        }
        result.fixed = result.fixed.map(merged)
        return result
    }

    /// Sorted, with touching or overlapping segments joined.
    static func merged(_ list: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for segment in list.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, segment.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, segment.upperBound)
            } else {
                result.append(segment)
            }
        }
        return result
    }

    /// Whether physical register `p` is taken by the ABI anywhere `interval` is live.
    public func isFixed(_ p: Int, overlapping interval: Interval) -> Bool {
        let ranges = fixed[p]
        guard !ranges.isEmpty else { return false }
        return interval.segments.contains { Liveness.overlaps(ranges, $0) }
    }
}

/// A fixed-size set of small non-negative integers (virtual register numbers), one bit each.
struct BitSet: Equatable {
    var words: [UInt64]

    init(_ capacity: Int) { words = Array(repeating: 0, count: (capacity + 63) / 64) }

    func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
    mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }
    mutating func formUnion(_ other: BitSet) { for k in words.indices { words[k] |= other.words[k] } }
    func union(_ other: BitSet) -> BitSet { var result = self; result.formUnion(other); return result }
    mutating func removeAll() { for k in words.indices { words[k] = 0 } }
    /// Becomes `a ∪ (b − c)` in place (no temporary sets: the dataflow's inner loop).
    mutating func setToUnion(_ a: BitSet, _ b: BitSet, minus c: BitSet) {
        for k in words.indices { words[k] = a.words[k] | (b.words[k] & ~c.words[k]) }
    }
    func subtracting(_ other: BitSet) -> BitSet {
        var result = self
        for k in words.indices { result.words[k] &= ~other.words[k] }
        return result
    }

    /// Calls `body` with each member, ascending.
    @inline(__always)
    func forEachMember(_ body: (Int) -> Void) {
        for (k, word) in words.enumerated() {
            var w = word
            while w != 0 {
                body(k * 64 + w.trailingZeroBitCount)
                w &= w - 1
            }
        }
    }

    /// The members, ascending.
    var members: [Int] {
        var result: [Int] = []
        for (k, word) in words.enumerated() {
            var w = word
            while w != 0 {
                result.append(k * 64 + w.trailingZeroBitCount)
                w &= w - 1
            }
        }
        return result
    }
}
