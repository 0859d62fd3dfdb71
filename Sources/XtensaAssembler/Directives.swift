import ELFKit

extension AssemblerState {
    /// Handles one directive (`name` lower-cased, with its leading dot).
    mutating func directive(_ name: String, _ tokens: [Token], column: Int) {
        let args = operands(tokens)
        let argColumn = { (i: Int) in i < args.count ? (args[i].first?.column ?? column) : column }
        switch name {
        case ".text", ".data", ".bss", ".rodata":
            current = section(named: name, flags: nil, nobits: nil)
        case ".section", ".pushsection":
            sectionDirective(args, column: column)
        case ".align", ".p2align", ".balign":
            guard let amount = constant(args.first, column: column) else { return }
            let fill = args.count > 1 ? constant(args[1], column: argColumn(1)).map { UInt8(truncatingIfNeeded: $0) } : nil
            // llvm-mc's Xtensa target reads `.align n` as 2^n, like `.p2align`.
            guard (0...16).contains(amount) || name == ".balign" else { return error(argColumn(0), "alignment 2^\(amount) is too large") }
            align(to: name == ".balign" ? amount : 1 << amount, fill: fill, column: column)
        case ".byte", ".short", ".half", ".2byte", ".word", ".long", ".int", ".4byte", ".quad", ".8byte":
            let width = [".byte": 1, ".short": 2, ".half": 2, ".2byte": 2, ".quad": 8, ".8byte": 8][name] ?? 4
            for (i, arg) in args.enumerated() {
                guard let value = expression(arg, after: argColumn(i)) else { continue }
                data.append(PendingData(section: current, offset: sections[current].size, width: width,
                                        expression: value, here: here, location: location(argColumn(i))))
                emit(Array(repeating: 0, count: width), column: argColumn(i))
            }
        case ".ascii", ".asciz", ".string":
            for (i, arg) in args.enumerated() {
                guard arg.count == 1, case .string(let bytes) = arg[0].kind else {
                    error(argColumn(i), "expected a string in double quotes"); continue
                }
                emit(bytes + (name == ".ascii" ? [] : [0]), column: argColumn(i))
            }
        case ".space", ".skip", ".zero":
            guard let count = constant(args.first, column: column) else { return }
            guard count >= 0 else { return error(argColumn(0), "negative size \(count)") }
            let fill = args.count > 1 ? constant(args[1], column: argColumn(1)) ?? 0 : 0
            emit(Array(repeating: UInt8(truncatingIfNeeded: fill), count: count), column: column)
        case ".org":
            guard let first = args.first, let target = expression(first, after: column) else { return }
            let fill = args.count > 1 ? constant(args[1], column: argColumn(1)) ?? 0 : 0
            org(target, fill: UInt8(truncatingIfNeeded: fill), column: argColumn(0))
        case ".global", ".globl", ".local", ".weak":
            let binding: Symbol.Binding = name == ".local" ? .local : name == ".weak" ? .weak : .global
            for (i, arg) in args.enumerated() {
                guard let symbol = symbolName(arg, column: argColumn(i)) else { continue }
                touch(symbol, column: argColumn(i))
                symbols[symbol]!.binding = binding
            }
        case ".type":
            guard args.count == 2, let symbol = symbolName(args[0], column: argColumn(0)) else {
                return error(column, "expected '.type name, @function' or '@object'")
            }
            let kind = args[1].compactMap { if case .identifier(let s) = $0.kind { s } else if case .string(let b) = $0.kind { String(decoding: b, as: UTF8.self) } else { nil } }.last ?? ""
            let types: [String: Symbol.SymbolType] = ["function": .function, "stt_func": .function, "object": .object,
                                                      "stt_object": .object, "notype": .none, "stt_notype": .none]
            guard let type = types[kind.lowercased()] else { return error(argColumn(1), "unknown symbol type '\(kind)'") }
            touch(symbol, column: argColumn(0))
            symbols[symbol]!.type = type
        case ".size":
            guard args.count == 2, let symbol = symbolName(args[0], column: argColumn(0)),
                  let size = expression(args[1], after: argColumn(1)) else { return error(column, "expected '.size name, expression'") }
            touch(symbol, column: argColumn(0))
            symbols[symbol]!.size = (size, here, location(argColumn(1)))
        case ".set", ".equ":
            guard args.count == 2, let symbol = symbolName(args[0], column: argColumn(0)) else {
                return error(column, "expected '\(name) name, expression'")
            }
            assign(symbol, args[1], column: argColumn(0))
        case ".literal":
            guard args.count >= 2, let label = symbolName(args[0], column: argColumn(0)) else {
                return error(column, "expected '.literal label, value'")
            }
            for i in 1..<args.count {
                guard let value = expression(args[i], after: argColumn(i)) else { return }
                _ = literal(value, label: i == 1 ? label : nil, column: argColumn(i))
            }
        case ".literal_position", ".file", ".ident", ".hidden", ".protected", ".internal", ".end", ".begin":
            // Accepted for compatibility: literal placement is per section (as in llvm-mc),
            // and these carry nothing an object file here needs.
            break
        default:
            error(column, "unknown directive '\(name)'")
        }
    }

