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
        if isConditionTree(condition) {
            let trueTarget = try edge(from: from, to: ifTrue)
            return try branch(on: condition, ifTrue: trueTarget, ifFalse: try edge(from: from, to: ifFalse))
        }
        if fused.contains(condition), isDoubleWord(LLVMTypeOf(operand(condition, 0))) {
            return try branchOnDoubleWords(condition, to: try edge(from: from, to: ifTrue), else: try edge(from: from, to: ifFalse))
        }
        if let c = constant(condition) {
            return emit(.j, .block(try edge(from: from, to: c != 0 ? ifTrue : ifFalse)))
        }
        try branchIf(condition, to: try edge(from: from, to: ifTrue))
        emit(.j, .block(try edge(from: from, to: ifFalse)))
    }

    /// One `switch` case range: values low...high (unsigned, within one word) go to `target`,
    /// a machine block (the successor, or its edge block for phi copies).
    typealias CaseRange = (low: Int, high: Int, target: Int)

    /// Sparse switches with more case ranges than this are a binary search.
    static let linearSwitchLimit = 4

    /// `switch` on up to 32 bits: see `dispatch`. On i64 the cases are grouped by their high
    /// word: each group is a compare of the high word, then a dispatch on the low word.
    mutating func switchBranch(_ inst: LLVMValueRef) throws(BackendError) {
        let from = LLVMGetInstructionParent(inst)!
        let value = operand(inst, 0)
        let width = bitWidth(LLVMTypeOf(value))
        let mask = width >= 32 ? 0xFFFF_FFFF : (1 << width) - 1
        // Every edge block is made first, while the switch's own block is current, so they
        // sit together after it; one per distinct target.
        var edges: [LLVMBasicBlockRef: Int] = [:]
        func target(_ block: LLVMBasicBlockRef) throws(BackendError) -> Int {
            if let id = edges[block] { return id }
            let id = try edge(from: from, to: block)
            edges[block] = id
            return id
        }
        let defaultDestination = LLVMGetSwitchDefaultDest(inst)!
        let fallback = try target(defaultDestination)
        // A default that is `unreachable` (an exhaustive Swift `switch`) needs no range check
        // in front of a jump table: a value outside the cases is undefined behaviour.
        let unchecked = LLVMGetFirstInstruction(defaultDestination).map { LLVMGetInstructionOpcode($0) == LLVMUnreachable } ?? false
        // Successor 0 is the default; case i (from 1) has its value from LLVMGetSwitchCaseValue.
        var cases: [(value: UInt64, target: Int)] = []
        for i in 1..<LLVMGetNumSuccessors(inst) {
            let bits = LLVMConstIntGetZExtValue(LLVMGetSwitchCaseValue(inst, i)!)
            cases.append((width == 64 ? bits : bits & UInt64(mask), try target(LLVMGetSuccessor(inst, i)!)))
        }
        cases.sort { $0.value < $1.value }
        if width <= 32 {
            return try dispatch(try extended(value, .zero), Self.caseRanges(cases.map { (Int($0.value), $0.target) }),
                                default: fallback, unchecked: unchecked)
        }
        let x = try usePair(value)
        var groups: [(high: Int, cases: [(Int, Int)])] = []
        for c in cases {
            let high = Int(c.value >> 32), low = Int(c.value & 0xFFFF_FFFF)
            if groups.last?.high == high { groups[groups.count - 1].cases.append((low, c.target)) } else { groups.append((high, [(low, c.target)])) }
        }
        for group in groups {
            let next = newBlockID()
            try branch(branchRules[LLVMIntNE]!, x.high, constant: Int(Int32(truncatingIfNeeded: group.high)), to: next)
            startBlock(newBlockID())
            try dispatch(x.low, Self.caseRanges(group.cases), default: fallback)
            startBlock(next)
        }
        emit(.j, .block(fallback))
    }

    /// Sorted cases with runs of consecutive values to one block merged into ranges.
    static func caseRanges(_ cases: [(value: Int, target: Int)]) -> [CaseRange] {
        var ranges: [CaseRange] = []
        for c in cases {
            if let last = ranges.last, last.target == c.target, last.high + 1 == c.value {
                ranges[ranges.count - 1].high = c.value
            } else {
                ranges.append((c.value, c.value, c.target))
            }
        }
        return ranges
    }

    /// Branches on the word `x` to the ranges' targets, else to `fallback`, ending the block:
    /// a jump table when the cases are many and dense; a chain of compare-and-branch when there
    /// are few ranges (one value: EQ; a run: x − lo <u n); otherwise a binary search, x <u the
    /// middle range's low value splitting the ranges in halves until chains are short.
    /// `unchecked`: the default is unreachable, so a jump table needs no bounds check.
    mutating func dispatch(_ x: Register, _ ranges: [CaseRange], default fallback: Int, unchecked: Bool = false) throws(BackendError) {
        guard let first = ranges.first, let last = ranges.last else { return emit(.j, .block(fallback)) }
        let values = ranges.reduce(0) { $0 + $1.high - $1.low + 1 }
        if ranges.count >= 4, last.high - first.low < 4 * values, last.high - first.low < 1024 {
            return try jumpTable(x, ranges, default: fallback, unchecked: unchecked)
        }
        if ranges.count > Self.linearSwitchLimit {
            let middle = ranges.count / 2
            let lower = newBlockID(), upper = newBlockID()
            try branch(branchRules[LLVMIntULT]!, x, constant: Int(Int32(truncatingIfNeeded: ranges[middle].low)), to: lower)
            // Explicit jumps: edge blocks may be placed between these blocks.
            emit(.j, .block(upper))
            startBlock(upper)
            try dispatch(x, Array(ranges[middle...]), default: fallback)
            startBlock(lower)
            return try dispatch(x, Array(ranges[..<middle]), default: fallback)
        }
        for range in ranges {
            if range.low == range.high {
                try branch(branchRules[LLVMIntEQ]!, x, constant: Int(Int32(truncatingIfNeeded: range.low)), to: range.target)
            } else {
                let offset = machine.newVirtual()
                try addConstant(offset, x, -range.low)
                try branch(branchRules[LLVMIntULT]!, offset, constant: range.high - range.low + 1, to: range.target)
            }
        }
        emit(.j, .block(fallback))
    }

    /// x − lo clamped (MINU) or checked against the table's length, then `jx` through a table
    /// of block addresses (in .rodata, one R_XTENSA_32 per entry).
    mutating func jumpTable(_ x: Register, _ ranges: [CaseRange], default fallback: Int, unchecked: Bool) throws(BackendError) {
        let low = ranges.first!.low, count = ranges.last!.high - low + 1
        // With MINU, indices past the end are clamped onto one more entry, the default: no branch.
        let clamp = profile.has(.minmax) && !unchecked
        var entries = [Int](repeating: fallback, count: count + (clamp ? 1 : 0))
        for range in ranges {
            for value in range.low...range.high { entries[value - low] = range.target }
        }
        var index = machine.newVirtual()
        try addConstant(index, x, -low)
        // Unchecked: the selector is always one of the cases.
        if clamp {
            let clamped = machine.newVirtual()
            emit(.minu, .register(clamped), .register(index), .register(try constantRegister(count)))
            index = clamped
        } else if !unchecked {
            try branch(branchRules[LLVMIntUGE]!, index, constant: count, to: fallback)
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

    /// Whether `value` is a phi that takes `phi` as one of its incoming values: `phi`
    /// receiving `value` passes it around a loop unchanged.
    static func carriesBack(_ phi: LLVMValueRef, _ value: LLVMValueRef) -> Bool {
        guard LLVMIsAPHINode(value) != nil else { return false }
        return (0..<LLVMCountIncoming(value)).contains { LLVMGetIncomingValue(value, $0) == phi }
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
        var passedOn: [(Register, Register)] = []
        while let p = phi, LLVMIsAPHINode(p) != nil {
            let incoming = (0..<LLVMCountIncoming(p)).first { LLVMGetIncomingBlock(p, $0) == from }!
            let value = LLVMGetIncomingValue(p, incoming)!
            if isDoubleWord(LLVMTypeOf(p)) || Self.isAggregate(LLVMTypeOf(p)) {
                // Every word as an ordinary move (constants are made on the edge, then copied).
                let aggregate = Self.isAggregate(LLVMTypeOf(p))
                var source = aggregate ? try aggregateWords(value) : try usePair(value).words
                if LLVMIsAPHINode(value) != nil, LLVMGetInstructionParent(value) == to {
                    let temporary = source.map { _ in machine.newVirtual() }
                    temporaries += zip(temporary, source).map { ($0, $1) }
                    source = temporary
                }
                moves += zip(aggregate ? fieldRegisters(p) : pair(for: p).words, source).map { ($0, $1) }
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
            if Self.carriesBack(p, value) {
                passedOn.append((register(for: p), source))
            } else {
                moves.append((register(for: p), source))
            }
            phi = LLVMGetNextInstruction(p)
        }
        // A phi that hands a loop phi's value on unchanged (`%env' = %env`, where `%env` takes
        // `%env'` back) is copied after every other copy reading that value: its register can
        // then be the value's own (the copy vanishes) instead of overlapping it while the
        // other copies still read it.
        for (destination, source) in temporaries + moves + passedOn {
            emit(.copy, [.register(destination), .register(source)])
        }
        for (destination, value) in constants { try constantRegister(value, into: destination) }
    }
}
