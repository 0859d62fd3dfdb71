/// Reads the intern (marshal) format of `output_value` (`runtime/intern.c`,
/// `runtime/caml/intext.h`) into a `MarshalledValue`.
///
/// The reader keeps an explicit stack of blocks being filled, as `intern.c` does, so a
/// deeply nested value cannot overflow the native stack; every size read from the file is
/// checked against the bytes left before anything is allocated.
struct MarshalReader {
    static let smallMagic: UInt32 = 0x8495_A6BE
    static let bigMagic: UInt32 = 0x8495_A6BF

    /// Object codes below 0x20 (`intext.h`).
    enum Code: UInt8 {
        case int8 = 0x00, int16 = 0x01, int32 = 0x02, int64 = 0x03
        case shared8 = 0x04, shared16 = 0x05, shared32 = 0x06, shared64 = 0x14
        case block32 = 0x08, block64 = 0x13
        case string8 = 0x09, string32 = 0x0A, string64 = 0x15
        case doubleBig = 0x0B, doubleLittle = 0x0C
        case doubleArray8Big = 0x0D, doubleArray8Little = 0x0E
        case doubleArray32Big = 0x0F, doubleArray32Little = 0x07
        case doubleArray64Big = 0x16, doubleArray64Little = 0x17
        case codePointer = 0x10, infixPointer = 0x11
        case custom = 0x12, customLength = 0x18, customFixed = 0x19
    }

    /// Reads one marshalled value (header and data) at the cursor, and moves past it.
    static func read(_ cursor: inout ByteCursor) throws(BytecodeError) -> MarshalledValue {
        let start = cursor.offset
        let header = try readHeader(&cursor)
        var data = try cursor.subCursor(header.dataLength, what: "marshalled value at offset \(start)")
        var reader = MarshalReader(header: header)
        let root = try reader.readRoot(&data)
        if !data.atEnd {
            throw data.error(.corrupt, "marshalled value at offset \(start) ends \(data.remaining) bytes before its declared length")
        }
        if reader.objects.count != header.objectCount {
            throw data.error(.corrupt, "marshalled value at offset \(start) holds \(reader.objects.count) objects, its header says \(header.objectCount)")
        }
        return MarshalledValue(header: header, root: root, objects: reader.objects, offset: start)
    }

    static func readHeader(_ cursor: inout ByteCursor) throws(BytecodeError) -> MarshalHeader {
        let start = cursor.offset
        let magic = try cursor.u32be("a marshal header")
        func count(_ value: UInt64, _ name: String) throws(BytecodeError) -> Int {
            // Anything beyond the file is corrupt; checking here keeps later arithmetic in range.
            guard value <= UInt64(cursor.bytes.count) else {
                throw cursor.error(.corrupt, at: start, "marshal header declares \(name) \(value), more than the file holds")
            }
            return Int(value)
        }
        switch magic {
        case smallMagic:
            let length = try count(UInt64(try cursor.u32be("a marshal header")), "a data length of")
            let objects = try count(UInt64(try cursor.u32be("a marshal header")), "an object count of")
            let words32 = Int(try cursor.u32be("a marshal header"))
            let words64 = Int(try cursor.u32be("a marshal header"))
            return MarshalHeader(isBig: false, headerLength: 20, dataLength: length, objectCount: objects,
                                 wordsOn32Bit: words32, wordsOn64Bit: words64)
        case bigMagic:
            _ = try cursor.u32be("a marshal header")
            let length = try count(try cursor.bigEndian(8, "a marshal header"), "a data length of")
            let objects = try count(try cursor.bigEndian(8, "a marshal header"), "an object count of")
            let words64 = try cursor.bigEndian(8, "a marshal header")
            return MarshalHeader(isBig: true, headerLength: 32, dataLength: length, objectCount: objects,
                                 wordsOn32Bit: nil, wordsOn64Bit: Int(clamping: words64))
        default:
            throw cursor.error(.corrupt, at: start, "bad marshal magic 0x\(String(magic, radix: 16)) (expected 0x8495a6be or 0x8495a6bf)")
        }
    }

    let header: MarshalHeader
    var objects: [MarshalObject] = []

    /// Something whose parts are still being read: a block's fields, or the base value of
    /// an infix pointer (one part).
    struct Pending {
        enum Kind { case block(object: Int, tag: Int), infix(offset: UInt32) }
        let kind: Kind
        let size: Int
        var parts: [MarshalValue] = []
    }

    /// What one object code gives: a finished value, or a start whose parts follow.
    enum Item {
        case value(MarshalValue)
        case pending(Pending)
    }

