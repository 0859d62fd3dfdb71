import ELFKit
import KilnLinker

/// Why a driver step (link, run, image) failed. The CLI prints the description and exits 1.
public enum DriverError: Error, CustomStringConvertible {
    case link(LinkError)
    case elf(ELFError)
    /// Kiln's assembler rejected a startup source.
    case assembly(path: String, message: String)
    /// A file or directory could not be read.
    case io(path: String, message: String)
    /// An external tool (QEMU, esptool) could not be started or failed.
    case tool(name: String, message: String)

    public var description: String {
        switch self {
        case .link(let error): error.description
        case .elf(let error): error.description
        case let .assembly(_, message): message
        case let .io(path, message): "\(path): error: \(message)"
        case let .tool(name, message): "error: \(name): \(message)"
        }
    }
}
