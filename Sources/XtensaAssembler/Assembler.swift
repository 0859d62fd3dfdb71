import ELFKit
import XtensaISA

/// Kiln's GNU-syntax Xtensa assembler. It reads one source and produces a relocatable
/// object model; `ELFWriter` turns that into a file.
///
/// It follows `llvm-mc -triple=xtensa` where GNU `as` and llvm-mc differ, so that the two
/// produce the same section bytes: `.align n` means 2^n bytes, literals (`.literal`, and
/// `movi` of a symbol or of a constant beyond −2048…2047) go to the `.literal` section of
/// the current text section, instructions are never narrowed or relaxed behind the
/// programmer's back, and PC-relative references to labels of the same section are
/// resolved while references to global, undefined or other-section symbols become
/// R_XTENSA_SLOT0_OP relocations.
public enum Assembler {
    /// Assembles `source` (read from `path`, used in diagnostics) for `profile`.
    public static func assemble(source: String, path: String, profile: Profile) throws(AssemblyError) -> ELFFile {
        var state = AssemblerState(path: path, profile: profile)
        for (number, text) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            state.line = number + 1
            do {
                for statement in try Lexer.statements(in: text) { state.statement(statement) }
            } catch {
                state.error(error.column, error.message)
            }
        }
        let object = state.finish()
        if !state.diagnostics.isEmpty { throw AssemblyError(diagnostics: state.diagnostics) }
        return object
    }
}

extension AssemblerState {
    /// Handles one statement: leading labels, then an assignment, a directive or an instruction.
    mutating func statement(_ tokens: [Token]) {
        var tokens = tokens[...]
        // Labels: `name:` and `1:`.
        while tokens.count >= 2, tokens[tokens.startIndex + 1].kind == .punctuation(":") {
            let token = tokens.first!
            switch token.kind {
            case .identifier(let name): defineLabel(name, column: token.column)
            case .number(let n): defineLabel(localLabel(n, forward: false, defining: true), column: token.column)
            default: return error(token.column, "expected a label before ':'")
            }
            tokens = tokens.dropFirst(2)
        }
        guard let head = tokens.first else { return }
        guard case .identifier(let name) = head.kind else { return error(head.column, "expected an instruction or directive") }
        let rest = Array(tokens.dropFirst())
        if rest.first?.kind == .punctuation("=") {
            return assign(name, Array(rest.dropFirst()), column: head.column)
        }
        if name.hasPrefix(".") {
            directive(name.lowercased(), rest, column: head.column)
        } else {
            instruction(name, rest, column: head.column)
        }
    }

    /// Splits operand tokens at top-level commas.
    func operands(_ tokens: [Token]) -> [[Token]] {
        guard !tokens.isEmpty else { return [] }
        var result: [[Token]] = [[]]
        var depth = 0
        for token in tokens {
            if token.kind == .punctuation("(") { depth += 1 }
            if token.kind == .punctuation(")") { depth -= 1 }
            if token.kind == .punctuation(","), depth == 0 { result.append([]); continue }
            result[result.count - 1].append(token)
        }
        return result
    }

    /// Parses a whole operand as one expression, reporting leftovers.
    mutating func expression(_ tokens: [Token], after column: Int) -> Expression? {
        guard let first = tokens.first else {
            error(column, "missing operand")
            return nil
        }
        var index = 0
        do {
            let resolve = { (n: Int, forward: Bool) in self.localLabel(n, forward: forward) }
            let expression = try Expression.parse(tokens, &index, resolveLocal: resolve)
            if index < tokens.count {
                error(tokens[index].column, "unexpected text after expression")
                return nil
            }
            noteSymbols(in: expression, column: first.column)
            return expression
        } catch {
            self.error(index < tokens.count ? tokens[index].column : first.column, error.message)
            return nil
        }
    }

    /// Registers every symbol an expression names, for the symbol table's order.
    mutating func noteSymbols(in expression: Expression, column: Int) {
        switch expression {
        case .symbol(let name): touch(name, column: column)
        case .unary(_, let e): noteSymbols(in: e, column: column)
        case .binary(_, let l, let r): noteSymbols(in: l, column: column); noteSymbols(in: r, column: column)
        case .number, .here: break
        }
    }

    mutating func assign(_ name: String, _ tokens: [Token], column: Int) {
        guard let value = expression(tokens, after: column) else { return }
        touch(name, column: column)
        if symbols[name]!.label != nil { return error(column, "symbol '\(name)' is already defined as a label") }
        symbols[name]!.assignment = (value, here)
    }
}
