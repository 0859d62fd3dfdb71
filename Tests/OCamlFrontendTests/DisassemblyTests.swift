import OCamlFrontend
import Testing

/// CODE decodes and prints exactly as `ocamldumpobj` prints it: every opcode name, every
/// operand, every resolved branch target, every global's name or constant.
@Suite struct DisassemblyTests {
    @Test(arguments: Toolchain.programs)
    func codeMatchesDumpobj(program: String) throws {
        let path = try Toolchain.executable(program)
        let expected = try Toolchain.dumpobj(path)
        let ours = Disassembler(try BytecodeExecutable(path: path)).text()
        let expectedLines = expected.split(separator: "\n").map(String.init)
        let ourLines = ours.split(separator: "\n").map(String.init)
        #expect(ourLines.count == expectedLines.count)
        // The first difference, rather than two whole listings.
        if let first = zip(ourLines, expectedLines).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            Issue.record("line \(first.offset + 1): ours \"\(first.element.0)\", dumpobj \"\(first.element.1)\"")
        }
    }

    /// With `-g`, DBUG decodes, and its source locations print where dumpobj prints them.
    @Test func debugBuildMatchesDumpobjWithLocations() throws {
        let path = try Toolchain.compile("closures", flags: ["-g"])
        let executable = try BytecodeExecutable(path: path)
        let ours = Disassembler(executable).text(locations: true).split(separator: "\n")
        let theirs = try Toolchain.dumpobj(path, locations: true).split(separator: "\n")
        #expect(ours.count == theirs.count)
        if let first = zip(ours, theirs).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            Issue.record("line \(first.offset + 1): ours \"\(first.element.0)\", dumpobj \"\(first.element.1)\"")
        }
        // ocamlc was given an absolute path, which is what pos_fname holds.
        #expect(theirs.contains { $0.hasPrefix("File \"/") && $0.contains("closures.ml\", line 3,") })
        #expect(executable.file.section("DBUG") != nil)
        #expect(!executable.debugUnits.isEmpty)
        // Every unit's events are a list.
        for unit in executable.debugUnits {
            #expect(unit.events.list(unit.events.root) != nil)
            #expect(unit.codeOffset % 4 == 0)
        }
    }

    /// Every opcode the programs use is covered by the comparisons above; this counts them,
    /// so a regression in coverage is visible.
    @Test func programsUseManyOpcodes() throws {
        var used = Set<Opcode>()
        for program in Toolchain.programs {
            for instruction in try BytecodeExecutable(path: Toolchain.executable(program)).code {
                used.insert(instruction.opcode)
            }
        }
        // Shapes with the most structure must all be exercised.
        for opcode: Opcode in [.SWITCH, .CLOSUREREC, .CLOSURE, .GETPUBMET, .C_CALLN, .BEQ, .BULTINT, .PUSHTRAP, .GETGLOBALFIELD] {
            #expect(used.contains(opcode), "no program uses \(opcode.name)")
        }
        #expect(used.count >= 120)
    }
}
