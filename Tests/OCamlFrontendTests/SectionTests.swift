import OCamlFrontend
import Testing

/// PRIM, SYMB and CRCS agree with `ocamlobjinfo`; the layouts ocamlc can produce all read.
@Suite struct SectionTests {
    @Test(arguments: Toolchain.programs)
    func primitivesMatchObjinfo(program: String) throws {
        let path = try Toolchain.executable(program)
        let executable = try BytecodeExecutable(path: path)
        // ocamlobjinfo prints PRIM in reverse (it conses while splitting).
        #expect(executable.primitives == Array(try Toolchain.objinfo(path, part: "Primitives used:").reversed()))
        // The used primitives are exactly the names dumpobj shows in C_CALL lines.
        let called = Set(try Toolchain.dumpobj(path).split(separator: "\n").compactMap { line -> String? in
            guard line.contains("  C_CALL") else { return nil }
            return line.split(separator: " ").last.map(String.init)
        })
        #expect(Set(executable.usedPrimitives) == called)
        #expect(executable.usedPrimitives.count == called.count)
    }

    @Test func helloWorldFacts() throws {
        let executable = try BytecodeExecutable(path: Toolchain.executable("hello"))
        #expect(executable.primitives.count == 401)
        #expect(executable.usedPrimitives.count == 48)
        #expect(executable.code.last?.opcode == .STOP)
        #expect(executable.file.prefixLength == 20)  // Debian's "#!/usr/bin/ocamlrun\n"
        #expect(executable.file.sections.map(\.name) == ["CODE", "DLPT", "DLLS", "PRIM", "DATA", "SYMB", "CRCS"])
    }

    @Test(arguments: Toolchain.programs)
    func symbolsAndUnitsMatchObjinfo(program: String) throws {
        let path = try Toolchain.executable(program)
        let executable = try BytecodeExecutable(path: path)
        #expect(Set(executable.globalNames.values) == Set(try Toolchain.objinfo(path, part: "Globals defined:")))
        let units = try Toolchain.objinfo(path, part: "Imported units:").map { line -> String in
            String(line.split(separator: "\t").last ?? "")
        }
        #expect(executable.importedUnits.map(\.name).sorted() == units.sorted())
        // Every named slot holds 0 until the unit's code runs SETGLOBAL.
        for slot in executable.globalNames.keys where slot >= 12 {
            #expect(executable.globals[slot] == .int(0))
        }
    }

    /// Without the `#!` line (what `ocamlc` writes on other systems) the file reads the same.
    @Test func withoutTheShebangLine() throws {
        let path = try Toolchain.executable("closures")
        let bytes = try BytecodeExecutable.bytes(of: path)
        let stripped = Array(bytes[(bytes.firstIndex(of: 10)! + 1)...])
        let original = try BytecodeExecutable(bytes: bytes)
        let headless = try BytecodeExecutable(bytes: stripped)
        #expect(headless.file.prefixLength == 0)
        #expect(headless.code == original.code)
        // Compared as Bools: a failing == on whole graphs prints megabytes.
        #expect(headless.data.objects == original.data.objects && headless.data.root == original.data.root)
        #expect(headless.data.offset == original.data.offset - original.file.prefixLength)
    }

    /// `-custom`: the sections follow an ELF runtime; `-use-runtime` adds RNTM.
    @Test func customAndUseRuntimeLayouts() throws {
        let custom = try BytecodeExecutable(path: Toolchain.compile("hello", flags: ["-custom"]))
        #expect(Array(custom.file.bytes.prefix(4)) == [0x7F, 0x45, 0x4C, 0x46])
        #expect(custom.file.prefixLength > 10_000)
        let customPath = custom.file.path
        #expect(Disassembler(custom).text().split(separator: "\n") == (try Toolchain.dumpobj(customPath)).split(separator: "\n"))
        let runtime = try BytecodeExecutable(path: Toolchain.compile("hello", flags: ["-use-runtime", "/usr/bin/ocamlrun"]))
        #expect(runtime.runtimePath == "/usr/bin/ocamlrun")
        #expect(runtime.file.sections.first?.name == "RNTM")
    }

    /// `-output-complete-exe` links the bytecode into C arrays: no trailer, and the error says so.
    @Test func completeExecutablesAreRefusedWithAHint() throws {
        let path = try Toolchain.compile("hello", flags: ["-output-complete-exe"])
        #expect {
            try BytecodeExecutable(path: path)
        } throws: { error in
            guard let error = error as? BytecodeError else { return false }
            return error.kind == .notAnExecutable && error.message.contains("ocamlc -custom")
        }
    }
}
