import Foundation
import KilnTestSupport

/// The runtime's soft-float routines for QEMU's dc233c, built once per test run by the
/// runtime's own script (Embedded Swift → LLVM's Xtensa back end, the `-qemu.o` output):
/// what float and double code calls on the qemu profile. The runtime's libm is not linked:
/// on dc233c its lazily initialised globals fault (LoadStoreError on the swift_once token,
/// seen from `floor`), so the programs define the few libm functions they call.
enum SoftFloatRuntime {
    /// The objects, or why they could not be built.
    static let objects: Result<[String], ToolError> = build()

    private static func build() -> Result<[String], ToolError> {
        do {
            let dir = try TestTools.scratchDirectory()
            var objects: [String] = []
            for (script, name) in [("softfloat-xtensa.sh", "softfloat")] {
                let path = TestTools.packageRoot.appendingPathComponent("Scripts/" + script).path
                let output = try TestTools.run("sh", [path, dir.path])
                guard output.status == 0 else { return .failure(ToolError(message: "\(script) failed:\n\(output.stderr)")) }
                objects.append(dir.appendingPathComponent(name + "-qemu.o").path)
            }
            return .success(objects)
        } catch let error as ToolError {
            return .failure(error)
        } catch {
            return .failure(ToolError(message: "\(error)"))
        }
    }

    /// Whether IR text uses floating point (then the runtime is linked into both sides).
    static func isNeeded(byIR text: String) -> Bool {
        text.contains(" double") || text.contains(" float") || text.contains("double ") || text.contains("float ")
    }
}
