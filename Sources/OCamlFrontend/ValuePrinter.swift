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
    /// Values printed at most, then `...`: shared subterms print once per reference and a
    /// corrupt graph may be cyclic, so the text could otherwise be endless.
    public var nodeLimit = 100_000

    /// A printer for values of `graph`.
    public init(_ graph: MarshalledValue) { self.graph = graph }

    /// What is left to print: values, and the punctuation between them.
    private enum Work {
        case value(MarshalValue)
        case text(String)
    }

    /// `value` as `ocamldumpobj` prints it. The walk keeps its own stack: a constant list
    /// of thousands of elements nests that deep.
    public func text(_ value: MarshalValue) -> String {
        var out = ""
        var budget = nodeLimit
        var work: [Work] = [.value(value)]
        while let next = work.popLast() {
            switch next {
            case .text(let text): out += text
            case .value(let value):
                budget -= 1
                if budget < 0 {
                    out += "..."
                    return out
                }
                print(value, to: &out, then: &work)
            }
        }
        return out
    }

    /// Prints `value` if it is a leaf; otherwise pushes its parts onto `work`, last first.
    private func print(_ value: MarshalValue, to out: inout String, then work: inout [Work]) {
        switch value {
        case .int(let number): out += String(number)
        case .atom(let tag): out += "<\(tag)>"
        // Code pointers only appear with the Closures flag, which executables never use.
        case .codePointer(let offset, _): out += "<code \(offset)>"
        case .infix(let offset, let base):
            out += "<infix \(offset)>("
            work += [.text(")"), .value(base)]
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
                work.append(.text(")"))
                for (position, field) in fields.enumerated().reversed() {
                    work.append(.value(field))
                    if position > 0 { work.append(.text(", ")) }
                }
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