    /// Reads the root value and everything under it.
    mutating func readRoot(_ cursor: inout ByteCursor) throws(BytecodeError) -> MarshalValue {
        var stack: [Pending] = []
        while true {
            var value: MarshalValue
            let start = cursor.offset
            switch try readItem(&cursor) {
            case .pending(let pending):
                // An infix pointer points into a closure block, never at another infix
                // pointer; refusing chains keeps the (indirect) value shallow.
                if case .infix = pending.kind, case .infix? = stack.last?.kind {
                    throw cursor.error(.corrupt, at: start, "infix pointer to an infix pointer")
                }
                stack.append(pending)
                continue
            case .value(let read):
                value = read
            }
            // Store the value, then close every block it completes.
            while true {
                guard var top = stack.popLast() else { return value }
                top.parts.append(value)
                if top.parts.count < top.size {
                    stack.append(top)
                    break
                }
                switch top.kind {
                case .block(let object, let tag):
                    objects[object] = .block(tag: tag, fields: top.parts)
                    value = .object(object)
                case .infix(let offset):
                    value = .infix(offset: offset, base: top.parts[0])
                }
            }
        }
    }

    /// Numbers a new object, refusing more objects than the header announced (`intern.c`
    /// sizes its table from the header, so a 32-bit runtime would overrun it).
    mutating func add(_ object: MarshalObject, at offset: Int, _ cursor: ByteCursor) throws(BytecodeError) -> Int {
        guard objects.count < header.objectCount else {
            throw cursor.error(.corrupt, at: offset, "more objects than the \(header.objectCount) the marshal header declares")
        }
        objects.append(object)
        return objects.count - 1
    }

    /// Reads one object code and what follows it.
    mutating func readItem(_ cursor: inout ByteCursor) throws(BytecodeError) -> Item {
        let start = cursor.offset
        let byte = try cursor.u8("an object code")
        if byte >= 0x80 {
            return try block(tag: Int(byte & 0xF), size: Int(byte >> 4 & 0x7), at: start, &cursor)
        }
        if byte >= 0x40 { return .value(.int(Int64(byte & 0x3F))) }
        if byte >= 0x20 { return try string(length: Int(byte & 0x1F), at: start, &cursor) }
        guard let code = Code(rawValue: byte) else {
            throw cursor.error(.corrupt, at: start, "unknown marshal object code 0x\(String(byte, radix: 16))")
        }
        switch code {
        case .int8: return .value(.int(Int64(Int8(bitPattern: try cursor.u8("an int8")))))
        case .int16: return .value(.int(Int64(Int16(bitPattern: UInt16(try cursor.bigEndian(2, "an int16"))))))
        case .int32: return .value(.int(Int64(Int32(bitPattern: try cursor.u32be("an int32")))))
        case .int64: return .value(.int(Int64(bitPattern: try cursor.bigEndian(8, "an int64"))))
        case .shared8: return try shared(try cursor.bigEndian(1, "a shared offset"), at: start, cursor)
        case .shared16: return try shared(try cursor.bigEndian(2, "a shared offset"), at: start, cursor)
        case .shared32: return try shared(try cursor.bigEndian(4, "a shared offset"), at: start, cursor)
        case .shared64: return try shared(try cursor.bigEndian(8, "a shared offset"), at: start, cursor)
        case .block32, .block64:
            let word = try cursor.bigEndian(code == .block32 ? 4 : 8, "a block header")
            // Header layout: size in the bits above 10, colour in bits 8-9, tag in bits 0-7.
            return try block(tag: Int(word & 0xFF), size: Int(clamping: word >> 10), at: start, &cursor)
        case .string8: return try string(length: Int(try cursor.u8("a string length")), at: start, &cursor)
        case .string32: return try string(length: Int(try cursor.u32be("a string length")), at: start, &cursor)
        case .string64:
            return try string(length: Int(clamping: try cursor.bigEndian(8, "a string length")), at: start, &cursor)
        case .doubleBig, .doubleLittle:
            let value = try double(&cursor, bigEndian: code == .doubleBig)
            return .value(.object(try add(.double(value), at: start, cursor)))
        case .doubleArray8Big, .doubleArray8Little:
            return try doubleArray(length: try cursor.bigEndian(1, "a float array length"),
                                   bigEndian: code == .doubleArray8Big, at: start, &cursor)
        case .doubleArray32Big, .doubleArray32Little:
            return try doubleArray(length: try cursor.bigEndian(4, "a float array length"),
                                   bigEndian: code == .doubleArray32Big, at: start, &cursor)
        case .doubleArray64Big, .doubleArray64Little:
            return try doubleArray(length: try cursor.bigEndian(8, "a float array length"),
                                   bigEndian: code == .doubleArray64Big, at: start, &cursor)
        case .codePointer:
            let offset = try cursor.u32be("a code pointer")
            return .value(.codePointer(offset: offset, digest: try cursor.bytes(16, "a code digest")))
        case .infixPointer:
            return .pending(Pending(kind: .infix(offset: try cursor.u32be("an infix offset")), size: 1))
        case .custom, .customLength, .customFixed:
            return try custom(code, at: start, &cursor)
        }
    }

