import CLLVM

/// Small return blocks are copied into their predecessors, before selection.
///
/// LLVM's SimplifyCFG merges every `ret` of a function into one block whose phi collects
/// the results (`common.ret`), because its own targets duplicate that block again late
/// (tail duplication and CodeGenPrepare's return duplication). Selected as it stands, each
/// path copies its result into the phi's register and jumps to a shared `mov a2, phi;
/// retw.n`: OCaml's fib spent a `j` and a `mov` of about seventeen instructions per call on
/// it. With the block copied, each path returns its own value, which selection already
/// moves straight into a2 (constants are made there, single-use arithmetic writes there),
/// and a call whose result is now returned directly can become a proper tail call.
///
/// A block qualifies when it ends in `ret`, holds at most `maximumInstructions` other
/// instructions besides its phis (none a call or alloca: copies stay small and cheap), and
/// every predecessor ends in `br` or `switch`. A predecessor ending in an unconditional
/// branch gets the copy in place of the branch (unless the block has no phis and the
/// predecessor falls into it anyway); a conditional branch or switch gets, when the block
/// has phis, one new block per predecessor, where the return block was (what selection
/// would have made for the edge's phi copies anyway; one per predecessor so that a switch's
/// cases still merge into ranges). A block left without predecessors is deleted.
enum ReturnDuplication {
    /// Instructions besides phis and the `ret` a block may hold and still be copied.
    static let maximumInstructions = 2

    /// Copies the small return blocks of `function` into their predecessors; returns how
    /// many blocks were copied into at least one predecessor.
    @discardableResult
    static func run(_ function: LLVMValueRef) -> Int {
        var candidates: [LLVMBasicBlockRef] = []
        var block = LLVMGetFirstBasicBlock(function)
        let entry = block
        while let b = block {
            if b != entry, qualifies(b) { candidates.append(b) }
            block = LLVMGetNextBasicBlock(b)
        }
        guard !candidates.isEmpty else { return 0 }
        // Predecessors come from the terminators that name a block (a block's users are
        // not reachable through the C API without walking every use anyway).
        var edges: [LLVMBasicBlockRef: [(LLVMValueRef, UInt32)]] = [:]
        block = LLVMGetFirstBasicBlock(function)
        while let b = block {
            if let terminator = LLVMGetBasicBlockTerminator(b) {
                for i in 0..<LLVMGetNumSuccessors(terminator) {
                    edges[LLVMGetSuccessor(terminator, i)!, default: []].append((terminator, i))
                }
            }
            block = LLVMGetNextBasicBlock(b)
        }
        var copied = 0
        for candidate in candidates {
            guard let incoming = edges[candidate], !incoming.isEmpty,
                  incoming.allSatisfy({ [LLVMBr, LLVMSwitch].contains(LLVMGetInstructionOpcode($0.0)) })
            else { continue }
            if duplicate(candidate, into: incoming, in: function) { copied += 1 }
        }
        return copied
    }

    /// Whether `block` is a return block small enough to copy.
    static func qualifies(_ block: LLVMBasicBlockRef) -> Bool {
        guard let terminator = LLVMGetBasicBlockTerminator(block),
              LLVMGetInstructionOpcode(terminator) == LLVMRet else { return false }
        var count = 0
        var instruction = LLVMGetFirstInstruction(block)
        while let i = instruction, i != terminator {
            if LLVMIsAPHINode(i) == nil {
                if LLVMIsACallInst(i) != nil || LLVMIsAAllocaInst(i) != nil { return false }
                count += 1
                if count > maximumInstructions { return false }
            }
            instruction = LLVMGetNextInstruction(i)
        }
        return true
    }

