import Foundation
import KilnTestSupport
import Testing

extension RuntimeSuites {
    /// On firmware all of Runtime/Core and Runtime/OCaml is one Embedded Swift module
    /// (`kiln runtime`): file names and internal names must not collide, and the code must
    /// be Embedded Swift. Type-checking as the firmware build does finds both (the host
    /// build, where they are separate modules, does not).
    @Suite struct EmbeddedModuleTests {
        @Test func runtimeTypeChecksAsOneEmbeddedModule() throws {
            let root = TestTools.packageRoot.path
            var sources: [String] = []
            for dir in ["Runtime/Core", "Runtime/OCaml"] {
                let enumerator = FileManager.default.enumerator(atPath: root + "/" + dir)!
                while let file = enumerator.nextObject() as? String {
                    if file.hasSuffix(".swift") { sources.append(root + "/" + dir + "/" + file) }
                }
            }
            let run = try TestTools.run("swiftc", [
                "-target", "riscv32-none-none-eabi", "-enable-experimental-feature", "Embedded", "-wmo",
                "-parse-as-library", "-module-name", "KilnRuntime", "-Xcc", "-I", "-Xcc", root + "/Runtime/include",
                "-I", root + "/Runtime/include", "-typecheck",
            ] + sources)
            #expect(run.status == 0, "\(run.stderr.split(separator: "\n").filter { $0.contains("error") }.prefix(10).joined(separator: "\n"))")
        }
    }
}
