#if canImport(KilnOCaml)
import KilnOCaml
#endif

/// An OCaml value: a tagged integer (odd) or the address of a block's first field
/// (Docs/abi.md). The same 32-bit word on the device and in the host tests, whose heap lies
/// below 4 GiB.
public typealias Value = UInt32

/// The word a function returns while an exception is being raised.
let exceptionSentinel: Value = 2

/// OCaml's block tags (4.13).
enum OCamlTag {
    static let lazy: UInt32 = 246
    static let closure: UInt32 = 247
    static let object: UInt32 = 248
    static let infix: UInt32 = 249
    static let forward: UInt32 = 250
    /// Blocks with this tag or above hold no values the collector scans.
    static let noScan: UInt32 = 251
    static let abstract: UInt32 = 251
    static let string: UInt32 = 252
    static let double: UInt32 = 253
    static let doubleArray: UInt32 = 254
    static let custom: UInt32 = 255
}

/// Header colours: the collector's marks (free blocks are blue; static data is black).
enum Color {
    static let white: UInt32 = 0
    static let blue: UInt32 = 2 << 8
    static let black: UInt32 = 3 << 8
    static let mask: UInt32 = 3 << 8
}

let unit: Value = 1
let falseValue: Value = 1
let trueValue: Value = 3

@inline(__always) func valInt(_ n: Int32) -> Value { Value(bitPattern: n &<< 1) | 1 }
@inline(__always) func valInt(_ n: Int) -> Value { valInt(Int32(truncatingIfNeeded: n)) }
@inline(__always) func valBool(_ b: Bool) -> Value { b ? trueValue : falseValue }
@inline(__always) func intVal(_ v: Value) -> Int32 { Int32(bitPattern: v) >> 1 }
@inline(__always) func longVal(_ v: Value) -> Int { Int(intVal(v)) }
@inline(__always) func isInt(_ v: Value) -> Bool { v & 1 != 0 }
@inline(__always) func isBlock(_ v: Value) -> Bool { v & 3 == 0 }

// Unchecked: `!` on `init(bitPattern:)` tested every header and field access against 0
// and -4 (a branch to a trap, 1-2 instructions each, several per primitive); the values
// these take are blocks, never null.
@inline(__always) func wordPointer(_ address: Value) -> UnsafeMutablePointer<UInt32> {
    UnsafeMutablePointer<UInt32>(bitPattern: UInt(address)).unsafelyUnwrapped
}
@inline(__always) func bytePointer(_ v: Value) -> UnsafeMutablePointer<UInt8> {
    UnsafeMutablePointer<UInt8>(bitPattern: UInt(v)).unsafelyUnwrapped
}
@inline(__always) func header(_ v: Value) -> UInt32 { wordPointer(v &- 4).pointee }
@inline(__always) func setHeader(_ v: Value, _ h: UInt32) { wordPointer(v &- 4).pointee = h }
@inline(__always) func makeHeader(_ wosize: Int, _ tag: UInt32, _ color: UInt32 = Color.white) -> UInt32 {
    UInt32(truncatingIfNeeded: wosize) << 10 | color | tag
}
@inline(__always) func tagOf(_ v: Value) -> UInt32 { header(v) & 0xFF }
@inline(__always) func wosize(_ v: Value) -> Int { Int(header(v) >> 10) }
@inline(__always) func field(_ v: Value, _ i: Int) -> Value { wordPointer(v)[i] }
@inline(__always) func setField(_ v: Value, _ i: Int, _ x: Value) { wordPointer(v)[i] = x }

/// The length of an OCaml string or bytes: the last byte of the padded block says how
/// many padding bytes precede it.
@inline(__always) func stringLength(_ v: Value) -> Int {
    let bytes = wosize(v) * 4
    return bytes - 1 - Int(bytePointer(v)[bytes - 1])
}

/// A boxed double's value (two words, little-endian IEEE bits).
@inline(__always) func doubleVal(_ v: Value) -> Double { doubleAt(v, 0) }
@inline(__always) func doubleAt(_ v: Value, _ index: Int) -> Double {
    let w = wordPointer(v)
    return Double(bitPattern: UInt64(w[2 * index + 1]) << 32 | UInt64(w[2 * index]))
}
@inline(__always) func setDoubleAt(_ v: Value, _ index: Int, _ d: Double) {
    let w = wordPointer(v), bits = d.bitPattern
    w[2 * index] = UInt32(truncatingIfNeeded: bits)
    w[2 * index + 1] = UInt32(truncatingIfNeeded: bits >> 32)
}

/// A closure's environment starts at this field (from the info word, field 1).
@inline(__always) func closureStartEnv(_ v: Value) -> Int { Int((field(v, 1) << 8) >> 9) }
