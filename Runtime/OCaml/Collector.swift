import KilnOCaml

/// The precise, non-moving mark-and-sweep collector (Docs/runtime.md, "OCaml"). Marking
/// sets a block's header black and goes depth first with an explicit stack of
/// (block, next field) pairs; a full stack sets a flag, and marking then repeats over the
/// heap's black blocks until nothing was left out. The sweep turns black back to white and
/// coalesces every run of white (dead) and blue (free) blocks into one free block.
enum Collector {
    /// Collections so far, and what the last one left (for Gc.stat and the tests).
    nonisolated(unsafe) static var collections = 0
    nonisolated(unsafe) static var liveWords = 0
    nonisolated(unsafe) static var freeWords = 0
    nonisolated(unsafe) static var markStackOverflows = 0
    nonisolated(unsafe) static var overflowed = false
    /// Entries (two words each) in use on the mark stack.
    nonisolated(unsafe) static var depth = 0
    static let capacity = Int(KILN_MARK_STACK_WORDS) / 2

    static func collect() {
        collections += 1
        OCamlHeap.sealChunk()
        markRoots()
        drain()
        while overflowed {
            overflowed = false
            markStackOverflows += 1
            rescanBlackBlocks()
        }
        sweep()
        OCamlHeap.startCycle(freeWords: freeWords)
    }

    // MARK: marking

    static func markRoots() {
        var p = caml_root_sp!
        let top = caml_root_top!
        while p < top {
            mark(p.pointee)
            p += 1
        }
        let globals = kiln_ocaml_globals()!
        for i in 0..<Int(kiln_ocaml_globals_count()) { mark(globals[i]) }
        mark(caml_exn_bucket)
        let named = kiln_named_value_table()!
        for i in 0..<2 * Int(KILN_NAMED_VALUES) { mark(named[i]) }
        Roots.markExtra()
    }

    /// Marks the block `v` points into, if it is a white heap block, and queues its fields.
    @inline(__always) static func mark(_ v: Value) {
        guard let b = whiteBlock(v) else { return }
        setHeader(b, header(b) | Color.black)
        if tagOf(b) < OCamlTag.noScan { push(b, firstScanned(b)) }
    }

    /// The heap block `v` refers to (its enclosing closure for an infix pointer) if it is
    /// still white, else nil.
    @inline(__always) static func whiteBlock(_ v: Value) -> Value? {
        guard OCamlHeap.contains(v) else { return nil }
        var b = v
        var h = header(b)
        if h & 0xFF == OCamlTag.infix {
            b = b &- (h >> 10) * 4
            h = header(b)
        }
        return h & Color.mask == Color.white ? b : nil
    }

    @inline(__always) static func firstScanned(_ b: Value) -> Int {
        tagOf(b) == OCamlTag.closure ? closureStartEnv(b) : 0
    }

    @inline(__always) static func push(_ b: Value, _ index: Int) {
        guard depth < capacity else {
            overflowed = true
            return
        }
        let s = kiln_mark_stack_base()!
        s[2 * depth] = b
        s[2 * depth + 1] = UInt32(index)
        depth += 1
    }

    /// Scans until the stack is empty. A block's last field is followed in place of its
    /// entry, so a list of any length needs one entry, not one per cell.
    static func drain() {
        let s = kiln_mark_stack_base()!
        while depth > 0 {
            let top = depth - 1
            let b = s[2 * top]
            var i = Int(s[2 * top + 1])
            let size = wosize(b)
            var child: Value? = nil
            while i < size {
                let c = whiteBlock(field(b, i))
                i += 1
                if let c {
                    child = c
                    break
                }
            }
            guard let c = child else {
                depth -= 1
                continue
            }
            setHeader(c, header(c) | Color.black)
            let scanned = tagOf(c) < OCamlTag.noScan
            if i >= size {
                // b is done: c takes its entry (or the entry goes when c holds no values).
                if scanned {
                    s[2 * top] = c
                    s[2 * top + 1] = UInt32(firstScanned(c))
                } else {
                    depth -= 1
                }
            } else {
                s[2 * top + 1] = UInt32(i)
                if scanned { push(c, firstScanned(c)) }
            }
        }
    }

    /// After an overflow some black blocks were not scanned: scan them all again.
    static func rescanBlackBlocks() {
        var h = OCamlHeap.start
        while h < OCamlHeap.end {
            let word = wordPointer(h).pointee
            let b = h + 4
            if word & Color.mask == Color.black && word & 0xFF < OCamlTag.noScan {
                push(b, firstScanned(b))
                drain()
            }
            h = b + (word >> 10) * 4
        }
    }

    // MARK: sweeping

    static func sweep() {
        let lists = OCamlHeap.lists
        for i in 0..<Int(KILN_FREE_LISTS) { lists[i] = 0 }
        var tail: Value = 0
        var live = 0, free = 0
        var runStart: Value = 0   // header of the first dead block of the current run, or 0
        var h = OCamlHeap.start
        while h < OCamlHeap.end {
            let word = wordPointer(h).pointee
            let next = h + 4 + (word >> 10) * 4
            if word & Color.mask == Color.black {
                if runStart != 0 {
                    let words = Int((h - runStart) / 4)
                    free += words
                    OCamlHeap.addFree(header: runStart, words: words, tail: &tail)
                    runStart = 0
                }
                wordPointer(h).pointee = word & ~Color.mask
                live += Int(word >> 10) + 1
            } else if runStart == 0 {
                runStart = h
            }
            h = next
        }
        if runStart != 0 {
            let words = Int((OCamlHeap.end - runStart) / 4)
            free += words
            OCamlHeap.addFree(header: runStart, words: words, tail: &tail)
        }
        liveWords = live
        freeWords = free
    }
}
