import OCamlFrontend

/// What a direct call of a known function passes as its first argument, when that is a
/// block whose fields could travel instead (`TupledParameters`).
enum TupleArgument: Equatable {
    /// A block MAKEBLOCK n, 0 made at `position` whose only consumer is this call: the
    /// MAKEBLOCK is followed by PUSH, one instruction loading the closure, and the call.
    case made(position: Int, size: Int)
    /// A structured constant of tag 0 (immutable static data).
    case constant(size: Int)

    var size: Int {
        switch self {
        case .made(_, let size), .constant(let size): size
        }
    }
}

/// Tupled parameters (ocamlopt's "tupled" entry): a known function (`ProgramEvidence`)
/// whose first parameter is only ever the block operand of field reads, and to which every
/// call passes a fresh tuple or a constant one, takes the tuple's n fields as its first n
/// parameters instead, and the calls build no block. For `let rec tak (x, y, z) = ...`
/// this removes an allocation per call, and the fields then get integer evidence through
/// the callers' arguments, as curried parameters do (no root frame).
///
/// Soundness, on each side:
/// * Caller: a block whose only consumer is the call cannot be seen by anything else (not
///   even after the call: nothing else holds it), so passing its fields is the same as
///   passing it to a callee that only reads them. That holds for mutable records too. A
///   constant is immutable and has no identity the callee could observe.
/// * Callee: the parameter's stack word holds a marker (`parameterMarker`) instead of a
///   value. The marker needs no root and joins as a constant (`ConstantJoins`), so that
///   only a real use of it writes it into the function's text: any use other than a field
///   read (stored, passed, returned, compared, matched on, captured, read below the index
///   range) does, and the function then keeps its boxed parameter. A field read becomes the
///   field's parameter only in the body's first block, before anything that may collect,
///   and only when no edge leads back there: a field held in a register is not rooted, so
///   it must be pushed (and rooted like any value) before the first collection.
enum TupledParameters {
    /// The stack word of a tupled parameter in the callee. Not valid LLVM: a use that
    /// slipped through would make the module unreadable rather than wrong.
    static let parameterMarker = "?tuple_parameter"

    /// The accumulator after a MAKEBLOCK that builds no block (its fields travel instead).
    static func blockMarker(_ position: Int) -> String { "?tuple_\(position)" }

    /// Whether `v` stands for a tuple whose fields are held elsewhere.
    static func isMarker(_ v: String) -> Bool { v.hasPrefix("?tuple") }

    /// Parameters of known functions beyond which no tuple is unboxed: all of them travel in
    /// the five argument registers (no `caml_extra_args`).
    static let registerArguments = 5

    /// The known functions (of `arity`) whose first parameter every direct call passes as a
    /// tuple of one same size, with that size, when the unboxed parameters fit the
    /// registers. The callee's own body is checked later (`FunctionLowering.lower`).
    static func candidates(_ facts: [Int: LoweringFacts], known: Set<Int>, arity: (Int) -> Int) -> [Int: Int] {
        var sizes: [Int: Set<Int?>] = [:]
        for fact in facts.values {
            for call in fact.calls where known.contains(call.callee) { sizes[call.callee, default: []].insert(call.tuple?.size) }
        }
        var result: [Int: Int] = [:]
        for (callee, found) in sizes {
            guard found.count == 1, let size = found.first!, size >= 1, arity(callee) - 1 + size <= registerArguments else { continue }
            result[callee] = size
        }
        return result
    }

    /// The MAKEBLOCK positions whose blocks go to calls of the given tupled functions.
    static func blockSites(_ facts: [Int: LoweringFacts], tupled: [Int: Int]) -> Set<Int> {
        var sites: Set<Int> = []
        for fact in facts.values {
            for call in fact.calls where tupled[call.callee] != nil {
                if case .made(let position, _) = call.tuple { sites.insert(position) }
            }
        }
        return sites
    }

    /// The functions whose lowering changes when `tupled` functions take their fields: the
    /// functions themselves and their callers.
    static func affected(_ facts: [Int: LoweringFacts], tupled: [Int: Int]) -> Set<Int> {
        var entries = Set(tupled.keys)
        for (entry, fact) in facts where fact.calls.contains(where: { tupled[$0.callee] != nil }) {
            entries.insert(entry)
        }
        return entries
    }

    /// Whether some instruction of the function may jump to its body's first block (then a
    /// field parameter read there could be read again after a collection).
    static func bodyStartIsTarget(_ function: BytecodeFunction, _ positions: [Int], _ instruction: (Int) -> Instruction) -> Bool {
        positions.contains { position in
            let current = instruction(position)
            return current.opcode != .CLOSURE && current.opcode != .CLOSUREREC && current.targets.contains(function.bodyStart)
        }
    }

    /// Instructions that may load the closure between a tuple's PUSH and its call without
    /// reading the tuple: they read the environment, a global, or a deeper stack word.
    static func loadsClosureOnly(_ instruction: Instruction) -> Bool {
        switch instruction.opcode {
        case .OFFSETCLOSUREM3, .OFFSETCLOSURE0, .OFFSETCLOSURE3, .OFFSETCLOSURE,
             .ENVACC1, .ENVACC2, .ENVACC3, .ENVACC4, .ENVACC, .GETGLOBAL, .GETGLOBALFIELD,
             .ACC1, .ACC2, .ACC3, .ACC4, .ACC5, .ACC6, .ACC7:
            return true
        case .ACC:
            if case .int(let n) = instruction.operands { return n >= 1 }
            return false
        default:
            return false
        }
    }

