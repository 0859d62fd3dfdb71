/// Why the back end refused a module. Messages name the function and the IR instruction,
/// so the user can find what to change (or which feature the back end still lacks).
public enum BackendError: Error, CustomStringConvertible, Equatable {
    /// The IR file could not be read or parsed.
    case unreadable(path: String, message: String)
    /// LLVM's optimizer failed.
    case optimizer(String)
    /// An IR construct the back end does not handle (yet).
    case unsupported(function: String, instruction: String, reason: String)
    /// The assembler rejected the back end's own output: a back-end bug.
    case internalAssembly(String)

    public var description: String {
        switch self {
        case let .unreadable(path, message): "\(path): error: \(message)"
        case let .optimizer(message): "error: LLVM optimizer: \(message)"
        case let .unsupported(function, instruction, reason):
            "error: in function '\(function)': \(reason): \(instruction)"
        case let .internalAssembly(message): "error: internal back-end error, generated assembly was rejected:\n\(message)"
        }
    }
}
