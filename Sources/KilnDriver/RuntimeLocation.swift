#if canImport(Glibc)
import Glibc
#endif

/// Where the runtime sources (Runtime/) are: `$KILN_RUNTIME` when set, else the Runtime/
/// folder of the source tree this binary was built from (derived from this file's path,
/// so a `swift build` checkout works without configuration).
public enum RuntimeLocation {
    public static var directory: String {
        if let override = getenv("KILN_RUNTIME") { return String(cString: override) }
        return sourceTree + "/Runtime"
    }

    /// The checkout this binary was built from (derived from this file's path).
    static var sourceTree: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Sources/KilnDriver/RuntimeLocation.swift
        return parts.joined(separator: "/")
    }

    /// The startup sources for `profile`: every `Runtime/Start/*.S` whose name carries no
    /// profile suffix, plus those ending in `-<profile>.S` (e.g. `reset-qemu.S`), sorted.
    public static func startupSources(profile: String, knownProfiles: [String]) throws(DriverError) -> [String] {
        let folder = directory + "/Start"
        guard let dir = opendir(folder) else { throw .io(path: folder, message: "cannot open the startup folder (set KILN_RUNTIME?)") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".S") else { continue }
            let stem = name.dropLast(2)
            let suffix = knownProfiles.first { stem.hasSuffix("-" + $0) }
            if suffix == nil || suffix == profile { names.append(name) }
        }
        return names.sorted().map { folder + "/" + $0 }
    }
}
