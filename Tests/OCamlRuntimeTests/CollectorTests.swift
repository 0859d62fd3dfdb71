import KilnOCaml
import KilnOCamlHost
import Testing
@testable import OCamlRuntime

/// What a block should hold, kept outside the heap: the collector is checked against it.
struct ShadowBlock {
    var tag: UInt32
    var words: [UInt32]
    /// Fields before this index are raw words (a closure's code pointers and info).
    var scanFrom: Int
}

/// Random object graphs built with the runtime's allocator, mirrored in a shadow model.
/// Roots: global table fields and root stack slots. After every collection, everything
/// reachable in the model must be intact, and the collector's live word count must equal
/// exactly what the model reaches (a precise collector keeps nothing else).
struct GraphWorkload {
    var random: SplitMix
    var blocks: [Value: ShadowBlock] = [:]
    /// Infix pointer → its closure.
    var infixOwner: [Value: Value] = [:]
    let rootCount = 48
    let stackRoots = 16
    var allocatedWords = 0
    /// Words live before the workload starts (the predefined exceptions).
    let baseline: Int

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
        Collector.collect()
        baseline = Collector.liveWords
        let g = Harness.globals
        for i in 0..<rootCount { g[Harness.firstFreeGlobal + i] = valInt(0) }
        for _ in 0..<stackRoots { Roots.push(valInt(0)) }
    }

    var stackSlots: UnsafeMutablePointer<Value> { caml_root_top - stackRoots }

    func root(_ i: Int) -> Value {
        i < rootCount ? Harness.globals[Harness.firstFreeGlobal + i] : stackSlots[i - rootCount]
    }
    func setRoot(_ i: Int, _ v: Value) {
        if i < rootCount { Harness.globals[Harness.firstFreeGlobal + i] = v } else { stackSlots[i - rootCount] = v }
    }
    var rootSlots: Int { rootCount + stackRoots }

    /// The block a value refers to in the model (through an infix pointer too).
    func target(_ v: Value) -> Value? {
        if let owner = infixOwner[v] { return owner }
        return blocks[v] != nil ? v : nil
    }

    func reachable() -> [Value] {
        var seen: Set<Value> = []
        var work: [Value] = []
        for i in 0..<rootSlots { if let t = target(root(i)), seen.insert(t).inserted { work.append(t) } }
        while let b = work.popLast() {
            let s = blocks[b]!
            guard s.tag < OCamlTag.noScan else { continue }
            for w in s.words[s.scanFrom...] { if let t = target(w), seen.insert(t).inserted { work.append(t) } }
        }
        return Array(seen)
    }

    /// A reachable block found by a short random walk from a root, or nil.
    mutating func someBlock() -> Value? {
        guard var b = target(root(random.below(rootSlots))) else { return nil }
        for _ in 0..<random.below(4) {
            let s = blocks[b]!
            guard s.tag < OCamlTag.noScan, s.scanFrom < s.words.count else { break }
            guard let t = target(s.words[s.scanFrom + random.below(s.words.count - s.scanFrom)]) else { break }
            b = t
        }
        return b
    }

    /// Some reachable value (or an integer).
    mutating func someValue() -> Value {
        guard random.below(4) != 0, let b = someBlock() else { return valInt(Int32(random.below(1000))) }
        // Prefer the infix pointer of a closure now and then.
        if blocks[b]!.tag == OCamlTag.closure, random.below(2) == 0 { return b + 12 }
        return b
    }

    mutating func allocate() -> Value? {
        let kind = random.below(10)
        let size = random.below(8) == 0 ? 17 + random.below(300) : 1 + random.below(16)
        switch kind {
        case 0:
            // A string with a pattern.
            let n = random.below(40)
            guard let s = allocateBytes(n) else { return nil }
            for i in 0..<n { bytePointer(s)[i] = UInt8(truncatingIfNeeded: i &* 7 &+ Int(s)) }
            record(s, tag: OCamlTag.string, scanFrom: wosize(s))
            return s
        case 1:
            // A closure with one infix function; its code words look like pointers to
            // other blocks but are not values.
            let env = 1 + random.below(4)
            let n = 5 + env
            guard let c = OCamlHeap.allocate(n, OCamlTag.closure) else { return nil }
            let junk = someBlock() ?? 0
            setField(c, 0, junk)
            setField(c, 1, UInt32(2) << 24 | UInt32(5) << 1 | 1)
            setField(c, 2, makeHeader(3, OCamlTag.infix))
            setField(c, 3, junk)
            setField(c, 4, UInt32(1) << 24 | UInt32(2) << 1 | 1)
            for i in 5..<n { setField(c, i, someValue()) }
            record(c, tag: OCamlTag.closure, scanFrom: 5)
            infixOwner[c + 12] = c
            return random.below(2) == 0 ? c + 12 : c
        case 2:
            guard let d = OCamlHeap.allocate(2, OCamlTag.double) else { return nil }
            setDoubleAt(d, 0, Double(random.next() % 1000))
            record(d, tag: OCamlTag.double, scanFrom: 2)
            return d
        default:
            // Fields must be rooted values before the allocation; pick them after (they
            // are reachable from the roots, so they survive it).
            guard let b = OCamlHeap.allocate(size, UInt32(random.below(3))) else { return nil }
            for i in 0..<size { setField(b, i, someValue()) }
            record(b, tag: tagOf(b), scanFrom: 0)
            return b
        }
    }

    mutating func record(_ b: Value, tag: UInt32, scanFrom: Int) {
        // A reused address must have been unreachable.
        if let old = blocks[b], old.tag == OCamlTag.closure { infixOwner[b + 12] = nil }
        infixOwner[b] = nil
        blocks[b] = ShadowBlock(tag: tag, words: (0..<wosize(b)).map { field(b, $0) }, scanFrom: scanFrom)
        allocatedWords += wosize(b) + 1
    }

    /// Every reachable block holds what the model says, and the heap parses end to end.
    func verify(afterCollection: Bool, allocatedSince: Value?, liveWords: inout Int) -> String? {
        let live = reachable()
        var starts: Set<Value> = []
        var h = OCamlHeap.start
        while h < OCamlHeap.end {
            // The allocation chunk's unused words are no blocks until a collection seals them.
            if h == caml_alloc_ptr && caml_alloc_limit > caml_alloc_ptr { h = caml_alloc_limit; continue }
            let word = wordPointer(h).pointee
            starts.insert(h + 4)
            h += 4 + (word >> 10) * 4
        }
        if h != OCamlHeap.end { return "heap walk ends at \(h), not \(OCamlHeap.end)" }
        var words = 0
        for b in live {
            let s = blocks[b]!
            if !starts.contains(b) { return "reachable block \(b) is not a block start" }
            if header(b) & Color.mask == Color.blue { return "reachable block \(b) is free" }
            if tagOf(b) != s.tag || wosize(b) != s.words.count { return "block \(b) header changed" }
            for i in 0..<s.words.count where field(b, i) != s.words[i] { return "block \(b) field \(i) changed" }
            if b != allocatedSince { words += s.words.count + 1 }
        }
        liveWords = words
        if afterCollection && Collector.liveWords != baseline + words {
            return "collector kept \(Collector.liveWords) words, the model reaches \(baseline) + \(words)"
        }
        return nil
    }

    /// Runs `steps` random operations; returns the first inconsistency.
    mutating func run(steps: Int, heapWords: Int) -> String? {
        var liveWords = 0
        for step in 0..<steps {
            let before = Collector.collections
            var allocated: Value? = nil
            // A new block is rooted after the check: a collection inside `allocate` saw the
            // roots as they were before (the root it overwrites may have kept a block alive).
            var newRoot: (slot: Int, value: Value)? = nil
            switch random.below(10) {
            case 0..<6:
                guard let v = allocate() else {
                    return "heap exhausted at step \(step): live \(Collector.liveWords) free \(Collector.freeWords) words, \(OCamlHeap.describeFreeLists())"
                }
                allocated = target(v)
                newRoot = (random.below(rootSlots), v)
            case 6..<8:
                // Store into a field of a reachable scanned block (not a closure's code).
                guard let b = someBlock() else { continue }
                let s = blocks[b]!
                guard s.tag < OCamlTag.noScan, s.scanFrom < s.words.count else { continue }
                let i = s.scanFrom + random.below(s.words.count - s.scanFrom)
                let v = someValue()
                setField(b, i, v)
                blocks[b]!.words[i] = v
            case 8:
                setRoot(random.below(rootSlots), valInt(0))
            default:
                if random.below(20) == 0 { Collector.collect() }
            }
            let collected = Collector.collections != before
            if collected || step % 16 == 0 {
                if let problem = verify(afterCollection: collected, allocatedSince: allocated, liveWords: &liveWords) {
                    return "step \(step): \(problem)"
                }
            }
            if let newRoot { setRoot(newRoot.slot, newRoot.value) }
            // Keep the live set under a third of the heap: drop half the roots.
            if liveWords > heapWords / 3 {
                for i in 0..<rootSlots where random.below(2) == 0 { setRoot(i, valInt(0)) }
                liveWords = 0
            }
        }
        return nil
    }
}

