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
        // 138 of 149: the rest are never emitted by ocamlc 4.13 for these programs (EVENT and
        // BREAK are the debugger's, ENVACC1 predates the 4.12 closure layout); the synthetic
        // test below decodes those.
        #expect(used.count >= 138)
    }

    /// Every opcode, with operands of its shape, decodes to itself and prints its name: the
    /// opcodes no compiled program uses are covered here.
    @Test func everyOpcodeDecodesFromItsShape() throws {
        var words: [Int] = []
        for opcode in Opcode.allCases {
            let at = words.count + 1  // the first operand word
            words.append(Int(opcode.rawValue))
            switch opcode.shape {
            case .none: break
            case .unsigned, .global, .setGlobal, .primitive: words += [0]
            case .signed: words += [-5]
            case .twoUnsigned, .globalField: words += [0, 2]
            case .target: words += [-1]  // back to the opcode word
            case .unsignedTarget, .signedTarget: words += [7, -2]
            case .countPrimitive: words += [6, 0]
            case .switchTable: words += [0x0001_0001, -(at + 1), -(at + 1)]  // both from the first offset word to 0
            case .closureRec: words += [2, 1, 0, -3]
            case .publicMethod: words += [0x1234, 0]
            }
        }
        words.append(Int(Opcode.STOP.rawValue))
        let executable = try BytecodeExecutable(bytes: Synthetic.program(code: words))
        #expect(executable.code.map(\.opcode) == Opcode.allCases + [.STOP])
        #expect(executable.code.map(\.length).reduce(0, +) == words.count)
        let printer = Disassembler(executable)
        for instruction in executable.code {
            #expect(printer.line(instruction).hasPrefix(String(repeating: " ", count: 8 - String(instruction.position).count)
                + "\(instruction.position)  \(instruction.opcode.name)"))
            for target in instruction.targets { #expect(target >= 0 && target < words.count) }
        }
        let switchInstruction = try #require(executable.code.first { $0.opcode == .SWITCH })
        #expect(switchInstruction.operands == .switchTable(ints: [0], tags: [0]))
    }
}
