/// A value as `output_value` wrote it: a plain graph in which sharing is preserved, because
/// the lowering must allocate a shared object once (OCaml code compares some constants
/// physically, and a cycle would make a tree infinite).
///
/// Immediate values (`int`, `atom`) are held inline; everything the intern format counts
/// as an object (blocks of size > 0, strings, floats, float arrays, custom blocks) lives
/// in `MarshalledValue.objects` and is referred to by index.
public enum MarshalValue: Hashable, Sendable {
    /// An immediate integer (`Val_long`). Int64 because the format has 64-bit integers;
    /// `ocamlc -compat-32` keeps them within 31 bits.
    case int(Int64)
    /// A block of size 0 (`Atom(tag)`): not an object, never shared, e.g. `[||]`.
    case atom(tag: Int)
    /// The object at this index of `MarshalledValue.objects`.
    case object(Int)
    /// A code pointer (`Closures` flag only): an offset into the code whose digest is given.
    case codePointer(offset: UInt32, digest: [UInt8])
    /// A pointer `offset` bytes into `base` (an infix closure; `Closures` flag only).
    indirect case infix(offset: UInt32, base: MarshalValue)
}

/// One heap object of a marshalled value.
public enum MarshalObject: Hashable, Sendable {
    /// A structured block (tag < 251 in practice): tuples, records, constructors, closures'
    /// environments, exceptions (tag 248, `Object_tag`), lazy values...
    case block(tag: Int, fields: [MarshalValue])
    /// A string (tag 252): its bytes, without OCaml's padding.
    case string([UInt8])
    /// A boxed float (tag 253).
    case double(Double)
    /// A flat float array (tag 254).
    case doubleArray([Double])
    /// An `Int32.t` (custom block `_i`).
    case int32(Int32)
    /// An `Int64.t` (custom block `_j`).
    case int64(Int64)
    /// A `Nativeint.t` (custom block `_n`). Values beyond 32 bits (serialised with the
    /// 8-byte form) cannot be loaded by a 32-bit runtime.
    case nativeint(Int64)

    /// The OCaml tag of the object's header.
    public var tag: Int {
        switch self {
        case .block(let tag, _): tag
        case .string: 252
        case .double: 253
        case .doubleArray: 254
        case .int32, .int64, .nativeint: 255
        }
    }

    /// Heap words (header included) this object takes on a 32-bit runtime.
    public var wordsOn32Bit: Int {
        switch self {
        case .block(_, let fields): 1 + fields.count
        case .string(let bytes): 1 + (bytes.count + 4) / 4
        case .double: 1 + 2
        case .doubleArray(let items): 1 + 2 * items.count
        // Custom blocks: header, operations pointer, then the payload.
        case .int32: 1 + 1 + 1
        case .int64: 1 + 1 + 2
        case .nativeint: 1 + 1 + 1
        }
    }
}

/// The header of a marshalled value (`runtime/caml/intext.h`).
public struct MarshalHeader: Equatable, Sendable {
    /// True for the 32-byte "big" header (magic 0x8495A6BF), false for the 20-byte small one.
    public var isBig: Bool
    /// Length of the header in bytes.
    public var headerLength: Int
    /// Length of the data after the header.
    public var dataLength: Int
    /// Number of objects (what shared references count back through).
    public var objectCount: Int
    /// Heap words the value takes on a 32-bit runtime (small header only; nil for big).
    public var wordsOn32Bit: Int?
    /// Heap words on a 64-bit runtime.
    public var wordsOn64Bit: Int
}

/// A whole marshalled value: its root, its objects and its header.
public struct MarshalledValue: Equatable, Sendable {
    /// The header as read.
    public var header: MarshalHeader
    /// The value itself.
    public var root: MarshalValue
    /// Every object, in the order the format numbers them (the order they were read).
    public var objects: [MarshalObject]
    /// File offset of the header; the value spans `header.headerLength + header.dataLength` bytes.
    public var offset: Int

    /// The object `value` refers to, if it is one.
    public func object(_ value: MarshalValue) -> MarshalObject? {
        if case .object(let index) = value { return objects[index] }
        return nil
    }

    /// The fields of the block `value`, `[]` for an atom, nil for anything else.
    public func fields(_ value: MarshalValue) -> [MarshalValue]? {
        switch value {
        case .atom: return []
        case .object(let index):
            if case .block(_, let fields) = objects[index] { return fields }
            return nil
        default: return nil
        }
    }

    /// The string `value` refers to, decoded as UTF-8 (lossily), if it is a string.
    public func string(_ value: MarshalValue) -> String? {
        if case .string(let bytes)? = object(value) { return String(decoding: bytes, as: UTF8.self) }
        return nil
    }
}

extension MarshalledValue {
    /// Reads one marshalled value (as `output_value` writes it) that fills `bytes` exactly;
    /// `path` names the data in errors.
    public init(bytes: [UInt8], path: String = "<memory>") throws(BytecodeError) {
        var cursor = ByteCursor(bytes: bytes, path: path, start: 0, end: bytes.count, what: "marshalled data")
        self = try MarshalReader.read(&cursor)
        if !cursor.atEnd {
            throw cursor.error(.corrupt, "\(cursor.remaining) bytes after the marshalled value")
        }
    }
}
