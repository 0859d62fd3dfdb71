import OCamlFrontend

/// What every function's lowering shares: the function table, the static data, and the
/// external functions declared so far.
final class ProgramContext {
    let table: FunctionTable
    let data: StaticData
    /// Global slots no SETGLOBAL writes: GETGLOBAL reads their DATA value as a constant.
    private let constantSlots: Set<Int>
    /// Global slots SETGLOBAL writes and no instruction reads (GETGLOBAL, GETGLOBALFIELD):
    /// the last module's own slot. The runtime reads only the predefined exceptions' slots,
    /// which no SETGLOBAL writes.
    let unreadSlots: Set<Int>
    private let globals: [MarshalValue]
    private let arities: [Int: Int]
    /// Each function's symbol by entry (named from DBUG where it can be: `FunctionNames`).
    private let symbols: [Int: String]
    private let options: LoweringOptions
    /// Atoms (size-0 blocks) by tag, from the code and from DATA.
    private(set) var atoms: Set<Int>
    /// External declarations by name.
    private(set) var declarations: [String: String] = [:]
    /// The primitives called (C_CALL, C_CALLN) from the functions lowered so far.
    private(set) var primitives: Set<String> = []
    /// Source locations from DBUG, for a program built with `ocamlc -g`.
    let debug: DebugLocations?
    /// Environment fields known to hold a closure of a given entry, by function entry and
    /// ENVACC index: recorded where the one CLOSURE/CLOSUREREC building the function's
    /// closure captures a known closure (functions are lowered after their creator).
    var environmentClosures: [Int: [Int: Int]] = [:]
    /// The entries of the functions that never return the exception sentinel, known before
    /// the last lowering of the functions that call them (`NeverRaising`).
    var neverRaising: Set<Int> = []
    /// The closures of functions that capture nothing, by function entry: static data
    /// (`caml_closure_E`, E the group's first entry) instead of a block each CLOSURE or
    /// CLOSUREREC allocates, so that the function's `env` is a constant (Docs/abi.md).
    private(set) var staticClosures: [Int: String] = [:]
    /// The function entry of each static closure operand (the inverse of `staticClosures`).
    private(set) var staticClosureEntries: [String: Int] = [:]
    /// The static closures' definitions.
    private(set) var closureDefinitions: [String] = []
    /// Known functions whose first parameter is a tuple passed as its fields, with the
    /// tuple's size, and the MAKEBLOCKs (positions) that build no block for their calls
    /// (`TupledParameters`).
    var tupled: [Int: Int] = [:]
    var tupleBlocks: Set<Int> = []
    /// Global slots whose block no instruction can change once stored, with the position of
    /// the MAKEBLOCK that builds it, and the inverse; the known closures of their fields by
    /// slot and field, once `ModuleFields.discover` found them.
    let sealedSlots: [Int: Int]
    let sealedBuilders: [Int: Int]
    var moduleFields: [Int: [Int: Int]] = [:]

    init(_ program: BytecodeExecutable, table: FunctionTable, options: LoweringOptions) throws(LoweringError) {
        self.table = table
        self.options = options
        data = try StaticData(program)
        atoms = data.atoms
        globals = program.globals
        var written = Set<Int>()
        for instruction in program.code {
            if case .setGlobal(let slot) = instruction.operands { written.insert(slot) }
        }
        constantSlots = Set(program.globals.indices).subtracting(written)
        var read = Set<Int>()
        var readsAll = false
        for instruction in program.code {
            switch instruction.operands {
            case .global(let slot), .globalField(let slot, _): read.insert(slot)
            // caml_get_global_data hands the whole table to OCaml code (the toplevel, Dynlink).
            case .primitive(let index), .countPrimitive(_, let index):
                readsAll = readsAll || program.primitives[index] == "caml_get_global_data"
            default: break
            }
        }
        unreadSlots = readsAll ? [] : written.subtracting(read)
        sealedSlots = ModuleFields.sealedSlots(program)
        sealedBuilders = Dictionary(uniqueKeysWithValues: sealedSlots.map { ($1, $0) })
        arities = Dictionary(uniqueKeysWithValues: table.functions.map { ($0.entry, $0.arity) })
        symbols = Dictionary(uniqueKeysWithValues: table.functions.map { ($0.entry, $0.symbol) })
        debug = DebugLocations(program, table: table)
        defineStaticClosures(program)
    }

