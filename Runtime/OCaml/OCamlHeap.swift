import KilnOCaml

/// The collected heap: one region of OCaml blocks. Blocks are cut from the *allocation
/// chunk* `[caml_alloc_ptr, caml_alloc_limit)` by bumping the pointer (compiled code does
/// it inline, Docs/abi.md); when the chunk is used up, the next large free block becomes
/// the chunk, and only when none is left are the size-segregated free lists used (exact
/// sizes 1...16 fields, first fit by address for larger blocks). The sweep rebuilds the
/// lists, coalescing neighbouring dead blocks. Blocks never move.
///
/// Pacing: a collection comes when the words handed out since the last one reach
/// `budget` (half the words that collection left free), not only when the heap is used
/// up. Chunks are cut from the lowest free addresses, so between two collections
/// allocation stays in the low part of the free space and the blocks that survive gather
/// there; the rest of the heap stays one free block for large arrays. Collecting only when
/// full let survivors spread over the whole heap: gc_mixed (35 % live) then found no hole
/// for a 512-field array.
enum OCamlHeap {
    /// First and one-past-last byte of the region (headers included).
    nonisolated(unsafe) static var start: Value = 0
    nonisolated(unsafe) static var end: Value = 0
    /// Where the zero-sized blocks live (one header per tag, outside the heap).
    nonisolated(unsafe) static var atoms: Value = 0
    /// Blocks up to this many fields have an exact-size free list.
    static let smallMax = 16
    /// The largest wosize a header can hold.
    static let maxWosize = (1 << 22) - 1
    /// Words handed out (chunks and free-list blocks, headers included) since the last
    /// collection, and how many may be before the next one.
    nonisolated(unsafe) static var allocatedWords = 0
    nonisolated(unsafe) static var budget = 0

    @inline(__always) static var lists: UnsafeMutablePointer<Value> {
        kiln_free_list_heads()
    }

    /// Makes the whole region one free block.
    static func reset(start: Value, end: Value) {
        self.start = start
        self.end = end
        for i in 0..<Int(KILN_FREE_LISTS) { lists[i] = 0 }
        caml_alloc_ptr = 0
        caml_alloc_limit = 0
        let words = Int((end - start) / 4)
        if words >= 2 { addFree(header: start, words: words, tail: nil) }
        startCycle(freeWords: words)
    }

    /// Starts counting towards the next collection (at reset and after each collection).
    static func startCycle(freeWords: Int) {
        allocatedWords = 0
        budget = freeWords / 2
    }

    /// True for the address of a block's first field inside the heap.
    @inline(__always) static func contains(_ v: Value) -> Bool {
        v & 3 == 0 && v > start && v < end
    }

    /// The zero-sized block of `tag` (OCaml's atoms).
    @inline(__always) static func atom(_ tag: UInt32) -> Value { atoms + 4 * tag + 4 }

    /// A block of `wosize` fields: values Val_int(0) for scanned tags, unset for tags ≥ 251
    /// (strings, doubles, float arrays, custom blocks: their makers store every word, as
    /// ocamlrun's caml_alloc leaves them). Collects when the free lists cannot serve it; nil
    /// when even then it does not fit.
    ///
    /// Inline, so that every allocating primitive cuts its block from the allocation chunk
    /// itself, as compiled code does (Docs/abi.md, "Allocation"): with a constant `wosize`
    /// and `tag` the checks fold to one compare with the chunk's limit and the fill unrolls.
    /// The rest is `allocateSlowly`, out of line.
    @inline(__always) static func allocate(_ wosize: Int, _ tag: UInt32) -> Value? {
        // One unsigned compare for 1 ≤ wosize ≤ maxWosize: no atom, no header overflow, and
        // `bump`'s (wosize + 1) × 4 cannot wrap.
        if UInt(bitPattern: wosize &- 1) < UInt(maxWosize), let b = bump(wosize) {
            setHeader(b, makeHeader(wosize, tag))
            if tag < OCamlTag.noScan { fill(b, wosize) }
            return b
        }
        return allocateSlowly(wosize, tag)
    }

    /// `allocate` when the chunk has no room (or for an atom or an impossible size): a hole
    /// of the exact size, a new chunk, or a collection first.
    @inline(never) static func allocateSlowly(_ wosize: Int, _ tag: UInt32) -> Value? {
        if wosize == 0 { return atom(tag) }
        if wosize < 0 || wosize > maxWosize { return nil }
        var block = bump(wosize)
        // A hole of the exact size first (it would stay unused while chunks are cut from
        // large blocks, and survivors would spread), then a new chunk.
        func fromFreeLists() -> Value? {
            takeCounted(wosize, largeToo: false) ?? refill(wosize) ?? takeCounted(wosize)
        }
        if block == nil && allocatedWords < budget { block = fromFreeLists() }
        if block == nil {
            Collector.collect()
            block = fromFreeLists()
        }
        guard let b = block else { return nil }
        setHeader(b, makeHeader(wosize, tag))
        if tag < OCamlTag.noScan { fill(b, wosize) }
        return b
    }

    /// Sets the `n` fields of a fresh block to Val_int(0), so that the collector never
    /// sees a stale pointer before the maker stores the real values.
    @inline(__always) static func fill(_ b: Value, _ n: Int) {
        let w = wordPointer(b)
        for i in 0..<n { w[i] = 1 }
    }

