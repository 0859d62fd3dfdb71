/// The entry test of a native function that can recurse (Docs/abi.md, "Stack checks"):
/// `Stack_overflow` before the native stack passes `caml_native_stack_limit` or the root
/// stack passes `caml_root_limit`.
///
/// The runtime keeps the root stack's room (from `caml_root_sp` down to `caml_root_limit`)
/// at least the native stack's (from SP down to `caml_native_stack_limit`): the limit is set
/// that way at start, and a push of at most as many bytes as the pushing function's native
/// frame keeps it. Every function that calls has an ENTRY frame of at least 32 bytes, so a
/// root frame of up to `smallFrameWords` words needs only the native test: one unsigned
/// compare. A bigger frame tests that the rule still holds after its push (which implies
/// the root stack has room while the native one has).
enum StackCheck {
    /// Root frames of at most this many words (32 bytes: the smallest ENTRY frame of a
    /// function that calls) are pushed after the native test alone.
    static let smallFrameWords = 8

    /// IR from the stack probe `%sp` to `%ovf` (true: raise `Stack_overflow`), with `%framei`
    /// (the new `caml_root_sp`, an i32) when the function pushes a frame of `frameWords` words.
    static func lines(frameWords: Int) -> [String] {
        var out = ["  %spi = ptrtoint ptr %sp to i32",
                   "  %splim = load i32, ptr @caml_native_stack_limit" + MemoryTag.global.attachment]
        if frameWords > 0 {
            out += ["  %rsp0 = load i32, ptr @caml_root_sp" + MemoryTag.global.attachment,
                    "  %framei = sub i32 %rsp0, \(4 * frameWords)"]
        }
        guard frameWords > smallFrameWords else { return out + ["  %ovf = icmp ult i32 %spi, %splim"] }
        return out + ["  %rlim = load i32, ptr @caml_root_limit" + MemoryTag.global.attachment]
            + roomRule(stack: "%spi", stackLimit: "%splim", frame: "%framei", rootLimit: "%rlim", into: "%ovf")
    }

    /// `into` = whether, with SP at `stack` and a root frame pushed down to `frame` (i32
    /// values), the native stack is past its limit or the root stack has less room than the
    /// native one. One sign test: addresses and their differences are below 2^31.
    static func roomRule(stack: String, stackLimit: String, frame: String, rootLimit: String, into result: String) -> [String] {
        let n = result.dropFirst()
        return ["  %\(n)_native = sub i32 \(stack), \(stackLimit)",
                "  %\(n)_root = sub i32 \(frame), \(rootLimit)",
                "  %\(n)_excess = sub i32 %\(n)_root, %\(n)_native",
                "  %\(n)_both = or i32 %\(n)_native, %\(n)_excess",
                "  \(result) = icmp slt i32 %\(n)_both, 0"]
    }
}
