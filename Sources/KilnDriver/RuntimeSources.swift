#if canImport(Glibc)
import Glibc
#endif

/// The runtime's sources, found by walking the folders the runtime build compiles. Paths
/// are relative to the Runtime folder, sorted, so that the build and its cache key do not
/// depend on directory order or on where the checkout lives.
public struct RuntimeSources: Sendable, Equatable {
    /// The Runtime folder the paths are relative to.
    public var root: String
    /// Embedded Swift files, compiled together as one module (`KilnRuntime`).
    public var swift: [String] = []
    /// C files, each compiled by clang-22 to IR and then by the chosen back end.
    public var c: [String] = []
    /// Assembly files (`.S`), assembled by Kiln's assembler.
    public var assembly: [String] = []
    /// Headers and module maps: not compiled themselves, but part of the cache key.
    public var headers: [String] = []

    /// The folders whose sources are compiled (Start/ is the startup code, linked apart).
    public static let compiledFolders = ["Core", "OCaml"]

    /// Every source under `compiledFolders` (a missing folder is empty) and every file under
    /// `include/`.
    public static func scan(root: String = RuntimeLocation.directory) throws(DriverError) -> RuntimeSources {
        var sources = RuntimeSources(root: root)
        for folder in compiledFolders {
            for path in try files(under: folder, root: root) {
                if path.hasSuffix(".swift") { sources.swift.append(path) }
                else if path.hasSuffix(".c") { sources.c.append(path) }
                else if path.hasSuffix(".S") { sources.assembly.append(path) }
                else if path.hasSuffix(".h") { sources.headers.append(path) }
            }
        }
        sources.headers += try files(under: "include", root: root)
        return sources
    }

    /// All of them, for the cache key.
    public var all: [String] { swift + c + assembly + headers }

    /// Regular files below `root/folder`, recursively, as sorted paths relative to `root`.
    static func files(under folder: String, root: String) throws(DriverError) -> [String] {
        guard let dir = opendir(root + "/" + folder) else {
            if errno == ENOENT && folder != "include" { return [] }
            throw .io(path: root + "/" + folder, message: "cannot open the runtime folder (set KILN_RUNTIME?)")
        }
        var names: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(".") { continue }
            names.append((name, entry.pointee.d_type == UInt8(DT_DIR)))
        }
        closedir(dir)
        var result: [String] = []
        for (name, isDirectory) in names {
            let path = folder + "/" + name
            result += isDirectory ? try files(under: path, root: root) : [path]
        }
        return result.sorted()
    }
}
