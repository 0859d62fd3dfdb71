/// What the collector may find in a root frame's words at each call (Docs/abi.md, "Root
/// frame words"), as two dataflow problems over the bytecode blocks of one function:
///
/// * **Unwritten words**: a word no store of this activation reached holds whatever the
///   stack held before; a collection must never see one. Forward, must-written: a word is
///   set to `Val_int(0)` at entry only when some call can observe it before a store
///   (most words are stored before the first call: nothing to do at entry).
/// * **Stale words**: a word above the bytecode stack's top, or under a stack word whose
///   value is not in it (an integer), that still holds a pointer this activation stored
///   keeps what it points to alive (ocamlrun does not scan above its sp, and has the
///   integer in its stack). Forward, may-dirty: each call clears (stores 1 in) such words
///   that may hold such a pointer, and only those.
///
/// The lowering records, per path through a block, a `FrameWordState` at every edge and
/// every call (`FrameWordFlow`); `solve` gives the words to initialise at entry and, for
/// each call, the words whose state came from the block's predecessors and must be cleared.
struct FrameWordState: Equatable {
    /// Words (stack depths, -1 for the accumulator's) this path stored a value in that may
    /// be a pointer, and has not cleared since.
    var dirty: Set<Int> = []
    /// Words this path stored in or cleared: what they held at the block's entry no longer
    /// matters here.
    var settled: Set<Int> = []
    /// Every word from this depth up was cleared at a call on this path (or was clean).
    var settledFrom = Int.max
    /// Words this path surely wrote.
    var written: Set<Int> = []
    /// Whether this path called anything since the block's entry.
    var called = false
    /// The clearings (`FrameWordFlow.clearing`'s numbers) this path ran since the block's
    /// entry: what they store, known only once solved, is written too.
    var clearings: Set<Int> = []

    func isSettled(_ word: Int) -> Bool { word >= settledFrom || settled.contains(word) }

    /// A store into `word`; `pointer` when the value may be a pointer the collector follows.
    mutating func store(_ word: Int, pointer: Bool) {
        if pointer { dirty.insert(word) } else { dirty.remove(word) }
        settled.insert(word)
        written.insert(word)
    }

    /// The state after clearing the words from `depth` up and the `words` below it: the
    /// dirty ones (`dirtyWords`) and whatever the block's entry left there.
    mutating func clear(from depth: Int, _ words: Set<Int>) {
        let cleared = dirtyWords(from: depth, words)
        written.formUnion(cleared)
        dirty.subtract(cleared)
        settled.formUnion(words)
        settledFrom = min(settledFrom, depth)
    }

    /// The words from `depth` up, and of `words`, that this path made dirty.
    func dirtyWords(from depth: Int, _ words: Set<Int>) -> [Int] {
        dirty.filter { $0 >= depth || words.contains($0) }.sorted()
    }

    /// Where two paths meet: dirty on either, settled and written on both, called on either.
    static func merge(_ a: FrameWordState, _ b: FrameWordState) -> FrameWordState {
        FrameWordState(dirty: a.dirty.union(b.dirty),
                       settled: a.settled.filter { b.isSettled($0) }.union(b.settled.filter { a.isSettled($0) }),
                       settledFrom: max(a.settledFrom, b.settledFrom),
                       written: a.written.intersection(b.written),
                       called: a.called || b.called,
                       clearings: a.clearings.intersection(b.clearings))
    }
}

/// The frame-word states one lowering recorded (see `FrameWordState`).
struct FrameWordFlow {
    /// An edge into the block at `target` from the block at `source` (nil: the function's
    /// entry). `agreeing`: the words that hold their stack word's value on this edge;
    /// `carried`: stack words that still hold the source block's entry value, in a word
    /// not written since (they agree if they agreed at the source's entry).
    struct Edge {
        var source: Int?
        var target: Int
        var state: FrameWordState
        var agreeing: Set<Int> = []
        var carried: Set<Int> = []
    }

    /// A point in the block at `block` at bytecode stack depth `depth` (a call, or where the
    /// stale words before one are cleared: those from `depth` up and the `mismatched` ones
    /// below, except the `entryIntegers` — integers the block received in a register,
    /// unchanged — whose word holds that integer on every path in), with the state there.
    struct Point {
        var block: Int
        var depth: Int
        var mismatched: Set<Int> = []
        var entryIntegers: Set<Int> = []
        var state: FrameWordState
        /// A call on a slow path (an allocation's or inline primitive's runtime call, a
        /// bounds check's raise): the words it alone may see unwritten are set there, not at
        /// entry (`Solution.callInits`).
        var slow = false
        /// For a slow call: the words below `depth` whose content nothing reads after it
        /// (-1 for the accumulator's), which may then be set there like those from `depth` up.
        var dead: Set<Int> = []
    }

    private(set) var edges: [Edge] = []
    private(set) var calls: [Point] = []
    private(set) var clearings: [Point] = []

    mutating func edge(from source: Int?, to target: Int, _ state: FrameWordState, agreeing: Set<Int>, carried: Set<Int>) {
        edges.append(Edge(source: source, target: target, state: state, agreeing: agreeing, carried: carried))
    }

    /// Records a call (a collection can see every word of the frame); the result names it
    /// for `Solution.callInits`.
    mutating func call(in block: Int, atDepth depth: Int, _ state: FrameWordState, slow: Bool = false, dead: Set<Int> = []) -> Int {
        calls.append(Point(block: block, depth: depth, state: state, slow: slow, dead: dead))
        return calls.count - 1
    }

