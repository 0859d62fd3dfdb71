import Foundation
import Testing
import XtensaISA

/// Collects failures, at most a few per opcode so one wrong row does not bury the others.
struct FailureLog {
    private var byOpcode: [Opcode: [String]] = [:]
    private var order: [Opcode] = []

    mutating func add(_ op: Opcode, _ message: String) {
        if byOpcode[op] == nil { order.append(op) }
        byOpcode[op, default: []].append(message)
    }

    func report(checked: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for op in order {
            let messages = byOpcode[op]!
            let shown = messages.prefix(10).joined(separator: "\n  ")
            let more = messages.count > 10 ? "\n  (\(messages.count - 10) more)" : ""
            Issue.record("\(op.mnemonic): \(messages.count) failing sample(s)\n  \(shown)\(more)", sourceLocation: sourceLocation)
        }
        if order.isEmpty { print("checked \(checked) samples") }
    }
}

func hexBytes(_ bytes: [UInt8]) -> String {
    "[" + bytes.map { String(format: "%02x", $0) }.joined(separator: " ") + "]"
}
