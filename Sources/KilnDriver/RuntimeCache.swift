#if canImport(Glibc)
import Glibc
#endif
import XtensaISA

/// The built runtime, cached per profile and back end, rebuilt only when something it is
/// made from changes.
///
/// Where: `$KILN_CACHE_DIR`, else `$XDG_CACHE_HOME/kiln`, else `~/.cache/kiln`; one folder
/// `runtime-<profile>-<backend>-<key>` per build. The key is a hash of every runtime source's
/// path (relative to Runtime/) and contents, the profile, the back end, and the identity
/// (path, size, modification time) of the tools that compile it: swiftc and clang-22, plus
/// for Kiln's back end the sources of the code generator (`codeGeneratorSources`; the
/// running executable's identity when they are not beside it, or when one of them is newer
/// than the executable) or llc-22 and llvm-mc-22 for LLVM's. Keying by the code generator's sources rather than the executable lets debug and
/// release builds share a runtime, and a change to a front end does not rebuild it.
/// Builds go to a temporary folder renamed into place at the end, under an exclusive lock
/// (`flock`) per key, so concurrent `kiln` processes build once and never see half a build.
public enum RuntimeCache {
    /// A built runtime.
    public struct Artifacts: Sendable {
        /// The cache folder holding the build.
        public var directory: String
        /// The objects, to link after a program's (absolute paths).
        public var objects: [String]
        /// The retargeted Swift module as bitcode, for front ends that link the runtime's
        /// IR into theirs before optimising (`IRModule.link(path:)`); nil when there is no Swift.
        public var bitcode: String?
    }

    /// The cache's root folder.
    public static var directory: String {
        if let dir = environment("KILN_CACHE_DIR") { return dir }
        if let xdg = environment("XDG_CACHE_HOME") { return xdg + "/kiln" }
        return (environment("HOME") ?? "/tmp") + "/.cache/kiln"
    }

    /// The runtime for `profile` built by `backend`: from the cache, or built now (with a
    /// progress line on standard error when `progress` is set).
    public static func artifacts(profile: Profile, backend: RuntimeBackend, progress: Bool = true,
                                 sources: RuntimeSources? = nil) throws(DriverError) -> Artifacts {
        let sources = if let sources { sources } else { try RuntimeSources.scan() }
        let root = directory
        try makeDirectories(root)
        let name = "runtime-\(profile.name)-\(backend.rawValue)-\(try key(sources, profile: profile, backend: backend))"
        let final = root + "/" + name
        if let built = try? read(final) { return built }

        let lockPath = final + ".lock"
        let lock = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw .io(path: lockPath, message: "cannot create the lock: \(String(cString: strerror(errno)))") }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        // Another process may have finished the build while this one waited.
        if let built = try? read(final) { return built }