    /// Records where stale words are cleared; the result names it for `Solution.clears`.
    mutating func clearing(in block: Int, atDepth depth: Int, mismatched: Set<Int>, entryIntegers: Set<Int>, _ state: FrameWordState) -> Int {
        clearings.append(Point(block: block, depth: depth, mismatched: mismatched, entryIntegers: entryIntegers, state: state))
        return clearings.count - 1
    }

    /// What `solve` found.
    struct Solution {
        /// Words a call may see unwritten: set to `Val_int(0)` at entry.
        var initialised: Set<Int>
        /// For each call (by `call`'s number), the words set to `Val_int(0)` just before it
        /// instead of at entry: a slow call's unwritten words that no path to it wrote, or
        /// whose content nothing reads after it (above the stack's top, or under a value not
        /// in the word), and that no other call needs set at entry.
        var callInits: [[Int]]
        /// For each clearing (by `clearing`'s number), the words it must clear because they
        /// may be stale pointers from the block's predecessors.
        var clears: [[Int]]
        /// Blocks that every path from the entry reaches without a call.
        var callFree: Set<Int>
    }

    /// Applies `update` to every edge, in order, until no block's entry value changes: it
    /// returns the target's new value from the values so far, or nil for no change.
    private func iterate<Value: Equatable>(_ update: (Edge, [Int: Value]) -> Value?) -> [Int: Value] {
        var values: [Int: Value] = [:]
        var changed = true
        while changed {
            changed = false
            for edge in edges {
                guard let new = update(edge, values), new != values[edge.target] else { continue }
                values[edge.target] = new
                changed = true
            }
        }
        return values
    }

    /// Solves both problems for a frame of `words` words; `entryWritten` are the words the
    /// entry writes (arguments stored there), `entryDirty` those of them that may be pointers.
    func solve(words: Set<Int>, entryWritten: Set<Int>, entryDirty: Set<Int>) -> Solution {
        // May-dirty at each block's entry: the least fixpoint from empty sets.
        let dirtyIn: [Int: Set<Int>] = iterate { edge, dirtyIn in
            let inherited = edge.source.map { dirtyIn[$0] ?? [] } ?? entryDirty
            let reaching = edge.state.dirty.union(inherited.filter { !edge.state.isSettled($0) })
            let old = dirtyIn[edge.target] ?? []
            return reaching.isSubset(of: old) ? nil : old.union(reaching)
        }
        // Words that hold their stack word's entry value on every path in: greatest fixpoint.
        let agreeIn: [Int: Set<Int>] = iterate { edge, agreeIn in
            let inherited: Set<Int>? = edge.source.map { agreeIn[$0] } ?? []
            guard let inherited else { return nil }
            let reaching = edge.agreeing.union(edge.carried.intersection(inherited))
            return agreeIn[edge.target].map { $0.intersection(reaching) } ?? reaching
        }
        let clears = clearings.map { point in
            (dirtyIn[point.block] ?? []).filter { word in
                let stale = word >= point.depth || point.mismatched.contains(word)
                    && !(point.entryIntegers.contains(word) && agreeIn[point.block]?.contains(word) ?? false)
                return stale && !point.state.isSettled(word)
            }.sorted()
        }
        // What a path surely wrote: its stores and the words its clearings store 1 in (a
        // word a clearing finds possibly stale on a loop's back edge is then not set at
        // entry as well, when the clearing comes before every call that could see it).
        func written(_ state: FrameWordState) -> Set<Int> {
            state.clearings.reduce(state.written) { $0.union(clears[$1]) }
        }
        // Must-written at each block's entry: the greatest fixpoint (absent = every word).
        let writtenIn: [Int: Set<Int>] = iterate { edge, writtenIn in
            let before: Set<Int>? = edge.source.map { writtenIn[$0] } ?? entryWritten
            guard let before else { return nil }
            let reaching = before.union(written(edge.state))
            return writtenIn[edge.target].map { $0.intersection(reaching) } ?? reaching
        }
        // Blocks reached only by call-free paths: the greatest fixpoint (absent = call-free).
        let called = Set(iterate { edge, called in
            edge.state.called || edge.source.map({ called[$0] != nil }) ?? false ? true : nil
        }.keys)
        // May-written at each block's entry (stores and clearings on some path): the least
        // fixpoint from the arguments' words.
        let mayWrittenIn: [Int: Set<Int>] = iterate { edge, mayWrittenIn in
            let before = edge.source.map { mayWrittenIn[$0] ?? [] } ?? entryWritten
            let reaching = before.union(written(edge.state))
            let old = mayWrittenIn[edge.target] ?? []
            return reaching.isSubset(of: old) ? nil : old.union(reaching)
        }
        // A slow path's call runs seldom; the entry runs at every call of the function. The
        // words a slow call may see unwritten are set on its path when no path to it wrote
        // them or their content is dead there (a store of 1 then overwrites no value the
        // function still reads).
        var initialised: Set<Int> = []
        var deferred: [(call: Int, words: Set<Int>)] = []
        for (n, call) in calls.enumerated() {
            let unwritten = words.subtracting((writtenIn[call.block] ?? words).union(written(call.state)))
            guard call.slow else { initialised.formUnion(unwritten); continue }
            let mayWritten = (mayWrittenIn[call.block] ?? []).union(written(call.state))
            let settable = unwritten.filter { !mayWritten.contains($0) || $0 >= call.depth || call.dead.contains($0) }
            initialised.formUnion(unwritten.subtracting(settable))
            deferred.append((n, settable))
        }
        var callInits = Array(repeating: [Int](), count: calls.count)
        for (n, words) in deferred { callInits[n] = words.subtracting(initialised).sorted() }
        return Solution(initialised: initialised, callInits: callInits, clears: clears,
                        callFree: Set(edges.map(\.target)).subtracting(called))
    }
}
