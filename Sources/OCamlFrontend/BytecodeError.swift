/// An error reading an OCaml bytecode executable: what is wrong and where, so that a user
/// (or a fuzz test) can find the bad byte with `xxd -s offset`.
public struct BytecodeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The kinds of bad input the reader tells apart.
    public enum Kind: Equatable, Sendable {
        /// The file ends (or a section or marshalled value ends) before what is being read.
        case truncated
        /// The trailer's magic is not an OCaml executable's `Caml1999X` magic.
        case notAnExecutable
        /// An OCaml executable of another version than 4.13's `Caml1999X030`.
        case unsupportedVersion
        /// The bytes are where they should be but cannot mean anything valid.
        case corrupt
        /// The file cannot be opened or read.
        case io
    }

    /// The file being read (`<memory>` for in-memory images).
    public let path: String
    /// Byte offset in the file of the bad input, or nil when no offset applies (I/O errors).
    public let offset: Int?
    /// Which kind of problem this is, for tests and callers that react differently.
    public let kind: Kind
    /// What is wrong, in words a user can act on.
    public let message: String

    /// An error about `path` at `offset`.
    public init(path: String, offset: Int?, kind: Kind, message: String) {
        self.path = path
        self.offset = offset
        self.kind = kind
        self.message = message
    }

    /// `file:offset: error: message`, the form compilers use so editors can jump to it.
    public var description: String {
        if let offset { return "\(path):\(offset): error: \(message)" }
        return "\(path): error: \(message)"
    }
}
