import ELFKit
import Foundation
import KilnTestSupport
import Testing
import XtensaAssembler
import XtensaBackend
import XtensaISA

/// The back end encodes its statements without text (`Assembler.assemble(_:path:profile:)`);
/// the listing it prints from the same statements must assemble, through Kiln's text
/// assembler, to exactly the same object: sections, bytes, symbols and relocations
/// (relocations, literal pools, relaxed branches and density forms included). Checked on
/// every golden fixture and on every program of the differential corpus.
@Suite struct DirectEncodingTests {
    static func expectSameObject(_ output: Backend.Output, _ name: String, profile: Profile) throws {
        let reassembled = try Assembler.assemble(source: output.assembly, path: name + ".s", profile: profile)
        #expect(output.object == reassembled, "\(name): the direct object differs from the listing's")
        if output.object != reassembled {
            #expect(TestTools.contents(output.object) == TestTools.contents(reassembled), "\(name)")
            #expect(output.object.symbols == reassembled.symbols, "\(name)")
        }
    }

    @Test(arguments: TestTools.fixtureNames)
    func fixture(_ name: String) throws {
        for profile in [Profile.qemu, .esp32] {
            try Self.expectSameObject(try TestTools.compileFixture(name, profile: profile), name, profile: profile)
        }
    }

    @Test(arguments: DifferentialTests.names)
    func program(_ name: String) throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ir = dir.appendingPathComponent("p.ll").path
        try TestTools.clangIR(DifferentialTests.programs.appendingPathComponent(name + ".c").path, to: ir)
        try Self.expectSameObject(try Backend.compile(try IRModule.load(path: ir), profile: .qemu), name, profile: .qemu)
    }
}
