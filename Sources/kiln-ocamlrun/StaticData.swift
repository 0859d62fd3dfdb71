import OCamlFrontend

/// DATA laid out as a firmware holds it: every object once (sharing kept), with an OCaml
/// header coloured black ("not in the heap"), at a fixed 32-bit base address. The host has
/// no linker to place LLVM globals below 4 GiB, so the driver copies these words into
/// memory it reserved there; a firmware gets the same layout from the front end's emitter.
struct StaticData {
    /// The words, from `base` on.
    var words: [UInt32] = []
    /// The global table's fields (values).
    var globals: [UInt32] = []
    /// Word offsets of the tag-248 blocks with a non-negative id (they need fresh ids).
    var objectBlocks: [Int] = []

    /// Lays out `data` (the global table) at `base`; `customOperations` gives the word a
    /// custom block of kind 0 (Int32), 1 (Int64) or 2 (Nativeint) holds in field 0.
    init(_ data: MarshalledValue, base: UInt32, customOperations: (Int) -> UInt32) {
        // First pass: where each object's first field goes (its header just before).
        var fieldOffset: [Int] = []
        var next = 0
        for object in data.objects {
            fieldOffset.append(next + 1)
            next += object.wordsOn32Bit
        }
        var atomOffset: [Int: Int] = [:]
        words = Array(repeating: 0, count: next)

        func header(_ wosize: Int, _ tag: Int) -> UInt32 { UInt32(wosize) << 10 | 3 << 8 | UInt32(tag) }
        func address(_ offset: Int) -> UInt32 { base &+ UInt32(offset * 4) }
        func value(_ v: MarshalValue) -> UInt32 {
            switch v {
            case .int(let n): return UInt32(truncatingIfNeeded: n << 1 | 1)
            case .object(let index): return address(fieldOffset[index])
            case .atom(let tag):
                if let offset = atomOffset[tag] { return address(offset) }
                words.append(header(0, tag))
                atomOffset[tag] = words.count
                return address(words.count)
            case .codePointer, .infix:
                // Executables never hold them (the Closures flag is off).
                return 1
            }
        }
        func double(_ d: Double, at offset: Int) {
            words[offset] = UInt32(truncatingIfNeeded: d.bitPattern)
            words[offset + 1] = UInt32(truncatingIfNeeded: d.bitPattern >> 32)
        }

        for (index, object) in data.objects.enumerated() {
            let at = fieldOffset[index]
            words[at - 1] = header(object.wordsOn32Bit - 1, object.tag)
            switch object {
            case .block(let tag, let fields):
                for (i, field) in fields.enumerated() { words[at + i] = value(field) }
                if tag == 248, fields.count > 1, case .int(let id) = fields[1], id >= 0 { objectBlocks.append(at) }
            case .string(let bytes):
                // OCaml's padding: zeros, then the last byte says how many there are minus one.
                let size = (object.wordsOn32Bit - 1) * 4
                var padded = bytes + Array(repeating: 0, count: size - bytes.count)
                padded[size - 1] = UInt8(size - 1 - bytes.count)
                for i in 0..<(size / 4) {
                    words[at + i] = UInt32(padded[4 * i]) | UInt32(padded[4 * i + 1]) << 8
                        | UInt32(padded[4 * i + 2]) << 16 | UInt32(padded[4 * i + 3]) << 24
                }
            case .double(let d): double(d, at: at)
            case .doubleArray(let items): for (i, d) in items.enumerated() { double(d, at: at + 2 * i) }
            case .int32(let n):
                words[at] = customOperations(0)
                words[at + 1] = UInt32(bitPattern: n)
            case .int64(let n):
                words[at] = customOperations(1)
                words[at + 1] = UInt32(truncatingIfNeeded: n)
                words[at + 2] = UInt32(truncatingIfNeeded: n >> 32)
            case .nativeint(let n):
                words[at] = customOperations(2)
                words[at + 1] = UInt32(truncatingIfNeeded: n)
            }
        }
        globals = (data.fields(data.root) ?? []).map(value)
    }
}
