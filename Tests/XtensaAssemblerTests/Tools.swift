import ELFKit
import Foundation
import KilnTestSupport
import XtensaISA

/// The assembler tests' oracles: llvm-mc-22, and a comparison of objects.
extension TestTools {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// GNU-syntax source in the dialect llvm-mc accepts: `.word` → `.long`, `.rodata` → `.section .rodata`.
    static func llvmDialect(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let indent = line.prefix(line.count - trimmed.count)
            if trimmed.hasPrefix(".word") { return indent + ".long" + trimmed.dropFirst(5) }
            if trimmed.hasPrefix(".rodata") { return indent + ".section .rodata" + trimmed.dropFirst(7) }
            return String(line)
        }.joined(separator: "\n")
    }
}
