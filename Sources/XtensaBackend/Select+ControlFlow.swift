import CLLVM
import XtensaISA

// Instruction selection, continued. Branches, switches and phi copies on edges.
extension Selector {
    // MARK: - Control flow

    mutating func branch(_ inst: LLVMValueRef) throws(BackendError) {
        let from = LLVMGetInstructionParent(inst)!
        if LLVMIsConditional(inst) == 0 {
            let to = LLVMGetSuccessor(inst, 0)!
            try phiCopies(from: from, to: to)
            return emit(.j, .block(blockIDs[to]!))
        }
        let condition = LLVMGetCondition(inst)!
        let ifTrue = LLVMGetSuccessor(inst, 0)!, ifFalse = LLVMGetSuccessor(inst, 1)!
        if let (result, test) = floatBranches[condition] {
            let (predicate, value) = test.branch
            try branch(branchRules[predicate]!, result, constant: value, to: try edge(from: from, to: ifTrue))
            return emit(.j, .block(try edge(from: from, to: ifFalse)))
        }
        if fused.contains(condition), isDoubleWord(LLVMTypeOf(operand(condition, 0))) {
            return try branchOnDoubleWords(condition, to: try edge(from: from, to: ifTrue), else: try edge(from: from, to: ifFalse))
        }
        let comparison: Comparison
        if fused.contains(condition) {
            comparison = self.comparison(condition)
        } else {
            // i1 values are exactly 0 or 1.
            comparison = Comparison(predicate: LLVMIntNE, lhs: condition, rhs: condition, rhsConstant: 0)
        }
        if let c = constant(condition) {
            return emit(.j, .block(try edge(from: from, to: c != 0 ? ifTrue : ifFalse)))
        }
        let trueTarget = try edge(from: from, to: ifTrue)
        try compareAndBranch(comparison, to: trueTarget)
        emit(.j, .block(try edge(from: from, to: ifFalse)))
    }

    /// `switch`: a jump table when the cases are many and dense, else a chain of
    /// compare-and-branch over the cases sorted by value, with runs of consecutive values that
    /// go to the same block tested as one range (x − lo <u n). Binary search comes later.
    mutating func switchBranch(_ inst: LLVMValueRef) throws(BackendError) {
        let from = LLVMGetInstructionParent(inst)!
        let value = operand(inst, 0)
        let width = bitWidth(LLVMTypeOf(value))
        let mask = width >= 32 ? 0xFFFF_FFFF : (1 << width) - 1
        // Successor 0 is the default; case i (from 1) has its value from LLVMGetSwitchCaseValue.
        let cases = (1..<LLVMGetNumSuccessors(inst)).map { i in
            (value: Int(LLVMConstIntGetZExtValue(LLVMGetSwitchCaseValue(inst, i)!)) & mask, target: LLVMGetSuccessor(inst, i)!)
        }.sorted { $0.value < $1.value }
        var ranges: [(low: Int, high: Int, target: LLVMBasicBlockRef)] = []
        for c in cases {
            if let last = ranges.last, last.target == c.target, last.high + 1 == c.value {
                ranges[ranges.count - 1].high = c.value
            } else {
                ranges.append((c.value, c.value, c.target))
            }
        }
        let x = try extended(value, .zero)
        if let first = cases.first, let last = cases.last, ranges.count >= 4,
           last.value - first.value < 4 * cases.count, last.value - first.value < 1024 {
            return try jumpTable(from: from, x, cases: cases, default: LLVMGetSwitchDefaultDest(inst))
        }
        for range in ranges {
            let target = try edge(from: from, to: range.target)
            if range.low == range.high {
                try branch(branchRules[LLVMIntEQ]!, x, constant: Int(Int32(truncatingIfNeeded: range.low)), to: target)
            } else {
                let offset = machine.newVirtual()
                try addConstant(offset, x, -range.low)
                try branch(branchRules[LLVMIntULT]!, offset, constant: range.high - range.low + 1, to: target)
            }
        }
        emit(.j, .block(try edge(from: from, to: LLVMGetSwitchDefaultDest(inst))))
    }

    /// x − lo clamped (MINU) or checked against the table's length, then `jx` through a table
    /// of block addresses (in .rodata, one R_XTENSA_32 per entry).
    mutating func jumpTable(from: LLVMBasicBlockRef, _ x: Register, cases: [(value: Int, target: LLVMBasicBlockRef)],
                            default fallback: LLVMBasicBlockRef) throws(BackendError) {
        let low = cases.first!.value, count = cases.last!.value - low + 1
        let fallbackID = try edge(from: from, to: fallback)
        // With MINU, indices past the end are clamped onto one more entry, the default: no branch.
        let clamp = profile.has(.minmax)
        var entries = [Int](repeating: fallbackID, count: count + (clamp ? 1 : 0))
        var edges: [LLVMBasicBlockRef: Int] = [:]
        for c in cases {
            if edges[c.target] == nil { edges[c.target] = try edge(from: from, to: c.target) }
            entries[c.value - low] = edges[c.target]!
        }
        var index = machine.newVirtual()
        try addConstant(index, x, -low)
        if clamp {
            let clamped = machine.newVirtual()
            emit(.minu, .register(clamped), .register(index), .register(try constantRegister(count)))
            index = clamped
        } else {
            try branch(branchRules[LLVMIntUGE]!, index, constant: count, to: fallbackID)
        }
        let table = machine.jumpTableCount
        machine.jumpTableCount += 1
        let base = hoisted(.jumpTable(table)) { selector, result in
            selector.emit(.l32r, .register(result), .literal(selector.machine.literal(.jumpTable(table))))
        }
        let address = machine.newVirtual(), target = machine.newVirtual()
        emit(.addx4, .register(address), .register(index), .register(base))
        emit(.l32i, .register(target), .register(address), .immediate(0))
        // The entries ride along as block operands: the CFG sees them, passes that retarget
        // branches retarget them, and emission prints the table from them.
        emit(.isa(.jx), [.register(target), .jumpTable(table)] + entries.map { .block($0) })
    }

