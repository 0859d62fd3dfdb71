import CLLVM

/// Phis of one block that always hold the same value are merged into one, before selection.
///
/// swiftc 6.3's LLVM pipeline leaves a big `switch`-in-a-loop (the bytecode interpreter)
/// with each loop variable carried by many phis: 10 for the stack pointer and 10 for the
/// accumulator, 23 loop-carried values where the source has 5. They are equal, but each
/// one's incoming value on some edges is itself (`%a = phi [%x, %entry], [%a', %latch]`,
/// `%a' = phi [%a, %h1], [%n, %h2]`, and the same for `%b`, `%b'`), so no pass that merges
/// phis with identical operands (LLVM's default pipeline) sees it; NewGVN does. Every copy
/// is live across the whole loop, and under the windowed ABI only a2–a7 survive a call:
/// the allocator had to spill nearly all of them.
///
/// Optimistic congruence, as in value numbering: start with all phis of a block and type
/// in one class, split a class whenever two members receive values of different classes
/// along the same predecessor, until nothing splits. Members of a class that is left are
/// equal on every execution (by induction over the edges taken), so each is replaced by
/// the class's first phi. A value that is not a phi is only congruent to itself (LLVM
/// interns constants, so equal constants are one value).
enum CongruentPhis {
    /// Merges the congruent phis of `function`; returns how many were removed.
    @discardableResult
    static func merge(_ function: LLVMValueRef) -> Int {
        var phis: [LLVMValueRef] = []
        var predecessors: [LLVMBasicBlockRef: [LLVMBasicBlockRef]] = [:]
        var block = LLVMGetFirstBasicBlock(function)
        while let b = block {
            var instruction = LLVMGetFirstInstruction(b)
            while let phi = instruction, LLVMIsAPHINode(phi) != nil {
                if predecessors[b] == nil {
                    // One order of the predecessors for every phi of the block: their
                    // incoming lists may list them differently.
                    predecessors[b] = (0..<LLVMCountIncoming(phi)).map { LLVMGetIncomingBlock(phi, $0)! }
                }
                phis.append(phi)
                instruction = LLVMGetNextInstruction(phi)
            }
            block = LLVMGetNextBasicBlock(b)
        }
        guard phis.count > 1 else { return 0 }

        // Class numbers: phis start grouped by block and type.
        var classOf: [LLVMValueRef: Int] = [:]
        var initial: [[AnyHashable]: Int] = [:]
        for phi in phis {
            let key: [AnyHashable] = [LLVMGetInstructionParent(phi)!, LLVMTypeOf(phi)!]
            classOf[phi] = initial[key] ?? { initial[key] = initial.count; return initial.count - 1 }()
        }
        let incoming: [[LLVMValueRef]] = phis.map { phi in
            let parent = LLVMGetInstructionParent(phi)!
            return predecessors[parent]!.map { predecessor in
                let i = (0..<LLVMCountIncoming(phi)).first { LLVMGetIncomingBlock(phi, $0) == predecessor }!
                return LLVMGetIncomingValue(phi, i)!
            }
        }
        // A value's class for comparing signatures: its phi class, or the value itself.
        func label(_ value: LLVMValueRef) -> AnyHashable {
            if let c = classOf[value] { return c } else { return value }
        }
        var classes = initial.count
        while true {
            var next: [[AnyHashable]: Int] = [:]
            var renumbered: [Int] = []
            for (i, phi) in phis.enumerated() {
                let key = [AnyHashable(classOf[phi]!)] + incoming[i].map(label)
                renumbered.append(next[key] ?? { next[key] = next.count; return next.count - 1 }())
            }
            for (i, phi) in phis.enumerated() { classOf[phi] = renumbered[i] }
            // Classes only ever split, so an unchanged count means nothing split.
            if next.count == classes { break }
            classes = next.count
        }

        var representative: [Int: LLVMValueRef] = [:]
        var removed = 0
        for phi in phis {
            let c = classOf[phi]!
            guard let kept = representative[c] else { representative[c] = phi; continue }
            LLVMReplaceAllUsesWith(phi, kept)
            LLVMInstructionEraseFromParent(phi)
            removed += 1
        }
        return removed
    }
}
