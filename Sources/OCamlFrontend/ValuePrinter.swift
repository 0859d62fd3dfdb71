#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints a marshalled value in the syntax `ocamldumpobj` uses for constants
/// (`print_obj` in `tools/dumpobj.ml`): `"str"`, `<tag>(fields)`, `%.12g` floats,
/// `1l`/`2n`/`3L` boxed integers, `<tag N>` for other opaque objects.
public struct ValuePrinter {
    /// The graph the printed values belong to.
    public let graph: MarshalledValue
    /// Nesting beyond which printing stops with `...`: a corrupt graph may be cyclic.
    public var depthLimit = 1000
    /// Values printed at most: shared subterms print once per reference, so a corrupt
    /// graph of shared blocks could otherwise print exponentially long text.
    public var nodeLimit = 100_000

    /// A printer for values of `graph`.
    public init(_ graph: MarshalledValue) { self.graph = graph }

    /// `value` as `ocamldumpobj` prints it.
    public func text(_ value: MarshalValue) -> String {
        var out = ""
        var budget = nodeLimit
        print(value, depth: 0, budget: &budget, to: &out)
        return out
    }

    private func print(_ value: MarshalValue, depth: Int, budget: inout Int, to out: inout String) {
        budget -= 1
        if depth > depthLimit || budget < 0 {
            out += "..."
            return
        }
        switch value {
        case .int(let number): out += String(number)
        case .atom(let tag): out += "<\(tag)>"
        // Code pointers only appear with the Closures flag, which executables never use.
        case .codePointer(let offset, _): out += "<code \(offset)>"
        case .infix(let offset, let base):
            out += "<infix \(offset)>("
            print(base, depth: depth + 1, budget: &budget, to: &out)
            out += ")"
        case .object(let index):
            switch graph.objects[index] {
            case .string(let bytes): out += Self.quoted(bytes)
            case .double(let number): out += Self.format(number)
            case .doubleArray(let items): out += "[|" + items.map(Self.format).joined(separator: ", ") + "|]"
            case .int32(let number): out += "\(number)l"
            case .nativeint(let number): out += "\(number)n"
            case .int64(let number): out += "\(number)L"
            case .block(let tag, let fields):
                // Tags from No_scan_tag (251) up are opaque to dumpobj.
                if tag >= 251 {
                    out += "<tag \(tag)>"
                    return
                }
                out += "<\(tag)>("
                for (position, field) in fields.enumerated() {
                    if position > 0 { out += ", " }
                    print(field, depth: depth + 1, budget: &budget, to: &out)
                }
                out += ")"
            }
        }
    }

    /// `%.12g`, through the C library as OCaml's `Printf` does, so inf and nan spell the same.
    static func format(_ number: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([number]) { vsnprintf(&buffer, buffer.count, "%.12g", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// OCaml's `%S`: `String.escaped` between double quotes (decimal `\ddd` escapes).
    public static func quoted(_ bytes: [UInt8]) -> String {
        var out = "\""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += "\\" + String(UnicodeScalar(byte))
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\t"): out += "\\t"
            case UInt8(ascii: "\r"): out += "\\r"
            case 8: out += "\\b"
            case 0x20...0x7E: out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let digits = String(byte)
                out += "\\" + String(repeating: "0", count: 3 - digits.count) + digits
            }
        }
        return out + "\""
    }
}
