import Foundation
import KilnTestSupport
import Testing
import XtensaBackend

/// Threaded dispatch (DispatchDuplication): the stack machine of Fixtures/programs/
/// dispatch_threaded.c, whose output DifferentialTests compares with llc-22's build, must
/// come out with its jump-table dispatch copied into the handlers, each ending in its own
/// `jx`, and its table printed once.
@Suite struct DispatchDuplicationTests {
    @Test func switchInALoopEndsEveryHandlerWithItsOwnIndirectJump() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ir = dir.appendingPathComponent("p.ll").path
        try TestTools.clangIR(DifferentialTests.programs.appendingPathComponent("dispatch_threaded.c").path, to: ir)
        let assembly = try Backend.compile(try IRModule.load(path: ir), profile: .qemu).assembly
        let lines = assembly.split(separator: "\n")
        let jumps = lines.filter { $0.hasPrefix("\tjx\t") }.count
        let tables = lines.filter { $0.hasPrefix(".LJTI") }.count
        // 26 cases; a few handlers leave the loop (return) or share their code.
        #expect(jumps >= 20, "only \(jumps) indirect jumps:\n\(assembly)")
        #expect(tables == 1)
    }
}