        if progress {
            let estimate = backend == .kiln ? "~2 min" : "~1 min"
            let line = "kiln: building the runtime for \(profile.name) with \(backend == .kiln ? "Kiln's back end" : "llc-22") (first use, \(estimate))…\n"
            _ = line.withCString { Glibc.write(2, $0, strlen($0)) }
        }
        // Holding the lock, no one else builds this key: temporary folders left by a killed
        // build are garbage.
        for stale in entries(of: root) where stale.hasPrefix(name + ".tmp-") { removeTree(root + "/" + stale) }
        let temporary = final + ".tmp-\(getpid())"
        try makeDirectories(temporary)
        do {
            let objects = try RuntimeBuild.build(sources, profile: profile, backend: backend, into: temporary)
            try write(objects.joined(separator: "\n") + "\n", to: temporary + "/" + manifestName)
        } catch {
            removeTree(temporary)
            throw error
        }
        guard rename(temporary, final) == 0 else {
            removeTree(temporary)
            throw .io(path: final, message: "cannot move the built runtime into place: \(String(cString: strerror(errno)))")
        }
        return try read(final)
    }

    /// The list of objects, written last: a folder without it is not a finished build.
    static let manifestName = "objects"

    static func read(_ folder: String) throws(DriverError) -> Artifacts {
        let manifest = String(decoding: try FileIO.read(folder + "/" + manifestName), as: UTF8.self)
        let objects = manifest.split(separator: "\n").map { folder + "/" + $0 }
        let bitcode = folder + "/" + RuntimeBuild.bitcodeName
        return Artifacts(directory: folder, objects: objects, bitcode: FileIO.exists(bitcode) ? bitcode : nil)
    }

    /// The cache key: 16 hex digits of a 64-bit FNV-1a hash over everything the build reads.
    public static func key(_ sources: RuntimeSources, profile: Profile, backend: RuntimeBackend) throws(DriverError) -> String {
        var hash = FNV1a()
        hash.add("kiln-runtime-1 \(profile.name) \(backend.rawValue)")
        for path in sources.all.sorted() {
            hash.add(path)
            hash.add(try FileIO.read(sources.root + "/" + path))
        }
        let tools = ["swiftc", "clang-22"] + (backend == .llc ? ["llc-22", "llvm-mc-22"] : [])
        for tool in tools { hash.add(identity(of: findInPath(tool) ?? tool)) }
        if backend == .kiln {
            if let generator = try codeGeneratorSources() {
                for path in generator { hash.add(path); hash.add(try FileIO.read(path)) }
                // A binary older than its sources was built from other code than the key
                // describes: its runtime is kept apart, so a rebuilt binary never finds it.
                if isOlder("/proc/self/exe", than: generator) { hash.add(identity(of: "/proc/self/exe")) }
            } else {
                hash.add(identity(of: "/proc/self/exe"))
            }
        }
        return String(hash.value, radix: 16).leftPadded(to: 16)
    }

    /// Source folders whose code cannot change what Kiln's back end makes of the runtime:
    /// the front ends and the command line. Every other folder of Sources/ is part of the
    /// key, so a new module counts until it is listed here.
    static let foldersOutsideCodeGeneration: Set<String> = ["OCamlFrontend", "OCamlLowering", "kiln-ocamlrun", "kiln"]

    /// The Swift sources of the package this binary was built from (absolute paths, sorted),
    /// without `foldersOutsideCodeGeneration`; nil when the Sources folder is not there (an installed
    /// binary, or `$KILN_RUNTIME` pointing elsewhere).
    static func codeGeneratorSources() throws(DriverError) -> [String]? {
        guard environment("KILN_RUNTIME") == nil else { return nil }
        let root = RuntimeLocation.sourceTree
        guard FileIO.exists(root + "/Sources") else { return nil }
        let files = try RuntimeSources.files(under: "Sources", root: root)
        return files.filter { path in
            let folder = path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
            return !foldersOutsideCodeGeneration.contains(folder) && path.hasSuffix(".swift")
        }.map { root + "/" + $0 }
    }

    /// Path, size and modification time of a file (after symbolic links): changes when the
    /// file is rebuilt or upgraded, without reading it.
    static func identity(of path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return path + " missing" }
        let resolved = realpath(path, nil)
        defer { free(resolved) }
        let real = resolved.map { String(cString: $0) } ?? path
        return "\(real) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Whether one of `files` was modified after `path` (a missing file is oldest).
    static func isOlder(_ path: String, than files: [String]) -> Bool {
        func modified(_ path: String) -> Int {
            var info = stat()
            guard stat(path, &info) == 0 else { return 0 }
            return info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
        }
        let time = modified(path)
        return files.contains { modified($0) > time }
    }

    static func findInPath(_ tool: String) -> String? {
        guard let path = environment("PATH") else { return nil }
        for folder in path.split(separator: ":") where access("\(folder)/\(tool)", X_OK) == 0 {
            return "\(folder)/\(tool)"
        }
        return nil
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }

    static func makeDirectories(_ path: String) throws(DriverError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw .io(path: prefix, message: "cannot create folder: \(String(cString: strerror(errno)))")
            }
        }
    }

    static func write(_ text: String, to path: String) throws(DriverError) {
        guard let file = fopen(path, "w") else { throw .io(path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
        fputs(text, file)
        fclose(file)
    }

    /// The names in a folder (none if it cannot be read).
    static func entries(of path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) })
        }
        return names.filter { $0 != "." && $0 != ".." }
    }

    /// Removes a build folder (flat: the runtime build writes no subfolders).
    static func removeTree(_ path: String) {
        for name in entries(of: path) { unlink(path + "/" + name) }
        rmdir(path)
    }
}

/// 64-bit FNV-1a: small, dependency-free, and plenty for a cache key (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        value = (value ^ 0xff) &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: String) { add(Array(text.utf8)) }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
