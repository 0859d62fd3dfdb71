/// A place in an assembly source: file, 1-based line and column.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in an assembly source.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public let location: SourceLocation
    public let message: String

    public var description: String { "\(location): error: \(message)" }
}

/// Everything wrong with one assembly source; `kiln as` prints each on its own line.
public struct AssemblyError: Error, Equatable, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
