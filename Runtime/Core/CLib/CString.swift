/// The memory and string functions of `string.h` on raw C pointers (bytes compared as
/// `unsigned char`, as C requires). Pure logic, built for the host too; the C names are in
/// `CLibExports.swift`. memcpy, memmove and memset are in memory.c: LLVM turns their loops
/// into calls to themselves when they are written in Swift (there is no `-fno-builtin`).
public enum CString {
    /// `memcmp`: the sign of the first differing byte pair.
    public static func compare(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Int32 {
        for i in 0..<count {
            let x = a.load(fromByteOffset: i, as: UInt8.self), y = b.load(fromByteOffset: i, as: UInt8.self)
            if x != y { return Int32(x) - Int32(y) }
        }
        return 0
    }

    /// `memchr`: the first of `count` bytes equal to `value`'s low byte, or nil.
    public static func find(_ memory: UnsafeRawPointer, _ value: Int32, _ count: Int) -> UnsafeRawPointer? {
        let byte = UInt8(truncatingIfNeeded: value)
        for i in 0..<count where memory.load(fromByteOffset: i, as: UInt8.self) == byte { return memory + i }
        return nil
    }

    /// `strlen`.
    public static func length(_ text: UnsafePointer<UInt8>) -> Int {
        var n = 0
        while text[n] != 0 { n += 1 }
        return n
    }

    /// `strnlen`.
    public static func length(_ text: UnsafePointer<UInt8>, limit: Int) -> Int {
        var n = 0
        while n < limit && text[n] != 0 { n += 1 }
        return n
    }

    /// `strncmp` (and `strcmp` with `limit` = Int.max): the sign of the first differing
    /// byte pair, comparing at most `limit` bytes and stopping after a terminator.
    public static func compare(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, limit: Int) -> Int32 {
        var i = 0
        while i < limit {
            let x = a[i], y = b[i]
            if x != y { return Int32(x) - Int32(y) }
            if x == 0 { return 0 }
            i += 1
        }
        return 0
    }

    /// `strncpy`: copies up to `count` bytes and pads with zeros to `count` (no terminator
    /// when the source is that long).
    public static func copy(_ destination: UnsafeMutablePointer<UInt8>, _ source: UnsafePointer<UInt8>, padTo count: Int) {
        var i = 0
        while i < count && source[i] != 0 { destination[i] = source[i]; i += 1 }
        while i < count { destination[i] = 0; i += 1 }
    }

    /// `strcpy` (limit Int.max) and `strncat`'s copy: at most `limit` bytes, then a terminator.
    public static func copyTerminated(_ destination: UnsafeMutablePointer<UInt8>, _ source: UnsafePointer<UInt8>, limit: Int = .max) {
        var i = 0
        while i < limit && source[i] != 0 { destination[i] = source[i]; i += 1 }
        destination[i] = 0
    }

    /// `strchr` (first) and `strrchr` (last): the position of `c`, where the terminator
    /// itself can be searched for.
    public static func find(_ c: Int32, in text: UnsafePointer<UInt8>, last: Bool) -> UnsafePointer<UInt8>? {
        let byte = UInt8(truncatingIfNeeded: c)
        var found: UnsafePointer<UInt8>? = nil
        var p = text
        while true {
            if p.pointee == byte {
                found = p
                if !last { return p }
            }
            if p.pointee == 0 { return found }
            p += 1
        }
    }

    /// `strstr`: the first occurrence of `needle` (the haystack itself for an empty needle).
    public static func find(_ needle: UnsafePointer<UInt8>, in haystack: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        let n = length(needle)
        var p = haystack
        while true {
            if compare(p, needle, limit: n) == 0 && length(p, limit: n) == n { return p }
            if p.pointee == 0 { return nil }
            p += 1
        }
    }

    /// `strspn` (`accepting`) and `strcspn` (not): the length of the prefix whose bytes are
    /// all in (or all outside) `set`.
    public static func span(_ text: UnsafePointer<UInt8>, _ set: UnsafePointer<UInt8>, accepting: Bool) -> Int {
        var n = 0
        while text[n] != 0 && (find(Int32(text[n]), in: set, last: false).map { $0.pointee != 0 } ?? false) == accepting {
            n += 1
        }
        return n
    }

    /// `strtok_r`: the next token of `text` (or, when nil, of the rest saved in `state`),
    /// terminated in place.
    public static func token(_ text: UnsafeMutablePointer<UInt8>?, _ separators: UnsafePointer<UInt8>,
                             _ state: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>) -> UnsafeMutablePointer<UInt8>? {
        guard var start = text ?? state.pointee else { return nil }
        start += span(start, separators, accepting: true)
        if start.pointee == 0 {
            state.pointee = start
            return nil
        }
        let end = start + span(start, separators, accepting: false)
        if end.pointee == 0 {
            state.pointee = end
        } else {
            end.pointee = 0
            state.pointee = end + 1
        }
        return start
    }
}
