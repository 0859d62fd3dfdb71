/// How often each block runs, estimated from loop nesting: 8 to the power of the number of
/// natural loops around it (at most 4). The allocator weighs a value's uses with it, so that
/// what a loop uses on every iteration keeps its register and what it uses on a rare path
/// (a call, a slow allocation) is the one spilled.
enum BlockFrequency {
    /// Loop nesting counted at most this deep (8⁴ keeps sums of thousands of uses in an Int
    /// and still ranks one use in a loop above any number of uses outside it in practice).
    static let maximumDepth = 4

    /// One weight per block, in layout order.
    static func estimate(_ function: MachineFunction) -> [Int] {
        let count = function.blocks.count
        guard count > 0 else { return [] }
        // Successors as Liveness sees them.
        let successors = function.layoutSuccessors
        var predecessors = [[Int]](repeating: [], count: count)
        for (b, next) in successors.enumerated() { for s in next { predecessors[s].append(b) } }
        // Back edges: edges to a block on the depth-first path from the entry (iterative, a
        // function may have thousands of blocks).
        var state = [UInt8](repeating: 0, count: count)  // 0 unseen, 1 on the path, 2 done
        var latches = [[Int]](repeating: [], count: count)  // per header
        var stack: [(block: Int, next: Int)] = [(0, 0)]
        state[0] = 1
        while let top = stack.last {
            if top.next < successors[top.block].count {
                stack[stack.count - 1].next += 1
                let s = successors[top.block][top.next]
                if state[s] == 1 { latches[s].append(top.block) }
                if state[s] == 0 { state[s] = 1; stack.append((s, 0)) }
            } else {
                state[top.block] = 2
                stack.removeLast()
            }
        }
        // Each header's loop: the blocks that reach one of its latches without passing it.
        var depth = [Int](repeating: 0, count: count)
        var inLoop = [Int](repeating: -1, count: count)  // last header that marked the block
        for header in 0..<count where !latches[header].isEmpty {
            inLoop[header] = header
            depth[header] += 1
            var work = latches[header].filter { inLoop[$0] != header }
            for b in work { inLoop[b] = header; depth[b] += 1 }
            while let b = work.popLast() {
                for p in predecessors[b] where inLoop[p] != header && state[p] == 2 {
                    inLoop[p] = header
                    depth[p] += 1
                    work.append(p)
                }
            }
        }
        return depth.map { d in (0..<min(d, maximumDepth)).reduce(1) { weight, _ in weight * 8 } }
    }
}
