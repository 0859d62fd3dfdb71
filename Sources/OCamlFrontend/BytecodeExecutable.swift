#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything in an OCaml 4.13 bytecode executable (`ocamlc` output), decoded and checked:
/// the code as instructions, the primitive names, the global data as a value graph, and
/// the symbol, unit and debug tables. Reading never crashes or loops on bad input; it
/// throws a `BytecodeError` naming the file and byte offset.
public struct BytecodeExecutable: Sendable {
    /// One unit linked into the executable (CRCS).
    public struct ImportedUnit: Equatable, Sendable {
        /// The unit's module name, e.g. `Stdlib__Printf`.
        public var name: String
        /// The MD5 of its interface, when the linker recorded one.
        public var digest: [UInt8]?
    }

    /// The debug information of one compilation unit (DBUG, with `ocamlc -g`): the source
    /// locations, plus the marshalled `Instruct.debug_event list` and directory list, whose
    /// other fields (types, environments) the lowering has no use for yet.
    public struct DebugUnit: Sendable {
        /// Byte offset in CODE that the events' `ev_pos` are relative to.
        public var codeOffset: Int
        /// The `debug_event list`.
        public var events: MarshalledValue
        /// The `string list` of source directories.
        public var directories: MarshalledValue
        /// Each event's code position and source location, in list order.
        public var locations: [SourceLocation]
    }

    /// Where a debug event puts the code: `ev_pos` and `ev_loc` of an `Instruct.debug_event`.
    public struct SourceLocation: Equatable, Sendable {
        /// Code position in words from the start of CODE.
        public var position: Int
        /// The module that defines the code (`ev_module`).
        public var module: String
        /// The source file (`pos_fname` of the start).
        public var file: String
        /// 1-based line of the start.
        public var line: Int
        /// Characters from the start of that line to the start and to the end of the range
        /// (as OCaml's error messages count them; the end may lie on a later line).
        public var columns: Range<Int>
        /// `ev_kind` is `Event_after`: the event follows a call, and its location is the
        /// call's (the instruction just before `position` is that call).
        public var isAfterCall: Bool = false
        /// The enclosing definition (`ev_defname`, e.g. `Hello.fib`), empty when unknown.
        public var definition: String = ""
    }

    /// The located sections.
    public let file: ExecutableFile
    /// CODE, decoded.
    public let code: [Instruction]
    /// PRIM: the primitive names C_CALL operands index.
    public let primitives: [String]
    /// DATA: the initial global table, a block whose fields are the globals.
    public let data: MarshalledValue
    /// The globals, slot by slot (the fields of `data.root`).
    public let globals: [MarshalValue]
    /// SYMB: the names of the slots that hold compilation units (the others hold constants).
    public let globalNames: [Int: String]
    /// CRCS, if present.
    public let importedUnits: [ImportedUnit]
    /// DLLS: shared libraries of C stubs to load (none for a Kiln program, which links no C).
    public let sharedLibraries: [String]
    /// DLPT: extra directories to search for them.
    public let sharedLibraryPaths: [String]
    /// RNTM: the runtime named by `-use-runtime`, if any.
    public let runtimePath: String?
    /// DBUG, if present.
    public let debugUnits: [DebugUnit]

    /// Reads the executable at `path`.
    public init(path: String) throws(BytecodeError) {
        try self.init(bytes: try Self.bytes(of: path), path: path)
    }

    /// Reads an executable held in memory; `path` names it in errors.
    public init(bytes: [UInt8], path: String = "<memory>") throws(BytecodeError) {
        let file = try ExecutableFile(bytes: bytes, path: path)
        self.file = file
        code = try CodeDecoder.decode(file, try file.required("CODE"))
        primitives = try Sections.strings(file, try file.required("PRIM"))
        let dataSection = try file.required("DATA")
        data = try Sections.marshalled(file, dataSection)
        guard let globals = data.fields(data.root) else {
            throw Sections.corrupt(file, dataSection, "the global table is not a block")
        }
        self.globals = globals
        globalNames = try file.section("SYMB").map { section throws(BytecodeError) in try Sections.globalNames(file, section) } ?? [:]
        importedUnits = try file.section("CRCS").map { section throws(BytecodeError) in try Sections.importedUnits(file, section) } ?? []
        sharedLibraries = try file.section("DLLS").map { section throws(BytecodeError) in try Sections.strings(file, section) } ?? []
        sharedLibraryPaths = try file.section("DLPT").map { section throws(BytecodeError) in try Sections.strings(file, section) } ?? []
        runtimePath = file.section("RNTM").map {
            String(decoding: file.body($0).prefix { $0 != 0 && $0 != 10 }, as: UTF8.self)
        }
        debugUnits = try file.section("DBUG").map { section throws(BytecodeError) in try Sections.debugInfo(file, section) } ?? []
        try checkReferences(file.required("CODE"))
    }

    /// Every global and primitive the code names exists, so later passes can index freely.
    private func checkReferences(_ codeSection: ExecutableFile.Section) throws(BytecodeError) {
        for instruction in code {
            let global: Int?, primitive: Int?
            switch instruction.operands {
            case .global(let slot), .globalField(let slot, _), .setGlobal(let slot): (global, primitive) = (slot, nil)
            case .primitive(let index), .countPrimitive(_, let index): (global, primitive) = (nil, index)
            default: continue
            }
            let offset = codeSection.offset + 4 * instruction.position
            if let global, global >= globals.count {
                throw BytecodeError(path: file.path, offset: offset, kind: .corrupt,
                                    message: "\(instruction.opcode.name) names global \(global), but DATA has \(globals.count)")
            }
            if let primitive, primitive >= primitives.count {
                throw BytecodeError(path: file.path, offset: offset, kind: .corrupt,
                                    message: "\(instruction.opcode.name) names primitive \(primitive), but PRIM has \(primitives.count)")
            }
        }
    }

    /// The primitives the code calls, by PRIM index, in the order of first call.
    public var usedPrimitiveIndices: [Int] {
        var seen = Set<Int>()
        return code.compactMap { instruction in
            switch instruction.operands {
            case .primitive(let index), .countPrimitive(_, let index): seen.insert(index).inserted ? index : nil
            default: nil
            }
        }
    }

    /// Names of the primitives the code calls (PRIM lists the runtime's whole table).
    public var usedPrimitives: [String] { usedPrimitiveIndices.map { primitives[$0] } }

    /// The contents of the file at `path`; failures are `.io` errors without an offset.
    public static func bytes(of path: String) throws(BytecodeError) -> [UInt8] {
        func failure(_ what: String) -> BytecodeError {
            BytecodeError(path: path, offset: nil, kind: .io, message: "cannot \(what): \(String(cString: strerror(errno)))")
        }
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw failure("open") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read")
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }
}
