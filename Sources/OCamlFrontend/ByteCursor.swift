/// A bounds-checked reader over one region of a file's bytes. Every read names the file
/// offset it failed at, so no caller does its own bounds arithmetic: that is where readers
/// of untrusted files crash.
struct ByteCursor {
    /// The whole file: offsets in errors are file offsets, not region offsets.
    let bytes: [UInt8]
    /// Names the file in errors.
    let path: String
    /// First byte past the region this cursor may read.
    let end: Int
    /// The next byte to read, as a file offset.
    var offset: Int
    /// What the region holds ("section DATA"), so a truncation says what was cut short.
    let what: String

    init(bytes: [UInt8], path: String, start: Int, end: Int, what: String) {
        self.bytes = bytes
        self.path = path
        self.offset = start
        self.end = end
        self.what = what
    }

    /// Bytes left in the region.
    var remaining: Int { end - offset }
    var atEnd: Bool { offset >= end }

    func error(_ kind: BytecodeError.Kind, at offset: Int? = nil, _ message: String) -> BytecodeError {
        BytecodeError(path: path, offset: offset ?? self.offset, kind: kind, message: message)
    }

    /// Fails unless `count` more bytes are there; `count` may come from the file, so it is
    /// compared without overflowing.
    /// (`thing` is an autoclosure: the message is built only when it is needed.)
    func need(_ count: Int, for thing: @autoclosure () -> String) throws(BytecodeError) {
        if count < 0 || count > remaining {
            throw error(.truncated, "\(what) ends inside \(thing()) (\(count) bytes needed, \(remaining) left)")
        }
    }

    mutating func u8(_ thing: String = "a byte") throws(BytecodeError) -> UInt8 {
        try need(1, for: thing)
        defer { offset += 1 }
        return bytes[offset]
    }

    /// An unsigned big-endian integer of `width` bytes (at most 8).
    mutating func bigEndian(_ width: Int, _ thing: String) throws(BytecodeError) -> UInt64 {
        try need(width, for: thing)
        var value: UInt64 = 0
        for index in 0..<width { value = value << 8 | UInt64(bytes[offset + index]) }
        offset += width
        return value
    }

    mutating func u32be(_ thing: String) throws(BytecodeError) -> UInt32 {
        UInt32(try bigEndian(4, thing))
    }

    mutating func u32le(_ thing: String) throws(BytecodeError) -> UInt32 {
        try need(4, for: thing)
        defer { offset += 4 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
            | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    /// `count` raw bytes.
    mutating func bytes(_ count: Int, _ thing: @autoclosure () -> String) throws(BytecodeError) -> [UInt8] {
        try need(count, for: thing())
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// A cursor over the next `count` bytes, which this cursor skips.
    mutating func subCursor(_ count: Int, what: String) throws(BytecodeError) -> ByteCursor {
        try need(count, for: what)
        defer { offset += count }
        return ByteCursor(bytes: bytes, path: path, start: offset, end: offset + count, what: what)
    }
}
