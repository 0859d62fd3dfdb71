import Foundation
import KilnTestSupport
@testable import OCamlLowering
import Testing

/// What a native function does at entry and at a self tail call (Docs/abi.md, "Stack
/// checks"): the stack tests, the root frame's push, the frame words' initialisation. That
/// they still catch every overflow is what the corpus checks against ocamlrun
/// (exn_stack_overflow, exn_root_overflow); these tests pin the cheap forms.
@Suite struct EntrySequenceTests {
    /// The entry block of a definition (up to the branch into the body).
    static func entry(_ definition: String) throws -> String {
        try #require(definition.components(separatedBy: "br label %start\n").first)
    }

    /// fib has no root frame: its test is one unsigned compare of SP with the limit (it was
    /// a subtraction and a sign test), and the root stack's globals are not read.
    @Test func nativeTestIsOneUnsignedCompare() throws {
        let (_, fib) = try RootFrameTests.lastRecursiveFunction("""
            let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)
            let () = print_int (fib 20)
            """)
        let entry = try Self.entry(fib)
        #expect(entry.contains("%ovf = icmp ult i32 %spi, %splim"), "\(fib)")
        #expect(!entry.contains("sub i32") && !entry.contains("@caml_root"), "\(fib)")
    }

    /// A root frame of at most `StackCheck.smallFrameWords` words is pushed after the native
    /// test alone (the runtime keeps the root stack's room at least the native stack's); the
    /// push is one load of `caml_root_sp` and one store, and the words are addressed from the
    /// stored value (no reload).
    @Test func smallFrameNeedsOnlyTheNativeTest() throws {
        let (_, walk) = try RootFrameTests.lastRecursiveFunction("""
            let rec walk n l = if n < 1 then List.length l else n + walk (n - 1) (n :: l) + List.length l
            let () = print_int (walk 10 [])
            """)
        let entry = try Self.entry(walk)
        let size = try #require(entry.firstMatch(of: /%framei = sub i32 %rsp0, (\d+)/).flatMap { Int($0.1) })
        #expect(size <= 4 * StackCheck.smallFrameWords, "\(walk)")
        #expect(entry.contains("%ovf = icmp ult i32 %spi, %splim") && !entry.contains("@caml_root_limit"), "\(walk)")
        #expect(entry.components(separatedBy: "@caml_root_sp").count == 3, "one load and one store: \(walk)")
        #expect(!walk.contains("load volatile"), "\(walk)")
    }

    /// A bigger frame tests both stacks: the native one against its limit, and that the root
    /// stack keeps at least the native stack's room after the push.
    @Test func bigFrameTestsTheRootStackToo() throws {
        // Twelve values (not integers) on the bytecode stack across the recursive call.
        let (_, wide) = try RootFrameTests.lastRecursiveFunction("""
            let pick t k = Sys.opaque_identity (List.nth t k)
            let rec wide n t =
              let a = pick t 0 and b = pick t 1 and c = pick t 2 and d = pick t 3 and e = pick t 4 and f = pick t 5 in
              let g = pick t 6 and h = pick t 7 and i = pick t 8 and j = pick t 9 and k = pick t 10 and l = pick t 11 in
              if n = 0 then 0 else wide (n - 1) t + String.length (String.concat "" [a; b; c; d; e; f; g; h; i; j; k; l])
            let () = print_int (wide 3 (List.init 12 string_of_int))
            """)
        let entry = try Self.entry(wide)
        let size = try #require(entry.firstMatch(of: /%framei = sub i32 %rsp0, (\d+)/).flatMap { Int($0.1) })
        #expect(size > 4 * StackCheck.smallFrameWords, "\(wide)")
        #expect(entry.contains("load i32, ptr @caml_root_limit") && entry.contains("%ovf_excess = sub i32 %ovf_root, %ovf_native"), "\(wide)")
    }

    /// A tail call of a function by itself with its own closure is a branch back to the
    /// body: the entry's test, push and initialisation run once per call from outside, not
    /// once per round (quicksort's second recursive call).
    @Test func selfTailCallBranchesToTheBody() throws {
        let (entry, qsort) = try RootFrameTests.lastRecursiveFunction("""
            let rec qsort a lo hi =
              if lo < hi then begin
                let pivot = a.(hi) and i = ref lo in
                for j = lo to hi - 1 do
                  if a.(j) <= pivot then begin let t = a.(!i) in a.(!i) <- a.(j); a.(j) <- t; incr i end
                done;
                let t = a.(!i) in a.(!i) <- a.(hi); a.(hi) <- t;
                qsort a lo (!i - 1);
                qsort a (!i + 1) hi
              end
            let () = let a = Array.init 20 (fun i -> (i * 7) mod 20) in qsort a 0 19; Array.iter print_int a
            """)
        #expect(!qsort.contains("musttail call i32 @caml_fun_\(entry)("), "\(qsort)")
        #expect(qsort.components(separatedBy: "call i32 @caml_fun_\(entry)(").count == 2, "\(qsort)")
        #expect(qsort.components(separatedBy: "@caml_native_stack_limit").count == 2, "\(qsort)")
    }
}
