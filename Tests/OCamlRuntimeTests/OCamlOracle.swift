import Foundation
import KilnOCaml
import KilnTestSupport
@testable import OCamlRuntime

/// Runs an OCaml program with the host's ocamlrun (the oracle) and returns its lines.
enum OCamlOracle {
    static func run(_ source: String) throws -> [String] {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try? source.write(toFile: "/tmp/ort/last-oracle.ml", atomically: true, encoding: .utf8)
        try source.write(to: dir.appendingPathComponent("oracle.ml"), atomically: true, encoding: .utf8)
        let build = try TestTools.run("ocamlc", ["-compat-32", "oracle.ml", "-o", "oracle.byte"], in: dir)
        guard build.status == 0 else { throw OracleError(text: build.stderr) }
        let run = try TestTools.run("ocamlrun", ["oracle.byte"], in: dir)
        guard run.status == 0 else { throw OracleError(text: "ocamlrun exited with \(run.status): \(run.stderr)") }
        return run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    struct OracleError: Error, CustomStringConvertible { var text: String; var description: String { text } }

    /// An OCaml string literal for any bytes.
    static func literal(_ bytes: [UInt8]) -> String {
        var s = "\""
        for b in bytes {
            if b >= 32 && b < 127 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
                s.append(Character(UnicodeScalar(b)))
            } else {
                s += "\\" + String(format: "%03d", b)
            }
        }
        return s + "\""
    }
}

/// A random OCaml value: built in Kiln's heap and written as OCaml source (as an Obj.t).
indirect enum Term {
    case int(Int32)
    case string([UInt8])
    case float(Double)
    case floatArray([Double])
    case int32(Int32), int64(Int64), nativeint(Int32)
    case block(UInt32, [Term])

    static let prelude = """
        let blk t fs = let b = Obj.new_block t (List.length fs) in List.iteri (Obj.set_field b) fs; b
        let fl bits = Int64.float_of_bits bits

        """

    var ocaml: String {
        switch self {
        case .int(let n): return "(Obj.repr (\(n)))"
        case .string(let b): return "(Obj.repr \(OCamlOracle.literal(b)))"
        case .float(let d): return "(Obj.repr (fl (\(Int64(bitPattern: d.bitPattern))L)))"
        case .floatArray(let ds): return "(Obj.repr [|" + ds.map { "fl (\(Int64(bitPattern: $0.bitPattern))L)" }.joined(separator: "; ") + "|])"
        case .int32(let n): return n == Int32.min ? "(Obj.repr Int32.min_int)" : "(Obj.repr (\(n)l))"
        case .int64(let n): return n == Int64.min ? "(Obj.repr Int64.min_int)" : "(Obj.repr (\(n)L))"
        case .nativeint(let n): return n == Int32.min ? "(Obj.repr (Nativeint.of_int32 Int32.min_int))" : "(Obj.repr (\(n)n))"
        // A list, not an array literal: an Obj.t array whose first element is a float would
        // be made a flat float array.
        case .block(let tag, let fields): return "(blk \(tag) [" + fields.map(\.ocaml).joined(separator: "; ") + "])"
        }
    }

    /// The value in Kiln's heap (children are kept on the root stack while siblings are made).
    func build() -> Value {
        switch self {
        case .int(let n): return valInt(n)
        case .string(let b): return allocateString(b)!
        case .float(let d): return boxDouble(d)
        case .floatArray(let ds):
            if ds.isEmpty { return OCamlHeap.atom(0) }   // [||] is the tag-0 atom in OCaml
            let a = OCamlHeap.allocate(2 * ds.count, OCamlTag.doubleArray)!
            for (i, d) in ds.enumerated() { setDoubleAt(a, i, d) }
            return a
        case .int32(let n): return boxInt32(n)
        case .int64(let n): return boxInt64(n)
        case .nativeint(let n): return boxNativeint(n)
        case .block(let tag, let fields):
            let mark = Roots.mark
            for f in fields { Roots.push(f.build()) }
            let b = fields.isEmpty ? OCamlHeap.atom(tag) : OCamlHeap.allocate(fields.count, tag)!
            for i in 0..<fields.count { setField(b, i, (mark - 1 - i).pointee) }
            Roots.restore(mark)
            return b
        }
    }

    static func random(_ r: inout SplitMix, depth: Int = 0) -> Term {
        let k = r.below(depth > 3 ? 8 : 11)
        switch k {
        case 0, 1: return .int(Int32(r.below(2000)) - 1000)
        case 2: return .int(Int32(truncatingIfNeeded: r.next()) >> 2)
        case 3: return .string((0..<r.below(12)).map { _ in r.below(3) == 0 ? UInt8(r.below(256)) : UInt8(97 + r.below(4)) })
        case 4: return .float(randomDouble(&r))
        case 5: return .int32(Int32(truncatingIfNeeded: r.next()))
        case 6: return .int64(r.below(2) == 0 ? Int64(r.below(100)) : Int64(bitPattern: r.next()))
        case 7: return .nativeint(Int32(truncatingIfNeeded: r.next()))
        case 8: return .floatArray((0..<r.below(4)).map { _ in randomDouble(&r) })
        default: return .block(UInt32(r.below(3)), (0..<1 + r.below(4)).map { _ in random(&r, depth: depth + 1) })
        }
    }

    static func randomDouble(_ r: inout SplitMix) -> Double {
        switch r.below(8) {
        case 0: return [Double.nan, -Double.nan, 0.0, -0.0, .infinity, -.infinity][r.below(6)]
        case 1, 2: return Double(r.below(20)) / 4
        default: return Double(bitPattern: r.next())
        }
    }

    /// A copy with one leaf changed now and then (so that compare sees near-equal pairs).
    func perturbed(_ r: inout SplitMix) -> Term {
        switch self {
        case .block(let tag, var fields):
            let i = r.below(fields.count)
            fields[i] = r.below(3) == 0 ? Term.random(&r, depth: 3) : fields[i].perturbed(&r)
            return .block(tag, fields)
        case .int(let n): return r.below(2) == 0 ? self : .int(n &+ 1)
        case .string(let b): return r.below(2) == 0 ? self : .string(b + [97])
        case .float: return r.below(2) == 0 ? self : .float(Term.randomDouble(&r))
        default: return r.below(2) == 0 ? self : Term.random(&r, depth: 3)
        }
    }
}
