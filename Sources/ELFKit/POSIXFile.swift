#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations ELFKit needs, on raw descriptors: libelf writes through a file
/// descriptor, and going through Foundation would add a dependency for three calls.
enum POSIXFile {
    /// The text of the current `errno`, for error messages.
    static var errnoMessage: String { String(cString: strerror(errno)) }

    /// The whole contents of the file at `path`.
    static func readAll(path: String) throws(ELFError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw ELFError(path: path, message: "cannot open: \(errnoMessage)") }
        defer { close(fd) }
        return try readAll(fd: fd, path: path)
    }

    /// Reads `fd` from its current position to the end.
    static func readAll(fd: Int32, path: String) throws(ELFError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ELFError(path: path, message: "cannot read: \(errnoMessage)")
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }

    /// Writes `bytes` to an existing non-regular file such as a device or a pipe.
    static func writeInPlace(_ bytes: [UInt8], to path: String) throws(ELFError) {
        let fd = open(path, O_WRONLY)
        if fd < 0 { throw ELFError(path: path, message: "cannot open for writing: \(errnoMessage)") }
        defer { close(fd) }
        var rest = bytes[...]
        while !rest.isEmpty {
            let count = rest.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ELFError(path: path, message: "cannot write: \(errnoMessage)")
            }
            rest = rest.dropFirst(count)
        }
    }

    /// A new, empty file beside `path` (same directory, so that `rename` onto `path` is
    /// atomic), open for reading and writing. Its name starts with a dot so that a crash
    /// leaves a hidden file rather than a plausible-looking object.
    static func temporaryFile(beside path: String) throws(ELFError) -> (fd: Int32, path: String) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return try temporaryFile(template: "\(directory).\(base).XXXXXX", reportingAs: path)
    }

    /// A new, empty scratch file in the system's temporary directory.
    static func scratchFile() throws(ELFError) -> (fd: Int32, path: String) {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        return try temporaryFile(template: "\(directory)/kiln-elf.XXXXXX", reportingAs: "<memory>")
    }

    private static func temporaryFile(template: String, reportingAs path: String) throws(ELFError) -> (fd: Int32, path: String) {
        var name = Array(template.utf8CString)
        let fd = name.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw ELFError(path: path, message: "cannot create a temporary file: \(errnoMessage)") }
        // mkstemp creates files readable only by their owner; objects and firmware are
        // ordinary build products that other tools (and users) read.
        _ = fchmod(fd, 0o644)
        return (fd, name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
    }
}