    /// Whether `inst` is simple arithmetic whose only use is a phi's value on the edge from
    /// its own block; it is then selected on that edge instead (and `sunk` records it). A loop
    /// counter's `i + 1` then lives only on the back edge, so it can share the phi's register
    /// even when `i` itself is still needed on the exit path.
    mutating func isSunkToEdge(_ inst: LLVMValueRef) -> Bool {
        if sunk.contains(inst) { return false }   // being selected on its edge now
        guard [LLVMAdd, LLVMSub, LLVMAnd, LLVMOr, LLVMXor, LLVMShl, LLVMLShr, LLVMAShr].contains(LLVMGetInstructionOpcode(inst)),
              let use = LLVMGetFirstUse(inst), LLVMGetNextUse(use) == nil,
              let user = LLVMGetUser(use), LLVMIsAPHINode(user) != nil else { return false }
        let block = LLVMGetInstructionParent(inst)
        let onEdge = (0..<LLVMCountIncoming(user)).allSatisfy { i in
            LLVMGetIncomingValue(user, i) != inst || LLVMGetIncomingBlock(user, i) == block
        }
        guard onEdge else { return false }
        sunk.insert(inst)
        return true
    }

    /// The block a branch from `from` to `to` should target: `to` itself, or a new block
    /// that does the phi copies of this edge first.
    mutating func edge(from: LLVMBasicBlockRef, to: LLVMBasicBlockRef) throws(BackendError) -> Int {
        guard let first = LLVMGetFirstInstruction(to), LLVMIsAPHINode(first) != nil else { return blockIDs[to]! }
        let branchBlock = current
        let id = newBlockID()
        // Edge blocks go after the block being selected and any edge blocks it already has.
        let position = machine.blocks.firstIndex { $0.id == current }! + 1 + edgeBlocks
        machine.blocks.insert(MachineBlock(id: id), at: position)
        edgeBlocks += 1
        current = id
        try phiCopies(from: from, to: to)
        emit(.j, .block(blockIDs[to]!))
        current = branchBlock
        return id
    }

    /// Copies the values `to`'s phis take when entered from `from`. Sources that are phis of
    /// `to` itself are read into temporaries first, so the copies act in parallel.
    mutating func phiCopies(from: LLVMBasicBlockRef, to: LLVMBasicBlockRef) throws(BackendError) {
        var phi = LLVMGetFirstInstruction(to)
        // Values sunk to this edge are computed here, before any phi of `to` changes.
        while let p = phi, LLVMIsAPHINode(p) != nil {
            if let incoming = (0..<LLVMCountIncoming(p)).first(where: { LLVMGetIncomingBlock(p, $0) == from }),
               let value = LLVMGetIncomingValue(p, incoming), sunk.contains(value) {
                let (savedInstruction, savedLocation) = (instruction, location)
                (instruction, location) = (value, sourceLocation(value))
                try select(value)   // `sunk` still holds it, so this time it is selected
                (instruction, location) = (savedInstruction, savedLocation)
            }
            phi = LLVMGetNextInstruction(p)
        }
        var moves: [(Register, Register)] = []
        phi = LLVMGetFirstInstruction(to)
        var temporaries: [(Register, Register)] = []
        var constants: [(Register, Int)] = []
        while let p = phi, LLVMIsAPHINode(p) != nil {
            let incoming = (0..<LLVMCountIncoming(p)).first { LLVMGetIncomingBlock(p, $0) == from }!
            let value = LLVMGetIncomingValue(p, incoming)!
            if isDoubleWord(LLVMTypeOf(p)) {
                // Both words as ordinary moves (constants are made on the edge, then copied).
                var source = try usePair(value)
                if LLVMIsAPHINode(value) != nil, LLVMGetInstructionParent(value) == to {
                    let temporary = RegisterPair(low: machine.newVirtual(), high: machine.newVirtual())
                    temporaries += zip(temporary.words, source.words).map { ($0, $1) }
                    source = temporary
                }
                moves += zip(pair(for: p).words, source.words).map { ($0, $1) }
                phi = LLVMGetNextInstruction(p)
                continue
            }
            guard isWord(LLVMTypeOf(p)) else { instruction = p; throw unsupported("phis wider than 64 bits are not supported yet") }
            if let c = constant(value) {
                // Constants go straight into the phi's register: no copy to coalesce.
                constants.append((register(for: p), c))
                phi = LLVMGetNextInstruction(p)
                continue
            }
            var source = try use(value)
            if LLVMIsAPHINode(value) != nil, LLVMGetInstructionParent(value) == to {
                let temporary = machine.newVirtual()
                temporaries.append((temporary, source))
                source = temporary
            }
            moves.append((register(for: p), source))
            phi = LLVMGetNextInstruction(p)
        }
        for (destination, source) in temporaries + moves {
            emit(.copy, [.register(destination), .register(source)])
        }
        for (destination, value) in constants { try constantRegister(value, into: destination) }
    }
}