    /// `.section name[, "flags"[, @type]]`.
    mutating func sectionDirective(_ args: [[Token]], column: Int) {
        guard let first = args.first, first.count >= 1 else { return error(column, "expected a section name") }
        // Section names may contain characters the lexer splits (".text.a-b"): join them back.
        let name = first.map { token -> String in
            switch token.kind {
            case .identifier(let s), .punctuation(let s): return s
            case .number(let n): return String(n)
            case .string(let b): return String(decoding: b, as: UTF8.self)
            case .localReference(let n, let f): return "\(n)\(f ? "f" : "b")"
            }
        }.joined()
        var flags: SectionFlags?
        var nobits: Bool?
        if args.count > 1 {
            guard args[1].count == 1, case .string(let text) = args[1][0].kind else {
                return error(args[1].first?.column ?? column, "expected section flags in double quotes")
            }
            guard let parsed = sectionFlags(text, column: args[1][0].column) else { return }
            flags = parsed
        }
        if args.count > 2 {
            let type = args[2].compactMap { if case .identifier(let s) = $0.kind { s } else { nil } }.first
            guard let parsed = sectionIsNobits(type, column: args[2].first?.column ?? column) else { return }
            nobits = parsed
        }
        current = section(named: name, flags: flags, nobits: nobits)
    }

    /// The flags of a `.section` directive's `"awx"` string; nil after reporting an unknown one.
    mutating func sectionFlags<S: Sequence<UInt8>>(_ text: S, column: Int) -> SectionFlags? {
        var parsed: SectionFlags = []
        for c in text {
            switch c {
            case UInt8(ascii: "a"): parsed.insert(.alloc)
            case UInt8(ascii: "w"): parsed.insert(.write)
            case UInt8(ascii: "x"): parsed.insert(.execute)
            case UInt8(ascii: "M"): parsed.insert(.merge)
            case UInt8(ascii: "S"): parsed.insert(.strings)
            default:
                error(column, "unknown section flag '\(Character(UnicodeScalar(c)))'")
                return nil
            }
        }
        return parsed
    }

    /// Whether a `.section` directive's `@type` is NOBITS; nil after reporting an unknown type.
    mutating func sectionIsNobits(_ type: String?, column: Int) -> Bool? {
        switch type {
        case "progbits": return false
        case "nobits": return true
        default:
            error(column, "expected @progbits or @nobits")
            return nil
        }
    }

    /// `.org`: moves `.` forward to an offset of the current section.
    mutating func org(_ target: Expression, fill: UInt8, column: Int) {
        let offset: Int
        switch try? evaluate(target, here: here) {
        case .some(let v) where v.base == .absolute: offset = v.offset
        case .some(let v) where locate(v).base == .section(current): offset = locate(v).offset
        default: return error(column, "'.org' needs a constant or a label of this section defined before it")
        }
        guard offset >= sections[current].size else {
            return error(column, "'.org' cannot move backwards (to \(offset) from \(sections[current].size))")
        }
        emit(Array(repeating: fill, count: offset - sections[current].size), column: column)
    }

    /// A directive argument that must be a constant known now.
    mutating func constant(_ tokens: [Token]?, column: Int) -> Int? {
        guard let tokens, let e = expression(tokens, after: column) else {
            if tokens == nil { error(column, "missing operand") }
            return nil
        }
        let col = tokens.first?.column ?? column
        guard let v = try? evaluate(e, here: here),
              let c = v.constant else {
            error(col, "expected a constant known at this point")
            return nil
        }
        return c
    }

    /// A directive argument that must be a single symbol name.
    mutating func symbolName(_ tokens: [Token], column: Int) -> String? {
        if tokens.count == 1, case .identifier(let name) = tokens[0].kind { return name }
        error(column, "expected a symbol name")
        return nil
    }
}
