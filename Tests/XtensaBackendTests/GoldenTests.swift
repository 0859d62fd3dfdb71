import KilnTestSupport
import Foundation
import Testing
import XtensaBackend

/// Golden tests in the style of Cranelift's filetests: `Fixtures/NAME.ll` in, the listing in
/// `Fixtures/NAME.S` out. Set KILN_UPDATE_GOLDEN=1 to rewrite the expected listings after an
/// intended change, then review the diff.
@Suite struct GoldenTests {
    @Test(arguments: TestTools.fixtureNames)
    func listing(_ name: String) throws {
        let output = try TestTools.compileFixture(name)
        let expectedURL = TestTools.fixtures.appendingPathComponent(name + ".S")
        if ProcessInfo.processInfo.environment["KILN_UPDATE_GOLDEN"] != nil {
            try output.assembly.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(output.assembly == expected, "listing of \(name).ll differs from \(name).S")
    }

    /// The oracle: llvm-mc-22 assembles our listing to the same section bytes and relocations
    /// as Kiln's own assembler did.
    @Test(arguments: TestTools.fixtureNames)
    func reassemblesWithLLVM(_ name: String) throws {
        let output = try TestTools.compileFixture(name, profile: .esp32)
        let theirs = TestTools.contents(try TestTools.llvmMC(output.assembly))
        let ours = TestTools.contents(output.object)
        #expect(ours == theirs)
    }
}
