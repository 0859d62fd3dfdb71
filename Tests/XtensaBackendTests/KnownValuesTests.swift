import Testing
import XtensaISA
@testable import XtensaBackend

/// `KnownValues` on allocated Machine IR built by hand: what it removes, and every write
/// that must make it forget.
@Suite struct KnownValuesTests {
    let a = (0..<16).map { Register.physical($0) }

    func movi(_ r: Int, _ value: Int) -> MachineInstruction { MachineInstruction(.movi, .register(a[r]), .immediate(value)) }
    func store(_ r: Int, _ base: Int, _ offset: Int) -> MachineInstruction {
        MachineInstruction(.s32i, .register(a[r]), .register(a[base]), .immediate(offset))
    }
    func spill(_ r: Int, _ slot: Int) -> MachineInstruction { MachineInstruction(.s32i, .register(a[r]), .register(.sp), .frame(slot, offset: 0)) }
    func reload(_ r: Int, _ slot: Int) -> MachineInstruction { MachineInstruction(.l32i, .register(a[r]), .register(.sp), .frame(slot, offset: 0)) }
    func copy(_ d: Int, _ s: Int) -> MachineInstruction { MachineInstruction(.copy, [.register(a[d]), .register(a[s])]) }
    var call: MachineInstruction {
        MachineInstruction(.isa(.call8), [.symbol("f", addend: 0)], implicitDefs: Array(a[8...15]))
    }
    var ret: MachineInstruction { MachineInstruction(.isa(.retwN), []) }

    func function(_ blocks: [[MachineInstruction]], slots: Int = 0) -> MachineFunction {
        var function = MachineFunction(name: "f", isGlobal: true)
        function.blocks = blocks.enumerated().map { id, instructions in
            var block = MachineBlock(id: id)
            block.instructions = instructions
            return block
        }
        function.frameObjects = (0..<slots).map { _ in FrameObject(size: 4, alignment: 4, isSpillSlot: true) }
        return function
    }

    /// quicksort's frame initialisation: one MOVI serves every store until a9 is written.
    @Test func repeatedConstantsGo() {
        let input = function([[movi(9, 1), store(9, 8, 0), movi(9, 1), store(9, 8, 4), movi(9, 1), store(9, 8, 8),
                               MachineInstruction(.addi, .register(a[9]), .register(a[9]), .immediate(1)), movi(9, 1), store(9, 8, 12),
                               call, movi(9, 1), ret]])
        let output = KnownValues.run(input)
        #expect(output.blocks[0].instructions == [movi(9, 1), store(9, 8, 0), store(9, 8, 4), store(9, 8, 8),
                                                  MachineInstruction(.addi, .register(a[9]), .register(a[9]), .immediate(1)),
                                                  movi(9, 1), store(9, 8, 12), call, movi(9, 1), ret])
    }

    /// The same literal's address loaded twice; a different literal or a store through the
    /// register does not change what the register holds, a load into it does.
    @Test func literalsAndSlots() {
        let l32r = { (r: Int, k: Int) in MachineInstruction(.l32r, .register(self.a[r]), .literal(k)) }
        let load = MachineInstruction(.l32i, .register(a[8]), .register(a[8]), .immediate(0))
        let input = function([[l32r(8, 0), store(9, 8, 0), l32r(8, 0), l32r(10, 1), load, l32r(8, 0),
                               reload(4, 0), reload(4, 0), spill(5, 0), reload(4, 0), reload(5, 0), copy(6, 5), copy(6, 5),
                               ret]], slots: 1)
        let output = KnownValues.run(input)
        #expect(output.blocks[0].instructions == [l32r(8, 0), store(9, 8, 0), l32r(10, 1), load, l32r(8, 0),
                                                  reload(4, 0), spill(5, 0), reload(4, 0), copy(6, 5), ret])
    }

    /// Knowledge flows into a block whose only predecessor is earlier, not into a join.
    @Test func onlySinglePredecessorsInherit() {
        let branch = MachineInstruction(.beqz, .register(a[2]), .block(2))
        let input = function([[movi(9, 7), branch],   // falls through to 1, branches to 2
                              [movi(9, 7), movi(10, 3)],
                              [movi(9, 7), ret]])
        let output = KnownValues.run(input)
        #expect(output.blocks[1].instructions == [movi(10, 3)])
        #expect(output.blocks[2].instructions == [movi(9, 7), ret])
    }
}