    /// Replaces the edges into `block` by copies of it where that gains something, then
    /// deletes it if no edge is left; returns whether any edge was replaced.
    @discardableResult
    static func duplicate(_ block: LLVMBasicBlockRef, into incoming: [(LLVMValueRef, UInt32)],
                          in function: LLVMValueRef) -> Bool {
        let context = LLVMGetTypeContext(LLVMTypeOf(function))
        let builder = LLVMCreateBuilderInContext(context)!
        defer { LLVMDisposeBuilder(builder) }
        var phis: [LLVMValueRef] = []
        var body: [LLVMValueRef] = []
        var instruction = LLVMGetFirstInstruction(block)
        while let i = instruction {
            if LLVMIsAPHINode(i) != nil { phis.append(i) } else { body.append(i) }
            instruction = LLVMGetNextInstruction(i)
        }
        // Each phi's value per predecessor (a switch's several edges from one block all
        // carry the same value, so the first entry for the block is the one); looked up per
        // edge, since OCaml's exception returns give a block thousands of predecessors.
        let values: [[LLVMBasicBlockRef: LLVMValueRef]] = phis.map { phi in
            var byBlock: [LLVMBasicBlockRef: LLVMValueRef] = [:]
            for k in (0..<LLVMCountIncoming(phi)).reversed() {
                byBlock[LLVMGetIncomingBlock(phi, k)!] = LLVMGetIncomingValue(phi, k)!
            }
            return byBlock
        }
        // The block laid out just before the return (it may fall into it), before any edge
        // block is placed between them.
        let layoutPredecessor = LLVMGetPreviousBasicBlock(block)
        var kept = false, replaced = false
        var edgeBlocks: [LLVMBasicBlockRef: LLVMBasicBlockRef] = [:]
        for (terminator, successor) in incoming {
            let predecessor = LLVMGetInstructionParent(terminator)!
            var mapped: [LLVMValueRef: LLVMValueRef] = [:]
            for (phi, byBlock) in zip(phis, values) { mapped[phi] = byBlock[predecessor]! }
            if LLVMGetInstructionOpcode(terminator) == LLVMBr, LLVMIsConditional(terminator) == 0 {
                // Without phis, the block laid out just before the return falls into it:
                // a copy would save nothing and cost its size.
                if phis.isEmpty, predecessor == layoutPredecessor { kept = true; continue }
                LLVMPositionBuilder(builder, predecessor, terminator)
                emitCopy(of: body, mapped: mapped, builder: builder)
                LLVMInstructionEraseFromParent(terminator)
                replaced = true
            } else if phis.isEmpty {
                // A branch straight to a return without phis needs no edge block for
                // copies: nothing to gain.
                kept = true
            } else if let edge = edgeBlocks[predecessor] {
                // A switch's further edges to the return share its copy, so that its cases
                // still merge into ranges.
                LLVMSetSuccessor(terminator, successor, edge)
            } else {
                // Where the return was, or right after a predecessor that fell into it (a
                // loop's exit): no block that fell through loses its place.
                let edge = LLVMInsertBasicBlockInContext(context, block, "ret.dup")!
                if predecessor == layoutPredecessor { LLVMMoveBasicBlockAfter(edge, predecessor) }
                LLVMPositionBuilderAtEnd(builder, edge)
                emitCopy(of: body, mapped: mapped, builder: builder)
                LLVMSetSuccessor(terminator, successor, edge)
                edgeBlocks[predecessor] = edge
                replaced = true
            }
        }
        // Only a block without phis is kept (with the predecessors it kept), so no phi
        // ever loses an incoming entry here.
        if !kept { LLVMDeleteBasicBlock(block) }
        return replaced
    }

    /// Inserts a copy of `body` at the builder's position, operands renamed through
    /// `mapped` (phis to their incoming values, earlier instructions to their copies).
    static func emitCopy(of body: [LLVMValueRef], mapped: [LLVMValueRef: LLVMValueRef], builder: LLVMBuilderRef) {
        var mapped = mapped
        for original in body {
            let copy = LLVMInstructionClone(original)!
            for k in 0..<LLVMGetNumOperands(copy) {
                if let operand = LLVMGetOperand(copy, UInt32(k)), let replacement = mapped[operand] {
                    LLVMSetOperand(copy, UInt32(k), replacement)
                }
            }
            LLVMInsertIntoBuilder(builder, copy)
            mapped[original] = copy
        }
    }
}