/// SplitMix64, the generator the other randomized tests use (fixed seeds).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

extension RuntimeSuites {
    @Suite struct CollectorTests {
        @Test(arguments: [1, 2, 3] as [UInt64])
        func randomGraphsSurviveIntact(seed: UInt64) {
            Harness.start(heapBytes: 32 * 1024)
            var workload = GraphWorkload(seed: seed)
            let problem = workload.run(steps: 6000, heapWords: 32 * 1024 / 4)
            #expect(problem == nil)
            // The program allocated many times the heap: memory was reused.
            #expect(workload.allocatedWords * 4 > 5 * 32 * 1024, "allocated \(workload.allocatedWords * 4) bytes")
            #expect(Collector.collections > 5)
        }

        /// 100 × the heap through a small live set: nothing leaks, the heap never fills.
        @Test func allocatingHundredTimesTheHeap() {
            let heap: UInt32 = 32 * 1024
            Harness.start(heapBytes: heap)
            let g = Harness.globals
            let slot = Harness.firstFreeGlobal
            var total = 0
            var list = valInt(0)
            var length = 0
            while total < 100 * Int(heap) {
                // A list of at most 200 cells, cut back to nothing now and then.
                guard let cell = OCamlHeap.allocate(2, 0) else { Issue.record("out of memory after \(total) bytes"); return }
                setField(cell, 0, valInt(length))
                setField(cell, 1, list)
                list = cell
                length += 1
                g[slot] = list
                total += 12
                if length == 200 { list = valInt(0); length = 0; g[slot] = list }
            }
            #expect(Collector.collections >= 100)
            // The surviving list is intact.
            var l = g[slot], n = length
            while isBlock(l) { n -= 1; #expect(field(l, 0) == valInt(n)); l = field(l, 1) }
            #expect(n == 0)
        }

        /// A chain deeper than the mark stack: the overflow path rescans and keeps it all.
        @Test func markStackOverflowKeepsDeepStructures() {
            Harness.start(heapBytes: 256 * 1024)
            let g = Harness.globals
            let slot = Harness.firstFreeGlobal
            // Each node's first field is the child, the second a number: marking goes
            // through field 0 and keeps an entry per level for field 1.
            var chain = valInt(0)
            for i in 0..<5000 {
                let node = OCamlHeap.allocate(2, 0)!
                setField(node, 0, chain)
                setField(node, 1, valInt(i))
                chain = node
                g[slot] = chain
            }
            Collector.collect()
            #expect(Collector.markStackOverflows > 0)
            #expect(Collector.liveWords >= 5000 * 3)
            var n = 5000, c = g[slot]
            while isBlock(c) { n -= 1; #expect(field(c, 1) == valInt(n)); c = field(c, 0) }
            #expect(n == 0)
        }

        /// gc_mixed's pattern: small blocks that live for a while (a ring of 1,000 replaced
        /// one per step, ~40 % of the heap) among short-lived garbage, and now and then a
        /// large array that replaces the previous one. Collecting only when the heap was full
        /// left survivors all over it and no hole for the array (Out_of_memory at 40 % live).
        @Test func survivorsAmongGarbageLeaveRoomForLargeArrays() {
            Harness.start(heapBytes: 64 * 1024)
            let g = Harness.globals
            let ringSlot = Harness.firstFreeGlobal, arraySlot = ringSlot + 1
            g[ringSlot] = OCamlHeap.allocate(1000, 0)!
            for step in 0..<30_000 {
                guard let cell = OCamlHeap.allocate(4, 0) else {
                    Issue.record("no 4-field block at step \(step): \(OCamlHeap.describeFreeLists())")
                    return
                }
                setField(cell, 0, valInt(Int32(step)))
                setField(g[ringSlot], step % 1000, cell)
                _ = OCamlHeap.allocate(11, 0)   // garbage
                if step % 1500 == 1499 {
                    guard let array = OCamlHeap.allocate(600, 0) else {
                        Issue.record("no 600-field block at step \(step): live \(Collector.liveWords) of \(64 * 1024 / 4) words, \(OCamlHeap.describeFreeLists())")
                        return
                    }
                    g[arraySlot] = array
                }
            }
            // The ring is intact: slot i holds the last step that wrote it.
            for i in 0..<1000 { #expect(field(field(g[ringSlot], i), 0) == valInt(Int32(29_000 + i))) }
        }

        /// A full heap raises Out_of_memory (the sentinel) instead of failing.
        @Test func fullHeapRaisesOutOfMemory() {
            Harness.start(heapBytes: 16 * 1024)
            let g = Harness.globals
            var i = 0
            while true {
                let r = caml_make_vect(valInt(100), valInt(0))
                if r == exceptionSentinel { break }
                g[Harness.firstFreeGlobal + i % 200] = r
                i += 1
                if i > 1000 { break }
            }
            #expect(i < 1000)
            #expect(Harness.raised() == "Out_of_memory")
            // After dropping the roots the same request succeeds.
            for k in 0..<200 { g[Harness.firstFreeGlobal + k] = valInt(0) }
            #expect(caml_make_vect(valInt(100), valInt(0)) != exceptionSentinel)
        }
    }
}
