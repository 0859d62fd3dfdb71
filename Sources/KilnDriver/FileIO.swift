#if canImport(Glibc)
import Glibc
#endif

/// Small file helpers on POSIX calls (the driver does not depend on Foundation).
public enum FileIO {
    /// The whole file.
    public static func read(_ path: String) throws(DriverError) -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw .io(path: path, message: "cannot read: \(String(cString: strerror(errno)))") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n > 0 { bytes += buffer[0..<n] }
            if n < buffer.count { break }
        }
        return bytes
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}
