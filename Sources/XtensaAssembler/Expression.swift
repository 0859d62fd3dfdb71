/// An assembler expression, kept unevaluated until every label is placed.
indirect enum Expression: Equatable {
    case number(Int)
    case symbol(String)
    /// `.`, the address of the statement being assembled.
    case here
    case unary(String, Expression)
    case binary(String, Expression, Expression)

}

/// The value of an expression: a constant, or a place (label or external symbol) plus an offset.
struct Value: Equatable {
    enum Base: Equatable {
        case absolute
        /// A location in one of the assembler's sections.
        case section(Int)
        /// A symbol whose references must stay symbolic (global, weak or undefined).
        case symbol(String)
    }
    var base: Base
    var offset: Int

    static func constant(_ value: Int) -> Value { Value(base: .absolute, offset: value) }
    var constant: Int? { base == .absolute ? offset : nil }
}

struct ExpressionError: Error { let message: String }

/// Operator precedence, loosest first (C's order).
private let binaryLevels: [[String]] = [["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]]

extension Expression {
    /// Parses an expression from `tokens[index...]`, advancing `index`. `resolveLocal` names
    /// numeric local label references (`1b`, `1f`).
    static func parse(_ tokens: [Token], _ index: inout Int, resolveLocal: (Int, Bool) -> String,
                      level: Int = 0) throws(ExpressionError) -> Expression {
        if level == binaryLevels.count { return try parseUnary(tokens, &index, resolveLocal: resolveLocal) }
        var lhs = try parse(tokens, &index, resolveLocal: resolveLocal, level: level + 1)
        while index < tokens.count, case .punctuation(let op) = tokens[index].kind, binaryLevels[level].contains(op) {
            index += 1
            let rhs = try parse(tokens, &index, resolveLocal: resolveLocal, level: level + 1)
            lhs = .binary(op, lhs, rhs)
        }
        return lhs
    }

    private static func parseUnary(_ tokens: [Token], _ index: inout Int, resolveLocal: (Int, Bool) -> String) throws(ExpressionError) -> Expression {
        guard index < tokens.count else { throw ExpressionError(message: "expected an expression") }
        let token = tokens[index]
        index += 1
        switch token.kind {
        case .number(let n): return .number(n)
        case .identifier("."): return .here
        case .identifier(let name): return .symbol(name)
        case .localReference(let n, let forward): return .symbol(resolveLocal(n, forward))
        case .punctuation("("):
            let inner = try parse(tokens, &index, resolveLocal: resolveLocal)
            guard index < tokens.count, tokens[index].kind == .punctuation(")") else {
                throw ExpressionError(message: "expected ')'")
            }
            index += 1
            return inner
        case .punctuation(let op) where ["-", "~", "!", "+"].contains(op):
            return .unary(op, try parseUnary(tokens, &index, resolveLocal: resolveLocal))
        default:
            index -= 1
            throw ExpressionError(message: "expected an expression")
        }
    }

    /// Evaluates the expression. `symbol` gives a name's value; `here` is the value of `.`;
    /// `sameSection` turns a symbol value into a section location when it is defined, so
    /// that differences of labels in one section are constants.
    func evaluate(here: Value, symbol: (String) throws(ExpressionError) -> Value,
                  locate: (Value) -> Value) throws(ExpressionError) -> Value {
        func eval(_ e: Expression) throws(ExpressionError) -> Value {
            try e.evaluate(here: here, symbol: symbol, locate: locate)
        }
        switch self {
        case .number(let n): return .constant(n)
        case .here: return here
        case .symbol(let name): return try symbol(name)
        case .unary(let op, let e):
            let v = try eval(e)
            if op == "+" { return v }
            guard let c = v.constant else { throw ExpressionError(message: "'\(op)' needs a constant operand") }
            switch op {
            case "-": return .constant(-c)
            case "~": return .constant(~c)
            default: return .constant(c == 0 ? 1 : 0)
            }
        case .binary(let op, let l, let r):
            let a = try eval(l), b = try eval(r)
            if op == "+" {
                if b.constant != nil { return Value(base: a.base, offset: a.offset + b.offset) }
                if a.constant != nil { return Value(base: b.base, offset: a.offset + b.offset) }
                throw ExpressionError(message: "cannot add two symbols")
            }
            if op == "-" {
                if b.constant != nil { return Value(base: a.base, offset: a.offset - b.offset) }
                let la = locate(a), lb = locate(b)
                if la.base == lb.base { return .constant(la.offset - lb.offset) }
                throw ExpressionError(message: "cannot subtract symbols in different sections")
            }
            guard let x = a.constant, let y = b.constant else {
                throw ExpressionError(message: "'\(op)' needs constant operands")
            }
            switch op {
            case "*": return .constant(x &* y)
            case "/", "%":
                guard y != 0 else { throw ExpressionError(message: "division by zero") }
                return .constant(op == "/" ? x / y : x % y)
            case "<<": return .constant(x << y)
            case ">>": return .constant(x >> y)
            case "&": return .constant(x & y)
            case "|": return .constant(x | y)
            default: return .constant(x ^ y)
            }
        }
    }
}