    /// A CLOSURE or CLOSUREREC of no variables that is the only one building its functions'
    /// closures (`FunctionTable.groups`) gets one static block: every closure of those
    /// functions is that block (or an infix pointer into it), as ocamlopt's constant
    /// closures. Physical equality then says two closures of it are equal where ocamlrun
    /// says they are not; OCaml leaves `==` on functions unspecified.
    private func defineStaticClosures(_ program: BytecodeExecutable) {
        for instruction in program.code {
            let entries: [Int]
            switch instruction.operands {
            case .intTarget(0, let target) where instruction.opcode == .CLOSURE: entries = [target]
            case .closureRec(0, let targets): entries = targets
            default: continue
            }
            guard let first = entries.first, staticClosures[first] == nil,
                  entries.allSatisfy({ table.groups[$0]?.entries == entries }) else { continue }
            let block = "caml_closure_\(first)"
            let size = 3 * entries.count - 1
            var words = [StaticData.header(wosize: size, tag: 247)]
            for (i, entry) in entries.enumerated() {
                if i > 0 { words.append(String(3 * i << 10 | 249)) }
                words.append("ptrtoint (ptr @\(symbol(ofEntry: entry)) to i32)")
                words.append(String(arity(ofEntry: entry) << 24 | (size - 3 * i) << 1 | 1))
                let closure = "ptrtoint (ptr getelementptr (i8, ptr @\(block), i32 \(4 + 12 * i)) to i32)"
                staticClosures[entry] = closure
                staticClosureEntries[closure] = entry
            }
            closureDefinitions.append("@\(block) = internal global <{ " + words.map { _ in "i32" }.joined(separator: ", ")
                                      + " }> <{ " + words.map { "i32 \($0)" }.joined(separator: ", ") + " }>, align 4")
        }
    }

    var globalCount: Int { globals.count }

    /// `musttail` when the back end keeps the stack constant through it, else a plain call.
    var tailCallKeyword: String { options.musttail ? "musttail" : "tail" }

    /// The prologue line that defines `%sp`, an address in the current native stack frame.
    var stackProbe: String {
        options.stackSave ? "  %sp = call ptr @llvm.stacksave.p0()" : "  %sp = alloca i32, align 4"
    }

    func symbol(ofEntry entry: Int) -> String {
        symbols[entry] ?? BytecodeFunction(entry: entry, bodyStart: entry, arity: 0).symbol
    }

    func arity(ofEntry entry: Int) -> Int { arities[entry] ?? 1 }

    func constantGlobal(_ slot: Int) -> String? {
        constantSlots.contains(slot) ? try? data.operand(globals[slot]) : nil
    }

    func constantGlobalField(_ slot: Int, _ field: Int) -> String? {
        guard constantSlots.contains(slot), case .object(let index) = globals[slot],
              case .block(_, let fields) = data.data.objects[index], field < fields.count else { return nil }
        return try? data.operand(fields[field])
    }

    /// The tag and the field operands of the structured constant `operand` is the address
    /// of (`StaticData.operand` of a DATA object), if a block.
    func constantBlock(_ operand: String) -> (tag: Int, fields: [String])? {
        let prefix = "ptrtoint (ptr getelementptr (i8, ptr @caml_obj_", suffix = ", i32 4) to i32)"
        guard operand.hasPrefix(prefix), operand.hasSuffix(suffix),
              let index = Int(operand.dropFirst(prefix.count).dropLast(suffix.count)),
              data.data.objects.indices.contains(index),
              case .block(let tag, let values) = data.data.objects[index] else { return nil }
        var fields: [String] = []
        for value in values {
            guard let field = try? data.operand(value) else { return nil }
            fields.append(field)
        }
        return (tag, fields)
    }

    /// The value of the atom of `tag` (an address past a lone header).
    func atom(_ tag: Int) -> String {
        atoms.insert(tag)
        return StaticData.address("caml_atom_\(tag)")
    }

    /// Declares an external function taking `count` values and returning a value.
    func declare(_ name: String, _ count: Int) {
        declarations[name] = "declare i32 @\(name)(" + Array(repeating: "i32", count: count).joined(separator: ", ") + ")"
    }

    /// Declares a primitive with more than five arguments (`value *argv, int argc`).
    func declarePrimitive(_ name: String, _ count: Int) {
        primitives.insert(name)
        declare(name, count)
    }

    /// Declares `name` by its whole declaration line (an intrinsic, a non-`i32` signature).
    func declare(_ name: String, line: String) {
        declarations[name] = line
    }

    func declareArray(_ name: String) {
        primitives.insert(name)
        declarations[name] = "declare i32 @\(name)(ptr, i32)"
    }
}

/// Choices that depend on what Kiln's back end supports.
public struct LoweringOptions: Sendable {
    /// APPTERM as `musttail` (constant stack); without it, a plain call and return.
    public var musttail: Bool
    /// The stack-overflow check reads the stack pointer with `llvm.stacksave` (else an alloca's address).
    public var stackSave: Bool
    /// `caml_heap_size` to define strongly (bytes), if any.
    public var heapSize: Int?

    public init(musttail: Bool = false, stackSave: Bool = false, heapSize: Int? = nil) {
        self.musttail = musttail
        self.stackSave = stackSave
        self.heapSize = heapSize
    }
}
