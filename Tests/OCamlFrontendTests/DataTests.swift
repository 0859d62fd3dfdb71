import OCamlFrontend
import Testing

/// DATA (the initial global table) is read completely and means what OCaml's own
/// `input_value` makes of it.
@Suite struct DataTests {
    /// The DATA oracle: `Programs/dumpdata.ml`, compiled once, prints each global as the
    /// host's `input_value` reads it.
    static let dumpdata = Result { try Toolchain.executable("dumpdata") }

    @Test(arguments: Toolchain.programs)
    func globalsMatchInputValue(program: String) throws {
        let path = try Toolchain.executable(program)
        let executable = try BytecodeExecutable(path: path)
        let expected = try Toolchain.run("ocamlrun", [try Self.dumpdata.get(), path])
            .split(separator: "\n").map(String.init)
        let printer = ValuePrinter(executable.data)
        let ours = executable.globals.enumerated().map { "\($0.offset): \(printer.text($0.element))" }
        #expect(ours.count == expected.count)
        if let first = zip(ours, expected).first(where: { $0.0 != $0.1 }) {
            Issue.record("ours \(first.0), input_value \(first.1)")
        }
    }

    @Test(arguments: Toolchain.programs)
    func everyByteAndWordIsAccountedFor(program: String) throws {
        let executable = try BytecodeExecutable(path: Toolchain.executable(program))
        let section = try #require(executable.file.section("DATA"))
        let header = executable.data.header
        // The value fills the section exactly (the reader also refuses leftovers).
        #expect(header.headerLength + header.dataLength == section.length)
        #expect(executable.data.objects.count == header.objectCount)
        // What a 32-bit runtime would allocate is what the header announces for it.
        #expect(executable.data.objects.map(\.wordsOn32Bit).reduce(0, +) == header.wordsOn32Bit)
        #expect(!header.isBig)
    }

    /// The values constants.ml defines, checked exactly rather than through %.12g.
    @Test func constantsAreWhatTheProgramDefines() throws {
        let executable = try BytecodeExecutable(path: Toolchain.executable("constants"))
        let objects = executable.data.objects
        #expect(objects.contains(.int64(0x123456789ABCDEF)))
        #expect(objects.contains(.int64(-42)))
        #expect(objects.contains(.int32(17)))
        #expect(objects.contains(.nativeint(42)))
        #expect(objects.contains(.double(3.14159)))
        #expect(objects.contains(.double(1e300)))
        #expect(objects.contains(.double(-2.25)))
        let text: [UInt8] = Array("tab\there \"quoted\" \\ \u{01} café".utf8)
        #expect(objects.contains(.string(text)))
        // [Circle 1.0; Rect (2.0, 3.5); Named ("sq", 4)]: a list of constructors, floats boxed.
        let list = try #require(executable.globals.first { value in
            guard let items = executable.data.list(value), items.count == 3 else { return false }
            return executable.data.object(items[0]).map { $0.tag == 0 } ?? false
        })
        let items = try #require(executable.data.list(list))
        #expect(ValuePrinter(executable.data).text(items[2]) == "<2>(\"sq\", 4)")
        if case .block(1, let fields)? = executable.data.object(items[1]) {
            #expect(executable.data.object(fields[1]) == .double(3.5))
        } else {
            Issue.record("Rect (2.0, 3.5) is not a tag-1 block")
        }
    }

    /// The first twelve globals are the predefined exceptions: tag-248 blocks of their name
    /// and a negative identity.
    @Test func predefinedExceptionsAreObjectTagBlocks() throws {
        let executable = try BytecodeExecutable(path: Toolchain.executable("hello"))
        let names = ["Out_of_memory", "Sys_error", "Failure", "Invalid_argument", "End_of_file",
                     "Division_by_zero", "Not_found", "Match_failure", "Stack_overflow", "Sys_blocked_io",
                     "Assert_failure", "Undefined_recursive_module"]
        for (slot, name) in names.enumerated() {
            guard case .block(248, let fields)? = executable.data.object(executable.globals[slot]) else {
                Issue.record("global \(slot) is not a tag-248 block")
                continue
            }
            #expect(executable.data.string(fields[0]) == name)
            #expect(fields[1] == .int(Int64(-1 - slot)))
            #expect(executable.globalNames[slot] == name)
        }
    }

    /// Sharing survives: a string used twice in one constant is one object.
    @Test func sharedReferencesPointAtOneObject() throws {
        let executable = try BytecodeExecutable(path: Toolchain.executable("printf"))
        var referenced = [Int](repeating: 0, count: executable.data.objects.count)
        func count(_ value: MarshalValue) {
            if case .object(let index) = value { referenced[index] += 1 }
        }
        executable.globals.forEach(count)
        for case .block(_, let fields) in executable.data.objects { fields.forEach(count) }
        // Format strings share their pieces: some objects are referenced more than once.
        #expect(referenced.contains { $0 > 1 })
    }
}