    mutating func block(tag: Int, size: Int, at start: Int, _ cursor: inout ByteCursor) throws(BytecodeError) -> Item {
        // Size-0 blocks are atoms: not objects, so shared references do not count them.
        if size == 0 { return .value(.atom(tag: tag)) }
        // Every field takes at least one byte, which bounds what a corrupt size can allocate.
        guard size <= cursor.remaining else {
            throw cursor.error(.truncated, at: start, "block of \(size) fields cannot fit in the \(cursor.remaining) bytes left in \(cursor.what)")
        }
        let object = try add(.block(tag: tag, fields: []), at: start, cursor)
        return .pending(Pending(kind: .block(object: object, tag: tag), size: size))
    }

    mutating func string(length: Int, at start: Int, _ cursor: inout ByteCursor) throws(BytecodeError) -> Item {
        let bytes = try cursor.bytes(length, "a string of \(length) bytes")
        return .value(.object(try add(.string(bytes), at: start, cursor)))
    }

    func shared(_ distance: UInt64, at start: Int, _ cursor: ByteCursor) throws(BytecodeError) -> Item {
        // A shared reference counts back from the next object number.
        guard distance >= 1, distance <= UInt64(objects.count) else {
            throw cursor.error(.corrupt, at: start, "shared reference \(distance) objects back, but only \(objects.count) objects precede it")
        }
        return .value(.object(objects.count - Int(distance)))
    }

    func double(_ cursor: inout ByteCursor, bigEndian: Bool) throws(BytecodeError) -> Double {
        let raw = try cursor.bigEndian(8, "a float")
        return Double(bitPattern: bigEndian ? raw : raw.byteSwapped)
    }

    mutating func doubleArray(length: UInt64, bigEndian: Bool, at start: Int, _ cursor: inout ByteCursor) throws(BytecodeError) -> Item {
        guard length <= UInt64(cursor.remaining / 8) else {
            throw cursor.error(.truncated, at: start, "float array of \(length) elements cannot fit in the \(cursor.remaining) bytes left in \(cursor.what)")
        }
        var items: [Double] = []
        items.reserveCapacity(Int(length))
        for _ in 0..<length { items.append(try double(&cursor, bigEndian: bigEndian)) }
        return .value(.object(try add(.doubleArray(items), at: start, cursor)))
    }

    /// The custom blocks a bytecode executable's globals can hold: boxed integers.
    /// (Other custom blocks, such as bigarrays, cannot be literals.)
    mutating func custom(_ code: Code, at start: Int, _ cursor: inout ByteCursor) throws(BytecodeError) -> Item {
        var name: [UInt8] = []
        while true {
            let byte = try cursor.u8("a custom block identifier")
            if byte == 0 { break }
            name.append(byte)
        }
        let identifier = String(decoding: name, as: UTF8.self)
        // Sizes of the deserialised payload on 32- and 64-bit runtimes (`custom_fixed_length`).
        let sizes: (Int, Int)
        switch identifier {
        case "_i": sizes = (4, 4)
        case "_j": sizes = (8, 8)
        case "_n": sizes = (4, 8)
        default:
            throw cursor.error(.corrupt, at: start, "unknown custom block identifier \"\(identifier)\" (Kiln reads _i, _j and _n)")
        }
        if code == .customLength {
            let sizeOffset = cursor.offset
            let size32 = try cursor.u32be("a custom block size")
            let size64 = try cursor.bigEndian(8, "a custom block size")
            guard size32 == sizes.0, size64 == sizes.1 else {
                throw cursor.error(.corrupt, at: sizeOffset, "custom block \(identifier) declares sizes \(size32)/\(size64), expected \(sizes.0)/\(sizes.1)")
            }
        }
        let object: MarshalObject
        switch identifier {
        case "_i": object = .int32(Int32(bitPattern: try cursor.u32be("an Int32 payload")))
        case "_j": object = .int64(Int64(bitPattern: try cursor.bigEndian(8, "an Int64 payload")))
        default:
            let formOffset = cursor.offset
            switch try cursor.u8("a Nativeint payload") {
            case 1: object = .nativeint(Int64(Int32(bitPattern: try cursor.u32be("a Nativeint payload"))))
            case 2: object = .nativeint(Int64(bitPattern: try cursor.bigEndian(8, "a Nativeint payload")))
            case let form: throw cursor.error(.corrupt, at: formOffset, "ill-formed Nativeint (form \(form), expected 1 or 2)")
            }
        }
        return .value(.object(try add(object, at: start, cursor)))
    }
}
