import ELFKit
import XtensaISA

/// Prints an object as an annotated listing: each line is an instruction or datum with its
/// address, bytes and relocation in a trailing comment. The text is GNU `as` syntax that
/// `kiln as` and `llvm-mc-22` assemble back to the same section bytes and relocations
/// (up to the placeholder bits of relocated fields, which each assembler fills its own way).
public enum Listing {
    /// Instructions llvm-mc-22 does not know; the listing writes them as bytes, named in a comment.
    static let unknownToLLVM: Set<Opcode> = [.simcall]

    public static func format(_ file: ELFFile, title: String? = nil) -> String {
        var out: [String] = []
        if let title { out.append("# \(title)") }
        // Labels at each section offset: defined symbols first, then generated ones.
        var labels: [Int: [Int: [String]]] = [:]
        for symbol in file.symbols where symbol.type != .section && !symbol.name.isEmpty {
            if case .section(let s) = symbol.definition { labels[s, default: [:]][Int(symbol.value), default: []].append(symbol.name) }
        }
        func sectionLabel(_ s: Int) -> String { ".Lkiln.section\(s)" }
        func symbolText(_ index: Int, addend: Int32) -> String {
            let symbol = file.symbols[index]
            let base: String
            if symbol.type == .section, case .section(let s) = symbol.definition { base = sectionLabel(s) } else { base = symbol.name }
            return addend == 0 ? base : addend > 0 ? "\(base)+\(addend)" : "\(base)\(addend)"
        }

        for symbol in file.symbols where symbol.binding != .local {
            out.append("\t\(symbol.binding == .weak ? ".weak" : ".global")\t\(symbol.name)")
        }
        for (s, section) in file.sections.enumerated() {
            let relocationsAt = Dictionary(grouping: section.relocations, by: { Int($0.offset) })
            var flags = ""
            if section.flags.contains(.alloc) { flags += "a" }
            if section.flags.contains(.write) { flags += "w" }
            if section.flags.contains(.execute) { flags += "x" }
            let type: String
            switch section.kind {
            case .nobits: type = "@nobits"
            default: type = "@progbits"
            }
            out.append("")
            out.append("\t.section\t\(section.name),\"\(flags)\",\(type)")
            if section.alignment > 1 { out.append("\t.p2align\t\(section.alignment.trailingZeroBitCount)") }
            out.append("\(sectionLabel(s)):")
            for symbol in file.symbols where symbol.definition == .section(s) && symbol.type != .section {
                if symbol.type == .function { out.append("\t.type\t\(symbol.name), @function") }
                if symbol.type == .object { out.append("\t.type\t\(symbol.name), @object") }
                if symbol.size > 0 { out.append("\t.size\t\(symbol.name), \(symbol.size)") }
            }
            if case .nobits(let size) = section.kind {
                var at = 0
                for (offset, names) in (labels[s] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    if offset > at { out.append("\t.space\t\(offset - at)") }
                    out += names.map { "\($0):" }
                    at = max(at, offset)
                }
                if Int(size) > at { out.append("\t.space\t\(Int(size) - at)") }
                continue
            }
            let isCode = section.flags.contains(.execute) && !section.name.contains("literal")
            let breaks = Set(relocationsAt.keys).union((labels[s] ?? [:]).keys)
            let items = decode(section, isCode: isCode, relocationsAt: relocationsAt, breaks: breaks)
            // Branch targets without a symbol get a generated label, where an item starts.
            let starts = Set(items.map(\.offset))
            var local = labels[s] ?? [:]
            for item in items {
                guard case .instruction(let inst) = item.kind, relocationsAt[item.offset] == nil,
                      let t = inst.definition.targetOperand else { continue }
                let target = inst.operands[t]
                if starts.contains(target), local[target] == nil { local[target] = [".Lkiln.\(s).\(target)"] }
            }
            for item in items {
                for name in local[item.offset] ?? [] { out.append("\(name):") }
                let text: String
                switch item.kind {
                case .instruction(let inst):
                    let relocation = relocationsAt[item.offset]?.first
                    text = Printer.format(inst) { target in
                        if let relocation { return symbolText(relocation.symbol, addend: relocation.addend) }
                        if let name = local[target]?.first { return name }
                        let delta = target - item.offset
                        return delta >= 0 ? ". + \(delta)" : ". - \(-delta)"
                    }
                case .word(let relocation):
                    text = ".long\t" + symbolText(relocation.symbol, addend: relocation.addend)
                case .value:
                    text = ".long\t0x" + hex(Encoder.word32(of: item.bytes), 8)
                case .bytes(let note):
                    text = ".byte\t" + item.bytes.map { "0x" + hex($0, 2) }.joined(separator: ", ") + (note.map { "  # \($0)" } ?? "")
                }
                var comment = "# \(hex(item.offset, 8)): " + item.bytes.map { hex($0, 2) }.joined(separator: " ")
                for relocation in relocationsAt[item.offset] ?? [] {
                    comment += "  \(relocation.type) \(symbolText(relocation.symbol, addend: relocation.addend))"
                }
                out.append("\t" + pad(text, 40) + comment)
            }
            for name in local[section.data.count] ?? [] { out.append("\(name):") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    struct Item {
        enum Kind {
            case instruction(Instruction)
            case word(Relocation)
            /// A 4-byte constant (in literal pools).
            case value
            case bytes(note: String?)
        }
        let offset: Int
        let bytes: [UInt8]
        let kind: Kind
    }

    /// Splits a section into instructions (code) and data items.
    /// Data lines never run across an offset in `breaks` (labels, relocations).
    static func decode(_ section: Section, isCode: Bool, relocationsAt: [Int: [Relocation]], breaks: Set<Int>) -> [Item] {
        let isLiteralPool = isLiteralPoolName(section.name)
        var items: [Item] = []
        let data = section.data
        var offset = 0
        while offset < data.count {
            if let relocation = relocationsAt[offset]?.first(where: { $0.type == .r32 }), offset + 4 <= data.count {
                items.append(Item(offset: offset, bytes: Array(data[offset..<offset + 4]), kind: .word(relocation)))
                offset += 4
                continue
            }
            if isCode, let inst = Decoder.decode(data[offset...], at: offset) {
                let bytes = Array(data[offset..<offset + inst.size])
                items.append(Item(offset: offset, bytes: bytes,
                                  kind: unknownToLLVM.contains(inst.opcode) ? .bytes(note: Printer.format(inst)) : .instruction(inst)))
                offset += inst.size
                continue
            }
            // Literal pools hold words; other data goes up to 4 bytes a line, never across a break.
            if isLiteralPool, offset % 4 == 0, offset + 4 <= data.count, !(offset + 1..<offset + 4).contains(where: breaks.contains) {
                items.append(Item(offset: offset, bytes: Array(data[offset..<offset + 4]), kind: .value))
                offset += 4
                continue
            }
            var end = offset + 1
            while end < data.count, end - offset < 4, !breaks.contains(end), !isCode { end += 1 }
            items.append(Item(offset: offset, bytes: Array(data[offset..<end]), kind: .bytes(note: nil)))
            offset = end
        }
        return items
    }

    static func hex<T: BinaryInteger>(_ value: T, _ width: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static func pad(_ text: String, _ width: Int) -> String {
        // Tabs count as moving to the next multiple of 8.
        var column = 0
        for c in text { column = c == "\t" ? (column / 8 + 1) * 8 : column + 1 }
        return text + String(repeating: " ", count: max(1, width - column))
    }
}
