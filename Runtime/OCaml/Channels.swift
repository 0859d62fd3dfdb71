import KilnOCaml

/// The three standard channels, as static custom blocks [ops, index] outside the heap:
/// stdin (always at end of file: the device has no input), stdout → kiln_console_write,
/// stderr → kiln_error_write. Output is buffered like ocamlrun's (flushed when the buffer
/// fills, on flush, at exit), with a smaller buffer (KILN_CHANNEL_BUFFER_SIZE bytes).
enum Channels {
    static let count = 3
    static let bufferSize = Int(KILN_CHANNEL_BUFFER_SIZE)
    /// Where the blocks are (set at start-up), and each channel's pending bytes and
    /// bytes written so far (pos_out).
    nonisolated(unsafe) static var blocks: Value = 0
    nonisolated(unsafe) static var pending: (Int, Int, Int) = (0, 0, 0)
    nonisolated(unsafe) static var written: (Int, Int, Int) = (0, 0, 0)

    static func block(_ index: Int) -> Value { blocks + UInt32(index * 12) + 4 }

    /// Lays out the blocks in the static area and empties the buffers.
    static func reset(at address: Value) {
        blocks = address
        for i in 0..<count {
            let b = block(i)
            setHeader(b, makeHeader(2, OCamlTag.custom, Color.black))
            setField(b, 0, CustomOps.channel)
            setField(b, 1, UInt32(i))
        }
        pending = (0, 0, 0)
        written = (0, 0, 0)
    }

    @inline(__always) static func index(_ channel: Value) -> Int { Int(field(channel, 1)) }

    static func getPending(_ i: Int) -> Int { i == 1 ? pending.1 : (i == 2 ? pending.2 : pending.0) }
    static func setPending(_ i: Int, _ n: Int) {
        if i == 1 { pending.1 = n } else if i == 2 { pending.2 = n } else { pending.0 = n }
    }
    static func addWritten(_ i: Int, _ n: Int) {
        if i == 1 { written.1 += n } else if i == 2 { written.2 += n }
    }
    static func getWritten(_ i: Int) -> Int { i == 1 ? written.1 : (i == 2 ? written.2 : 0) }

    static func flush(_ i: Int) {
        let n = getPending(i)
        guard n > 0 else { return }
        write(i, kiln_channel_buffer(Int32(i)), n)
        setPending(i, 0)
    }

    static func write(_ i: Int, _ bytes: UnsafePointer<UInt8>, _ n: Int) {
        bytes.withMemoryRebound(to: CChar.self, capacity: n) { p in
            if i == 2 { kiln_error_write(p, UInt32(n)) } else { kiln_console_write(p, UInt32(n)) }
        }
    }

    /// Appends bytes to channel i's buffer, flushing whenever it fills.
    static func output(_ i: Int, _ bytes: UnsafePointer<UInt8>, _ n: Int) {
        guard i == 1 || i == 2 else { return }
        let buffer = kiln_channel_buffer(Int32(i))!
        var done = 0
        while done < n {
            var used = getPending(i)
            if used == bufferSize {
                flush(i)
                used = 0
            }
            let chunk = min(bufferSize - used, n - done)
            for k in 0..<chunk { buffer[used + k] = bytes[done + k] }
            setPending(i, used + chunk)
            done += chunk
        }
        addWritten(i, n)
    }

    static func flushAll() {
        flush(1)
        flush(2)
    }
}

@c(caml_ml_open_descriptor_in)
public func caml_ml_open_descriptor_in(_ fd: Value) -> Value {
    let n = longVal(fd)
    if n < 0 || n > 2 { return raiseSysError("Bad file descriptor") }
    return Channels.block(n)
}

@c(caml_ml_open_descriptor_out)
public func caml_ml_open_descriptor_out(_ fd: Value) -> Value { caml_ml_open_descriptor_in(fd) }

/// [stdout; stderr], in the order ocamlrun lists them (so flush_all flushes stdout first).
@c(caml_ml_out_channels_list)
public func caml_ml_out_channels_list(_ unitValue: Value) -> Value {
    guard let tail = OCamlHeap.allocate(2, 0) else { return raiseOutOfMemory() }
    setField(tail, 0, Channels.block(2))
    setField(tail, 1, valInt(0))
    return Roots.keeping(tail) {
        guard let head = OCamlHeap.allocate(2, 0) else { return raiseOutOfMemory() }
        setField(head, 0, Channels.block(1))
        setField(head, 1, tail)
        return head
    }
}

@c(caml_ml_output)
public func caml_ml_output(_ channel: Value, _ s: Value, _ offset: Value, _ len: Value) -> Value {
    Channels.output(Channels.index(channel), UnsafePointer(bytePointer(s) + longVal(offset)), longVal(len))
    return unit
}

