import CLLVM

/// Where one argument travels under the windowed ABI, as clang and llc-22 lay it out.
enum ArgumentLocation: Equatable {
    /// In argument registers from `first` (0 = a2 in the callee, a10 in the caller), one
    /// register per word.
    case registers(first: Int)
    /// At `offset` bytes into the stack arguments (the callee's SP + frame size, the
    /// caller's SP).
    case stack(offset: Int)
}

/// What the layout needs to know of one argument.
enum ArgumentShape: Equatable {
    /// A value of 1 or 2 words (i64).
    case words(Int)
    /// A `byval` aggregate: its bytes are copied into the stack arguments.
    case byValue(size: Int, alignment: Int)
}

/// The argument layout of the windowed ABI: six argument registers; a two-word (i64)
/// argument takes an even-aligned pair (a2/a3, a4/a5, a6/a7), skipping an odd register,
/// and is 8-byte aligned on the stack. Once an argument has gone to the stack, every later
/// one does too (llc-22 does not back-fill a skipped a7). A `byval` aggregate always goes
/// to the stack (word-aligned, 8-aligned when its alignment says so, rounded up to whole
/// words), and so does every argument after it — llc-22's layout, which differs from GCC's
/// (GCC passes small structs in registers).
enum ArgumentLayout {
    static let registerCount = 6

    /// The location of each argument, given its size in words (1 or 2).
    static func locations(words: [Int]) -> (locations: [ArgumentLocation], stackBytes: Int) {
        locations(shapes: words.map { .words($0) })
    }

    /// The location of each argument.
    static func locations(shapes: [ArgumentShape]) -> (locations: [ArgumentLocation], stackBytes: Int) {
        var register = 0, stack = 0
        var result: [ArgumentLocation] = []
        for shape in shapes {
            switch shape {
            case .words(let size):
                if size == 2 { register += register & 1 }
                if register + size <= registerCount {
                    result.append(.registers(first: register))
                    register += size
                } else {
                    register = registerCount
                    stack = Frame.align(stack, 4 * size)
                    result.append(.stack(offset: stack))
                    stack += 4 * size
                }
            case .byValue(let size, let alignment):
                register = registerCount
                stack = Frame.align(stack, alignment >= 8 ? 8 : 4)
                result.append(.stack(offset: stack))
                stack += Frame.align(size, 4)
            }
        }
        return (result, stack)
    }

    /// The location of each part of each argument (see `argumentShapes`).
    static func locations(parts: [[ArgumentShape]]) -> (locations: [[ArgumentLocation]], stackBytes: Int) {
        let flat = locations(shapes: parts.flatMap { $0 })
        var next = flat.locations[...]
        let grouped = parts.map { part in
            defer { next = next.dropFirst(part.count) }
            return Array(next.prefix(part.count))
        }
        return (grouped, flat.stackBytes)
    }

    /// Words per value of `type`: 2 for i64, else 1.
    static func words(_ type: LLVMTypeRef) -> Int { isDoubleWord(type) ? 2 : 1 }
}
