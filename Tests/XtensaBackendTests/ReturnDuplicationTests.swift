import CLLVM
import Foundation
import KilnTestSupport
import Testing
@testable import XtensaBackend

/// Small return blocks copied into their predecessors (ReturnDuplication): the copies
/// leave valid IR (LLVM's verifier), blocks that call are left alone, and the program
/// computes what llc-22's build of the original IR computes.
@Suite struct ReturnDuplicationTests {
    /// `common.ret` (fib's shape: a phi over an argument, constants and a sum, reached by
    /// conditional and unconditional branches), `done` (two instructions after the phi,
    /// reached by a switch with three edges from one block), `tail` (reached after a call
    /// whose result it returns) and `calls` (a call in the return block: not copied).
    static let program = """
    declare i32 @side(i32)

    define i32 @fib(i32 %n) noinline {
    entry:
      %small = icmp slt i32 %n, 2
      br i1 %small, label %common.ret, label %recurse
    recurse:
      %m = add i32 %n, -1
      %a = call i32 @fib(i32 %m)
      %big = icmp sgt i32 %a, 1000
      br i1 %big, label %common.ret, label %second
    second:
      %k = add i32 %n, -2
      %b = call i32 @fib(i32 %k)
      %t = add i32 %a, %b
      br label %common.ret
    common.ret:
      %r = phi i32 [ %n, %entry ], [ 1000, %recurse ], [ %t, %second ]
      ret i32 %r
    }

    define i32 @scaled(i32 %x, i32 %y) noinline {
    entry:
      switch i32 %x, label %other [ i32 1, label %done
                                    i32 2, label %done
                                    i32 7, label %done ]
    other:
      %z = mul i32 %y, %y
      br label %done
    done:
      %v = phi i32 [ %y, %entry ], [ %y, %entry ], [ %y, %entry ], [ %z, %other ]
      %w = shl i32 %v, 2
      %u = add i32 %w, 1
      ret i32 %u
    }

    define i32 @pick(i32 %x) noinline {
    entry:
      %c = icmp eq i32 %x, 0
      br i1 %c, label %zero, label %call
    call:
      %r = tail call i32 @scaled(i32 %x, i32 3)
      br label %tail
    zero:
      br label %tail
    tail:
      %v = phi i32 [ %r, %call ], [ 5, %zero ]
      ret i32 %v
    }

    define i32 @calls(i32 %x) noinline {
    entry:
      %c = icmp eq i32 %x, 0
      br i1 %c, label %done, label %more
    more:
      %y = add i32 %x, 3
      br label %done
    done:
      %v = phi i32 [ %x, %entry ], [ %y, %more ]
      %r = call i32 @fib(i32 %v)
      ret i32 %r
    }

    define i32 @main() {
      %f = call i32 @fib(i32 15)
      %s1 = call i32 @scaled(i32 2, i32 5)
      %s2 = call i32 @scaled(i32 3, i32 5)
      %p1 = call i32 @pick(i32 0)
      %p2 = call i32 @pick(i32 7)
      %c1 = call i32 @calls(i32 0)
      %c2 = call i32 @calls(i32 4)
      %a = add i32 %f, %s1
      %b = mul i32 %a, 3
      %d = add i32 %b, %s2
      %e = xor i32 %d, %p1
      %g = add i32 %e, %p2
      %h = mul i32 %g, 7
      %i = add i32 %h, %c1
      %j = xor i32 %i, %c2
      %m = and i32 %j, 255
      ret i32 %m
    }
    """

    /// Blocks of `function` that end in `ret` and start with a phi.
    func phiReturns(in function: LLVMValueRef) -> Int {
        var count = 0
        var block = LLVMGetFirstBasicBlock(function)
        while let b = block {
            if LLVMGetInstructionOpcode(LLVMGetBasicBlockTerminator(b)) == LLVMRet,
               let first = LLVMGetFirstInstruction(b), LLVMIsAPHINode(first) != nil { count += 1 }
            block = LLVMGetNextBasicBlock(b)
        }
        return count
    }

    @Test func smallReturnBlocksAreCopiedAndTheIRStaysValid() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("p.ll").path
        try Self.program.write(toFile: path, atomically: true, encoding: .utf8)
        let module = try IRModule.load(path: path)
        for (name, copied) in [("fib", 1), ("scaled", 1), ("pick", 1), ("calls", 0)] {
            let f = LLVMGetNamedFunction(module.module, name)!
            #expect(ReturnDuplication.run(f) == copied, "\(name)")
            #expect(phiReturns(in: f) == 1 - copied, "\(name)")
        }
        #expect(module.verify() == nil)
    }

    /// The oracle: the original IR through llc-22 and the copied one through Kiln exit alike.
    @Test func copiedProgramComputesWhatLLCComputes() throws {
        let (expected, actual) = try TestTools.exitCodes(ofLLCAndKiln: Self.program)
        #expect(expected != 0)
        #expect(actual == expected)
    }
}