    /// The same loads fused with the PUSH before them (ocamlc's peephole forms); PUSHACC k
    /// reads k words below the top after pushing, so k = 0 would read the tuple.
    static func pushesThenLoadsClosureOnly(_ instruction: Instruction) -> Bool {
        switch instruction.opcode {
        case .PUSHOFFSETCLOSUREM3, .PUSHOFFSETCLOSURE0, .PUSHOFFSETCLOSURE3, .PUSHOFFSETCLOSURE,
             .PUSHENVACC1, .PUSHENVACC2, .PUSHENVACC3, .PUSHENVACC4, .PUSHENVACC, .PUSHGETGLOBAL, .PUSHGETGLOBALFIELD,
             .PUSHACC1, .PUSHACC2, .PUSHACC3, .PUSHACC4, .PUSHACC5, .PUSHACC6, .PUSHACC7:
            return true
        case .PUSHACC:
            if case .int(let n) = instruction.operands { return n >= 1 }
            return false
        default:
            return false
        }
    }
}

extension FunctionLowering {
    /// The instruction before the one at `position` in the code, if any.
    private func previousInstruction(_ position: Int) -> Instruction? {
        guard let index = context.table.indexOfPosition[position], index > 0 else { return nil }
        return program.code[index - 1]
    }

    /// What the call at the current position passes as its first argument (`first`), if a
    /// tuple: a MAKEBLOCK n, 0 whose block only this call consumes (MAKEBLOCK; PUSH; a
    /// closure load; the call, none of them a join), or a constant block of tag 0.
    func tupleArgument(_ first: String) -> TupleArgument? {
        if let fields = context.constantBlock(first) {
            return fields.tag == 0 ? .constant(size: fields.fields.count) : nil
        }
        // MAKEBLOCK; PUSH; load; call, or MAKEBLOCK; PUSH+load; call, none of them a join.
        guard !leaders.contains(position), let load = previousInstruction(position), !leaders.contains(load.position),
              var make = previousInstruction(load.position) else { return nil }
        if TupledParameters.loadsClosureOnly(load) {
            guard make.opcode == .PUSH, !leaders.contains(make.position), let before = previousInstruction(make.position) else { return nil }
            make = before
        } else if !TupledParameters.pushesThenLoadsClosureOnly(load) {
            return nil
        }
        let size: Int
        switch (make.opcode, make.operands) {
        case (.MAKEBLOCK, .twoInts(let n, 0)): size = n
        case (.MAKEBLOCK1, .int(0)): size = 1
        case (.MAKEBLOCK2, .int(0)): size = 2
        case (.MAKEBLOCK3, .int(0)): size = 3
        default: return nil
        }
        return .made(position: make.position, size: size)
    }

    /// The arguments of a call of a tupled function: the first one's fields, then the rest.
    func tupledArguments(_ arguments: [String], size: Int) throws(LoweringError) -> [String] {
        let first = arguments[0]
        if let fields = pendingTuples[first], fields.count == size { return fields + arguments.dropFirst() }
        if let constant = context.constantBlock(first), constant.tag == 0, constant.fields.count == size {
            return constant.fields + arguments.dropFirst()
        }
        throw program.error(at: position, "internal: a call of a function with a tupled parameter does not pass a tuple of \(size) fields")
    }

    /// MAKEBLOCK n, 0 of a tuple that only a call of a tupled function consumes: no block,
    /// the fields are held (loaded now if in frame words, which later stores may reuse).
    func makeTupleWithoutBlock(size: Int, _ state: inout StackState) {
        let fields = [materialize(state.accu)] + (0..<(size - 1)).map { materialize(state.peek($0)) }
        state.pop(size - 1)
        let marker = TupledParameters.blockMarker(position)
        pendingTuples[marker] = fields
        state.accu = marker
    }

    /// GETFIELD i of the tupled parameter: the field's parameter, while that may still be
    /// read (see `TupledParameters`); nil otherwise (the marker then reaches the text).
    func tupledField(_ instruction: Instruction, _ state: StackState) -> String? {
        guard state.accu == TupledParameters.parameterMarker, let size = context.tupled[function.entry],
              block == function.bodyStart, !tupleFieldsClosed else { return nil }
        let field: Int
        switch instruction.opcode {
        case .GETFIELD0, .GETFIELD1, .GETFIELD2, .GETFIELD3: field = Int(instruction.opcode.rawValue - Opcode.GETFIELD0.rawValue)
        case .GETFIELD: guard case .int(let n) = instruction.operands else { return nil }; field = n
        default: return nil
        }
        guard field < size else { return nil }
        // A value of its own (a site of this block), which the field's parameter flows into
        // (`ProgramEvidence`): an integer use here proves this read, not the parameter.
        let read = value("add i32 %a\(field + 1), 0")
        let arity = function.arity - 1 + size
        evidence.edge(into: .result(position: position, depth: -1), from: .parameter(depth: arity - 1 - field))
        return read
    }

    /// The entry state's arguments of a tupled function: the marker for the tuple, the
    /// registers after the fields for the others.
    func tupledEntryArguments(size: Int) -> [String] {
        [TupledParameters.parameterMarker] + (1..<max(function.arity, 1)).map { "%a\($0 + size)" }
    }
}
