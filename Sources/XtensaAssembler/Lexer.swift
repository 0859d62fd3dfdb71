/// A token of GNU `as` syntax.
struct Token: Equatable {
    enum Kind: Equatable {
        /// Names: mnemonics, directives, symbols, registers (`l32i.n`, `.text`, `.Ltmp0`, `a2`).
        case identifier(String)
        case number(Int)
        case string([UInt8])
        /// Local label references: `1b` (backward) and `1f` (forward).
        case localReference(Int, forward: Bool)
        /// One- or two-character operators and punctuation: `, : ( ) + - * / % << >> & | ^ ~ = !`.
        case punctuation(String)
    }
    let kind: Kind
    let column: Int
}

/// Splits one source line into statements' tokens. `#` starts a comment (GNU `as` for
/// Xtensa); `;` separates statements on one line.
struct Lexer {
    struct LexError: Error { let column: Int; let message: String }

    /// The statements on `line`, each a token list (empty statements dropped).
    static func statements(in line: Substring) throws(LexError) -> [[Token]] {
        var statements: [[Token]] = [[]]
        let bytes = Array(line.utf8)
        var i = 0
        func peek(_ k: Int = 0) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }
        while let c = peek() {
            let column = i + 1
            if c == UInt8(ascii: "#") || (c == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/")) { break }
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") { i += 1; continue }
            if c == UInt8(ascii: ";") { statements.append([]); i += 1; continue }
            var token: Token.Kind
            if isDigit(c) {
                let start = i
                while let d = peek(), isIdentifierByte(d) { i += 1 }
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                // `1b` / `1f` refer to local numeric labels.
                if let last = text.last, last == "b" || last == "f", let n = Int(text.dropLast()), !text.hasPrefix("0x") {
                    token = .localReference(n, forward: last == "f")
                } else if let value = parseInteger(text) {
                    token = .number(value)
                } else {
                    throw LexError(column: column, message: "invalid number '\(text)'")
                }
            } else if isIdentifierStart(c) {
                let start = i
                while let d = peek(), isIdentifierByte(d) { i += 1 }
                token = .identifier(String(decoding: bytes[start..<i], as: UTF8.self))
            } else if c == UInt8(ascii: "\"") {
                i += 1
                var value: [UInt8] = []
                while true {
                    guard let d = peek() else { throw LexError(column: column, message: "missing closing quote") }
                    i += 1
                    if d == UInt8(ascii: "\"") { break }
                    if d != UInt8(ascii: "\\") { value.append(d); continue }
                    guard let e = peek() else { throw LexError(column: column, message: "missing closing quote") }
                    i += 1
                    switch e {
                    case UInt8(ascii: "n"): value.append(10)
                    case UInt8(ascii: "t"): value.append(9)
                    case UInt8(ascii: "r"): value.append(13)
                    case UInt8(ascii: "b"): value.append(8)
                    case UInt8(ascii: "f"): value.append(12)
                    case UInt8(ascii: "x"):
                        var v = 0
                        while let h = peek(), let digit = hexValue(h) { v = v * 16 + digit; i += 1 }
                        value.append(UInt8(truncatingIfNeeded: v))
                    case UInt8(ascii: "0")...UInt8(ascii: "7"):
                        var v = Int(e - UInt8(ascii: "0")), n = 1
                        while n < 3, let o = peek(), (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(o) {
                            v = v * 8 + Int(o - UInt8(ascii: "0")); i += 1; n += 1
                        }
                        value.append(UInt8(truncatingIfNeeded: v))
                    default: value.append(e)
                    }
                }
                token = .string(value)
            } else if c == UInt8(ascii: "'") {
                // Character constant: 'c' (the closing quote is optional in GNU as).
                guard let ch = peek(1) else { throw LexError(column: column, message: "missing character after '") }
                i += 2
                if peek() == UInt8(ascii: "'") { i += 1 }
                token = .number(Int(ch))
            } else {
                let two = peek(1).map { String(decoding: [c, $0], as: UTF8.self) } ?? ""
                if ["<<", ">>"].contains(two) {
                    token = .punctuation(two); i += 2
                } else if Array(",:()+-*/%&|^~=!@").contains(Character(UnicodeScalar(c))) {
                    token = .punctuation(String(UnicodeScalar(c))); i += 1
                } else {
                    throw LexError(column: column, message: "unexpected character '\(Character(UnicodeScalar(c)))'")
                }
            }
            statements[statements.count - 1].append(Token(kind: token, column: column))
        }
        return statements.filter { !$0.isEmpty }
    }

    static func parseInteger(_ text: String) -> Int? {
        let lower = text.lowercased()
        if lower.hasPrefix("0x") { return UInt64(lower.dropFirst(2), radix: 16).map { Int(truncatingIfNeeded: $0) } }
        if lower.hasPrefix("0b") { return Int(lower.dropFirst(2), radix: 2) }
        if lower.count > 1, lower.hasPrefix("0") { return Int(lower.dropFirst(), radix: 8) }
        return Int(lower)
    }

    private static func isDigit(_ c: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) }
    private static func isIdentifierStart(_ c: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c | 0x20) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: "$")
    }
    private static func isIdentifierByte(_ c: UInt8) -> Bool { isIdentifierStart(c) || isDigit(c) }
    private static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(c - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
