/// Live intervals over a linear numbering of a function's instructions.
///
/// Instruction k (counting through the blocks in layout order) reads its operands at
/// position 2k and writes its results at 2k + 1, so a value whose last use is an
/// instruction's input can share a register with that instruction's output.
public struct Liveness: Sendable {
    /// One virtual register's interval: the hull of every position where it is live
    /// (linear scan without holes: simple, and conservative).
    public struct Interval: Sendable, Hashable {
        public var register: Int
        public var start: Int
        public var end: Int
    }

    /// Intervals of the virtual registers, by register number.
    public var intervals: [Int: Interval] = [:]
    /// Positions where each physical register is occupied by the ABI (arguments on entry,
    /// call arguments and results, clobbers, the return value). Always within one block.
    public var fixed: [Int: [ClosedRange<Int>]] = [:]

    /// Computes liveness for `function`.
    public static func compute(_ function: MachineFunction) -> Liveness {
        var result = Liveness()
        let blocks = function.blocks
        let index = Dictionary(uniqueKeysWithValues: blocks.enumerated().map { ($1.id, $0) })

        // Upward-exposed uses and definitions of virtual registers, per block.
        var uses = [Set<Int>](repeating: [], count: blocks.count)
        var defs = [Set<Int>](repeating: [], count: blocks.count)
        for (b, block) in blocks.enumerated() {
            for instruction in block.instructions {
                for case .virtual(let v) in instruction.uses where !defs[b].contains(v) { uses[b].insert(v) }
                for case .virtual(let v) in instruction.defs { defs[b].insert(v) }
            }
        }
        // Backward dataflow to a fixed point; blocks without a barrier fall through.
        var liveIn = uses
        var liveOut = [Set<Int>](repeating: [], count: blocks.count)
        let successors: [[Int]] = blocks.enumerated().map { b, block in
            var next = block.successors.compactMap { index[$0] }
            if block.instructions.last?.isBarrier != true, b + 1 < blocks.count { next.append(b + 1) }
            return next
        }
        var changed = true
        while changed {
            changed = false
            for b in blocks.indices.reversed() {
                let out = successors[b].reduce(into: Set<Int>()) { $0.formUnion(liveIn[$1]) }
                let newIn = uses[b].union(out.subtracting(defs[b]))
                if out != liveOut[b] || newIn != liveIn[b] {
                    liveOut[b] = out
                    liveIn[b] = newIn
                    changed = true
                }
            }
        }

        func extend(_ v: Int, _ position: Int) {
            if var interval = result.intervals[v] {
                interval.start = min(interval.start, position)
                interval.end = max(interval.end, position)
                result.intervals[v] = interval
            } else {
                result.intervals[v] = Interval(register: v, start: position, end: position)
            }
        }

        var k = 0
        for (b, block) in blocks.enumerated() {
            let start = 2 * k, end = 2 * (k + max(block.instructions.count, 1)) - 1
            for v in liveIn[b] { extend(v, start) }
            for v in liveOut[b] { extend(v, end) }
            // Physical registers: a definition opens a range, uses extend the latest one; a use
            // with no definition in the block (incoming arguments) starts at the block's start.
            var open: [Int: Int] = [:]
            for instruction in block.instructions {
                for register in instruction.uses {
                    switch register {
                    case .virtual(let v): extend(v, 2 * k)
                    case .physical(let p) where p >= 2:
                        let from = open[p] ?? start
                        result.fixed[p, default: []].removeAll { $0.lowerBound == from }
                        result.fixed[p, default: []].append(from...(2 * k))
                    default: break
                    }
                }
                for register in instruction.defs {
                    switch register {
                    case .virtual(let v): extend(v, 2 * k + 1)
                    case .physical(let p) where p >= 2:
                        open[p] = 2 * k + 1
                        result.fixed[p, default: []].append((2 * k + 1)...(2 * k + 1))
                    default: break
                    }
                }
                k += 1
            }
            if block.instructions.isEmpty { k += 1 }
        }
        return result
    }

    /// Whether physical register `p` is taken by the ABI anywhere in `start...end`.
    public func isFixed(_ p: Int, overlapping start: Int, _ end: Int) -> Bool {
        fixed[p, default: []].contains { $0.lowerBound <= end && start <= $0.upperBound }
    }
}
