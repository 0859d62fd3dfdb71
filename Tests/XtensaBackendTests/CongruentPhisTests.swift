import CLLVM
import Foundation
import KilnTestSupport
import Testing
@testable import XtensaBackend

/// Phis that always hold the same value (CongruentPhis): the shape swiftc leaves in the
/// interpreter loop, copies that carry themselves around the loop, must merge; phis that
/// differ on one edge must not; and the merged program must compute what llc-22's build
/// of the unmerged IR computes.
@Suite struct CongruentPhisTests {
    /// `%a`/`%b` (and `%a2`/`%b2`) are equal copies of one counter: each receives itself on
    /// the `keep` path. `%c` starts at 1, so it and `%c2` differ from them. `main` returns
    /// a sum of `f`'s results as the exit code.
    static let program = """
    define i32 @f(i32 %n) noinline {
    entry:
      br label %loop
    loop:
      %a = phi i32 [ 0, %entry ], [ %a2, %latch ]
      %b = phi i32 [ 0, %entry ], [ %b2, %latch ]
      %c = phi i32 [ 1, %entry ], [ %c2, %latch ]
      %i = phi i32 [ 0, %entry ], [ %i2, %latch ]
      %odd = and i32 %i, 1
      %t = icmp eq i32 %odd, 0
      br i1 %t, label %inc, label %keep
    inc:
      %x = add i32 %a, 3
      %y = add i32 %c, 5
      br label %latch
    keep:
      br label %latch
    latch:
      %a2 = phi i32 [ %x, %inc ], [ %a, %keep ]
      %b2 = phi i32 [ %x, %inc ], [ %b, %keep ]
      %c2 = phi i32 [ %y, %inc ], [ %c, %keep ]
      %i2 = add i32 %i, 1
      %more = icmp slt i32 %i2, %n
      br i1 %more, label %loop, label %exit
    exit:
      %s = add i32 %a2, %b2
      %r = mul i32 %s, %c2
      ret i32 %r
    }

    define i32 @main() {
      %r1 = call i32 @f(i32 7)
      %r2 = call i32 @f(i32 10)
      %r = xor i32 %r1, %r2
      %m = and i32 %r, 127
      ret i32 %m
    }
    """

    func phis(in function: LLVMValueRef) -> Int {
        var count = 0
        var block = LLVMGetFirstBasicBlock(function)
        while let b = block {
            var instruction = LLVMGetFirstInstruction(b)
            while let i = instruction { if LLVMIsAPHINode(i) != nil { count += 1 }; instruction = LLVMGetNextInstruction(i) }
            block = LLVMGetNextBasicBlock(b)
        }
        return count
    }

    @Test func copiesThatCarryThemselvesMergeAndOthersStay() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("p.ll").path
        try Self.program.write(toFile: path, atomically: true, encoding: .utf8)
        let module = try IRModule.load(path: path)
        let f = LLVMGetNamedFunction(module.module, "f")!
        #expect(phis(in: f) == 7)
        // %b and %b2 go; %c, %c2 (another value) and %i stay.
        #expect(CongruentPhis.merge(f) == 2)
        #expect(phis(in: f) == 5)
        #expect(module.verify() == nil)
    }

    /// The oracle: the unmerged IR through llc-22 and the merged one through Kiln exit alike.
    @Test func mergedProgramComputesWhatLLCComputes() throws {
        let (expected, actual) = try TestTools.exitCodes(ofLLCAndKiln: Self.program)
        #expect(expected != 0)
        #expect(actual == expected)
    }
}