@c(caml_ml_output_bytes)
public func caml_ml_output_bytes(_ channel: Value, _ s: Value, _ offset: Value, _ len: Value) -> Value {
    caml_ml_output(channel, s, offset, len)
}

@c(caml_ml_output_partial)
public func caml_ml_output_partial(_ channel: Value, _ s: Value, _ offset: Value, _ len: Value) -> Value {
    _ = caml_ml_output(channel, s, offset, len)
    return len
}

@c(caml_ml_output_char)
public func caml_ml_output_char(_ channel: Value, _ c: Value) -> Value {
    var byte = UInt8(truncatingIfNeeded: intVal(c))
    Channels.output(Channels.index(channel), &byte, 1)
    return unit
}

/// output_binary_int: four bytes, big-endian.
@c(caml_ml_output_int)
public func caml_ml_output_int(_ channel: Value, _ v: Value) -> Value {
    let x = UInt32(bitPattern: intVal(v))
    var bytes: (UInt8, UInt8, UInt8, UInt8) = (UInt8(x >> 24), UInt8(truncatingIfNeeded: x >> 16), UInt8(truncatingIfNeeded: x >> 8), UInt8(truncatingIfNeeded: x))
    withUnsafeBytes(of: &bytes) { Channels.output(Channels.index(channel), $0.baseAddress!.assumingMemoryBound(to: UInt8.self), 4) }
    return unit
}

@c(caml_ml_flush)
public func caml_ml_flush(_ channel: Value) -> Value {
    Channels.flush(Channels.index(channel))
    return unit
}

@c(caml_ml_flush_partial)
public func caml_ml_flush_partial(_ channel: Value) -> Value {
    Channels.flush(Channels.index(channel))
    return trueValue
}

@c(caml_ml_close_channel)
public func caml_ml_close_channel(_ channel: Value) -> Value { caml_ml_flush(channel) }

@c(caml_ml_set_binary_mode)
public func caml_ml_set_binary_mode(_ channel: Value, _ mode: Value) -> Value { unit }

@c(caml_ml_set_channel_name)
public func caml_ml_set_channel_name(_ channel: Value, _ name: Value) -> Value { unit }

@c(caml_channel_descriptor)
public func caml_channel_descriptor(_ channel: Value) -> Value { valInt(Channels.index(channel)) }

// Input: the device has no standard input, so every read is at end of file.

@c(caml_ml_input)
public func caml_ml_input(_ channel: Value, _ s: Value, _ offset: Value, _ len: Value) -> Value { valInt(0) }

@c(caml_ml_input_char)
public func caml_ml_input_char(_ channel: Value) -> Value { raiseEndOfFile() }

@c(caml_ml_input_int)
public func caml_ml_input_int(_ channel: Value) -> Value { raiseEndOfFile() }

/// 0: no bytes before the end of the input (input_line then raises End_of_file).
@c(caml_ml_input_scan_line)
public func caml_ml_input_scan_line(_ channel: Value) -> Value { valInt(0) }

@c(caml_ml_pos_in)
public func caml_ml_pos_in(_ channel: Value) -> Value { valInt(0) }
@c(caml_ml_pos_in_64)
public func caml_ml_pos_in_64(_ channel: Value) -> Value { boxInt64(0) }
@c(caml_ml_pos_out)
public func caml_ml_pos_out(_ channel: Value) -> Value { valInt(Channels.getWritten(Channels.index(channel))) }
@c(caml_ml_pos_out_64)
public func caml_ml_pos_out_64(_ channel: Value) -> Value { boxInt64(Int64(Channels.getWritten(Channels.index(channel)))) }

// The consoles cannot seek or tell their size (ocamlrun says the same for a terminal).
@c(caml_ml_seek_in)
public func caml_ml_seek_in(_ channel: Value, _ pos: Value) -> Value { raiseSysError("Illegal seek") }
@c(caml_ml_seek_in_64)
public func caml_ml_seek_in_64(_ channel: Value, _ pos: Value) -> Value { raiseSysError("Illegal seek") }
@c(caml_ml_seek_out)
public func caml_ml_seek_out(_ channel: Value, _ pos: Value) -> Value { raiseSysError("Illegal seek") }
@c(caml_ml_seek_out_64)
public func caml_ml_seek_out_64(_ channel: Value, _ pos: Value) -> Value { raiseSysError("Illegal seek") }
@c(caml_ml_channel_size)
public func caml_ml_channel_size(_ channel: Value) -> Value { raiseSysError("Illegal seek") }
@c(caml_ml_channel_size_64)
public func caml_ml_channel_size_64(_ channel: Value) -> Value { raiseSysError("Illegal seek") }
