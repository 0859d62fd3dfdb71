/// Functions whose native code never returns the exception sentinel (Docs/abi.md,
/// "Exceptions"): a direct call of one needs no `result == 2` test after it. Map's `height`
/// (`match m with Empty -> 0 | Node {h} -> h`) is such a function, and LLVM inlines it: its
/// caller's test then compared a height read from a node with 2, a compare and a branch at
/// every read, in `bal` and `create` on every insertion.
///
/// A lowered function can return the sentinel only through one of these: its entry's stack
/// test (`StackCheck`, raising `Stack_overflow`), a raise that no handler of its own catches
/// (`FunctionLowering.raise`), or a tail call, whose result it returns untested. Every
/// other `ret` returns a value, and the word 2 is never one. The lowering records whether it
/// made any of them (`FunctionLowering.mayReturnSentinel`).
///
/// Only a function that calls nothing (no APPLY, no C call that is not inlined without a
/// call, no allocation: `FunctionLowering.memoryJoins` false) can qualify, since the others
/// test the stack at entry; such a function is lowered for good by its first lowering
/// (`ProgramLowering.definitions`), before the last lowering of any function that calls it,
/// which is where the tests are left out. The proof therefore never rests on itself.
enum NeverRaising {
    /// The entries of the functions, among `lowerings` (entry, calls anything, may return
    /// the sentinel), that never return the sentinel.
    static func entries(_ lowerings: [(entry: Int, memoryJoins: Bool, mayReturnSentinel: Bool)]) -> Set<Int> {
        Set(lowerings.filter { !$0.memoryJoins && !$0.mayReturnSentinel }.map(\.entry))
    }
}

extension FunctionLowering {
    /// True when applying `closure` to `n` arguments is a direct call of a function that
    /// never returns the sentinel (`NeverRaising`): the call's result needs no test.
    func callNeverRaises(_ closure: String, argumentCount n: Int) -> Bool {
        guard let entry = knownClosures[closure], context.arity(ofEntry: entry) == n else { return false }
        return context.neverRaising.contains(entry)
    }
}
