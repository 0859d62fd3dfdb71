import Foundation

extension TestTools {
    /// The `kiln` executable of this build: beside the test bundle (or one level up), else
    /// `.build/debug/kiln` in the package.
    public static var kiln: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [bundle, bundle.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("kiln").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/kiln").path
    }
}
