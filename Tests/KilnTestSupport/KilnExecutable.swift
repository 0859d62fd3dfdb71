import Foundation

extension TestTools {
    /// The `kiln` executable the tests drive: `$KILN` when set (e.g. a release build, or
    /// another worktree's binary), else the one built beside the test bundle, else the
    /// package's `.build/debug/kiln`. The one place tests look for it.
    public static var kiln: String {
        if let override = ProcessInfo.processInfo.environment["KILN"], !override.isEmpty { return override }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [bundle, bundle.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("kiln").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/kiln").path
    }
}