    /// A block of `n` fields cut from the allocation chunk (its header still unset), or nil.
    /// `n` is 1...maxWosize, so the arithmetic wraps unchecked.
    @inline(__always) static func bump(_ n: Int) -> Value? {
        let p = caml_alloc_ptr
        let next = p &+ UInt32(truncatingIfNeeded: n &+ 1) &<< 2
        guard next <= caml_alloc_limit, next > p else { return nil }
        caml_alloc_ptr = next
        return p &+ 4
    }

    /// Gives the unused rest of the allocation chunk back to the free lists (before a
    /// collection walks the heap, or when another chunk replaces it): the heap must be a
    /// sequence of well-formed blocks again.
    static func sealChunk() {
        let p = caml_alloc_ptr, limit = caml_alloc_limit
        caml_alloc_ptr = 0
        caml_alloc_limit = 0
        if limit > p {
            allocatedWords -= Int((limit - p) / 4)
            addFree(header: p, words: Int((limit - p) / 4), tail: nil)
        }
    }

    /// Makes the first large free block that holds `n` fields the allocation chunk and cuts
    /// the block from it; nil when no large free block is big enough. The chunk is at most
    /// what is left of the budget (and at least the block asked for): the rest of a larger
    /// free block stays free, in its place in the list.
    static func refill(_ n: Int) -> Value? {
        let words = max(n + 1, budget - allocatedWords)
        var previous: Value = 0
        var b = lists[0]
        while b != 0 {
            let next = field(b, 0)
            let size = wosize(b) + 1
            if size > n {
                var successor = next
                var chunk = size
                // A rest too small for the large list is not worth keeping apart.
                if size - words > smallMax + 1 {
                    chunk = words
                    let rest = b + UInt32(words) * 4
                    setHeader(rest, makeHeader(size - words - 1, 0, Color.blue))
                    setField(rest, 0, next)
                    successor = rest
                }
                if previous == 0 { lists[0] = successor } else { setField(previous, 0, successor) }
                sealChunk()
                caml_alloc_ptr = b - 4
                caml_alloc_limit = b - 4 + UInt32(chunk) * 4
                allocatedWords += chunk
                return bump(n)
            }
            previous = b
            b = next
        }
        return nil
    }

    /// `take`, counted towards the budget.
    static func takeCounted(_ n: Int, largeToo: Bool = true) -> Value? {
        guard let b = take(n, largeToo: largeToo) else { return nil }
        allocatedWords += n + 1
        return b
    }

    /// A free block of exactly `n` fields, unlinked (its header still says free), or nil;
    /// from the exact-size lists only unless `largeToo`.
    static func take(_ n: Int, largeToo: Bool = true) -> Value? {
        if n <= smallMax {
            let head = lists[n]
            if head != 0 {
                lists[n] = field(head, 0)
                return head
            }
            // A larger small block, split: the rest goes back to its own list.
            var m = n + 2
            while m <= smallMax {
                let big = lists[m]
                if big != 0 {
                    lists[m] = field(big, 0)
                    let restWords = m - n - 1
                    setHeader(big, makeHeader(restWords, 0, Color.blue))
                    setField(big, 0, lists[restWords])
                    lists[restWords] = big
                    return big + UInt32(restWords + 1) * 4
                }
                m += 1
            }
        }
        if !largeToo { return nil }
        // First fit in the large list, cut from the end of the block so that what stays
        // free keeps its place in the list.
        var previous: Value = 0
        var b = lists[0]
        while b != 0 {
            let size = wosize(b)
            let next = field(b, 0)
            if size >= n + 2 {
                let restWords = size - n - 1
                setHeader(b, makeHeader(restWords, 0, Color.blue))
                return b + UInt32(restWords + 1) * 4
            }
            if size == n || size == n + 1 {
                if previous == 0 { lists[0] = next } else { setField(previous, 0, next) }
                if size == n { return b }
                // One word too many: it stays behind as a free header-only fragment.
                setHeader(b, makeHeader(0, 0, Color.blue))
                return b + 4
            }
            previous = b
            b = next
        }
        return nil
    }

    /// Makes `words` words from `header` one free block (or a bare fragment) and lists it.
    /// `tail` is the last block of the large list while the sweep appends in address order.
    static func addFree(header: Value, words: Int, tail: UnsafeMutablePointer<Value>?) {
        let b = header + 4
        let n = words - 1
        wordPointer(header).pointee = makeHeader(n, 0, Color.blue)
        if n == 0 { return }
        if n <= smallMax {
            setField(b, 0, lists[n])
            lists[n] = b
        } else if let tail {
            setField(b, 0, 0)
            if tail.pointee == 0 { lists[0] = b } else { setField(tail.pointee, 0, b) }
            tail.pointee = b
        } else {
            setField(b, 0, lists[0])
            lists[0] = b
        }
    }
}

/// Allocation for compiled code and the interpreter (Docs/abi.md): the sentinel, with
/// Out_of_memory in the bucket, when the heap cannot hold the block.
@c(caml_alloc_block)
public func caml_alloc_block(_ wosize: UInt32, _ tag: UInt32) -> Value {
    OCamlHeap.allocate(Int(wosize), tag) ?? raiseOutOfMemory()
}

extension OCamlHeap {
    /// "n blocks / largest" per free list, for diagnostics.
    static func describeFreeLists() -> String {
        var text = ""
        for i in 0...smallMax {
            var n = 0, largest = 0
            var b = lists[i]
            while b != 0 { n += 1; largest = max(largest, wosize(b)); b = field(b, 0) }
            if n > 0 { text += "[\(i)] \(n)×≤\(largest) " }
        }
        return text
    }
}
