import OCamlFrontend

/// Bytecode executable → one LLVM module (text), ready for `IRModule` and Kiln's back end:
/// every reachable function, the static data, the support code and `main` (Docs/abi.md).
public enum ProgramLowering {
    /// The module's IR text. Errors name the file and the offset of the instruction at fault.
    public static func lower(_ program: BytecodeExecutable, options: LoweringOptions = LoweringOptions()) throws(LoweringError) -> LoweredProgram {
        let table = try FunctionTable(program)
        let context = try ProgramContext(program, table: table, options: options)
        context.declare("caml_alloc_block", 2)   // the support code allocates partial applications
        let functions = try definitions(table, program, context)
        var out = ["; OCaml program \(program.file.path), lowered by Kiln", "target datalayout = \"e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32\"", "target triple = \"xtensa\"", ""]
        out += context.data.definitions
        out += context.closureDefinitions
        for tag in context.atoms.sorted() {
            out.append("@caml_atom_\(tag) = internal global <{ i32, i32 }> <{ i32 \(StaticData.header(wosize: 0, tag: tag)), i32 0 }>, align 4")
        }
        if let heap = options.heapSize { out.append("@caml_heap_size = global i32 \(heap), align 4") }
        out.append(SupportCode.declarations)
        out += context.declarations.keys.sorted().map { context.declarations[$0]! }
        out.append(SupportCode.definitions)
        out += functions
        out += context.debug?.metadata ?? []
        return LoweredProgram(text: out.joined(separator: "\n") + "\n", primitives: context.primitives.sorted(),
                              functionCount: table.functions.count)
    }
}

extension ProgramLowering {
    /// Every function's LLVM definition, in table order. Each function is lowered once for
    /// its constant joins (`ConstantJoins`), once more with them when it has any (the facts
    /// for the program-wide evidence come from this lowering), and a last time with the
    /// values that need no root (`ProgramEvidence`) when it calls anything (else it has no
    /// frame to save words of).
    static func definitions(_ table: FunctionTable, _ program: BytecodeExecutable, _ context: ProgramContext) throws(LoweringError) -> [String] {
        var texts: [String] = []
        var constants: [[ValueSite: String]] = []
        var memoryJoins: [Bool] = []
        var mayReturnSentinel: [Bool] = []
        var facts: [Int: LoweringFacts] = [:]
        try ModuleFields.discover(table, program, context)
        for function in table.functions {
            let lowering = try firstLowerings(function, program, context)
            texts.append(lowering.text)
            constants.append(lowering.joins)
            memoryJoins.append(lowering.memoryJoins)
            mayReturnSentinel.append(lowering.mayReturnSentinel)
            facts[function.entry] = lowering.facts
        }
        let known = ProgramEvidence.knownFunctions(Array(zip(table.functions.map(\.entry), texts)), context)
        // Tupled parameters: the candidates whose bodies use the tuple only for field reads
        // keep them; they and their callers are lowered again (`TupledParameters`).
        let candidates = TupledParameters.candidates(facts, known: known, arity: context.arity(ofEntry:))
        if !candidates.isEmpty {
            context.tupled = candidates
            context.tupleBlocks = TupledParameters.blockSites(facts, tupled: candidates)
            var accepted = candidates
            for function in table.functions where candidates[function.entry] != nil {
                // Field reads from registers are sound only if the first block runs once.
                let positions = try FunctionTable.positions(of: function, program, table.indexOfPosition)
                if TupledParameters.bodyStartIsTarget(function, positions, { program.code[table.indexOfPosition[$0]!] }) {
                    accepted[function.entry] = nil
                    continue
                }
                let trial = try? firstLowerings(function, program, context)
                if trial?.text.contains(TupledParameters.parameterMarker) ?? true { accepted[function.entry] = nil }
            }
            context.tupled = accepted
            context.tupleBlocks = TupledParameters.blockSites(facts, tupled: accepted)
            let affected = TupledParameters.affected(facts, tupled: accepted)
            for (i, function) in table.functions.enumerated() where affected.contains(function.entry) {
                let lowering = try firstLowerings(function, program, context)
                texts[i] = lowering.text
                constants[i] = lowering.joins
                memoryJoins[i] = lowering.memoryJoins
                mayReturnSentinel[i] = lowering.mayReturnSentinel
                facts[function.entry] = lowering.facts
            }
        }
        // The functions not lowered again below are final now: the last lowerings of their
        // callers leave out the tests after calling those that never raise.
        context.neverRaising = NeverRaising.entries(table.functions.indices.map {
            (entry: table.functions[$0].entry, memoryJoins: memoryJoins[$0], mayReturnSentinel: mayReturnSentinel[$0])
        })
        let arity = { (entry: Int) in context.tupled[entry].map { context.arity(ofEntry: entry) - 1 + $0 } ?? context.arity(ofEntry: entry) }
        let unrooted = ProgramEvidence.unrooted(facts, known: known, arities: arity)
        for (i, function) in table.functions.enumerated() {
            if memoryJoins[i] {
                texts[i] = try FunctionLowering(program: program, context: context, function: function, constants: constants[i],
                                                unrooted: unrooted[function.entry] ?? [.constant]).lower()
            }
            // A tuple marker left in the text would be a lowering bug: refuse, never miscompile.
            if texts[i].contains("?tuple") {
                throw program.error(at: function.entry, "internal: a tupled parameter or argument is used as a value")
            }
            texts[i] = context.debug?.attach(texts[i], to: function) ?? texts[i]
        }
        return texts
    }

    /// A function lowered once for its constant joins (`ConstantJoins`), and once more with
    /// them when it has any (its facts for the program-wide evidence come from this one).
    private static func firstLowerings(_ function: BytecodeFunction, _ program: BytecodeExecutable, _ context: ProgramContext) throws(LoweringError)
        -> (text: String, joins: [ValueSite: String], memoryJoins: Bool, mayReturnSentinel: Bool, facts: LoweringFacts) {
        var lowering = FunctionLowering(program: program, context: context, function: function)
        var text = try lowering.lower()
        let joins = lowering.constantJoins.conclusions()
        if !joins.isEmpty {
            lowering = FunctionLowering(program: program, context: context, function: function, constants: joins)
            text = try lowering.lower()
        }
        return (text, joins, lowering.memoryJoins, lowering.mayReturnSentinel, lowering.facts)
    }
}

/// The result of lowering a program.
public struct LoweredProgram: Sendable {
    /// The LLVM module, as text.
    public var text: String
    /// The primitives reachable code calls (what the runtime must define).
    public var primitives: [String]
    /// Native functions made (the main program included).
    public var functionCount: Int
}
