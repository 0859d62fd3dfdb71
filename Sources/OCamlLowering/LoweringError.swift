import OCamlFrontend

/// Why a bytecode program cannot be lowered: names the file and the CODE offset of the
/// instruction (or the DATA object) that is the problem.
public struct LoweringError: Error, CustomStringConvertible, Sendable {
    /// The executable's path.
    public var path: String
    /// The file offset of the instruction or section concerned, when there is one.
    public var offset: Int?
    /// What is wrong, for a person.
    public var message: String

    /// Creates an error.
    public init(path: String, offset: Int?, message: String) {
        self.path = path
        self.offset = offset
        self.message = message
    }

    /// `file:offset: error: message`, the project's diagnostic form.
    public var description: String {
        offset.map { "\(path):\($0): error: \(message)" } ?? "\(path): error: \(message)"
    }
}

extension BytecodeExecutable {
    /// The file offset of the instruction at word `position` of CODE (for diagnostics).
    func fileOffset(ofWord position: Int) -> Int? {
        file.section("CODE").map { $0.offset + 4 * position }
    }

    /// An error about the instruction at word `position`.
    func error(at position: Int, _ message: String) -> LoweringError {
        LoweringError(path: file.path, offset: fileOffset(ofWord: position), message: message)
    }
}
