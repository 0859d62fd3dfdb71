import Foundation
import KilnTestSupport

/// Pieces of the runtime the differential programs link, built once per test run by the
/// runtime's own scripts (Embedded Swift → LLVM's Xtensa back end, the `-qemu.o` outputs for
/// QEMU's dc233c). The runtime's libm is not among them: on dc233c its lazily initialised
/// globals fault (LoadStoreError on the swift_once token, seen from `floor`), so the
/// programs define the few libm functions they call.
enum RuntimePieces {
    /// libgcc's 64-bit multiply/divide helpers (Runtime/Core/IntegerHelpers): every program.
    static let integerHelpers = build("integer-helpers-xtensa.sh", "integer-helpers")
    /// The compiler-rt soft-float routines (Runtime/Core/SoftFloat): programs with floating point.
    static let softFloat = build("softfloat-xtensa.sh", "softfloat")

    /// The object of `name` built by `script`, or why it could not be built.
    private static func build(_ script: String, _ name: String) -> Result<String, ToolError> {
        do {
            let dir = try TestTools.scratchDirectory()
            let path = TestTools.packageRoot.appendingPathComponent("Scripts/" + script).path
            let output = try TestTools.run("sh", [path, dir.path])
            guard output.status == 0 else { return .failure(ToolError(message: "\(script) failed:\n\(output.stderr)")) }
            return .success(dir.appendingPathComponent(name + "-qemu.o").path)
        } catch let error as ToolError {
            return .failure(error)
        } catch {
            return .failure(ToolError(message: "\(error)"))
        }
    }

    /// Whether IR text uses floating point (then the soft-float routines are linked).
    static func floatingPointIsUsed(byIR text: String) -> Bool {
        text.contains(" double") || text.contains(" float") || text.contains("double ") || text.contains("float ")
    }
}
