import OCamlFrontend

/// DATA as LLVM globals: each marshalled object once (sharing and cycles preserved), with an
/// OCaml header coloured black (3 = not in the heap), and the global table `caml_globals`.
struct StaticData {
    /// Global definitions, one line each.
    var definitions: [String] = []
    /// The custom operations tables the constants name (declared external).
    var customOperations: Set<String> = []
    /// The atoms (size-0 blocks) DATA uses, by tag (`ProgramLowering` defines them).
    var atoms: Set<Int> = []

    let data: MarshalledValue
    let path: String

    init(_ program: BytecodeExecutable) throws(LoweringError) {
        data = program.data
        path = program.file.path
        let (path, offset) = (path, data.offset)
        let operand = { (value: MarshalValue) throws(LoweringError) -> String in try Self.operand(value, path: path, offset: offset) }
        var customs: Set<String> = [], atoms: Set<Int> = []
        for (index, object) in data.objects.enumerated() {
            definitions.append("@caml_obj_\(index) = internal global \(try Self.body(of: object, operand, path: path, customs: &customs, atoms: &atoms)), align 4")
        }
        customOperations = customs
        self.atoms = atoms
        for case .atom(let tag) in program.globals { atoms.insert(tag) }
        let globals = try program.globals.map { value throws(LoweringError) in try operand(value) }
        definitions.append("@caml_globals = global [\(globals.count) x i32] [" + globals.map { "i32 \($0)" }.joined(separator: ", ") + "], align 4")
        definitions.append("@caml_globals_count = constant i32 \(globals.count), align 4")
        var objectBlocks: [String] = []
        for (index, object) in data.objects.enumerated() {
            // intern.c gives such blocks a fresh id when loading (caml_set_oo_id); so must the runtime.
            if case .block(248, let fields) = object, fields.count > 1, case .int(let id) = fields[1], id >= 0 {
                objectBlocks.append("ptr getelementptr (i8, ptr @caml_obj_\(index), i32 4)")
            }
        }
        definitions.append("@caml_static_oo_blocks = constant [\(max(objectBlocks.count, 1)) x ptr] [" + (objectBlocks.isEmpty ? ["ptr null"] : objectBlocks).joined(separator: ", ") + "], align 4")
        definitions.append("@caml_static_oo_blocks_count = constant i32 \(objectBlocks.count), align 4")
        for name in customOperations.sorted() { definitions.append("@\(name) = external global i32") }
    }

    /// The LLVM operand (an i32 constant) for a marshalled value.
    func operand(_ value: MarshalValue) throws(LoweringError) -> String {
        try Self.operand(value, path: path, offset: data.offset)
    }

    static func operand(_ value: MarshalValue, path: String, offset: Int) throws(LoweringError) -> String {
        switch value {
        case .int(let n):
            guard n >= -(1 << 30), n < 1 << 30 else {
                throw LoweringError(path: path, offset: offset, message: "integer constant \(n) does not fit OCaml's 31-bit int (build with ocamlc -compat-32)")
            }
            return String(2 * n + 1)
        case .atom(let tag):
            return address("caml_atom_\(tag)")
        case .object(let index):
            return address("caml_obj_\(index)")
        case .codePointer, .infix:
            throw LoweringError(path: path, offset: offset, message: "code pointers in DATA cannot be compiled")
        }
    }

    /// The address of the first field of the object whose header is at `symbol`, as an i32.
    static func address(_ symbol: String) -> String {
        "ptrtoint (ptr getelementptr (i8, ptr @\(symbol), i32 4) to i32)"
    }

    static func header(wosize: Int, tag: Int) -> String { String(UInt32(wosize << 10 | 3 << 8 | tag)) }

    /// `<{ header, fields... }>` with its type.
    static func body(of object: MarshalObject, _ operand: (MarshalValue) throws(LoweringError) -> String, path: String,
                     customs: inout Set<String>, atoms: inout Set<Int>) throws(LoweringError) -> String {
        var words: [String]
        switch object {
        case .block(let tag, let fields):
            words = [header(wosize: fields.count, tag: tag)]
            for field in fields {
                if case .atom(let atomTag) = field { atoms.insert(atomTag) }
                words.append(try operand(field))
            }
        case .string(let bytes):
            let wosize = (bytes.count + 4) / 4
            var padded = bytes + [UInt8](repeating: 0, count: 4 * wosize - bytes.count)
            padded[padded.count - 1] = UInt8(4 * wosize - 1 - bytes.count)
            let digits = Array("0123456789ABCDEF")
            let text = String(padded.flatMap { ["\\", digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
            return "<{ i32, [\(padded.count) x i8] }> <{ i32 \(header(wosize: wosize, tag: 252)), [\(padded.count) x i8] c\"\(text)\" }>"
        case .double(let d):
            words = [header(wosize: 2, tag: 253)] + doubleWords(d)
        case .doubleArray(let items):
            words = [header(wosize: 2 * items.count, tag: 254)] + items.flatMap(doubleWords)
        case .int32(let v):
            customs.insert("caml_int32_ops")
            words = [header(wosize: 2, tag: 255), "ptrtoint (ptr @caml_int32_ops to i32)", String(UInt32(bitPattern: v))]
        case .int64(let v):
            customs.insert("caml_int64_ops")
            let bits = UInt64(bitPattern: v)
            words = [header(wosize: 3, tag: 255), "ptrtoint (ptr @caml_int64_ops to i32)", String(UInt32(truncatingIfNeeded: bits)), String(UInt32(truncatingIfNeeded: bits >> 32))]
        case .nativeint(let v):
            guard v >= Int64(Int32.min), v <= Int64(Int32.max) else {
                throw LoweringError(path: path, offset: nil, message: "nativeint constant \(v) does not fit 32 bits")
            }
            customs.insert("caml_nativeint_ops")
            words = [header(wosize: 2, tag: 255), "ptrtoint (ptr @caml_nativeint_ops to i32)", String(UInt32(bitPattern: Int32(v)))]
        }
        return "<{ " + words.map { _ in "i32" }.joined(separator: ", ") + " }> <{ " + words.map { "i32 \($0)" }.joined(separator: ", ") + " }>"
    }

    static func doubleWords(_ d: Double) -> [String] {
        [String(UInt32(truncatingIfNeeded: d.bitPattern)), String(UInt32(truncatingIfNeeded: d.bitPattern >> 32))]
    }
}
